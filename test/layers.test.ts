/**
 * The layering of src/ (README, "Architecture"), enforced: the import graph is read with the
 * TypeScript compiler API (static imports, `import type`, re-exports and `await import(…)` alike)
 * and folded to folders. A folder may import only from its own layer or the layers below; the
 * commands (query, pipeline, sample) never import one another; no folders form a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');

/** Top to bottom. `(root)` is src/errors.ts, src/version.ts and src/package-root.ts. */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['query', 'pipeline', 'sample', 'mapping'],
  ['cache'],
  ['check'],
  ['compose', 'narrative', 'content'],
  ['charts', 'render', 'geo'],
  ['analyse'],
  ['validate'],
  ['ingest'],
  ['schema', 'model', 'i18n', 'messages', 'text', 'fs', '(root)'],
];
/** Layers whose folders are entry points: code two of them share belongs below them. */
const INDEPENDENT = new Set(['query', 'pipeline', 'sample', 'mapping']);

interface Edge {
  from: string;
  to: string;
  /** `src/a/x.ts → src/b/y.ts`, for the message. */
  via: string;
}

/** Every import between two different folders of src/. */
function folderEdges(root: string): Edge[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const folder = (rel: string) => (rel.includes(sep) ? (rel.split(sep)[0] as string) : '(root)');
  const edges: Edge[] = [];
  for (const f of files) {
    const info = ts.preProcessFile(readFileSync(join(root, f), 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(join(root, f)), fileName));
      if (target.startsWith('..')) continue;
      const from = folder(f);
      const to = folder(target);
      if (from !== to) edges.push({ from, to, via: `src/${f} → src/${target.replace(/\.js$/, '.ts')}`.split(sep).join('/') });
    }
  }
  return edges;
}

/** What breaks the layering, one line each (empty when nothing). */
function layeringFaults(edges: readonly Edge[], folders: readonly string[], layers = LAYERS, independent = INDEPENDENT): string[] {
  const rank = new Map<string, number>();
  layers.forEach((layer, i) => layer.forEach((f) => rank.set(f, i)));
  const faults: string[] = [];
  for (const f of folders) if (!rank.has(f)) faults.push(`src/${f}/ is in no layer (add it to LAYERS in test/layers.test.ts and to the README)`);
  for (const e of edges) {
    const a = rank.get(e.from);
    const b = rank.get(e.to);
    if (a === undefined || b === undefined) continue;
    if (b < a) faults.push(`upward import ${e.from} → ${e.to}: ${e.via}`);
    else if (a === b && independent.has(e.from) && independent.has(e.to)) faults.push(`command ${e.from} imports command ${e.to}: ${e.via}`);
  }
  // Cycles between folders (of the same layer: upward edges are reported above).
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    path.push(n);
    for (const m of [...(next.get(n) ?? [])].sort()) {
      if (state.get(m) === 'open') {
        const cycle = [...path.slice(path.indexOf(m)), m];
        const vias = cycle.slice(1).map((to, i) => edges.find((e) => e.from === cycle[i] && e.to === to)?.via);
        faults.push(`cycle ${cycle.join(' → ')} (${vias.join('; ')})`);
      } else if (state.get(m) === undefined) visit(m);
    }
    path.pop();
    state.set(n, 'done');
  };
  for (const n of [...next.keys()].sort()) if (state.get(n) === undefined) visit(n);
  return faults;
}

describe('the layering of src/', () => {
  it('has no upward import, no import between commands and no cycle between folders', () => {
    const edges = folderEdges(SRC);
    expect(edges.length).toBeGreaterThan(100);
    const folders = [...new Set(readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)), '(root)'];
    expect(layeringFaults(edges, folders)).toEqual([]);
  });

  it('reads dynamic imports and type-only imports as imports', () => {
    const edges = folderEdges(SRC);
    // validate/validate-file.ts loads the place table with `await import`; cache/load-cached.ts imports types from validate/load.ts.
    expect(edges.map((e) => e.via)).toEqual(expect.arrayContaining(['src/validate/validate-file.ts → src/schema/places.ts', 'src/cache/load-cached.ts → src/validate/load.ts']));
  });

  it('reports an upward import, an import between commands, a cycle and a folder in no layer', () => {
    const e = (from: string, to: string): Edge => ({ from, to, via: `src/${from}/x.ts → src/${to}/y.ts` });
    const faults = layeringFaults(
      [e('validate', 'geo'), e('query', 'pipeline'), e('compose', 'narrative'), e('narrative', 'compose'), e('extra', 'schema')],
      ['validate', 'geo', 'query', 'pipeline', 'compose', 'narrative', 'extra'],
    );
    expect(faults).toEqual([
      'src/extra/ is in no layer (add it to LAYERS in test/layers.test.ts and to the README)',
      'upward import validate → geo: src/validate/x.ts → src/geo/y.ts',
      'command query imports command pipeline: src/query/x.ts → src/pipeline/y.ts',
      'cycle compose → narrative → compose (src/compose/x.ts → src/narrative/y.ts; src/narrative/x.ts → src/compose/y.ts)',
    ]);
  });
});
