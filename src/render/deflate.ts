/**
 * Deterministic stream compression for pdfkit. pdfkit compresses streams with node:zlib, whose
 * output is only as stable as the zlib Node bundles (Chromium's fork, with CPU-specific hashing):
 * the same PDF could differ in bytes between machines or Node versions. fflate is pure JavaScript,
 * so its output depends on the input only.
 *
 * How: every reference pdfkit creates gets a finalize() that, when pdfkit would compress the
 * stream, compresses it with fflate first and tells pdfkit it is done (pdfkit 0.20's PDFReference:
 * `compress`, `buffer`, `data.Filter`, `finalize()`; the version is pinned in package.json).
 */
import { zlibSync } from 'fflate';

interface PdfkitReference {
  compress: boolean;
  buffer: Uint8Array[];
  data: Record<string, unknown>;
  finalize(): void;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Makes `doc` compress its streams with fflate (level 6, as zlib's default). Call before drawing. */
export function useDeterministicDeflate(doc: { ref(data?: unknown): unknown }): void {
  const ref = doc.ref.bind(doc);
  doc.ref = (data?: unknown) => {
    const r = ref(data) as PdfkitReference;
    const finalize = r.finalize.bind(r);
    r.finalize = () => {
      if (r.compress && Array.isArray(r.buffer) && r.buffer.length > 0) {
        r.buffer = [zlibSync(concat(r.buffer), { level: 6 })];
        r.compress = false;
        r.data.Filter = 'FlateDecode';
      }
      finalize();
    };
    return r;
  };
}
