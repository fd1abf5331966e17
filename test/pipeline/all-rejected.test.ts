// A build given a file of which no row is accepted (the wrong export, or a Kobo form that needs
// --mapping) said "building on the 0 accepted (see validation.json)" although nothing is built
// and no validation.json is written. It now says every row was rejected and where to see why.
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { msg } from '../../src/messages/index.js';

describe('build on a file whose rows are all rejected', () => {
  it('says so, points to bulletin validate, exits 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-all-rejected-'));
    const survey = join(dir, 'other-survey.csv');
    writeFileSync(survey, 'site,arrivals,date\nA,12,2024-01-02\nB,7,2024-01-03\nC,3,2024-01-04\n');
    const out = join(dir, 'out');
    const r = await runCli(['build', '--survey', survey, '--bulletin', '1', '--out', out, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/all 3 rows rejected .*`bulletin validate` on it says why/);
    expect(r.stderr).not.toContain('see validation.json');
    expect(r.stderr).toContain(msg.build.nothingToBuild());
    expect(existsSync(out)).toBe(false);
  });
});
