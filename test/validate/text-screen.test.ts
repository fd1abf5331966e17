import { describe, expect, it } from 'vitest';
import { instrument } from '../../src/schema/instruments.js';
import { compileTextScreen } from '../../src/validate/text-screen.js';

describe('free text that may be published', () => {
  const round = compileTextScreen(instrument('survey').byName.get('survey_round')!)!;
  const partner = compileTextScreen(instrument('assistance').byName.get('partner')!)!;

  it('survey rounds must have the declared form R\\d+', () => {
    expect(round('R1')).toBe(null);
    expect(round('R12')).toBe(null);
    expect(round('R1 Petrov Petr +79160000002')).toMatchObject({ rule: 'pattern' });
    expect(round('round 1')).toMatchObject({ rule: 'pattern' });
  });

  it('a partner, city or referrer shaped like personal data is withheld', () => {
    expect(partner('NGO Beta')).toBe(null);
    expect(partner('Volunteer Gulnara Asanova +996700123456')).toMatchObject({ rule: 'personal', kind: 'phone' });
    expect(partner('Volunteer Gulnara Asanova')).toMatchObject({ rule: 'personal', kind: 'name' });
    expect(partner('help@ngo.kg')).toMatchObject({ rule: 'personal', kind: 'email' });
    expect(compileTextScreen(instrument('assistance').byName.get('city')!)!('42.8746 74.5698')).toMatchObject({ rule: 'personal', kind: 'coordinates' });
  });

  it('columns that are not free text are not screened', () => {
    expect(compileTextScreen(instrument('survey').byName.get('sex')!)).toBe(undefined);
    expect(compileTextScreen(instrument('survey').byName.get('response_id')!)).toBe(undefined);
  });
});
