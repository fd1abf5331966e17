/**
 * Conversion of amounts to US dollars at the rate of a month (`YYYY-MM`), from a dated rates table
 * in the format of data/rates/usd-monthly.csv (month, currency, per_usd[, basis, source]). The
 * bundled table and its sources are described in data/rates/README.md. A user table is checked
 * row by row when read: any problem is a UsageError (exit 2) naming the file and line.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { packageUrl } from '../package-root.js';
import { msg } from '../messages/index.js';

const BUNDLED_RATES = packageUrl('data/rates/usd-monthly.csv');

interface Rate {
  month: string;
  currency: string;
  perUsd: number;
  basis?: string;
  source?: string;
}

export interface Rates {
  /** Where the table came from (a file name, no directory: outputs carry no absolute paths). */
  name: string;
  rates: ReadonlyMap<string, Rate>;
  /** First and last month covered. */
  from: string;
  to: string;
  /** Bases present (e.g. `annual_average`): the methodology note says how exact the rates are. */
  bases: string[];
}

const rowSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
  per_usd: z.number().positive().finite(),
  basis: z.string().optional(),
  source: z.string().optional(),
});

/** Reads and checks a rates table; the bundled one when no path is given. */
export function loadRates(path?: string): Rates {
  const url = path === undefined ? BUNDLED_RATES : undefined;
  const shown = path ?? 'usd-monthly.csv';
  let text: string;
  try {
    text = readFileSync(url ?? (path as string), 'utf8');
  } catch (e) {
    throw new UsageError('rates.unreadable', msg.analyse.ratesUnreadable(shown, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  return parseRates(text, shown.split(/[\\/]/).pop() ?? shown);
}

export function parseRates(text: string, name: string): Rates {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const fields = parsed.meta.fields ?? [];
  const missing = ['month', 'currency', 'per_usd'].filter((c) => !fields.includes(c));
  if (missing.length > 0) throw new UsageError('rates.columns', msg.analyse.ratesMissingColumns(name, missing));
  if (parsed.data.length === 0) throw new UsageError('rates.empty', msg.analyse.ratesNoRows(name));
  const problems: string[] = [];
  const rates = new Map<string, Rate>();
  parsed.data.forEach((raw, k) => {
    const line = k + 2;
    const month = (raw.month ?? '').trim();
    const currency = (raw.currency ?? '').trim().toUpperCase();
    const rateText = (raw.per_usd ?? '').trim();
    const candidate = {
      month,
      currency,
      per_usd: rateText === '' ? Number.NaN : Number(rateText.replace(',', '.')),
      ...(raw.basis?.trim() ? { basis: raw.basis.trim() } : {}),
      ...(raw.source?.trim() ? { source: raw.source.trim() } : {}),
    };
    const r = rowSchema.safeParse(candidate);
    if (!r.success) {
      const path = r.error.issues[0]?.path[0];
      const problem =
        path === 'month' ? msg.analyse.ratesBadMonth(month) : path === 'currency' ? msg.analyse.ratesBadCurrency(raw.currency ?? '') : msg.analyse.ratesBadRate(rateText);
      problems.push(msg.analyse.ratesBadRow(name, line, problem));
      return;
    }
    const key = `${month}|${currency}`;
    if (rates.has(key)) {
      problems.push(msg.analyse.ratesBadRow(name, line, msg.analyse.ratesDuplicate(month, currency)));
      return;
    }
    const rate: Rate = { month, currency, perUsd: r.data.per_usd };
    if (r.data.basis) rate.basis = r.data.basis;
    if (r.data.source) rate.source = r.data.source;
    rates.set(key, rate);
  });
  if (problems.length > 0) throw new UsageError('rates.invalid', msg.analyse.ratesInvalid(name, problems.slice(0, 10), problems.length - 10));
  const months = [...rates.values()].map((r) => r.month).sort();
  const bases = [...new Set([...rates.values()].map((r) => r.basis ?? 'unspecified'))].sort();
  return { name, rates, from: months[0] as string, to: months[months.length - 1] as string, bases };
}

/**
 * The amount in US dollars at the rate of `month` (`YYYY-MM`, or a date whose month is taken), or
 * null when the month or currency has no rate. USD is returned as is.
 */
export function toUsd(amount: number, currency: string, month: string, rates: Rates): number | null {
  if (!Number.isFinite(amount)) return null;
  const cur = currency.trim().toUpperCase();
  if (cur === 'USD') return amount;
  const rate = rates.rates.get(`${month.slice(0, 7)}|${cur}`);
  return rate ? amount / rate.perUsd : null;
}
