// Draws the example content folder's photo (examples/content-b6/photos/aid-distribution.png):
// an illustration of a food-parcel distribution, made for this repository (no third-party image).
// SVG → pixels with resvg, then written as an opaque RGB PNG (no transparency, as the content
// layer requires) with fflate. Deterministic: run it again and the bytes are the same.
//   node scripts/example-photo.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { zlibSync } from 'fflate';

const W = 720;
const H = 420;
const boxes = [];
for (let row = 0; row < 3; row++) {
  for (let i = 0; i < 6 - row; i++) {
    const x = 70 + i * 46 + row * 23;
    const y = 318 - row * 34;
    boxes.push(`<rect x="${x}" y="${y}" width="42" height="32" rx="2" fill="${(i + row) % 2 ? '#C8A26B' : '#B88C50'}" stroke="#7A5A2E" stroke-width="1.5"/>`,
      `<rect x="${x + 18}" y="${y}" width="6" height="32" fill="#E6D3A8"/>`);
  }
}
const person = (x, shirt, h = 1) => `
  <g transform="translate(${x} ${350 - 150 * h}) scale(${h})">
    <circle cx="0" cy="18" r="16" fill="#8D5B3C"/>
    <path d="M -26 150 L -22 60 Q -20 40 0 38 Q 20 40 22 60 L 26 150 Z" fill="${shirt}"/>
    <rect x="-18" y="150" width="14" height="52" fill="#33415C"/>
    <rect x="4" y="150" width="14" height="52" fill="#33415C"/>
  </g>`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9CC3E6"/><stop offset="1" stop-color="#E4EEF7"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <path d="M 0 250 L 90 150 L 170 215 L 280 110 L 390 205 L 470 140 L 580 230 L 650 170 L ${W} 220 L ${W} 300 L 0 300 Z" fill="#7F93A8"/>
  <path d="M 250 138 L 280 110 L 310 138 L 295 132 L 280 140 L 265 131 Z" fill="#FFFFFF"/>
  <path d="M 0 290 Q 200 265 360 285 T ${W} 280 L ${W} ${H} L 0 ${H} Z" fill="#A7B98A"/>
  <rect x="0" y="350" width="${W}" height="${H - 350}" fill="#C9BC9C"/>
  <rect x="40" y="248" width="330" height="12" fill="#0033A0"/>
  ${boxes.join('\n  ')}
  <rect x="380" y="300" width="170" height="14" fill="#6B4F2C"/>
  <rect x="390" y="314" width="10" height="40" fill="#6B4F2C"/><rect x="530" y="314" width="10" height="40" fill="#6B4F2C"/>
  ${person(430, '#0033A0', 0.95)}
  ${person(610, '#D9822B', 1)}
  ${person(675, '#5B8C5A', 0.9)}
  <rect x="585" y="262" width="50" height="36" rx="2" fill="#C8A26B" stroke="#7A5A2E" stroke-width="1.5"/>
</svg>`;

const img = new Resvg(svg, { fitTo: { mode: 'original' }, background: '#FFFFFF' }).render();
const rgba = img.pixels;
const raw = new Uint8Array(H * (1 + W * 3));
for (let y = 0; y < H; y++) {
  raw[y * (1 + W * 3)] = 0;
  for (let x = 0; x < W; x++) {
    const s = (y * W + x) * 4;
    const d = y * (1 + W * 3) + 1 + x * 3;
    raw[d] = rgba[s];
    raw[d + 1] = rgba[s + 1];
    raw[d + 2] = rgba[s + 2];
  }
}
const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 2; // RGB
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
const dir = new URL('../examples/content-b6/photos/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('aid-distribution.png', dir), png);
console.log(`wrote examples/content-b6/photos/aid-distribution.png (${png.length} bytes)`);
