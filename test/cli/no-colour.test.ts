// The CLI claims no colour (README, docs/cli.md): not even at a terminal, so NO_COLOR has nothing to do.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function atTerminal(argv: string[]): Promise<string> {
  let out = '';
  const tty = { write: (s: string) => (out += s), isTTY: true };
  await main(argv, { stdout: tty, stderr: tty, env: {} });
  return out;
}

describe('colour', () => {
  it('is never written, even to a terminal without NO_COLOR', async () => {
    const out = [
      await atTerminal(['validate', 'data-samples/survey-invalid.csv']),
      await atTerminal(['query', 'data-samples/assistance.csv', '--by', 'office']),
      await atTerminal(['query', 'no-such-file.csv']),
    ].join('\n');
    expect(out).toMatch(/age\.range/);
    expect(out).not.toMatch(/\u001b\[[0-9;]*m/);
  });
});
