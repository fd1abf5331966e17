/** A temporary directory for the fuzzed inputs, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeFuzzDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'bulletin-fuzz-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
