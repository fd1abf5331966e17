/**
 * The options of `bulletin build`, parsed once at the edge: command-line flags, then a JSON
 * configuration file (`--config`, the same keys as the flags, checked by zod), then the defaults.
 * A flag given on the command line wins over the configuration file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../messages/index.js';
import { isIso3 } from '../schema/countries.js';
import { bulletinNumbers } from '../schema/bulletins.js';
import { checkJson } from '../schema/data-file.js';

const CHART_FORMATS = ['svg', 'png', 'vega-lite'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export interface BuildOptions {
  /** Absolute paths. Empty for both means "the bundled samples". */
  survey: string[];
  assistance: string[];
  mapping: string | undefined;
  /** The sheet of Excel workbooks given as input (`--sheet`). */
  sheet?: string | undefined;
  /** Exchange-rate table (analyse/currency.ts format) instead of the bundled one; absolute path. */
  rates: string | undefined;
  bulletins: number[];
  /** ISO3 codes, or 'all'. */
  countries: string[] | 'all';
  langs: Lang[];
  /** Months, inclusive: `YYYY-MM`. */
  period: { from: string; to: string } | undefined;
  minCell: number;
  /** Absolute path of the output directory. */
  out: string;
  /** `--out` as given (`out` when the default): an empty one is refused, not read as `.`. */
  outGiven?: string;
  /** The configuration file (absolute), when one was read: never inside the output. */
  configFile?: string | undefined;
  strict: boolean;
  /** An earlier build's --out directory to compare this round with (absolute path). */
  baseline: string | undefined;
  /** Chart files to write (the PDF is drawn from the SVG whatever this says). Default: all three. */
  formats: ChartFormat[];
  /** The data cut-off (YYYY-MM-DD): dates after it are errors; default the build's date (UTC). */
  cutoff?: string | undefined;
  cache: boolean;
  /** The validated cache's directory (cache/location.ts, set by the CLI from its environment); none = no cache. */
  cacheDir?: string | undefined;
  json: boolean;
  /** The content folder (`--content`, the analyst's text, photos and content.json); absolute path. */
  content?: string | undefined;
}

const list = z.union([z.string(), z.array(z.string())]);
const buildConfigSchema = z
  .object({
    $schema: z.string().optional(),
    survey: list.optional(),
    assistance: list.optional(),
    mapping: z.string().optional(),
    sheet: z.string().optional(),
    rates: z.string().optional(),
    bulletin: z.union([list, z.number().int(), z.array(z.number().int())]).optional(),
    country: list.optional(),
    lang: list.optional(),
    period: z.string().optional(),
    minCell: z.union([z.number().int().min(0), z.string()]).optional(),
    'min-cell': z.union([z.number().int().min(0), z.string()]).optional(),
    out: z.string().optional(),
    strict: z.boolean().optional(),
    baseline: z.string().optional(),
    formats: list.optional(),
    cutoff: z.string().optional(),
    content: z.string().optional(),
  })
  .strict();
type BuildConfig = z.infer<typeof buildConfigSchema>;

type Raw = Record<string, unknown>;

const asList = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean);

export function parseBuildOptions(flags: Raw, cwd: string): BuildOptions {
  const config = flags.config ? readConfig(String(flags.config), cwd) : {};
  const base = flags.config ? dirname(resolve(cwd, String(flags.config))) : cwd;
  const pick = <T>(flag: unknown, conf: T | undefined): { v: unknown; dir: string } | undefined =>
    flag !== undefined ? { v: flag, dir: cwd } : conf !== undefined ? { v: conf, dir: base } : undefined;
  const files = (flag: unknown, conf: unknown, name: string) => {
    const p = pick(flag, conf);
    return p ? nonEmpty(name, p.v).map((f) => resolve(p.dir, f)) : [];
  };
  const mapping = pick(flags.mapping, config.mapping);
  const rates = pick(flags.rates, config.rates);
  const out = pick(flags.out, config.out);
  const baseline = pick(flags.baseline, config.baseline);
  const content = pick(flags.content, config.content);
  return {
    survey: files(flags.survey, config.survey, '--survey'),
    assistance: files(flags.assistance, config.assistance, '--assistance'),
    mapping: mapping ? resolve(mapping.dir, String(mapping.v)) : undefined,
    rates: rates ? resolve(rates.dir, String(rates.v)) : undefined,
    sheet: pick(flags.sheet, config.sheet)?.v as string | undefined,
    bulletins: parseBulletins(pick(flags.bulletin, config.bulletin)?.v ?? 'all'),
    countries: parseCountries(pick(flags.country, config.country)?.v ?? 'all'),
    langs: parseLangs(pick(flags.lang, config.lang)?.v ?? 'en,ru'),
    period: parsePeriod(pick(flags.period, config.period)?.v),
    minCell: parseMinCell(pick(flags.minCell, config.minCell ?? config['min-cell'])?.v ?? 5),
    out: out ? resolve(out.dir, String(out.v)) : resolve(cwd, 'out'),
    outGiven: out ? String(out.v) : 'out',
    configFile: flags.config ? resolve(cwd, String(flags.config)) : undefined,
    strict: Boolean(flags.strict ?? config.strict ?? false),
    baseline: baseline ? resolve(baseline.dir, String(baseline.v)) : undefined,
    formats: parseFormats(pick(flags.formats, config.formats)?.v ?? CHART_FORMATS.join(',')),
    cutoff: parseCutoff(pick(flags.cutoff, config.cutoff)?.v),
    cache: flags.cache !== false,
    json: Boolean(flags.json),
    ...(content ? { content: resolve(content.dir, String(content.v)) } : {}),
  };
}

function readConfig(file: string, cwd: string): BuildConfig {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError('config.unreadable', msg.build.configUnreadable(file, (e as Error).message));
  }
  const parsed = checkJson(text, buildConfigSchema);
  if (parsed.ok) return parsed.data;
  throw parsed.stage === 'json'
    ? new UsageError('config.unreadable', msg.build.configUnreadable(file, parsed.reason))
    : new UsageError('config.invalid', msg.build.configInvalid(file, parsed.problems));
}

/** A list option that names nothing (`--bulletin ,,`, an unset variable) is its own mistake. */
function nonEmpty(flag: string, v: unknown): string[] {
  const items = asList(v);
  if (items.length === 0) throw new UsageError('usage', msg.build.emptyList(flag, Array.isArray(v) ? v.join(',') : String(v)));
  return items;
}

function parseBulletins(v: unknown): number[] {
  const items = nonEmpty('--bulletin', v);
  const bulletins = bulletinNumbers();
  if (items.length === 1 && items[0]!.toLowerCase() === 'all') return bulletins;
  const valid = [...bulletins.map(String), 'all'];
  const out = items.map((s) => {
    if (!/^\d+$/.test(s) || !bulletins.includes(Number(s))) throw new UsageError('usage', msg.build.badList('--bulletin', s, valid));
    return Number(s);
  });
  return [...new Set(out)].sort((a, b) => a - b);
}

function parseCountries(v: unknown): string[] | 'all' {
  const items = nonEmpty('--country', v).map((s) => s.toUpperCase());
  if (items.includes('ALL')) return 'all';
  for (const c of items) if (!isIso3(c)) throw new UsageError('usage', msg.build.badCountry(c));
  return [...new Set(items)];
}

function parseLangs(v: unknown): Lang[] {
  const items = nonEmpty('--lang', v).map((s) => s.toLowerCase());
  const out: Lang[] = [];
  for (const l of items) {
    if (l !== 'en' && l !== 'ru') throw new UsageError('usage', msg.build.badList('--lang', l, ['en', 'ru']));
    if (!out.includes(l)) out.push(l);
  }
  if (out.length === 0) throw new UsageError('usage', msg.build.badList('--lang', '', ['en', 'ru']));
  return (['en', 'ru'] as const).filter((l) => out.includes(l));
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
function parsePeriod(v: unknown): { from: string; to: string } | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const s = String(v).trim();
  const [a, b, extra] = s.split('..');
  const from = a?.trim() ?? '';
  const to = (b ?? a ?? '').trim();
  if (extra !== undefined || !MONTH.test(from) || !MONTH.test(to) || from > to) throw new UsageError('usage', msg.build.badPeriod(s));
  return { from, to };
}

export function parseCutoff(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const s = String(v).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(`${s}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) throw new UsageError('usage', msg.build.badCutoff(s));
  return s;
}

function parseMinCell(v: unknown): number {
  const s = String(v).trim();
  if (!/^\d+$/.test(s)) throw new UsageError('usage', msg.build.badMinCell(s));
  return Number(s);
}

/** `--formats svg,png,vega-lite` (any non-empty subset, in the canonical order). */
function parseFormats(v: unknown): ChartFormat[] {
  const asked = asList(v);
  for (const f of asked) if (!(CHART_FORMATS as readonly string[]).includes(f)) throw new UsageError('usage', msg.build.badList('--formats', f, CHART_FORMATS));
  if (asked.length === 0) throw new UsageError('usage', msg.build.badList('--formats', '', CHART_FORMATS));
  return CHART_FORMATS.filter((f) => asked.includes(f));
}
