/**
 * Personal columns are found by their normalised name (Latin and Cyrillic, any separators and
 * case, zero-width characters, Kobo group paths and metadata) and personal values by their shape.
 * Each spelling below passed into `query --kind raw` before (the check knew exact English names).
 */
import { describe, expect, it } from 'vitest';
import { isPersonalColumn, normaliseColumnName, personalValueKind } from '../../src/schema/personal-data.js';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import { PERSONAL_SPELLINGS } from '../helpers/personal-spellings.js';


describe('personal-data columns by name', () => {
  it('normalises case, separators, zero-width characters and Kobo paths', () => {
    expect(normaliseColumnName('grp/Respondent  Full-Name\u200b.')).toBe('respondent_full_name');
    expect(normaliseColumnName('phone.')).toBe('phone');
  });

  it('recognises every spelling of the adversarial pass', () => {
    for (const h of PERSONAL_SPELLINGS) expect(isPersonalColumn(h), JSON.stringify(h)).toBe(true);
  });

  it('never takes a column or option or label of an instrument for personal data', () => {
    for (const inst of Object.values(INSTRUMENTS)) {
      for (const c of inst.columns) {
        for (const h of [c.name, c.label.en, c.label.ru]) expect(isPersonalColumn(h), h).toBe(false);
        for (const o of c.codes ?? []) for (const h of [`${c.name}/${o.code}`, `${c.name}.${o.code}`]) expect(isPersonalColumn(h), h).toBe(false);
      }
    }
    for (const h of ['_id', '_uuid', '_index', 'start', 'end', 'today', 'how_long_abroad', 'phone_access', 'surname_known', 'has_mobile_money'])
      expect(isPersonalColumn(h), h).toBe(false);
  });
});

describe('personal values by shape', () => {
  it('finds phones, e-mails, coordinates and names of people', () => {
    expect(personalValueKind('+79160000001')).toBe('phone');
    expect(personalValueKind('R1 Petrov Petr +79160000002')).toBe('phone');
    expect(personalValueKind('Volunteer Gulnara Asanova +996700123456')).toBe('phone');
    expect(personalValueKind('8 (916) 000-00-01')).toBe('phone');
    expect(personalValueKind('anna@example.org')).toBe('email');
    expect(personalValueKind('42.874621 74.569762 800 5')).toBe('coordinates');
    expect(personalValueKind('42.8746, 74.5697')).toBe('coordinates');
    expect(personalValueKind('Sidorova Anna')).toBe('name');
    expect(personalValueKind('Петров Пётр Иванович')).toBe('name');
    expect(personalValueKind('Volunteer Gulnara Asanova')).toBe('name');
    expect(personalValueKind('Asanov Bakyt uulu')).toBe('name');
  });

  it('leaves partners, places, rounds, dates, ids and amounts alone', () => {
    for (const v of ['NGO Beta', 'Red Crescent Society of Kyrgyzstan', 'Public Foundation Ulukman', 'Bishkek', 'Osh city', 'Kara-Balta', 'R1', 'R12',
      '2020-10-01', '2020-10-01 12:30:45', '123456789', '1 500 000', '15000.50', 'Russian Federation', 'Nur-Sultan', 'Caritas'])
      expect(personalValueKind(v), v).toBe(null);
  });
});
