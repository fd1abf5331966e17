/**
 * Every code list of the two instruments, each code with its English and Russian label.
 * The labels are what charts, tables and bulletins print, and what "label" exports are
 * mapped back from.
 */
import type { Code, Label } from './types.js';

const c = (code: string, en: string, ru: string): Code => ({ code, label: { en, ru } });
/** A code of a sensitive trait (schema/types.ts `sensitive`). */
const s = (code: string, en: string, ru: string): Code => ({ code, label: { en, ru }, sensitive: true });

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
  c('primary', 'Primary', 'Начальное'),
  c('lower_secondary', 'Lower secondary', 'Неполное среднее'),
  c('upper_secondary', 'Upper secondary', 'Полное среднее'),
  c('vocational', 'Vocational', 'Профессионально-техническое'),
  c('higher', 'Higher', 'Высшее'),
];

export const MIGRATION_REASON = [
  c('employment', 'Employment', 'Трудоустройство'),
  c('higher_wages', 'Higher wages', 'Более высокая заработная плата'),
  c('family_reunification', 'Family reunification', 'Воссоединение семьи'),
  c('education', 'Education', 'Учёба'),
  c('other', 'Other', 'Другое'),
];

export const RETURN_REASON = [
  c('lost_job', 'Lost job', 'Потеря работы'),
  c('covid_fear', 'Fear of COVID-19', 'Страх перед COVID-19'),
  c('family', 'Family reasons', 'Семейные обстоятельства'),
  c('documents_expired', 'Documents expired', 'Истёк срок документов'),
  c('deported', 'Deported', 'Депортация'),
  c('end_of_contract', 'End of contract', 'Окончание контракта'),
  c('seasonal', 'Seasonal return', 'Сезонное возвращение'),
  c('other', 'Other', 'Другое'),
];

export const RETURN_TRANSPORT = [
  c('air', 'Air', 'Самолёт'),
  c('land', 'Road', 'Автотранспорт'),
  c('rail', 'Rail', 'Поезд'),
  c('other', 'Other', 'Другое'),
];

export const STRANDED_REASON = [
  c('borders_closed', 'Borders closed', 'Закрытие границ'),
  c('flights_cancelled', 'Flights cancelled', 'Отмена авиарейсов'),
  c('no_money_ticket', 'No money for a ticket', 'Нет денег на билет'),
  c('no_documents', 'No documents', 'Нет документов'),
  c('quarantine', 'Quarantine', 'Карантин'),
  c('other', 'Other', 'Другое'),
];

export const REMIGRATION_INTENTION = [
  c('yes', 'Yes', 'Да'),
  c('no', 'No', 'Нет'),
  c('undecided', 'Undecided', 'Ещё не решил(а)'),
];

export const REMITTANCE_FREQUENCY = [
  c('monthly', 'Monthly', 'Ежемесячно'),
  c('every_2_3_months', 'Every 2–3 months', 'Раз в 2–3 месяца'),
  c('twice_a_year', 'Twice a year', 'Два раза в год'),
  c('less_often', 'Less often', 'Реже'),
];

export const REMITTANCE_CHANGE = [
  c('stopped', 'Stopped', 'Прекратились'),
  c('decreased', 'Decreased', 'Уменьшились'),
  c('no_change', 'No change', 'Не изменились'),
  c('increased', 'Increased', 'Увеличились'),
];

export const REMITTANCE_CHANNEL = [
  c('bank', 'Bank', 'Банк'),
  c('money_transfer_operator', 'Money transfer operator', 'Система денежных переводов'),
  c('mobile_app', 'Mobile application', 'Мобильное приложение'),
  c('post', 'Post', 'Почта'),
  c('informal_courier', 'Informal courier', 'Неофициальный курьер'),
  c('carried_in_person', 'Carried in person', 'Лично привёз(ла)'),
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
  c('food', 'Food', 'Продукты питания'),
  c('housing', 'Housing', 'Жильё'),
  c('utilities', 'Utilities', 'Коммунальные услуги'),
  c('education', 'Education', 'Образование'),
  c('health', 'Health', 'Здоровье'),
  c('debt_repayment', 'Debt repayment', 'Погашение долгов'),
  c('savings', 'Savings', 'Сбережения'),
  c('business', 'Business', 'Бизнес'),
  c('celebrations', 'Celebrations', 'Торжества'),
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
  c('employed_formal', 'Employed (formal)', 'Официальная работа по найму'),
  c('employed_informal', 'Employed (informal)', 'Неофициальная работа по найму'),
  c('self_employed', 'Self-employed', 'Самозанятость'),
  c('daily_worker', 'Daily worker', 'Подённая работа'),
  c('unemployed', 'Unemployed', 'Безработный(ая)'),
  c('student', 'Student', 'Учащийся(аяся)'),
  c('other', 'Other', 'Другое'),
];

export const SECTOR = [
  c('construction', 'Construction', 'Строительство'),
  c('trade', 'Trade', 'Торговля'),
  c('services', 'Services', 'Услуги'),
  c('transport', 'Transport', 'Транспорт'),
  c('agriculture', 'Agriculture', 'Сельское хозяйство'),
  c('manufacturing', 'Manufacturing', 'Производство'),
  c('domestic_work', 'Domestic work', 'Работа по дому'),
  c('hospitality', 'Hospitality', 'Гостиницы и общепит'),
  c('other', 'Other', 'Другое'),
];

export const INCOME_CHANGE = [
  c('no_income', 'No income', 'Нет дохода'),
  c('decreased', 'Decreased', 'Уменьшился'),
  c('no_change', 'No change', 'Не изменился'),
  c('increased', 'Increased', 'Увеличился'),
];

export const COVID_IMPACTS = [
  c('lost_income', 'Lost income', 'Потеря дохода'),
  c('reduced_income', 'Reduced income', 'Снижение дохода'),
  s('evicted', 'Evicted', 'Выселение'),
  c('food_shortage', 'Food shortage', 'Нехватка продуктов питания'),
  c('no_health_access', 'No access to health care', 'Нет доступа к медицинской помощи'),
  c('discrimination', 'Discrimination', 'Дискриминация'),
  c('documents_expired', 'Documents expired', 'Истёк срок документов'),
  c('debt', 'Debt', 'Долги'),
  c('could_not_return', 'Could not return home', 'Не смог(ла) вернуться домой'),
  c('none', 'None', 'Нет'),
];

export const HEALTH_ACCESS = [
  c('yes', 'Yes', 'Да'),
  c('no', 'No', 'Нет'),
  c('not_needed', 'Not needed', 'Не требовалась'),
];

export const INFO_SOURCES = [
  c('tv', 'Television', 'Телевидение'),
  c('social_media', 'Social media', 'Социальные сети'),
  c('messenger', 'Messengers', 'Мессенджеры'),
  c('embassy', 'Embassy or consulate', 'Посольство или консульство'),
  c('employer', 'Employer', 'Работодатель'),
  c('ngo', 'NGOs', 'НКО'),
  c('friends_family', 'Friends and family', 'Друзья и родственники'),
  c('none', 'None', 'Нет'),
];

export const SURVEY_VULNERABILITIES = [
  c('pregnant_lactating', 'Pregnant or lactating', 'Беременные или кормящие'),
  c('disability', 'Disability', 'Инвалидность'),
  c('chronic_illness', 'Chronic illness', 'Хронические заболевания'),
  c('older_person', 'Older person', 'Пожилой возраст'),
  s('unaccompanied_minor', 'Unaccompanied minor', 'Несопровождаемый несовершеннолетний'),
  s('trafficking_victim', 'Victim of trafficking', 'Жертва торговли людьми'),
  s('gbv_survivor', 'Survivor of gender-based violence', 'Пострадавшие от гендерного насилия'),
  c('single_parent', 'Single parent', 'Одинокий родитель'),
  c('none', 'None', 'Нет'),
];

export const PRIORITY_NEEDS = [
  c('food', 'Food', 'Продукты питания'),
  c('cash', 'Cash', 'Денежная помощь'),
  c('employment', 'Employment', 'Трудоустройство'),
  c('shelter', 'Shelter', 'Жильё'),
  c('medical', 'Medical care', 'Медицинская помощь'),
  c('legal_documents', 'Legal documents', 'Документы'),
  c('transport_home', 'Transport home', 'Транспорт домой'),
  c('information', 'Information', 'Информация'),
  c('psychosocial', 'Psychosocial support', 'Психосоциальная поддержка'),
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
  s('trafficking_victim', 'Victim of trafficking', 'Жертва торговли людьми'),
  s('gbv_survivor', 'Survivor of gender-based violence', 'Пострадавшие от гендерного насилия'),
  c('disability', 'Disability', 'Инвалидность'),
  c('pregnant_lactating', 'Pregnant or lactating', 'Беременные или кормящие'),
  s('unaccompanied_minor', 'Unaccompanied minor', 'Несопровождаемый несовершеннолетний'),
  c('older_person', 'Older person', 'Пожилой возраст'),
  c('lost_income', 'Lost income', 'Потеря дохода'),
  c('undocumented', 'Undocumented', 'Без документов'),
  c('chronic_illness', 'Chronic illness', 'Хронические заболевания'),
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
