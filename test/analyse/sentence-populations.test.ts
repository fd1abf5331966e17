/**
 * The populations behind the numbers that sentences quote (issue 11, editor's review): each slot's
 * base is the population its sentence names, and a breakdown never has a "No answer" row.
 * Computed on the bundled samples and checked against a count of the raw rows.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/analyse/indicators.js';
import { loadRegistry } from '../../src/analyse/registry.js';
import type { ResultRow } from '../../src/analyse/result.js';
import { loadTemplates } from '../../src/compose/load-templates.js';
import { loadDataset } from '../../src/validate/load.js';

const SAMPLES = new URL('../../data-samples/', import.meta.url);
const templates = loadTemplates(new Set(loadRegistry().map((i) => i.id)));
const slot = (bulletin: number, name: string) => {
  const t = templates.find((x) => x.template.number === bulletin)!.template;
  const s = t.slots[name];
  if (!s || !('indicator' in s)) throw new Error(`no slot ${name}`);
  return s as { indicator: string; category?: string };
};
const raw = (kind: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(`${kind}.csv`, SAMPLES), 'utf8'), { header: true, skipEmptyLines: true }).data;

let survey: ResultRow[];
let assistance: ResultRow[];
beforeAll(async () => {
  const ids = [slot(5, 'health_no').indicator, slot(4, 'lost_job').indicator];
  survey = computeIndicators((await loadDataset({ files: [new URL('survey.csv', SAMPLES).pathname], kind: 'survey' })).dataset, { minCell: 0, ids });
  assistance = computeIndicators((await loadDataset({ files: [new URL('assistance.csv', SAMPLES).pathname], kind: 'assistance' })).dataset, { minCell: 0, ids: ['b6.partner_admin1'] });
}, 60_000);

describe('the population a sentence names is the base of its number', () => {
  it('b5 "could not get health care": of those who needed it (the answer "not needed" is not in the base)', () => {
    const s = slot(5, 'health_no');
    const kgz = raw('survey').filter((r) => r.country === 'KGZ');
    const yes = kgz.filter((r) => r.health_access === 'yes').length;
    const no = kgz.filter((r) => r.health_access === 'no').length;
    const cell = survey.find((r) => r.indicator === s.indicator && r.dims.country === 'KGZ' && r.category === s.category && r.stat === 'share');
    expect(cell?.n).toBe(yes + no);
    expect(cell?.value).toBeCloseTo(no / (yes + no), 12);
  });

  it('b4 "lost their job because of COVID-19": of those working before March 2020 who answered', () => {
    const s = slot(4, 'lost_job');
    const working = new Set(['employed_formal', 'employed_informal', 'self_employed', 'daily_worker']);
    const tjk = raw('survey').filter((r) => r.country === 'TJK' && working.has(r.employment_before ?? '') && (r.lost_job_covid === 'yes' || r.lost_job_covid === 'no'));
    const cell = survey.find((r) => r.indicator === s.indicator && r.dims.country === 'TJK' && r.dims.sex === '_total' && r.category === 'yes' && r.stat === 'share');
    expect(cell?.n).toBe(tjk.length);
    expect(cell?.value).toBeCloseTo(tjk.filter((r) => r.lost_job_covid === 'yes').length / tjk.length, 12);
  });
});

describe('non-response is never a row of a breakdown, counts included', () => {
  it('b6 people assisted by partner: no "No answer" partner; the total still counts everyone', () => {
    const rus = raw('assistance').filter((r) => r.office === 'RUS');
    expect(rus.some((r) => r.partner === '')).toBe(true);
    const rows = assistance.filter((r) => r.indicator === 'b6.partner_admin1' && r.dims.office === 'RUS');
    expect(rows.filter((r) => r.dims.partner === '_missing')).toEqual([]);
    const total = rows.filter((r) => r.dims.partner === '_total' && r.stat === 'count' && r.category !== undefined && r.category !== '_total').reduce((a, r) => a + (r.value ?? 0), 0);
    expect(total).toBe(rus.length);
  });

});
