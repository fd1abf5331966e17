/** Spellings of personal columns that passed the exact-English-name check before (issue 13). */
export const PERSONAL_SPELLINGS = [
  'Имя', 'телефон', 'Адрес', 'Full name', 'Phone Number', 'WhatsApp number', 'e-mail', 'birth_date', 'respondent name',
  'first name', 'mobile-phone', 'lat', '_submitted_by', 'phone.', 'phone\u200b', 'ФИО', 'Фамилия', 'Номер телефона',
  'Дата рождения', 'grp_contact/Phone_Number', 'long', '_geolocation', 'GPS latitude', 'Email Address', 'E-Mail', 'PhoneNumber',
  'name\u200d', 'Паспорт', 'home address', 'deviceid', 'Мобильный телефон', 'Электронная почта', 'date of birth',
];
