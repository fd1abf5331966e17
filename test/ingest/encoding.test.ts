import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { detectEncoding, isUtf8, normaliseEncodingName } from '../../src/ingest/encoding.js';

const bytes = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));

describe('detectEncoding', () => {
  it.each([
    ['utf-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'utf-8', 3],
    ['utf-16le BOM', Uint8Array.from([0xff, 0xfe, 0x61, 0]), 'utf-16le', 2],
    ['utf-16be BOM', Uint8Array.from([0xfe, 0xff, 0, 0x61]), 'utf-16be', 2],
  ])('reads a %s', (_n, head, enc, bom) => {
    expect(detectEncoding(head, true)).toEqual({ encoding: enc, bomLength: bom });
  });

  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    expect(detectEncoding(bytes('sex,age\nmale,25\n', 'utf16le'), true).encoding).toBe('utf-16le');
    expect(detectEncoding(bytes('sex,age\nmale,25\n', 'utf16be'), true).encoding).toBe('utf-16be');
  });

  it('tells Windows-1251 Cyrillic from Windows-1252 Western text', () => {
    expect(detectEncoding(bytes('Пол,Возраст,Область\nЖенщины,25,Чуйская область\n', 'win1251'), true).encoding).toBe('windows-1251');
    expect(detectEncoding(bytes('nom,pays\nJosé,España\nAndré,Curaçao\n', 'win1252'), true).encoding).toBe('windows-1252');
    expect(detectEncoding(bytes('plain,ascii\n1,2\n', 'utf8'), true).encoding).toBe('utf-8');
  });

  it('accepts a UTF-8 sample cut inside a character when the file goes on', () => {
    const b = bytes('ж', 'utf8');
    expect(isUtf8(b.subarray(0, 1), false)).toBe(true);
    expect(isUtf8(b.subarray(0, 1), true)).toBe(false);
  });

  it('lets a forced encoding win and still skips its BOM', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), true, 'UTF8')).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), true, 'cp1251')).toEqual({ encoding: 'windows-1251', bomLength: 0 });
  });

  it('names encodings canonically and refuses unknown ones', () => {
    expect(normaliseEncodingName('Windows-1251')).toBe('windows-1251');
    expect(normaliseEncodingName('utf16')).toBe('utf-16le');
    expect(normaliseEncodingName('latin1')).toBe('latin1');
    expect(() => normaliseEncodingName('ebcdic-klingon')).toThrow(UsageError);
  });
});
