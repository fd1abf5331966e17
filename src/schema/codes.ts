/**
 * Every code list of the two instruments, each code with its English and Russian label.
 * The labels are what charts, tables and bulletins print, and what "label" exports are
 * mapped back from.
 */
import type { Code, Label } from './types.js';

/**
 * `sentence`: the answer as a sentence names it where the narrative says which answer was given
 * most often ("the main reason for return was {the loss of a job}", «… — {потеря работы}»): an
 * English noun phrase, a Russian noun phrase in the nominative (schema/types.ts).
 */
const c = (code: string, en: string, ru: string, sentence?: [string, string]): Code => ({ code, label: { en, ru }, ...(sentence ? { sentence: { en: sentence[0], ru: sentence[1] } } : {}) });
/** A code of a sensitive trait (schema/types.ts `sensitive`). */
const s = (code: string, en: string, ru: string, sentence?: [string, string]): Code => ({ code, label: { en, ru }, sensitive: true, ...(sentence ? { sentence: { en: sentence[0], ru: sentence[1] } } : {}) });

/** Non-response codes: valid for any single-choice question, left out of "valid" bases. */
export const NON_RESPONSE: Code[] = [
  c('dnk', "Don't know", 'Затрудняюсь ответить'),
  c('pnta', 'Prefer not to answer', 'Предпочитаю не отвечать'),
];
export const NON_RESPONSE_CODES: ReadonlySet<string> = new Set(['dnk', 'pnta']);

export const YES_NO: Code[] = [c('yes', 'Yes', 'Да'), c('no', 'No', 'Нет')];
/** `other`, as every code list labels it (a variable without it still gets a label: a colour key). */
export const OTHER: Code = c('other', 'Other', 'Другое');

export const POPULATION_GROUP = [
  c('returnee', 'Returnees', 'Вернувшиеся мигранты'),
  c('stranded_migrant', 'Stranded migrants', 'Мигранты, оказавшиеся в затруднительном положении'),
];

export const SEX = [c('male', 'Male', 'Мужчины'), c('female', 'Female', 'Женщины')];

export const MARITAL_STATUS = [
  c('single', 'Single', 'Не состоит в браке'),
  c('married', 'Married', 'Состоит в браке'),
  c('divorced', 'Divorced', 'В разводе'),
  c('widowed', 'Widowed', 'Вдовец / вдова'),
];

export const EDUCATION = [
  c('none', 'No education', 'Нет образования'),
  c('primary', 'Primary', 'Начальное', ['primary', 'начальное']),
  c('lower_secondary', 'Lower secondary', 'Неполное среднее', ['lower secondary', 'неполное среднее']),
  c('upper_secondary', 'Upper secondary', 'Полное среднее', ['upper secondary', 'полное среднее']),
  c('vocational', 'Vocational', 'Профессионально-техническое', ['vocational', 'профессионально-техническое']),
  c('higher', 'Higher', 'Высшее', ['higher', 'высшее']),
];

export const MIGRATION_REASON = [
  c('employment', 'Employment', 'Трудоустройство', ['employment', 'трудоустройство']),
  c('higher_wages', 'Higher wages', 'Более высокая заработная плата', ['higher wages', 'более высокая заработная плата']),
  c('family_reunification', 'Family reunification', 'Воссоединение семьи', ['family reunification', 'воссоединение семьи']),
  c('education', 'Education', 'Учёба', ['education', 'учёба']),
  c('other', 'Other', 'Другое'),
];

export const RETURN_REASON = [
  c('lost_job', 'Lost job', 'Потеря работы', ['the loss of a job', 'потеря работы']),
  c('covid_fear', 'Fear of COVID-19', 'Страх перед COVID-19', ['fear of COVID-19', 'страх перед COVID-19']),
  c('family', 'Family reasons', 'Семейные обстоятельства', ['family reasons', 'семейные обстоятельства']),
  c('documents_expired', 'Documents expired', 'Истёк срок документов', ['expired documents', 'истечение срока документов']),
  c('deported', 'Deported', 'Депортация', ['deportation', 'депортация']),
  c('end_of_contract', 'End of contract', 'Окончание контракта', ['the end of a contract', 'окончание контракта']),
  c('seasonal', 'Seasonal return', 'Сезонное возвращение', ['seasonal return', 'сезонное возвращение']),
  c('other', 'Other', 'Другое'),
];

export const RETURN_TRANSPORT = [
  c('air', 'Air', 'Самолёт', ['air travel', 'самолёт']),
  c('land', 'Road', 'Автотранспорт', ['road transport', 'автотранспорт']),
  c('rail', 'Rail', 'Поезд', ['rail', 'поезд']),
  c('other', 'Other', 'Другое'),
];

export const STRANDED_REASON = [
  c('borders_closed', 'Borders closed', 'Закрытие границ', ['closed borders', 'закрытие границ']),
  c('flights_cancelled', 'Flights cancelled', 'Отмена авиарейсов', ['cancelled flights', 'отмена авиарейсов']),
  c('no_money_ticket', 'No money for a ticket', 'Нет денег на билет', ['a lack of money for a ticket', 'нехватка денег на билет']),
  c('no_documents', 'No documents', 'Нет документов', ['a lack of documents', 'отсутствие документов']),
  c('quarantine', 'Quarantine', 'Карантин', ['quarantine', 'карантин']),
  c('other', 'Other', 'Другое'),
];

export const REMIGRATION_INTENTION = [
  c('yes', 'Yes', 'Да'),
  c('no', 'No', 'Нет'),
  c('undecided', 'Undecided', 'Ещё не решил(а)'),
];

export const REMITTANCE_FREQUENCY = [
  c('monthly', 'Monthly', 'Ежемесячно', ['once a month', 'раз в месяц']),
  c('every_2_3_months', 'Every 2–3 months', 'Раз в 2–3 месяца', ['once every 2–3 months', 'раз в 2–3 месяца']),
  c('twice_a_year', 'Twice a year', 'Два раза в год', ['twice a year', 'два раза в год']),
  c('less_often', 'Less often', 'Реже', ['less than twice a year', 'реже двух раз в год']),
];

export const REMITTANCE_CHANGE = [
  c('stopped', 'Stopped', 'Прекратились'),
  c('decreased', 'Decreased', 'Уменьшились'),
  c('no_change', 'No change', 'Не изменились'),
  c('increased', 'Increased', 'Увеличились'),
];

export const REMITTANCE_CHANNEL = [
  c('bank', 'Bank', 'Банк', ['a bank', 'банк']),
  c('money_transfer_operator', 'Money transfer operator', 'Система денежных переводов', ['a money transfer operator', 'система денежных переводов']),
  c('mobile_app', 'Mobile application', 'Мобильное приложение', ['a mobile application', 'мобильное приложение']),
  c('post', 'Post', 'Почта', ['the post', 'почта']),
  c('informal_courier', 'Informal courier', 'Неофициальный курьер', ['an informal courier', 'неофициальный курьер']),
  c('carried_in_person', 'Carried in person', 'Лично привёз(ла)', ['carrying the money in person', 'личная доставка денег']),
  c('other', 'Other', 'Другое'),
];

/** How channels group into formal / informal / digital in bulletin 3. */
export const REMITTANCE_CHANNEL_KIND: Record<string, 'formal' | 'informal' | 'digital'> = {
  bank: 'formal',
  money_transfer_operator: 'formal',
  post: 'formal',
  mobile_app: 'digital',
  informal_courier: 'informal',
  carried_in_person: 'informal',
  other: 'informal',
};

export const REMITTANCE_USE = [
  c('food', 'Food', 'Продукты питания', ['food', 'продукты питания']),
  c('housing', 'Housing', 'Жильё', ['housing', 'жильё']),
  c('utilities', 'Utilities', 'Коммунальные услуги', ['utilities', 'коммунальные услуги']),
  c('education', 'Education', 'Образование', ['education', 'образование']),
  c('health', 'Health', 'Здоровье', ['health care', 'здоровье']),
  c('debt_repayment', 'Debt repayment', 'Погашение долгов', ['debt repayment', 'погашение долгов']),
  c('savings', 'Savings', 'Сбережения', ['savings', 'сбережения']),
  c('business', 'Business', 'Бизнес', ['business', 'бизнес']),
  c('celebrations', 'Celebrations', 'Торжества', ['celebrations', 'торжества']),
  c('other', 'Other', 'Другое'),
];

export const HOUSEHOLD_REMITTANCE_SHARE = [
  c('none', 'None', 'Нисколько'),
  c('less_than_half', 'Less than half', 'Меньше половины'),
  c('about_half', 'About half', 'Около половины'),
  c('more_than_half', 'More than half', 'Больше половины'),
  c('all', 'All', 'Весь доход'),
];

export const EMPLOYMENT = [
  c('employed_formal', 'Employed (formal)', 'Официальная работа по найму', ['formal employment', 'официальная работа по найму']),
  c('employed_informal', 'Employed (informal)', 'Неофициальная работа по найму', ['informal employment', 'неофициальная работа по найму']),
  c('self_employed', 'Self-employed', 'Самозанятость', ['self-employment', 'самозанятость']),
  c('daily_worker', 'Daily worker', 'Подённая работа', ['day labour', 'подённая работа']),
  c('unemployed', 'Unemployed', 'Безработный(ая)', ['unemployment', 'безработица']),
  c('student', 'Student', 'Учащийся(аяся)', ['studying', 'учёба']),
  c('other', 'Other', 'Другое'),
];

export const SECTOR = [
  c('construction', 'Construction', 'Строительство', ['construction', 'строительство']),
  c('trade', 'Trade', 'Торговля', ['trade', 'торговля']),
  c('services', 'Services', 'Услуги', ['services', 'услуги']),
  c('transport', 'Transport', 'Транспорт', ['transport', 'транспорт']),
  c('agriculture', 'Agriculture', 'Сельское хозяйство', ['agriculture', 'сельское хозяйство']),
  c('manufacturing', 'Manufacturing', 'Производство', ['manufacturing', 'производство']),
  c('domestic_work', 'Domestic work', 'Работа по дому', ['domestic work', 'работа по дому']),
  c('hospitality', 'Hospitality', 'Гостиницы и общепит', ['hospitality', 'гостиницы и общепит']),
  c('other', 'Other', 'Другое'),
];

export const INCOME_CHANGE = [
  c('no_income', 'No income', 'Нет дохода'),
  c('decreased', 'Decreased', 'Уменьшился'),
  c('no_change', 'No change', 'Не изменился'),
  c('increased', 'Increased', 'Увеличился'),
];

export const COVID_IMPACTS = [
  c('lost_income', 'Lost income', 'Потеря дохода', ['the loss of income', 'потеря дохода']),
  c('reduced_income', 'Reduced income', 'Снижение дохода', ['reduced income', 'снижение дохода']),
  s('evicted', 'Evicted', 'Выселение', ['eviction', 'выселение']),
  c('food_shortage', 'Food shortage', 'Нехватка продуктов питания', ['a shortage of food', 'нехватка продуктов питания']),
  c('no_health_access', 'No access to health care', 'Нет доступа к медицинской помощи', ['a lack of access to health care', 'отсутствие доступа к медицинской помощи']),
  c('discrimination', 'Discrimination', 'Дискриминация', ['discrimination', 'дискриминация']),
  c('documents_expired', 'Documents expired', 'Истёк срок документов', ['expired documents', 'истечение срока документов']),
  c('debt', 'Debt', 'Долги', ['debt', 'долги']),
  c('could_not_return', 'Could not return home', 'Не смог(ла) вернуться домой', ['being unable to return home', 'невозможность вернуться домой']),
  c('none', 'None', 'Нет'),
];

export const HEALTH_ACCESS = [
  c('yes', 'Yes', 'Да'),
  c('no', 'No', 'Нет'),
  c('not_needed', 'Not needed', 'Не требовалась'),
];

export const INFO_SOURCES = [
  c('tv', 'Television', 'Телевидение', ['television', 'телевидение']),
  c('social_media', 'Social media', 'Социальные сети', ['social media', 'социальные сети']),
  c('messenger', 'Messengers', 'Мессенджеры', ['messaging apps', 'мессенджеры']),
  c('embassy', 'Embassy or consulate', 'Посольство или консульство', ['embassies or consulates', 'посольство или консульство']),
  c('employer', 'Employer', 'Работодатель', ['employers', 'работодатель']),
  c('ngo', 'NGOs', 'НКО', ['NGOs', 'НКО']),
  c('friends_family', 'Friends and family', 'Друзья и родственники', ['friends and family', 'друзья и родственники']),
  c('none', 'None', 'Нет'),
];

export const SURVEY_VULNERABILITIES = [
  c('pregnant_lactating', 'Pregnant or lactating', 'Беременная или кормящая', ['pregnancy or breastfeeding', 'беременность или кормление грудью']),
  c('disability', 'Disability', 'Инвалидность', ['disability', 'инвалидность']),
  c('chronic_illness', 'Chronic illness', 'Хронические заболевания', ['chronic illness', 'хронические заболевания']),
  c('older_person', 'Older person', 'Пожилой возраст', ['old age', 'пожилой возраст']),
  s('unaccompanied_minor', 'Unaccompanied minor', 'Несопровождаемый несовершеннолетний', ['being an unaccompanied minor', 'статус несопровождаемого несовершеннолетнего']),
  s('trafficking_victim', 'Victim of trafficking', 'Жертва торговли людьми', ['having been trafficked', 'статус жертвы торговли людьми']),
  s('gbv_survivor', 'Survivor of gender-based violence', 'Пострадавший(ая) от гендерного насилия', ['having survived gender-based violence', 'статус пострадавшего(ей) от гендерного насилия']),
  c('single_parent', 'Single parent', 'Одинокий родитель', ['being a single parent', 'статус одинокого родителя']),
  c('none', 'None', 'Нет'),
];

export const PRIORITY_NEEDS = [
  c('food', 'Food', 'Продукты питания', ['food', 'продукты питания']),
  c('cash', 'Cash', 'Денежная помощь', ['cash', 'денежная помощь']),
  c('employment', 'Employment', 'Трудоустройство', ['employment', 'трудоустройство']),
  c('shelter', 'Shelter', 'Жильё', ['shelter', 'жильё']),
  c('medical', 'Medical care', 'Медицинская помощь', ['medical care', 'медицинская помощь']),
  c('legal_documents', 'Legal documents', 'Документы', ['legal documents', 'документы']),
  c('transport_home', 'Transport home', 'Транспорт домой', ['transport home', 'транспорт домой']),
  c('information', 'Information', 'Информация', ['information', 'информация']),
  c('psychosocial', 'Psychosocial support', 'Психосоциальная поддержка', ['psychosocial support', 'психосоциальная поддержка']),
  c('none', 'None', 'Нет'),
];

export const BENEFICIARY_TYPE = [
  c('individual', 'Individual', 'Индивидуальный получатель'),
  c('family', 'Family', 'Семья'),
];

export const ASSISTANCE_TYPES = [
  c('food', 'Food', 'Продукты питания'),
  c('nfi', 'Non-food items', 'Непродовольственные товары'),
  c('hygiene_kit', 'Hygiene kit', 'Гигиенический набор'),
  c('shelter', 'Shelter', 'Временное жильё'),
  c('avr', 'Assisted voluntary return', 'Содействие добровольному возвращению'),
  c('transport', 'Transport', 'Транспорт'),
  c('medical', 'Medical assistance', 'Медицинская помощь'),
  c('pcr_test', 'PCR test', 'ПЦР-тест'),
  c('documents', 'Documents', 'Документы'),
  c('consultation', 'Consultation', 'Консультация'),
  c('cash', 'Cash', 'Денежная помощь'),
  c('psychosocial', 'Psychosocial support', 'Психосоциальная поддержка'),
];

export const ASSISTANCE_VULNERABILITIES = [
  s('trafficking_victim', 'Victim of trafficking', 'Жертва торговли людьми', ['having been trafficked', 'статус жертвы торговли людьми']),
  s('gbv_survivor', 'Survivor of gender-based violence', 'Пострадавший(ая) от гендерного насилия', ['having survived gender-based violence', 'статус пострадавшего(ей) от гендерного насилия']),
  c('disability', 'Disability', 'Инвалидность', ['disability', 'инвалидность']),
  c('pregnant_lactating', 'Pregnant or lactating', 'Беременная или кормящая', ['pregnancy or breastfeeding', 'беременность или кормление грудью']),
  s('unaccompanied_minor', 'Unaccompanied minor', 'Несопровождаемый несовершеннолетний', ['being an unaccompanied minor', 'статус несопровождаемого несовершеннолетнего']),
  c('older_person', 'Older person', 'Пожилой возраст', ['old age', 'пожилой возраст']),
  c('lost_income', 'Lost income', 'Потеря дохода', ['the loss of income', 'потеря дохода']),
  c('undocumented', 'Undocumented', 'Без документов', ['a lack of documents', 'отсутствие документов']),
  c('chronic_illness', 'Chronic illness', 'Хронические заболевания', ['chronic illness', 'хронические заболевания']),
  c('none', 'None', 'Нет'),
];

/** Labels of values that are not codes of any list but appear in tables. */
export const SPECIAL_LABELS: Record<string, Label> = {
  missing: { en: 'No answer', ru: 'Нет ответа' },
  total: { en: 'Total', ru: 'Всего' },
  unknown_admin1: { en: 'Unknown province', ru: 'Неизвестная область' },
  other_countries: { en: 'Other countries', ru: 'Другие страны' },
  /** Free-text values (partners, cities) of groups below the threshold: analyse/free-text.ts. */
  other_small: { en: 'Others (small groups)', ru: 'Прочие (малые группы)' },
};
