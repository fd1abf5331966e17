// Self time of a V8 CPU profile (.cpuprofile) per stage of the build pipeline (profile-summary.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Stages, first match wins: [name, pattern on the script URL]. */
export const STAGES = [
  ['sdc solver (HiGHS)', /node_modules\/highs\//],
  ['sdc model/audit (ours)', /dist\/analyse\/sdc\//],
  ['indicators', /dist\/analyse\/|node_modules\/arquero\//],
  ['ingest + validation', /dist\/(ingest|validate|query|cache|mapping)\/|node_modules\/(exceljs|iconv-lite|@uwdata)\//],
  ['vega-lite compile', /node_modules\/vega-lite\//],
  ['vega + d3 (dataflow, scenegraph, SVG, maps)', /node_modules\/(vega[^/]*|d3-[^/]*)\//],
  ['resvg (PNG)', /node_modules\/@resvg\/|dist\/charts\/render-png\.js/],
  ['charts (ours)', /dist\/(charts|geo)\//],
  ['fontkit (shaping, metrics)', /node_modules\/(fontkit|restructure|unicode-[^/]*|dfa|tiny-inflate|@swc)\//],
  ['pdfkit', /node_modules\/(pdfkit|linebreak|png-js|crypto-js|jpeg-exif)\//],
  ['deflate (fflate)', /node_modules\/fflate\//],
  ['layout + pdf (ours)', /dist\/render\//],
  ['compose + narrative', /dist\/(compose|narrative|content|text|i18n|messages)\//],
  ['pipeline + cli', /dist\/(pipeline|cli|fs|check|model|schema|sample)\//],
];

export function stageOf(url) {
  for (const [name, re] of STAGES) if (re.test(url)) return name;
  return undefined;
}

/**
 * The source module of a line of an esbuild bundle chunk (dist/bundle/, scripts/bundle.mjs): esbuild
 * writes `// src/analyse/x.ts` before each module's code, so the frame (0-based `line`) counts for
 * the `dist/analyse/x.js` it was compiled from. `text` is the chunk's text (read from `url` when absent).
 */
export function bundledModuleUrl(url, line, text) {
  const starts = bundleIndex(url, text);
  let found;
  for (const [at, module] of starts) if (at <= line) found = module;
  return found === undefined ? url : url.replace(/dist\/bundle\/[^/]*$/, `dist/${found}`);
}

const indexes = new Map();
function bundleIndex(url, text) {
  let starts = indexes.get(url);
  if (starts === undefined) {
    let body = text;
    if (body === undefined) {
      try {
        body = readFileSync(fileURLToPath(url), 'utf8');
      } catch {
        body = '';
      }
    }
    starts = [];
    body.split('\n').forEach((l, i) => {
      const m = /^\/\/ src\/(.+)\.ts$/.exec(l);
      if (m) starts.push([i, `${m[1]}.js`]);
    });
    indexes.set(url, starts);
  }
  return starts;
}

/** Self time in seconds per stage of one thread's profile (a parsed .cpuprofile). */
export function summariseProfile(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const stage = (id) => {
    if (memo.has(id)) return memo.get(id);
    const n = byId.get(id);
    const fn = n.callFrame.functionName;
    let s;
    if (fn === '(garbage collector)') s = 'garbage collection';
    else if (fn === '(idle)') s = 'idle';
    else if (fn === '(program)') s = 'V8 + Node internals';
    else if (n.callFrame.url === '') s = parent.has(id) ? stage(parent.get(id)) : 'V8 + Node internals';
    else if (n.callFrame.url.startsWith('wasm://') || !n.callFrame.url.includes('/')) s = parent.has(id) ? stage(parent.get(id)) : 'other';
    else {
      const url = /dist\/bundle\/[^/]*\.js$/.test(n.callFrame.url) ? bundledModuleUrl(n.callFrame.url, n.callFrame.lineNumber) : n.callFrame.url;
      s = stageOf(url) ?? (url.startsWith('node:') ? 'module loading + Node' : 'other');
    }
    memo.set(id, s);
    return s;
  };
  const out = new Map();
  p.samples.forEach((id, i) => {
    const s = stage(id);
    out.set(s, (out.get(s) ?? 0) + (p.timeDeltas[i] ?? 0) / 1e6);
  });
  return out;
}

