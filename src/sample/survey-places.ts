/**
 * Where the synthetic survey was conducted, and how real exports spell those places: a mix of
 * ISO 3166-2 codes, English names and Russian names — only spellings that a competent place
 * matcher (ISO code, English or Russian name, with or without "oblast"/"область"/"region", the
 * usual city names) resolves. Shares are the weight of each province in the country's sample.
 */
export interface SurveyProvince {
  /** ISO 3166-2 code of the province (for tests and documentation; the file holds a spelling). */
  iso: string;
  share: number;
  /** Spellings as found in exports, with their relative frequency. */
  spellings: Readonly<Record<string, number>>;
}

export const SURVEY_PLACES: Readonly<Record<string, readonly SurveyProvince[]>> = {
  KGZ: [
    { iso: 'KG-C', share: 0.19, spellings: { 'KG-C': 2, Chui: 4, 'Чуйская область': 3, 'Chuy oblast': 1 } },
    { iso: 'KG-GB', share: 0.14, spellings: { Bishkek: 6, 'Бишкек': 3, 'KG-GB': 1 } },
    { iso: 'KG-O', share: 0.2, spellings: { Osh: 3, 'Osh oblast': 3, 'Ошская область': 3, 'KG-O': 1 } },
    { iso: 'KG-GO', share: 0.04, spellings: { 'Osh city': 7, 'KG-GO': 3 } },
    { iso: 'KG-J', share: 0.16, spellings: { 'Jalal-Abad': 5, 'Джалал-Абадская область': 4, 'KG-J': 1 } },
    { iso: 'KG-B', share: 0.09, spellings: { Batken: 5, 'Баткенская область': 4, 'KG-B': 1 } },
    { iso: 'KG-Y', share: 0.07, spellings: { 'Issyk-Kul': 5, 'Иссык-Кульская область': 4, 'KG-Y': 1 } },
    { iso: 'KG-T', share: 0.05, spellings: { Talas: 6, 'Таласская область': 4 } },
    { iso: 'KG-N', share: 0.06, spellings: { Naryn: 6, 'Нарынская область': 4 } },
  ],
  TJK: [
    { iso: 'TJ-SU', share: 0.3, spellings: { Sughd: 5, 'Согдийская область': 3, 'TJ-SU': 1, 'Sughd region': 1 } },
    { iso: 'TJ-KT', share: 0.33, spellings: { Khatlon: 5, 'Хатлонская область': 3, 'TJ-KT': 1, 'Khatlon region': 1 } },
    { iso: 'TJ-RA', share: 0.2, spellings: { 'Districts of Republican Subordination': 6, 'Районы республиканского подчинения': 3, 'TJ-RA': 1 } },
    { iso: 'TJ-DU', share: 0.13, spellings: { Dushanbe: 6, 'Душанбе': 3, 'TJ-DU': 1 } },
    { iso: 'TJ-GB', share: 0.04, spellings: { GBAO: 4, 'Gorno-Badakhshan': 3, 'Горно-Бадахшанская автономная область': 3 } },
  ],
  UZB: [
    { iso: 'UZ-TK', share: 0.14, spellings: { Tashkent: 5, 'Ташкент': 3, 'UZ-TK': 1, 'Tashkent city': 1 } },
    { iso: 'UZ-FA', share: 0.16, spellings: { Fergana: 5, 'Ферганская область': 4, 'UZ-FA': 1 } },
    { iso: 'UZ-SA', share: 0.16, spellings: { Samarkand: 5, 'Самаркандская область': 4, 'UZ-SA': 1 } },
    { iso: 'UZ-AN', share: 0.13, spellings: { Andijan: 6, 'Андижанская область': 4 } },
    { iso: 'UZ-NG', share: 0.12, spellings: { Namangan: 6, 'Наманганская область': 4 } },
    { iso: 'UZ-QA', share: 0.11, spellings: { Kashkadarya: 6, 'Кашкадарьинская область': 4 } },
    { iso: 'UZ-SU', share: 0.09, spellings: { Surkhandarya: 6, 'Сурхандарьинская область': 4 } },
    { iso: 'UZ-XO', share: 0.06, spellings: { Khorezm: 6, 'Хорезмская область': 4 } },
    { iso: 'UZ-QR', share: 0.03, spellings: { Karakalpakstan: 6, 'Каракалпакстан': 4 } },
  ],
  KAZ: [
    { iso: 'KZ-ALA', share: 0.34, spellings: { Almaty: 6, 'Алматы': 3, 'KZ-ALA': 1 } },
    { iso: 'KZ-AST', share: 0.19, spellings: { 'Nur-Sultan': 6, 'Нур-Султан': 3, 'KZ-AST': 1 } },
    { iso: 'KZ-SHY', share: 0.14, spellings: { Shymkent: 7, 'Шымкент': 3 } },
    { iso: 'KZ-KAR', share: 0.1, spellings: { Karaganda: 5, 'Карагандинская область': 4, 'KZ-KAR': 1 } },
    { iso: 'KZ-ALM', share: 0.09, spellings: { 'Almaty region': 6, 'Алматинская область': 4 } },
    { iso: 'KZ-AKT', share: 0.07, spellings: { Aktobe: 6, 'Актюбинская область': 4 } },
    { iso: 'KZ-MAN', share: 0.07, spellings: { Mangystau: 6, 'Мангистауская область': 4 } },
  ],
  RUS: [
    { iso: 'RU-MOW', share: 0.55, spellings: { Moscow: 6, 'Москва': 3, 'RU-MOW': 1 } },
    { iso: 'RU-SPE', share: 0.25, spellings: { 'Saint Petersburg': 6, 'Санкт-Петербург': 3, 'RU-SPE': 1 } },
    { iso: 'RU-SVE', share: 0.2, spellings: { Yekaterinburg: 4, 'Sverdlovsk oblast': 3, 'Свердловская область': 2, 'RU-SVE': 1 } },
  ],
};
