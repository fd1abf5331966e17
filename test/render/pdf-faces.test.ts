import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/render/layout.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadNotoSans, type FontSet } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { DocModel } from '../../src/render/model.js';
import { sampleModel } from './fixtures/sample-model.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const render = async (model: DocModel, fonts: FontSet) => sha(await renderPdf(layoutDocument(model, fontkitMeasurer(fonts)), model, fonts));

/** The sample model with every "fi" of its prose (strings with a space; not type names or SVG) spelled with the ligature character U+FB01, which is the same glyph. */
function withLigatureCharacter(model: DocModel): DocModel {
  const swap = (key: string, value: unknown) => (key !== 'svg' && typeof value === 'string' && value.includes(' ') ? value.replaceAll('fi', '\uFB01') : value);
  return JSON.parse(JSON.stringify(model), swap) as DocModel;
}

describe('parsed fonts shared across documents (pdf-faces.ts)', () => {
  it('a PDF does not depend on the documents drawn before it with the same fonts', async () => {
    const model = sampleModel('en');
    expect(JSON.stringify(model)).toContain('fi');
    // Fresh buffers: parsed for this document alone.
    const alone = await render(model, loadNotoSans());
    // Shared buffers: a document first reaches the "fi" glyph from U+FB01, then the sample
    // reaches it from "f" + "i". fontkit remembers the first characters of a glyph; without the
    // reset the second PDF's text would map back to U+FB01.
    const shared = loadNotoSans();
    const before = await render(withLigatureCharacter(model), shared);
    const after = await render(model, shared);
    expect(before).not.toBe(alone);
    expect(after).toBe(alone);
  });
});
