/**
 * Personal-data columns: read, never published, never written to any output, reported as a warning.
 * Matched on the last segment of a (Kobo-group-prefixed) header, case-insensitively.
 */
const PERSONAL = [
  /^(first_|last_|full_|family_|sur|given_)?name$/,
  /^(respondent|beneficiary|migrant|hoh|head)_(full_)?name$/,
  /^names?$/,
  /^fio$/,
  /^фио$/,
  /^(phone|telephone|mobile|tel|cell|contact|whatsapp|viber|telegram)(_?(number|no|num|nr))?(_\d+)?$/,
  /^\w*_(phone|telephone|mobile|cell|whatsapp)(_?(number|no|num|nr))?(_\d+)?$/,
  /^passport(_number|_no|_id)?$/,
  /^(national_id|id_number|id_card|document_number|tin|inn|pin)$/,
  /^(home_)?address$/,
  /^email(_address)?$/,
  /^(_?gps|_?geolocation|gps_\w+|_gps_\w+|latitude|longitude|_?geopoint|coordinates)$/,
  /^date_of_birth|dob$/,
];

export function isPersonalColumn(header: string): boolean {
  const last = (header.split(/[/.]/).pop() ?? header).trim().toLowerCase();
  return PERSONAL.some((re) => re.test(last));
}
