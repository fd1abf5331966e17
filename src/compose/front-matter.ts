/** The cover facts and the pages before the country sections: about, purpose, methodology. */
import { safetyRange } from '../analyse/sdc/protect.js';
import { ABOUT, COPYRIGHT, FUNDING_LINE, ORGANISATION, PURPOSE_LEAD, SERIES } from '../i18n/boilerplate.js';
import { formatDate, formatPeriod } from '../i18n/date.js';
import type { Lang } from '../i18n/lang.js';
import { formatCount } from '../i18n/number.js';
import { pluralForm } from '../i18n/plural.js';
import { fill, NOUNS, str } from '../i18n/strings.js';
import type { Block, Cover, Footer } from '../render/model.js';
import { countryLabel } from '../schema/countries.js';
import type { ComposeInput } from './input.js';

export function coverOf(input: ComposeInput): Cover {
  const { lang, template: t } = input;
  return {
    series: SERIES[lang],
    bulletinNumber: t.number,
    bulletinLabel: str('bulletinLabel', lang, { n: t.number }),
    bulletinTitle: t.title[lang],
    period: formatPeriod(input.period.from, input.period.to, lang),
    countries: input.countries.map((c) => countryLabel(c)[lang]),
    languageLabel: str('language', lang),
    dateLine: str('dateLine', lang, { date: formatDate(input.period.to, lang) }),
    labels: { period: str('coverPeriod', lang), countries: str('coverCountries', lang), language: str('coverLanguage', lang) },
    organisation: ORGANISATION[lang],
    footnote: input.content?.meta.fundedBy?.[lang] ?? FUNDING_LINE[lang],
    ...(input.content?.meta.logos.cover.length ? { logos: input.content.meta.logos.cover.map((l) => ({ ...l.image, alt: l.alt[lang] })) } : {}),
  };
}

export function footerOf(input: ComposeInput): Footer {
  return { left: fill(COPYRIGHT, input.lang, { year: input.period.to.slice(0, 4) }), pageLabel: str('pageLabel', input.lang) };
}

/**
 * The pages before the country sections: the contents, the key findings (`findings`, when there are
 * any), about the project, purpose of the bulletin with the list of the six, the analyst's
 * introduction (`intro`, from the content folder, when given), the methodology box.
 * They follow one another on the same pages.
 */
export function frontMatter(input: ComposeInput, findings: readonly Block[] = [], intro: readonly Block[] = []): Block[] {
  const { lang, template: t } = input;
  const blocks: Block[] = [{ type: 'toc', title: str('contentsHeading', lang) }];
  if (findings.length) blocks.push({ type: 'heading', level: 1, text: str('keyFindingsHeading', lang) }, ...findings);
  blocks.push({ type: 'heading', level: 1, text: str('aboutHeading', lang) });
  for (const p of ABOUT) blocks.push({ type: 'paragraph', text: p[lang] });
  blocks.push({ type: 'heading', level: 1, text: str('purposeHeading', lang) });
  blocks.push({ type: 'paragraph', text: fill(PURPOSE_LEAD, lang, { area: t.thematicArea[lang] }) });
  for (const p of t.purpose) blocks.push({ type: 'paragraph', text: p[lang] });
  blocks.push({
    type: 'bulletinList',
    intro: str('bulletinListIntro', lang),
    items: [...input.titles].sort((a, b) => a.number - b.number).map((b) => ({ number: b.number, title: str('bulletinListItem', lang, { n: b.number, title: b.title[lang] }) })),
    current: t.number,
    currentLabel: str('thisBulletin', lang),
  });
  blocks.push(...intro);
  blocks.push(methodologyBox(input));
  return blocks;
}

function methodologyBox(input: ComposeInput): Block {
  const { lang } = input;
  const survey = input.kind === 'survey';
  const paragraphs: string[] = [str(survey ? 'methodSurvey' : 'methodAssistance', lang)];
  if (survey) paragraphs.push(str(input.weighted ? 'methodWeighted' : 'methodUnweighted', lang));
  paragraphs.push(input.minCell > 0 ? str('methodSmallCounts', lang, { m: input.minCell, k: input.minCell - 1, r: safetyRange(input.minCell) + 1 }) : str('methodNoSuppression', lang));
  if (input.rejected > 0) paragraphs.push(str('methodRejected', lang, { k: formatCount(input.rejected, lang) }));
  if (input.baseline) {
    const p = input.baseline.period;
    paragraphs.push(str('methodBaseline', lang, { period: p ? formatPeriod(p.from.slice(0, 7), p.to.slice(0, 7), lang) : '–' }));
  }
  const noun = survey ? NOUNS.interview : NOUNS.record;
  const rows = input.facts.map((f) => ({
    key: countryLabel(f.country)[lang],
    value: str('interviews', lang, {
      count: formatCount(f.records, lang),
      noun: pluralForm(lang, f.records, noun[lang]),
      period: f.from && f.to ? datesOf(f.from, f.to, lang) : '',
    }).replace(/, $/, ''),
  }));
  return { type: 'box', title: str('methodologyHeading', lang), paragraphs, rows };
}

function datesOf(from: string, to: string, lang: Lang): string {
  return from === to ? formatDate(from, lang) : `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}
