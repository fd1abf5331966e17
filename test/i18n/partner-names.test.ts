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

  it('names the same place as the English: a city or another name of the province is translated as such, not replaced by the province', () => {
    // "NGO partner Petropavlovsk" is not «НПО-партнёр (Северо-Казахстанская обл.)» (issue 11, b6 KAZ)
    expect(partnerName('NGO partner Petropavlovsk', 'ru', { country: 'KAZ' })).toBe('НПО-партнёр (Петропавловск)');
    expect(partnerName('NGO partner Ust-Kamenogorsk', 'ru', { country: 'KAZ' })).toBe('НПО-партнёр (Усть-Каменогорск)');
    expect(partnerName('NGO partner Uralsk', 'ru', { country: 'KAZ' })).toBe('НПО-партнёр (Уральск)');
    expect(partnerName('NGO partner GBAO', 'ru', { country: 'TJK' })).toBe('НПО-партнёр (ГБАО)');
    // the province's own name stays the province
    expect(partnerName('NGO partner Sughd 2', 'ru', { country: 'TJK' })).toBe('НПО-партнёр (Согдийская обл., 2)');
    expect(partnerName('NGO partner Aktobe', 'ru', { country: 'KAZ' })).toBe('НПО-партнёр (Актюбинская обл.)');
  });

  it('keeps the analyst\'s form first, and an unknown name as recorded', () => {
    expect(partnerName('Ural House', 'ru', { analyst: [{ en: 'Ural House', ru: 'Дом Урала' }] })).toBe('Дом Урала');
    expect(partnerName('Ural House', 'ru')).toBe('Уральский дом');
    expect(partnerName('Samaritan Hub Osh', 'ru')).toBe('Samaritan Hub Osh');
  });
});
