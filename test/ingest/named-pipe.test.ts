// A named pipe (mkfifo; `unzip -p export.zip survey.csv > fifo`) as an input: opened once. openInput
// used to open the path to look at its first bytes, then again to read it: the first close lost
// the writer's bytes and the second open waited for a writer for ever (validate hung).
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/ingest/open-input.js';
import { withInput } from '../../src/ingest/with-input.js';
import { tempDir } from './helpers.js';

const t = tempDir();

// Node cannot make a named pipe itself: coreutils' mkfifo does, on every Linux and macOS, at a fixed
// place even when PATH is bare. Windows has no named pipes in the file system: only there is it skipped.
const mkfifo = process.platform === 'win32' ? undefined : ['mkfifo', '/usr/bin/mkfifo', '/bin/mkfifo'].find((c) => spawnSync(c, ['--help'], { stdio: 'ignore' }).error === undefined);

describe.skipIf(process.platform === 'win32')('a named pipe as input', () => {
  it('is read once, whole', async () => {
    const fifo = join(t.dir, 'export.csv');
    expect(mkfifo, 'mkfifo, to make the pipe (coreutils)').toBeDefined();
    execFileSync(mkfifo!, [fifo]);
    const text = `id,grp\n${Array.from({ length: 2000 }, (_, i) => `${i},${i % 3}`).join('\n')}\n`;
    const writing = writeFile(fifo, text); // waits for a reader, then writes and closes
    const rows = await withInput(openInput(fifo), async (csv) => {
      let n = 0;
      for await (const r of csv.rows) if (r.cells.length === 2) n++;
      return { header: csv.header, n };
    });
    await writing;
    expect(rows).toEqual({ header: ['id', 'grp'], n: 2000 });
  });
});
