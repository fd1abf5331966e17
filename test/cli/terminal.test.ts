/**
 * Hostile text never reaches the terminal raw: escape sequences in cells and headers (clear
 * screen, cursor moves that overwrite a warning, OSC 52 clipboard writes, OSC 8 hidden links)
 * are printed as visible `\uXXXX` text by every command.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeTerminal, safeStream, writeControl } from '../../src/cli/terminal.js';
import { runCli } from '../helpers/run-cli.js';

const CLEAR = '\u001b[2J\u001b[H';
const OSC52 = '\u001b]52;c;ZWNobyBoaQ==\u0007';
const OSC8 = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';
const FAKE = `\r\u001b[Kall rows accepted`;
const C1_CSI = '\u009b31m';
const BIDI = '\u202eevil';

/** No raw control character (but line feed and tab), no C1, no bidi override. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), 'bulletin-terminal-'));

describe('terminal output', () => {
  it('escapes control characters as visible text, valid inside JSON strings', () => {
    expect(escapeTerminal(`a${CLEAR}b`)).toBe('a\\u001b[2J\\u001b[Hb');
    expect(escapeTerminal('line\n\tok')).toBe('line\n\tok');
    expect(JSON.parse(escapeTerminal(JSON.stringify({ v: `${C1_CSI}${BIDI}` })))).toEqual({ v: `${C1_CSI}${BIDI}` });
    for (const s of [CLEAR, OSC52, OSC8, FAKE, C1_CSI, BIDI]) expect(RAW.test(escapeTerminal(s))).toBe(false);
  });

  it('lets only the CLI own cursor control through', () => {
    let out = '';
    const s = safeStream({ write: (c: string) => (out += c) });
    writeControl(s, '\r\u001b[K');
    s.write(FAKE);
    expect(out).toBe('\r\u001b[K\\u000d\\u001b[Kall rows accepted');
  });

  it('validate, query --kind raw and error messages print hostile cells and headers escaped', async () => {
    const file = join(dir, 'hostile.csv');
    writeFileSync(
      file,
      [
        'response_id,survey_round,interview_date,country,admin1,population_group,sex,age,citizenship,note',
        `r1,R1,2020-10-01,KGZ,${'Chuy'}${CLEAR},returnee,male,30,KGZ,${OSC52}`,
        `r2,R1,2020-10-01,KGZ,Chuy,returnee,female,3${FAKE},KGZ,${C1_CSI}`,
        `r3,R1,2020-10-01,KGZ,Chuy,returnee,female,31,KGZ,${BIDI}`,
        `r4,R1${OSC8},2020-10-01,KGZ,Chuy,returnee,female,31,KGZ,x`,
      ].join('\n'),
    );
    const v = await runCli(['validate', file]);
    expect(v.stderr).toContain('\\u001b');
    expect(RAW.test(v.stderr)).toBe(false);
    expect(RAW.test(v.stdout)).toBe(false);
    const vj = await runCli(['validate', file, '--json']);
    expect(RAW.test(vj.stdout)).toBe(false);
    expect(vj.stdout).toContain('\\u001b');
    for (const format of ['table', 'csv', 'json', 'ndjson']) {
      const q = await runCli(['query', file, '--kind', 'raw', '--by', 'note', '--format', format]);
      expect(RAW.test(q.stdout), format).toBe(false);
      expect(RAW.test(q.stderr), format).toBe(false);
    }
    const missing = await runCli(['validate', join(dir, `no${CLEAR}such.csv`)]);
    expect(missing.code).toBe(2);
    expect(RAW.test(missing.stderr)).toBe(false);
  });
});
