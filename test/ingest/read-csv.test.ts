import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readAll, tempDir } from './helpers.js';

const t = tempDir();

describe('openCsv', () => {
  it('reads a plain UTF-8 file with comma delimiter', async () => {
    const r = await readAll(t.file('a.csv', 'a,b\n1,2\n3,4\n'));
    expect(r.encoding).toBe('utf-8');
    expect(r.delimiter).toBe(',');
    expect(r.header).toEqual(['a', 'b']);
    expect(r.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('counts the physical lines of quoted fields with line breaks (CRLF too)', async () => {
    const text = 'id,comment\r\n1,"one\r\ntwo\r\nthree"\r\n2,plain\r\n3,"x\ny"\r\n4,end';
    const r = await readAll(t.file('ml.csv', text));
    expect(r.rows.map((x) => [x.line, x.cells[0]])).toEqual([
      [2, '1'],
      [5, '2'],
      [6, '3'],
      [8, '4'],
    ]);
    expect(r.rows[0]!.cells[1]).toBe('one\ntwo\nthree');
  });

  it('strips a UTF-8 BOM and sniffs ; and tab', async () => {
    const semi = await readAll(t.file('s.csv', '\uFEFFa;b;c\n1;2,5;3\n'));
    expect(semi.header).toEqual(['a', 'b', 'c']);
    expect(semi.delimiter).toBe(';');
    expect(semi.rows[0]!.cells).toEqual(['1', '2,5', '3']);
    const tab = await readAll(t.file('t.tsv', 'a\tb\n1\t2\n'));
    expect(tab.delimiter).toBe('\t');
  });

  it('detects Windows-1251, Windows-1252 and UTF-16 with BOM', async () => {
    const ru = await readAll(t.file('ru.csv', iconv.encode('пол;возраст\nмужской;25\nженский;31\n', 'win1251')));
    expect(ru.encoding).toBe('windows-1251');
    expect(ru.header).toEqual(['пол', 'возраст']);
    expect(ru.rows[1]!.cells[0]).toBe('женский');
    const fr = await readAll(t.file('fr.csv', iconv.encode('nom,ville\nJosé,Zürich\nRenée,Besançon\n', 'win1252')));
    expect(fr.encoding).toBe('windows-1252');
    expect(fr.rows[1]!.cells).toEqual(['Renée', 'Besançon']);
    const le = await readAll(t.file('le.csv', iconv.encode('a,b\nя,2\n', 'utf16le', { addBOM: true })));
    expect([le.encoding, le.header, le.rows[0]!.cells]).toEqual(['utf-16le', ['a', 'b'], ['я', '2']]);
    const be = await readAll(t.file('be.csv', iconv.encode('a,b\nя,2\n', 'utf16be', { addBOM: true })));
    expect([be.encoding, be.header, be.rows[0]!.cells]).toEqual(['utf-16be', ['a', 'b'], ['я', '2']]);
  });

  it('lets --encoding force an encoding', async () => {
    const p = t.file('force.csv', iconv.encode('a,b\nпривет,1\n', 'win1251'));
    const r = await readAll(p, { encoding: 'cp1251' });
    expect(r.rows[0]!.cells[0]).toBe('привет');
    await expect(readAll(p, { encoding: 'klingon' })).rejects.toBeInstanceOf(UsageError);
  });

  it('drops an HXL hashtag row and blank rows, keeping line numbers', async () => {
    const r = await readAll(t.file('hxl.csv', 'adm1,females\n#adm1+name,#affected+f\n\nA,1\n,\nB,2\n\n\n'));
    expect(r.hxl).toEqual(['#adm1+name', '#affected+f']);
    expect(r.hxlLine).toBe(2);
    expect(r.rows).toEqual([
      { line: 4, cells: ['A', '1'] },
      { line: 6, cells: ['B', '2'] },
    ]);
  });

  it('marks an unclosed quote on the record where it starts', async () => {
    const r = await readAll(t.file('uq.csv', 'a,b\n1,2\n3,"never closed\n4,5\n'));
    expect(r.rows[1]!.line).toBe(3);
    expect(r.rows[1]!.problem).toBe('unclosed-quote');
  });

  it.each([
    ['missing', null, /no such file/],
    ['empty', '', /empty/],
    ['blank', '\n\n  \n', /no header/],
    ['png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ['xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /Excel/],
    ['nul', 'a,b\u0000c\n1,2\n', /control characters/],
    ['unclosed header', '"a,b\n1,2\n', /unclosed quote/],
    ['a header of 200,000 cells (a query held 3.8 GB for 5 million)', `${'x,'.repeat(200_000)}\n1\n`, /header has 200,001 cells, more than the 100,000/],
  ])('refuses %s with a UsageError', async (_name, content, re) => {
    const p = content === null ? `${t.dir}/does-not-exist.csv` : t.file('bad.csv', content);
    const e = await readAll(p).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(re);
  });

  it('reads a header of 100,000 cells, the most it takes', async () => {
    const r = await readAll(t.file('wide.csv', `${Array.from({ length: 100_000 }, (_, k) => `c${k}`).join(',')}\n1\n`));
    expect(r.header).toHaveLength(100_000);
    expect(r.rows).toHaveLength(1);
  });

  it('refuses a directory', async () => {
    await expect(readAll(t.dir)).rejects.toThrow(/directory/);
  });
});
