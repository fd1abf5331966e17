/**
 * The published strings of a bulletin that are not in a template or the boilerplate: captions,
 * cover labels, headings, source lines, standard notes, the methodology box. One catalogue,
 * English and Russian side by side; `{name}` placeholders are filled by `fill()`.
 */
import type { Localized } from '../schema/template.js';
import type { Lang } from './lang.js';

const L = (en: string, ru: string): Localized => ({ en, ru });

export const STRINGS = {
  figure: L('Figure {n}: {caption}', 'Рисунок {n}: {caption}'),
  table: L('Table {n}: {caption}', 'Таблица {n}: {caption}'),
  /** The base of a figure whose sum would give a hidden count away, in words (a dash would read as zero). */
  baseWithheld: L('n not shown, to protect small counts', 'n не приводится для защиты малых чисел'),
  figureAsSentence: L('{caption}: {category} in every case ({value}; {base}).', '{caption}: во всех случаях — {category} ({value}; {base}).'),
  figureWholeStacks: L('{caption}: {cells} ({base}).', '{caption}: {cells} ({base}).'),
  /** One answer of `figureWholeStacks` with the bars (countries) that gave it. */
  wholeStackIn: L('{places} all were {answer}', '{places} все — {answer}'),
  wholeStackOf: L('all were {answer} ({groups})', 'все — {answer} ({groups})'),
  figureWholeBars: L('{caption}: {value} in every case ({cells}; {base}).', '{caption}: {value} во всех случаях ({cells}; {base}).'),
  bulletinLabel: L('Bulletin {n}', 'Бюллетень {n}'),
  bulletinListItem: L('Bulletin {n} - {title}', 'Бюллетень {n} — {title}'),
  bulletinListIntro: L('The bulletins are ordered as follows:', 'Серия включает следующие бюллетени:'),
  thisBulletin: L('(this bulletin)', '(настоящий бюллетень)'),
  header: L('Bulletin {n} · {title}', 'Бюллетень {n} · {title}'),
  pageLabel: L('Page {n} of {total}', 'Страница {n} из {total}'),
  language: L('English', 'Русский'),
  dateLine: L('Data as of {date}', 'Данные на {date}'),
  coverPeriod: L('Period covered', 'Охватываемый период'),
  coverCountries: L('Countries covered', 'Охваченные страны'),
  coverLanguage: L('Language', 'Язык'),
  aboutHeading: L('About the project', 'О проекте'),
  purposeHeading: L('Purpose of the bulletin', 'Цель бюллетеня'),
  methodologyHeading: L('Methodology', 'Методология'),
  regionalHeading: L('Regional comparison', 'Региональное сравнение'),
  glossaryHeading: L('Glossary', 'Глоссарий'),
  notesHeading: L('Notes', 'Примечания'),
  contentsHeading: L('Contents', 'Содержание'),
  keyFindingsHeading: L('Key findings', 'Основные выводы'),
  tableContinued: L('(continued)', '(продолжение)'),
  altChart: L('{kind}, {caption}: {values}.', '{kind}, {caption}: {values}.'),
  altMap: L('{kind}, {caption}: {values}.', '{kind}, {caption}: {values}.'),
  altNoData: L('{kind}, {caption}: no values to show.', '{kind}, {caption}: нет значений для показа.'),
  altSuppressed: L('fewer than {m}', 'менее {m}'),
  altHidden: L('hidden', 'скрыто'),
  /** The legend entry of the hatched block that closes a stacked 100 % bar with hidden segments. */
  hiddenSegments: L('Hidden (small counts)', 'Скрыто (малые числа)'),
  /** The same entry when every block of the chart stands for the same answers: it names them. */
  hiddenSegmentsOf: L('{list}: hidden (small counts)', '{list}: скрыто (малые числа)'),
  /** The same, shorter, where the legend has no room for it (the figure's note says why they are hidden). */
  hiddenSegmentsOfShort: L('{list}: hidden', '{list}: скрыто'),
  /** The label written in a hidden block that holds it: the answers it stands for, and the mark. */
  hiddenBlockLabel: L('{list}: –', '{list}: –'),
  chartKindDonut: L('Donut chart', 'Кольцевая диаграмма'),
  chartKindBar: L('Bar chart', 'Столбчатая диаграмма'),
  chartKindGrouped: L('Grouped bar chart', 'Сгруппированная столбчатая диаграмма'),
  chartKindStacked: L('Stacked bar chart (100 %)', 'Диаграмма с накоплением (100 %)'),
  chartKindPyramid: L('Age pyramid', 'Половозрастная пирамида'),
  chartKindHistogram: L('Histogram', 'Гистограмма'),
  chartKindLine: L('Line chart', 'Линейный график'),
  chartKindSlope: L('Slope chart', 'Диаграмма изменений'),
  chartKindMap: L('Map', 'Карта'),
  sourceSurvey: L('Source: DTM survey, round {round}', 'Источник: обследование DTM, раунд {round}'),
  sourceSurveyRounds: L('Source: DTM survey, rounds {round}', 'Источник: обследование DTM, раунды {round}'),
  sourceAssistance: L('Source: IOM direct assistance records', 'Источник: учётные данные МОМ об оказании прямой помощи'),
  noteMulti: L(
    'Respondents could choose more than one option; percentages may add up to more than 100%.',
    'Респонденты могли выбрать несколько вариантов ответа, поэтому сумма может превышать 100 %.',
  ),
  noteMultiAssistance: L(
    'A person may have received several types of assistance; percentages may add up to more than 100%.',
    'Один человек мог получить несколько видов помощи, поэтому сумма может превышать 100 %.',
  ),
  noteMultiCount: L(
    'One person may be counted in several categories; the counts may add up to more than the number of people.',
    'Один человек может быть учтён в нескольких категориях, поэтому сумма может превышать число людей.',
  ),
  noteMultiRecords: L(
    'One person may be counted in several categories; percentages may add up to more than 100%.',
    'Один человек может быть учтён в нескольких категориях, поэтому сумма может превышать 100 %.',
  ),
  noteSmallBase: L(
    '†: the bar rests on fewer than 30 respondents (its n beside it); read it with care.',
    '†: столбец рассчитан менее чем по 30 респондентам (база n указана рядом); его следует интерпретировать с осторожностью.',
  ),
  noteNonResponse: L(
    'Percentages leave out the answers “don’t know” and “prefer not to answer”.',
    'Проценты рассчитаны без учёта ответов «затрудняюсь ответить» и «предпочитаю не отвечать».',
  ),
  noteIndicative: L(
    'Non-probability sample: figures are indicative and do not represent all migrants.',
    'Неслучайная выборка: данные носят ориентировочный характер и не отражают положение всех мигрантов.',
  ),
  noteReturneesOnly: L('Returnees only.', 'Только вернувшиеся мигранты.'),
  noteStrandedOnly: L('Stranded migrants only.', 'Только мигранты, оказавшиеся в затруднительном положении.'),
  noteAnnualRates: L(
    'No monthly exchange rate was available for {list}: the amounts reported in {currencies} in those months were converted to US dollars at the annual average rate of their year, so such an amount may differ from its value at that month’s rate.',
    'Месячный обменный курс недоступен для сумм в следующих валютах и месяцах: {list}; суммы в {currencies} за эти месяцы пересчитаны в доллары США по среднегодовому курсу соответствующего года, поэтому такая сумма может отличаться от пересчитанной по курсу своего месяца.',
  ),
  noteNotConverted: L(
    'Not included: amounts in a currency without an exchange rate for the month of the interview ({n}).',
    'Не учтены суммы в валютах, для которых нет обменного курса за месяц интервью ({n}).',
  ),
  noteConvertedUsdExcept: L(
    'Amounts converted to US dollars at the exchange rate of the month of the interview, except those named in the next note.',
    'Суммы пересчитаны в доллары США по обменному курсу месяца проведения интервью, кроме указанных в следующем примечании.',
  ),
  noteConvertedUsd: L(
    'Amounts converted to US dollars at the exchange rate of the month of the interview.',
    'Суммы пересчитаны в доллары США по обменному курсу месяца проведения интервью.',
  ),
  noteSmallBaseRecords: L(
    '†: the bar rests on fewer than 30 people assisted (its n beside it); read it with care.',
    '†: столбец рассчитан менее чем по 30 получателям помощи (база n указана рядом); его следует интерпретировать с осторожностью.',
  ),
  noteSuppressedRecords: L(
    '“<{m}”: fewer than {m} people assisted; “–”: hidden so that a small count cannot be worked back from the totals.',
    '«<{m}»: менее {m} получателей помощи; «–»: значение скрыто, чтобы малое число нельзя было восстановить по итогам.',
  ),
  /** Under a table or key-figure strip whose only hidden mark is "–" (a hidden total or number). */
  noteHiddenTotal: L('“–”: hidden so that no small count can be worked back from anything published.', '«–»: значение скрыто, чтобы ни одно малое число нельзя было восстановить ни по каким опубликованным данным.'),
  noteSuppressed: L(
    '“<{m}”: fewer than {m} respondents or records; “–”: hidden so that no small count can be worked back from anything published (a “–” may itself be a small count).',
    '«<{m}»: менее {m} респондентов или записей; «–»: значение скрыто, чтобы ни одно малое число нельзя было восстановить ни по каким опубликованным данным (за «–» может стоять и малое число).',
  ),
  noteNarrativeSuppressed: L(
    '“<{m}” stands for a number below {m}, not published to protect the people concerned; “–” for a number hidden so that no small one can be worked back from anything published (it may itself be small).',
    '«<{m}» означает число меньше {m}, которое не публикуется в целях защиты данных о людях; «–» — число, скрытое, чтобы ни одно малое число нельзя было восстановить ни по каким опубликованным данным (оно и само может быть малым).',
  ),
  methodSurvey: L(
    'Data were collected by the IOM Displacement Tracking Matrix (DTM) through interviews with returnees in their countries of origin and with stranded migrants in their host countries.',
    'Данные собраны Матрицей отслеживания перемещения (DTM) МОМ в ходе опроса вернувшихся мигрантов в странах происхождения и мигрантов, оказавшихся в затруднительном положении, в принимающих странах.',
  ),
  methodAssistance: L(
    'Figures are drawn from the case records of the direct assistance given by IOM and its partners. They are programme records, not a sample: the figures are counts of the people assisted, not estimates.',
    'Данные взяты из учётных записей о прямой помощи, оказанной МОМ и её партнёрами. Это учётные данные программы, а не выборка: приведены фактические числа получателей помощи, а не оценки.',
  ),
  methodWeighted: L(
    'Sampling: figures are weighted with the sampling weights supplied with the data.',
    'Выборка: данные взвешены с помощью весов выборки, предоставленных вместе с данными.',
  ),
  methodUnweighted: L(
    'Sampling: a non-probability sample; figures are indicative and do not represent all migrants.',
    'Выборка: неслучайная; данные носят ориентировочный характер и не отражают положение всех мигрантов.',
  ),
  methodSmallCounts: L(
    'Small counts are shown as “<{m}”: a count of 1 to {k} people; a percentage that stands for 1 to {k} people, whatever its base; and a percentage or average calculated from the answers of fewer than {m} people. Numbers shown as “–” (never zeros) are hidden so that no hidden number can be narrowed, from all bulletins, tables and charts of this release, to fewer than {r} possible values; a “–” may also hide a small count. Every release is checked for this before it is published.',
    'Малые значения показаны как «<{m}»: число от 1 до {k} человек; процент, за которым стоят от 1 до {k} человек, при любой базе; а также процент или среднее, рассчитанные по ответам менее чем {m} человек. Числа «–» (это никогда не нули) скрыты так, чтобы ни одно скрытое число нельзя было, сопоставив все бюллетени, таблицы и диаграммы выпуска, свести менее чем к {r} возможным значениям; за «–» может стоять и малое число. Перед публикацией каждый выпуск проверяется на соответствие этому правилу.',
  ),
  methodNoSuppression: L(
    'Small counts: not suppressed; all counts are published in full.',
    'Малые значения: не скрываются; все числа опубликованы полностью.',
  ),
  methodRejected: L(
    '{k} of the records read did not pass validation and are left out.',
    'Не прошли проверку и исключены из анализа: {k} из прочитанных записей.',
  ),
  methodBaseline: L(
    'Comparison with the previous round ({period}): a change is mentioned only where the 95 % confidence interval of the difference excludes zero (Newcombe\'s score interval; design-based for weighted data).',
    'Сравнение с предыдущим раундом ({period}): изменение упоминается, только если 95-процентный доверительный интервал разности не содержит нуля (интервал Ньюкомба; для взвешенных данных — с учётом дизайна выборки).',
  ),
  methodCollection: L('Collection dates', 'Сроки сбора данных'),
  interviews: L('{count} {noun}, {period}', '{count} {noun}, {period}'),
  partnersCaption: L('Implementing partners and provinces', 'Партнёрские организации и регионы'),
  partnersColPartner: L('Partner', 'Партнёр'),
  partnersColProvinces: L('Provinces', 'Регионы'),
  partnersColCount: L('People assisted', 'Получили помощь'),
  noteHiddenBlock: L(
    'The “hidden” block closing a bar stands for these answers together, hidden under the small-count rule: {list}.',
    'Блок «скрыто» в конце полосы объединяет эти ответы, скрытые по правилу малых чисел: {list}.',
  ),
  noteZeroDropped: L('Not shown, as no respondent chose them: {list}.', 'Не показаны варианты ответа, которые не выбрал ни один респондент: {list}.'),
  noteHiddenRowsLeftOut: L('Rows with every value hidden are left out: {list}.', 'Строки, в которых скрыты все значения, не показаны: {list}.'),
  noteHiddenColumnsLeftOut: L('Columns with every value hidden are left out: {list}.', 'Столбцы, в которых скрыты все значения, не показаны: {list}.'),
  noteZeroDroppedRecords: L('Not shown, as no one assisted was counted in them: {list}.', 'Не показаны категории, в которые не попал ни один получатель помощи: {list}.'),
  notePartnerMissing: L('People assisted whose partner or province is not recorded ({n}) are not shown.', 'Получатели помощи, для которых не указаны партнёр или регион ({n}), в таблицу не включены.'),
  notePartnerMapBase: L(
    'The coverage map counts everyone assisted in each province, whether or not a partner is recorded, so its numbers can be larger than this table’s.',
    'На карте охвата учтены все получатели помощи в каждом регионе, независимо от того, указан ли партнёр, поэтому её числа могут быть больше, чем в этой таблице.',
  ),
  notePartnerMissingSome: L('People assisted whose partner or province is not recorded are not shown.', 'Получатели помощи, для которых не указаны партнёр или регион, в таблицу не включены.'),
  allCountries: L('All countries', 'Все страны'),
  suppressedMark: L('<{m}', '<{m}'),
  hiddenMark: L('–', '–'),
  photo: L('Photo', 'Фотография'),
  citationLabel: L('Suggested citation:', 'Рекомендуемая ссылка:'),
  contactLabel: L('Contact for the data:', 'Контакт по вопросам данных:'),
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

/** Plural nouns used with counts in published text (English one,other; Russian one,few,many). */
export const NOUNS = {
  interview: { en: ['interview', 'interviews'], ru: ['интервью', 'интервью', 'интервью'] },
  record: { en: ['record', 'records'], ru: ['запись', 'записи', 'записей'] },
} as const;

/** The string in `lang`, with `{name}` placeholders replaced. */
export function fill(s: Localized, lang: Lang, vars: Record<string, string | number> = {}): string {
  return s[lang].replace(/\{([a-z_]+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function str(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(STRINGS[key], lang, vars);
}
