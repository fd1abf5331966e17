/** Partners' names in the language of the bulletin (issue 11 review: English names in RU tables). */
import { describe, expect, it } from 'vitest';
import { partnerName } from '../../src/i18n/partner-names.js';

describe('partnerName', () => {
  it('writes the Russian form of a known partner in a Russian bulletin, the recorded name in English', () => {
    expect(partnerName('Russian Red Cross', 'ru')).toBe('Российский Красный Крест');
    expect(partnerName('Tong Jahoni', 'ru')).toBe('Тонг Джахони');
    expect(partnerName('Russian Red Cross', 'en')).toBe('Russian Red Cross');
  });

  it('names an "NGO partner <province>" by the province\'s Russian name in force at the date of the data', () => {
    expect(partnerName('NGO partner Chui 1', 'ru', { country: 'KGZ' })).toBe('НПО-партнёр (Чуйская обл., 1)');
    expect(partnerName('NGO partner Nur-Sultan', 'ru', { country: 'KAZ', asOf: '2021-05-31' })).toBe('НПО-партнёр (Нур-Султан)');
  });

  it('keeps the analyst\'s form first, and an unknown name as recorded', () => {
    expect(partnerName('Ural House', 'ru', { analyst: [{ en: 'Ural House', ru: 'Дом Урала' }] })).toBe('Дом Урала');
    expect(partnerName('Ural House', 'ru')).toBe('Уральский дом');
    expect(partnerName('Samaritan Hub Osh', 'ru')).toBe('Samaritan Hub Osh');
  });
});
