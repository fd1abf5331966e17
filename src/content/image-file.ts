/**
 * Checks a photo or logo file before it goes into a bulletin and reads its pixel size: a JPEG
 * (baseline or progressive) or a PNG that pdfkit embeds as it is. The bytes are passed through
 * to the PDF unchanged, so the build stays byte-reproducible; that is also why a PNG with
 * transparency (which pdfkit would decode and recompress with the machine's zlib) or an interlaced
 * PNG is refused with a way out rather than embedded.
 */
import { unzlibSync } from 'fflate';

/** Largest image file accepted, in MB (10 × 1024 × 1024 bytes). */
export const MAX_IMAGE_MB = 10;
/** Largest image accepted, in pixels (a 40-megapixel photo; print needs far less). */
const MAX_PIXELS = 40_000_000;

export interface ImageInfo {
  format: 'jpeg' | 'png';
  width: number;
  height: number;
}

/** The image's format and size, or a problem in words. */
export function inspectImage(bytes: Uint8Array): ImageInfo | { problem: string } {
  const info = isPng(bytes) ? inspectPng(bytes) : isJpeg(bytes) ? inspectJpeg(bytes) : { problem: 'not a JPEG or PNG file' };
  if ('problem' in info) return info;
  if (info.width === 0 || info.height === 0) return { problem: 'the image has no pixels' };
  if (info.width * info.height > MAX_PIXELS) return { problem: `${info.width} × ${info.height} pixels is more than ${MAX_PIXELS / 1e6} megapixels` };
  return info;
}

const isPng = (b: Uint8Array) => b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v);
const isJpeg = (b: Uint8Array) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function inspectPng(b: Uint8Array): ImageInfo | { problem: string } {
  let at = 8;
  let ihdr: { width: number; height: number; depth: number; color: number; interlace: number } | undefined;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (at + 8 <= b.length) {
    const len = u32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const data = at + 8;
    if (data + len + 4 > b.length) return { problem: 'the PNG file is cut short' };
    if (type === 'IHDR') ihdr = { width: u32(b, data), height: u32(b, data + 4), depth: b[data + 8]!, color: b[data + 9]!, interlace: b[data + 12]! };
    else if (type === 'IDAT') idat.push(b.subarray(data, data + len));
    else if (type === 'tRNS') return { problem: 'the PNG has transparency; save it without transparency (on a white background) or as JPEG' };
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    at = data + len + 4;
  }
  if (!ihdr) return { problem: 'the PNG file has no header' };
  if (!ended) return { problem: 'the PNG file is cut short' };
  const channels = CHANNELS[ihdr.color];
  if (channels === undefined) return { problem: `unknown PNG colour type ${ihdr.color}` };
  if (ihdr.color === 4 || ihdr.color === 6) return { problem: 'the PNG has transparency; save it without transparency (on a white background) or as JPEG' };
  if (ihdr.interlace !== 0) return { problem: 'the PNG is interlaced; save it without interlacing or as JPEG' };
  if (ihdr.width * ihdr.height > MAX_PIXELS) return { format: 'png', width: ihdr.width, height: ihdr.height };
  const expected = ihdr.height * (1 + Math.ceil((ihdr.width * channels * ihdr.depth) / 8));
  let pixels: Uint8Array;
  try {
    pixels = unzlibSync(Buffer.concat(idat));
  } catch {
    return { problem: 'the PNG image data is damaged' };
  }
  if (pixels.length !== expected) return { problem: 'the PNG image data is damaged' };
  return { format: 'png', width: ihdr.width, height: ihdr.height };
}

function inspectJpeg(b: Uint8Array): ImageInfo | { problem: string } {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { problem: 'the JPEG file is damaged' };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9) break;
    const len = u16(b, at + 2);
    if (at + 2 + len > b.length) return { problem: 'the JPEG file is cut short' };
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (marker > 0xc2) return { problem: 'the JPEG uses a coding PDF readers do not all support; save it as a baseline or progressive JPEG' };
      size = { height: u16(b, at + 5), width: u16(b, at + 7) };
    }
    if (marker === 0xda) {
      // Entropy-coded data follows: the file must end with the end-of-image marker.
      if (!size) return { problem: 'the JPEG file has no frame header' };
      return lastEoi(b) > at ? { format: 'jpeg', ...size } : { problem: 'the JPEG file is cut short' };
    }
    at += 2 + len;
  }
  return { problem: 'the JPEG file is cut short' };
}

/** Position of the last FF D9 (end of image), ignoring trailing zero padding. */
function lastEoi(b: Uint8Array): number {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  return end >= 2 && b[end - 2] === 0xff && b[end - 1] === 0xd9 ? end - 2 : -1;
}
