/**
 * One temporary folder per test run: every test's `mkdtemp(tmpdir(), …)` lands inside it (the test
 * processes inherit TMPDIR, and TMP/TEMP on Windows), and it is removed when the run ends, so that
 * `npm test` leaves nothing behind in the machine's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-tests-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
