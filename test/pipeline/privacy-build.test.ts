/**
 * Personal data and hostile text never leave the microdata (issue 13, part 5): one build of
 * bulletins 3 and 6 on the small fixtures plus rows an adversary typed, with a rates table that has
 * no RUB. Each route leaked before: the values of rejected and warned rows in validation.json, a
 * name and phone in `survey_round` printed in every source line, a partner typed once (with a
 * phone) in the partners table and the PDF, and RUB amounts silently left out of the median.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { build, type BuildSummary } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { csvLine } from '../../src/text/csv-safe.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bulletin-privacy-'));
const out = join(work, 'out');

/** Everything an adversary typed that must not be published. */
const SECRETS = ['Sidorova', '79160000001', 'Lenina', 'Petrov', '79160000002', 'Gulnara', 'Asanova', '996700123456', 'anna@example.org', 'Asylbek', 'R7'];

function csvRows(path: string): { header: string[]; lines: string[] } {
  const text = readFileSync(join(ROOT, path), 'utf8').trimEnd().split('\n');
  return { header: text[0]!.split(','), lines: text.slice(1) };
}

function withRows(path: string, name: string, rows: Array<Record<string, string>>): string {
  const { header, lines } = csvRows(path);
  const extra = rows.map((r) => csvLine(header.map((h) => r[h] ?? ''), { minimalQuotes: true }));
  const file = join(work, name);
  writeFileSync(file, `${[header.join(','), ...lines, ...extra].join('\n')}\n`);
  return file;
}

function parseLine(line: string, header: string[]): Record<string, string> {
  // the fixture lines used here have no quoted commas
  const cells = line.split(',');
  return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
}

let summary: BuildSummary;
const logs: string[] = [];

beforeAll(async () => {
  const s = csvRows('test/pipeline/fixtures/survey-small.csv');
  const base = parseLine(s.lines[0]!, s.header);
  const survey = withRows('test/pipeline/fixtures/survey-small.csv', 'survey.csv', [
    // a name and phone in survey_round (accepted row: the round is warned and withheld)
    { ...base, response_id: 'X001', survey_round: 'R1 Petrov Petr +79160000002' },
    // a rejected row full of personal data
    { ...base, response_id: 'X002', admin1: 'Sidorova Anna', age: '+79160000001', marital_status: 'ul. Lenina 5, kv. 3' },
    // a round of the declared form, but with fewer rows than the threshold
    { ...base, response_id: 'X003', survey_round: 'R7' },
    { ...base, response_id: 'X004', survey_round: 'R7' },
    // amounts in RUB (no rate in the rates file) and in KGS (an annual-average rate)
    ...Array.from({ length: 6 }, (_, i) => ({ ...base, response_id: `X1${i}`, remittance_amount: '5000', remittance_currency: 'RUB' })),
    ...Array.from({ length: 6 }, (_, i) => ({ ...base, response_id: `X2${i}`, remittance_amount: '7000', remittance_currency: 'KGS' })),
  ]);
  const a = csvRows('test/pipeline/fixtures/assistance-small.csv');
  const abase = parseLine(a.lines[1]!, a.header);
  const assistance = withRows('test/pipeline/fixtures/assistance-small.csv', 'assistance.csv', [
    { ...abase, case_id: 'Y001', partner: 'Volunteer Gulnara Asanova +996700123456' },
    { ...abase, case_id: 'Y002', partner: 'Asylbek Fund' },
    { ...abase, case_id: 'Y003', partner: 'Asylbek Fund' },
    { ...abase, case_id: 'Y004', city: 'anna@example.org' },
  ]);
  const rates = join(work, 'rates-no-rub.csv');
  writeFileSync(
    rates,
    readFileSync(join(ROOT, 'data/rates/usd-monthly.csv'), 'utf8')
      .split('\n')
      .filter((l) => !l.includes(',RUB,'))
      .join('\n'),
  );
  const opts = parseBuildOptions({ survey: [survey], assistance: [assistance], bulletin: '3,6', out, rates }, ROOT);
  summary = await build(opts, ROOT, { log: (m) => logs.push(m) });
}, 600_000);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

async function pdfText(file: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    text += `${content.items.map((i) => ('str' in i ? i.str : '')).join(' ')}\n`;
  }
  await doc.destroy();
  return text;
}

describe('personal data never leaves the microdata', () => {
  it('validation.json carries rule, line and column of each issue, never a value', () => {
    const report = readFileSync(join(out, 'validation.json'), 'utf8');
    for (const s of SECRETS) expect(report, s).not.toContain(s);
    const doc = JSON.parse(report) as { issues: Array<Record<string, unknown>>; byRule: Array<{ rule: string; count: number }> };
    expect(doc.issues.some((i) => i.rule === 'age.range' && typeof i.line === 'number' && i.column === 'age')).toBe(true);
    expect(doc.issues.some((i) => i.rule === 'survey_round.pattern')).toBe(true);
    expect(doc.issues.some((i) => i.rule === 'partner.personal')).toBe(true);
    expect(doc.issues.some((i) => i.rule === 'city.personal')).toBe(true);
    for (const i of doc.issues) expect(Object.keys(i).sort()).toEqual(['column', 'file', 'line', 'rule', 'severity']);
  });

  it('no text file written holds what was typed (tables, charts, manifest)', () => {
    for (const f of files(out).filter((x) => !x.endsWith('.pdf') && !x.endsWith('.png'))) {
      const text = readFileSync(join(out, f), 'utf8');
      for (const s of SECRETS) expect(text, `${f}: ${s}`).not.toContain(s);
    }
  });

  it('no PDF holds it; the source line names only rounds with enough rows', async () => {
    for (const f of files(out).filter((x) => x.endsWith('.pdf'))) {
      const text = await pdfText(join(out, f));
      for (const s of SECRETS) expect(text, `${f}: ${s}`).not.toContain(s);
      if (f.includes('03-')) expect(text).toMatch(/(Source: DTM survey, round R1|Источник: обследование DTM, раунд R1)\b/);
    }
  });

  it('a partner of fewer people than the threshold is published as "Others"', async () => {
    const partners = readFileSync(join(out, 'tables', 'b6-kgz-partners.csv'), 'utf8');
    expect(partners).toContain('_other');
    const en = await pdfText(join(out, 'en', '06-direct-assistance.pdf'));
    expect(en).toContain('Others (small groups)');
  });
});

describe('exchange rates', () => {
  it('an amount without a rate is counted and reported: messages, manifest, validation.json, the page', async () => {
    expect(logs.join('\n')).toMatch(/6 remittance amounts have no exchange rate in rates-no-rub\.csv .*RUB/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as typeof summary.manifest;
    expect(manifest.conversion?.notConvertedAmounts).toBe(6);
    expect(manifest.conversion?.notConverted.every((m) => m.currency === 'RUB')).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8')) as { notConverted: Array<{ currency: string; amounts: number }> };
    expect(report.notConverted.reduce((a, m) => a + m.amounts, 0)).toBe(6);
    expect(summary.warnings).toBeGreaterThan(0);
    expect(await pdfText(join(out, 'en', '03-remittances.pdf'))).toContain('amounts in a currency without an exchange rate for the month of the interview (6)');
  });

  it('months converted at an annual average are listed in the manifest and stated under the figures and sentences, in both languages', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as typeof summary.manifest;
    const kgs = manifest.conversion?.annualAverage.find((a) => a.currency === 'KGS');
    expect(kgs?.months.length).toBeGreaterThan(0);
    const en = await pdfText(join(out, 'en', '03-remittances.pdf'));
    const ru = await pdfText(join(out, 'ru', '03-remittances.pdf'));
    expect(en).toMatch(/No\s+monthly\s+exchange\s+rate\s+was\s+available\s+for\s+KGS\s+\(November\s+2020\):\s+the\s+amounts\s+reported\s+in\s+KGS\s+in\s+those\s+months\s+were\s+converted\s+to\s+US\s+dollars\s+at\s+the\s+annual\s+average\s+rate/);
    expect(ru).toMatch(/Месячный\s+обменный\s+курс\s+недоступен\s+для\s+сумм\s+в\s+следующих\s+валютах\s+и\s+месяцах:\s+кыргызский\s+сом\s+\(KGS\)\s+—\s+ноябрь\s+2020\s+г\.;\s+суммы\s+в\s+KGS\s+за\s+эти\s+месяцы\s+пересчитаны\s+в\s+доллары\s+США\s+по\s+среднегодовому\s+курсу/u);
    // after the sentences that show USD amounts: once in the section (the one-answer figure written
    // as a sentence leans on the narrative's note, test/compose/section-notes.test.ts)
    expect(en.split('No monthly exchange rate was available for KGS').length - 1).toBeGreaterThanOrEqual(1);
  });
});
