/**
 * Personal data: read, never published, never written to any output, reported as a warning.
 *
 * - By column name (`isPersonalColumn`), in every command (`validate`, `build`, `query`, `query
 *   --kind raw`): the header is normalised first — Unicode NFKC, format characters (zero-width
 *   spaces and joiners, soft hyphens, BOM) removed, lower case, the last non-empty segment of a
 *   Kobo group path (`grp/phone`, `phone.`), every run of separators (space, `-`, `.`, `_`, …) one
 *   `_`, leading and trailing `_` removed — then matched against the patterns below, in English,
 *   Russian and Russian transliterated (`Имя`, `телефон`, `Full name`, `WhatsApp number`,
 *   `e-mail`, `birth_date`, `lat`, `_submitted_by`, …).
 * - By content (`personalValueKind`): a value shaped like a phone number, an e-mail address,
 *   coordinates (a Kobo geopoint, `lat,long`) or a person's name (two or three capitalised words,
 *   one with a Russian or Central Asian surname or patronymic ending, or after a title). `query
 *   --kind raw` drops a column holding such a value; `validate`/`build` warn and withhold such a
 *   value in a free-text column (partner, city, referred by, survey round).
 */

const NAME_QUALIFIER = '(first|last|full|family|given|middle|maiden|sur|respondent|beneficiary|migrant|hoh|head|head_of_household|person|applicant|interviewee|client|contact|father_?s|mother_?s|spouse|child|user)';

const PERSONAL: readonly RegExp[] = [
  // names
  new RegExp(`^(${NAME_QUALIFIER}_?)?names?$`),
  new RegExp(`^${NAME_QUALIFIER}_(full_)?name$`),
  /^(surname|fio|f_i_o|nickname)$/,
  /^(фио|ф_и_о|имя|имена|фамилия|отчество|полное_имя|имя_фамилия|фамилия_имя(_отчество)?|имя_(респондента|мигранта|получателя|бенефициара))$/,
  /^(fio|imya|familiya|otchestvo)(_\w+)?$/,
  // phones
  /^(phone|telephone|mobile|tel|cell|cellphone|contact|whatsapp|viber|telegram)(_?(number|no|num|nr))?(_\d+)?$/,
  /^\w*_(phone|telephone|mobile|cell|cellphone|whatsapp|viber|telegram)(_?(number|no|num|nr))?(_\d+)?$/,
  /^(mobile|cell|home|work|contact)_?phone(_?(number|no|num|nr))?(_\d+)?$/,
  /^(phone|mobile|contact)_?number(_\d+)?$/,
  /^(номер_)?(телефона?|тел|мобильный|мобильного|сотовый|сотового|ватсап|вотсап)(_(номер|телефона?|респондента|мигранта))?(_\d+)?$/,
  /^(telefon|nomer_telefona|mobilnyy|mobilny)(_\w+)?$/,
  // e-mail
  /^e_?mail(_?address)?(_\d+)?$/,
  /^(электронная_почта|эл_почта|почта|e_?почта|емейл|имейл)$/,
  // addresses
  /^(home_|street_|postal_|residential_|current_|permanent_)?address(_line)?(_\d+)?$/,
  /^(адрес|adres)(_\w+)?$/,
  /^(street|улица)$/,
  // dates of birth
  /^(date_of_birth|birth_?date|dob|birthday|birth_day|дата_рождения|день_рождения|data_rozhdeniya)$/,
  // documents
  /^passport(_?(number|no|id|series))?$/,
  /^(national_id|id_number|id_card|document_number|tin|inn|pin|snils)$/,
  /^(паспорт\w*|инн|снилс|номер_документа|удостоверение\w*)$/,
  // location
  /^(gps|geolocation|geopoint|geo_point|coordinates|latitude|longitude|lat|long|lon|lng|altitude|координаты|широта|долгота)$/,
  /^(gps|geolocation|geopoint|location|geo)_\w+$/,
  /^\w+_(latitude|longitude|lat|lng|lon|geopoint|gps|coordinates)$/,
  // Kobo / ODK metadata that names the enumerator or their device
  /^(submitted_by|submitter|username|user_name|deviceid|device_id|imei|subscriberid|simserial|phonenumber|enumerator_name)$/,
];

/** Zero-width and other format characters (Unicode category Cf) and the soft hyphen. */
const FORMAT = /[\p{Cf}\u00ad]/gu;

/** The header as matched: see the file comment. */
export function normaliseColumnName(header: string): string {
  const h = header.normalize('NFKC').replace(FORMAT, '').toLowerCase();
  const segments = h.split(/[/.]/).map((s) => s.trim()).filter((s) => s !== '');
  const last = segments.pop() ?? '';
  return last.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
}

export function isPersonalColumn(header: string): boolean {
  const n = normaliseColumnName(header);
  if (n === '') return false;
  return PERSONAL.some((re) => re.test(n));
}

export type PersonalValueKind = 'phone' | 'email' | 'coordinates' | 'name';

/**
 * An e-mail address somewhere in the value: a character of a local part right before an `@`, a
 * domain with a dot right after it. Tried at each `@` only: the one regular expression it stands for
 * (`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+`, unanchored) backtracks over every
 * start of a long run of letters, quadratic in it (a 100 kB free-text cell took minutes).
 */
const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/uy;

function hasEmail(v: string): boolean {
  for (let at = v.indexOf('@'); at !== -1; at = v.indexOf('@', at + 1)) {
    const before = [...v.slice(Math.max(0, at - 2), at)].pop(); // the code point before the @
    if (before === undefined || !EMAIL_LOCAL_CHAR.test(before)) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (EMAIL_DOMAIN.test(v)) return true;
  }
  return false;
}
/** A run of digits with the separators phone numbers are written with, at least 9 digits. */
const PHONE_RUN = /(?:\+\s?)?(?:\(?\d[\d\s().-]{7,}\d)/g;
const NUMBER_TOKEN = /^-?\d{1,3}\.\d{3,}$/;
const TITLE = /^(mr|mrs|ms|miss|dr|г-н|г-жа|гр|господин|госпожа|volunteer|волонтер|волонтёр)\.?$/i;
/** Surname and patronymic endings of Russian and Central Asian names, Latin and Cyrillic. */
const SURNAME = /^\p{Lu}\p{Ll}+(ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skaya|enko|uly|kyzy|kizi|qizi|ovich|evich|ovna|evna|bekov|bekova|zoda|zade|ова|ов|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|енко|улы|уулу|кызы|қызы|ович|евич|овна|евна|зода|заде)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?\.?$/u;

/** What personal data a single value looks like, or null. */
export function personalValueKind(value: string): PersonalValueKind | null {
  const v = value.normalize('NFKC').replace(FORMAT, '').trim();
  if (v === '') return null;
  if (hasEmail(v)) return 'email';
  const parts = v.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length >= 2 && parts.length <= 4 && parts.slice(0, 2).every((p) => NUMBER_TOKEN.test(p))) {
    const [lat, lon] = parts.map(Number) as [number, number];
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return 'coordinates';
  }
  for (const run of v.match(PHONE_RUN) ?? []) {
    const m = run.trim();
    const digits = m.replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) continue;
    // not a date (time), a thousands-grouped amount or a decimal number
    if (/^\d{4}-\d{2}-\d{2}/.test(m) || /^\d{1,3}([ ,.]\d{3})+$/.test(m) || /^\d+\.\d+$/.test(m)) continue;
    // 9+ digits after a +, or 10+ digits however written (ids of 9 digits, such as Kobo's _id, are not phones)
    if (m.startsWith('+') || digits >= 10) return 'phone';
  }
  const words = v.split(/\s+/);
  if (words.length >= 2 && words.length <= 4) {
    const caps = words.filter((w) => CAPITALISED.test(w));
    const titled = TITLE.test(words[0] ?? '') && words.slice(1).every((w) => CAPITALISED.test(w));
    if (titled || (caps.length >= 2 && words.some((w) => SURNAME.test(w.replace(/\.$/, ''))))) return 'name';
  }
  return null;
}
