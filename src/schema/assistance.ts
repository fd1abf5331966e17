/** Instrument `assistance`: direct assistance case records (docs/data-contract.md). */
import * as K from './codes.js';
import type { InstrumentSpec } from './types.js';

const L = (en: string, ru: string) => ({ en, ru });

export const ASSISTANCE: InstrumentSpec = {
  kind: 'assistance',
  label: L('Direct assistance case records', 'Учёт случаев оказания прямой помощи'),
  idColumn: 'case_id',
  dateColumn: 'assistance_date',
  countryColumn: 'office',
  columns: [
    { name: 'case_id', type: 'id', required: true, label: L('Case ID', 'Номер случая') },
    { name: 'office', type: 'iso3', required: true, label: L('IOM office', 'Бюро МОМ') },
    { name: 'admin1', type: 'admin1', required: true, label: L('Province', 'Область') },
    { name: 'city', type: 'text', label: L('City', 'Город') },
    { name: 'partner', type: 'text', label: L('Implementing partner', 'Партнёрская организация') },
    { name: 'assistance_date', type: 'date', minDate: '2000-01-01', maxDate: 'cutoff', required: true, label: L('Date of assistance', 'Дата оказания помощи') },
    { name: 'sex', type: 'code', required: true, codes: K.SEX, label: L('Sex', 'Пол') },
    { name: 'age', type: 'number', required: true, min: 0, max: 110, label: L('Age', 'Возраст') },
    { name: 'citizenship', type: 'iso3', required: true, label: L('Citizenship', 'Гражданство') },
    { name: 'beneficiary_type', type: 'code', codes: K.BENEFICIARY_TYPE, default: 'individual', label: L('Beneficiary type', 'Тип получателя') },
    { name: 'household_members', type: 'integer', min: 1, max: 30, label: L('Household members covered', 'Членов семьи') },
    { name: 'assistance_types', type: 'multi', required: true, codes: K.ASSISTANCE_TYPES, label: L('Types of assistance', 'Виды помощи') },
    { name: 'return_country', type: 'iso3', label: L('Country of return', 'Страна возвращения') },
    { name: 'departure_country', type: 'iso3', label: L('Country of departure', 'Страна выезда') },
    { name: 'vulnerabilities', type: 'multi', codes: K.ASSISTANCE_VULNERABILITIES, label: L('Vulnerabilities', 'Уязвимости') },
    { name: 'referred_by', type: 'text', label: L('Referred by', 'Кем направлен') },
  ],
  rules: [
    { id: 'return_country.required', severity: 'error', columns: ['return_country', 'assistance_types'], description: 'return_country is required when avr is given' },
    { id: 'multi.none-exclusive', severity: 'error', columns: ['*multi*'], description: '`none` may not be combined with another option' },
  ],
};
