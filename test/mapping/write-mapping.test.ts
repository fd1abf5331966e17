import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMapping } from '../../src/mapping/write-mapping.js';
import { msg } from '../../src/messages/index.js';

const ours = (extra = '') => `${JSON.stringify({ $comment: `${msg.mapping.generatedPrefix()} test${extra}` })}\n`;

describe('writeMapping', () => {
  it('writes the file whole and leaves no temporary file beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-mapping-'));
    const out = join(dir, 'mapping.json');
    await writeMapping(out, ours(), [], false);
    await writeMapping(out, ours(' again'), [], false); // over a file it wrote
    expect(readFileSync(out, 'utf8')).toBe(ours(' again'));
    expect(readdirSync(dir)).toEqual(['mapping.json']);
  });

  it('makes the folders on the way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-mapping-'));
    const out = join(dir, 'a', 'b', 'mapping.json');
    await writeMapping(out, ours(), [], false);
    expect(readFileSync(out, 'utf8')).toBe(ours());
  });

  it('reports a target it cannot write as a usage error and leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-mapping-'));
    writeFileSync(join(dir, 'file'), 'not a folder');
    const out = join(dir, 'file', 'mapping.json');
    await expect(writeMapping(out, ours(), [], false)).rejects.toMatchObject({ name: 'UsageError', code: 'mapping.unwritable' });
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('never writes over an input, nor over a file it did not write unless forced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-mapping-'));
    const input = join(dir, 'export.csv');
    writeFileSync(input, 'a,b\n1,2\n');
    await expect(writeMapping(input, ours(), [input], true)).rejects.toMatchObject({ code: 'mapping.out-input' });
    const theirs = join(dir, 'theirs.json');
    writeFileSync(theirs, '{"x":1}\n');
    await expect(writeMapping(theirs, ours(), [], false)).rejects.toMatchObject({ code: 'mapping.out-exists' });
    expect(readFileSync(theirs, 'utf8')).toBe('{"x":1}\n');
    await writeMapping(theirs, ours(), [], true);
    expect(readFileSync(theirs, 'utf8')).toBe(ours());
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'theirs.json']);
  });
});
