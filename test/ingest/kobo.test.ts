import { describe, expect, it } from 'vitest';
import { cleanHeader } from '../../src/ingest/header-text.js';
import { analyseKoboHeaders, isKoboMetadata, recogniseSplitColumns, stripGroupPrefix } from '../../src/ingest/kobo.js';

describe('Kobo headers', () => {
  it('strips group prefixes', () => {
    expect(stripGroupPrefix('group_demo/sex')).toBe('sex');
    expect(stripGroupPrefix('grp_a/grp_b/age')).toBe('age');
    expect(stripGroupPrefix('grp_a/assistance_types/food', (n) => n === 'assistance_types/food')).toBe('assistance_types/food');
    expect(stripGroupPrefix('age')).toBe('age');
  });

  it('recognises metadata columns', () => {
    for (const h of ['_id', '_uuid', '_submission_time', '_index', '_validation_status', '__version__', 'meta/instanceID', 'formhub/uuid', 'start', 'end'])
      expect(isKoboMetadata(h)).toBe(true);
    for (const h of ['sex', 'age', 'country', 'start_date']) expect(isKoboMetadata(h)).toBe(false);
  });

  it('recognises split columns with / or . next to a parent, or shared by several columns', () => {
    const headers = ['needs', 'needs/food', 'needs/cash', 'biggest.food', 'biggest.water', 'group_demo/sex', 'group_demo/age', 'x.y'];
    const s = recogniseSplitColumns(headers);
    expect(s.get('needs/food')).toEqual({ parent: 'needs', option: 'food', separator: '/' });
    expect(s.get('biggest.water')).toEqual({ parent: 'biggest', option: 'water', separator: '.' });
    expect(s.has('group_demo/sex')).toBe(false);
    expect(s.has('x.y')).toBe(false);
  });

  it('names every header of an unknown form, keeping split columns and avoiding collisions', () => {
    const a = analyseKoboHeaders(['g1/sex', 'g2/sex', 'grp/needs', 'grp/needs/food', '_uuid']);
    expect(a.map((h) => h.name)).toEqual(['sex', 'g2/sex', 'needs', 'needs/food', '_uuid']);
    expect(a[3]!.split).toEqual({ parent: 'needs', option: 'food', separator: '/' });
    expect(a[4]!.metadata).toBe(true);
  });

  it('cleans mangled byte-order marks off a header', () => {
    expect(cleanHeader('X.U.FEFF.start')).toBe('start');
    expect(cleanHeader('\u00EF\u00BB\u00BFstart')).toBe('start');
    expect(cleanHeader('\uFEFFresponse_id ')).toBe('response_id');
    expect(cleanHeader('п»їsex')).toBe('sex');
  });
});

describe('analyseKoboHeaders on messy headers', () => {
  it('cleans BOM mangling and gives every column a distinct name', () => {
    const a = analyseKoboHeaders(['X.U.FEFF.province', '', 'g/sex', 'sex', '', 'sex']);
    expect(a.map((h) => h.name)).toEqual(['province', 'column_2', 'sex', 'sex_4', 'column_5', 'sex_6']);
    expect(new Set(a.map((h) => h.name)).size).toBe(6);
  });
});
