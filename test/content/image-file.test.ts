import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectImage } from '../../src/content/image-file.js';

const PHOTO = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'content-b6', 'photos', 'aid-distribution.png'));

/** The IHDR colour type byte of a PNG is at offset 25. */
function withColourType(png: Uint8Array, type: number): Uint8Array {
  const copy = new Uint8Array(png);
  copy[25] = type;
  return copy;
}

describe('inspectImage', () => {
  it('reads the size of the example PNG', () => {
    expect(inspectImage(PHOTO)).toEqual({ format: 'png', width: 720, height: 420 });
  });

  it('reads the size of a JPEG from its frame header', () => {
    // SOI, SOF0 (8-bit, 3 × 2 pixels, 1 component), SOS, data, EOI.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 2, 0, 3, 1, 1, 0x11, 0, 0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34, 0xff, 0xd9]);
    expect(inspectImage(jpeg)).toEqual({ format: 'jpeg', width: 3, height: 2 });
  });

  it('refuses a file cut short, damaged data, transparency and non-images', () => {
    expect(inspectImage(PHOTO.subarray(0, PHOTO.length - 200))).toMatchObject({ problem: expect.stringContaining('cut short') });
    const damaged = new Uint8Array(PHOTO);
    damaged.fill(7, 100, 400);
    expect(inspectImage(damaged)).toHaveProperty('problem');
    expect(inspectImage(withColourType(PHOTO, 6))).toMatchObject({ problem: expect.stringContaining('transparency') });
    expect(inspectImage(new TextEncoder().encode('GIF89a not a photo'))).toEqual({ problem: 'not a JPEG or PNG file' });
  });
});
