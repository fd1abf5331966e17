import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { checkMappingTargets, planColumns } from '../../src/ingest/column-plan.js';
import { detectKind } from '../../src/ingest/detect-kind.js';
import { instrument } from '../../src/schema/instruments.js';
import { EMPTY_MAPPING, type Mapping } from '../../src/schema/mapping.js';

const survey = instrument('survey');
const m = (over: Partial<Mapping>): Mapping => ({ ...EMPTY_MAPPING, ...over });

describe('planColumns', () => {
  it('finds canonical columns through Kobo groups, case, BOM mangling and labels', () => {
    const header = ['X.U.FEFF.response_id', 'group_demo/sex', 'grp_a/grp_b/age', 'Interview date', 'Пол', 'COUNTRY'];
    const plan = planColumns(header, survey, EMPTY_MAPPING);
    expect(plan.sources.get('response_id')).toBe(0);
    expect(plan.sources.get('sex')).toBe(1);
    expect(plan.sources.get('age')).toBe(2);
    expect(plan.sources.get('interview_date')).toBe(3);
    expect(plan.sources.get('country')).toBe(5);
    expect(plan.duplicate).toEqual([{ index: 4, header: 'Пол', canonical: 'sex' }]);
  });

  it('recognises split columns with / and . and sets aside the rest', () => {
    const header = ['covid_impacts', 'covid_impacts/debt', 'grp/covid_impacts.none', 'covid_impacts/aliens', 'phone', 'grp/full_name', '_uuid', '__version__', 'favourite_colour', '', ''];
    const plan = planColumns(header, survey, EMPTY_MAPPING);
    expect(plan.sources.get('covid_impacts')).toBe(0);
    expect([...plan.splits.get('covid_impacts')!]).toEqual([
      ['debt', 1],
      ['none', 2],
    ]);
    expect(plan.unknown.map((u) => u.header)).toEqual(['covid_impacts/aliens', 'favourite_colour']);
    expect(plan.personal.map((u) => u.header)).toEqual(['phone', 'grp/full_name']);
    expect(plan.metadata).toEqual([6, 7]);
    expect(plan.width).toBe(9);
  });

  it('applies the mapping: renamed columns and constants', () => {
    const plan = planColumns(['Q_1', 'their_food'], survey, m({ columns: { Q_1: 'sex', their_food: 'priority_needs/food' }, constants: { country: 'KGZ' } }));
    expect(plan.sources.get('sex')).toBe(0);
    expect(plan.splits.get('priority_needs')?.get('food')).toBe(1);
    expect(plan.sources.get('country')).toBe('KGZ');
  });

  it('refuses mapping targets that are not in the instrument', () => {
    expect(() => checkMappingTargets(survey, m({ columns: { a: 'shoe_size' } }), 'm.json')).toThrow(UsageError);
    expect(() => checkMappingTargets(survey, m({ values: { sex: { M: 'man' } } }), 'm.json')).toThrow(/not a code of sex/);
    expect(() => checkMappingTargets(survey, m({ columns: { a: 'sex' }, values: { sex: { M: 'male' } }, constants: { country: 'KGZ' } }), 'm.json')).not.toThrow();
  });
});

describe('detectKind', () => {
  const surveyHeader = instrument('survey').columns.filter((c) => c.required).map((c) => c.name);
  const assistanceHeader = instrument('assistance').columns.map((c) => c.name);
  it('infers the instrument from the header', () => {
    expect(detectKind(surveyHeader)).toBe('survey');
    expect(detectKind(assistanceHeader)).toBe('assistance');
    expect(detectKind(['group/case_id', 'office', 'admin1', 'assistance_date', 'sex', 'age'])).toBe('assistance');
  });
  it('gives null for a header of neither', () => {
    expect(detectKind(['a', 'b', 'sex', 'age', 'admin1', 'citizenship'])).toBeNull();
    expect(detectKind([])).toBeNull();
  });
  it('takes the kind of a mapping', () => {
    expect(detectKind(['a'], m({ kind: 'assistance' }))).toBe('assistance');
  });
});

describe('options of questions we do not know', () => {
  it('are not taken for canonical columns in a group', () => {
    const header = ['m_need', 'm_need/education', 'm_need/food', 'grp_demo/education', 'grp/covid_impacts', 'grp/covid_impacts/debt'];
    const plan = planColumns(header, survey, EMPTY_MAPPING);
    expect(plan.sources.get('education')).toBe(3);
    expect(plan.unknown.map((u) => u.header)).toEqual(['m_need', 'm_need/education', 'm_need/food']);
    expect(plan.splits.get('covid_impacts')?.get('debt')).toBe(5);
  });
});

describe('personal data', () => {
  it('is set aside even when a mapping file maps it onto a canonical column', () => {
    const plan = planColumns(['phone', 'grp/passport_number', 'city'], instrument('assistance'), m({ columns: { phone: 'city', 'grp/passport_number': 'referred_by' } }));
    expect(plan.personal.map((p) => p.header)).toEqual(['phone', 'grp/passport_number']);
    expect(plan.sources.get('city')).toBe(2);
    expect(plan.sources.has('referred_by')).toBe(false);
  });
  it('no canonical column is taken for personal data', () => {
    for (const kind of ['survey', 'assistance'] as const) {
      const names = instrument(kind).columns.map((c) => c.name);
      expect(planColumns(names, instrument(kind), EMPTY_MAPPING).personal).toEqual([]);
    }
  });
});
