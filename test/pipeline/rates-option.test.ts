/** --rates: the user's own exchange-rate table replaces the bundled one for USD amounts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare } from '../../src/pipeline/prepare.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'bulletin-rates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every currency at `factor` times one unit per USD, for every month of 2019–2021. */
function ratesFile(name: string, factor: number): string {
  const lines = ['month,currency,per_usd'];
  for (const y of [2019, 2020, 2021])
    for (let m = 1; m <= 12; m++)
      for (const c of ['RUB', 'KZT', 'KGS', 'TJS', 'UZS', 'EUR']) lines.push(`${y}-${String(m).padStart(2, '0')},${c},${factor}`);
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function usdMedian(rates: string): Promise<number | null | undefined> {
  const opts = parseBuildOptions({ survey: ['data-samples/survey.csv'], bulletin: '3', lang: 'en', rates, minCell: '0' }, ROOT);
  const p = await prepare(opts, ROOT, () => undefined);
  const rows = p.composeInput(p.todo[0]!, 'en').results;
  return rows.find((r) => r.indicator === 'b3.remit_amount_usd' && r.dims.country === '_total' && r.stat === 'median')?.value;
}

describe('build --rates', () => {
  it('converts amounts with the given table: ten times the rate gives a tenth of the dollars', async () => {
    const one = await usdMedian(ratesFile('one.csv', 1));
    const ten = await usdMedian(ratesFile('ten.csv', 10));
    expect(one).toBeGreaterThan(0);
    expect(ten).toBeCloseTo((one as number) / 10, 9);
  }, 120_000);

  it('refuses a malformed rates file with exit 2, naming it', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'month,currency,per_usd\n2020-13,RUB,abc\n');
    const opts = parseBuildOptions({ survey: ['data-samples/survey.csv'], bulletin: '3', lang: 'en', rates: bad }, ROOT);
    await expect(prepare(opts, ROOT, () => undefined)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/bad\.csv/) });
  });
});
