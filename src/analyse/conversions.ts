/**
 * How the remittance amounts of a dataset were converted to US dollars, per country (section):
 * which currencies and months were converted at an annual-average rate (a placeholder for a
 * monthly rate, data/rates/README.md), and how many amounts had no rate at all for their currency
 * and month (left out of every USD figure). Both are published: notes under the figures and
 * sentences that use USD amounts, `manifest.json`, validation.json and the build's messages.
 */
import type { Dataset } from '../model/dataset.js';
import { loadRates, type Rates } from './currency.js';
import { compareCountries } from '../schema/countries.js';

interface CurrencyMonths {
  currency: string;
  months: string[];
}

interface Unconverted {
  currency: string;
  month: string;
  amounts: number;
}

export interface Conversion {
  /** Currencies and months converted at an annual-average rate. */
  annual: CurrencyMonths[];
  /** Amounts with no rate for their currency and month, by currency and month. */
  missing: Unconverted[];
}

export interface ConversionFilter {
  countries: string[] | 'all';
  period: { from: string; to: string } | undefined;
}

const ROUGH_BASES = new Set(['annual_average']);

/** Conversion facts per country of the survey dataset, within the filter. */
export function conversionsOf(ds: Dataset, filter: ConversionFilter, rates: Rates = loadRates()): Map<string, Conversion> {
  const out = new Map<string, Conversion>();
  if (ds.kind !== 'survey') return out;
  const names = new Set(ds.table.columnNames());
  if (!names.has('remittance_amount') || !names.has('remittance_currency')) return out;
  const col = (n: string) => (names.has(n) ? (ds.table.array(n) as ArrayLike<unknown>) : []);
  const country = col('country');
  const date = col('interview_date');
  const amount = col('remittance_amount');
  const currency = col('remittance_currency');
  const annual = new Map<string, Map<string, Set<string>>>();
  const missing = new Map<string, Map<string, number>>();
  for (let i = 0; i < amount.length; i++) {
    const a = amount[i];
    const cur = currency[i];
    const c = country[i];
    const d = date[i];
    if (typeof a !== 'number' || !Number.isFinite(a) || typeof cur !== 'string' || typeof c !== 'string' || typeof d !== 'string') continue;
    const month = d.slice(0, 7);
    if (filter.countries !== 'all' && !filter.countries.includes(c)) continue;
    if (filter.period && (month < filter.period.from.slice(0, 7) || month > filter.period.to.slice(0, 7))) continue;
    const code = cur.trim().toUpperCase();
    if (code === 'USD') continue;
    const rate = rates.rates.get(`${month}|${code}`);
    if (!rate) {
      let m = missing.get(c);
      if (!m) missing.set(c, (m = new Map()));
      m.set(`${code}|${month}`, (m.get(`${code}|${month}`) ?? 0) + 1);
    } else if (ROUGH_BASES.has(rate.basis ?? '')) {
      let m = annual.get(c);
      if (!m) annual.set(c, (m = new Map()));
      let s = m.get(code);
      if (!s) m.set(code, (s = new Set()));
      s.add(month);
    }
  }
  for (const c of [...new Set([...annual.keys(), ...missing.keys()])].sort(compareCountries)) {
    out.set(c, {
      annual: [...(annual.get(c) ?? new Map<string, Set<string>>())].map(([currency, months]) => ({ currency, months: [...months].sort() })).sort((a, b) => a.currency.localeCompare(b.currency)),
      missing: [...(missing.get(c) ?? new Map<string, number>())]
        .map(([k, amounts]) => {
          const [currency, month] = k.split('|') as [string, string];
          return { currency, month, amounts };
        })
        .sort((a, b) => a.currency.localeCompare(b.currency) || a.month.localeCompare(b.month)),
    });
  }
  return out;
}

/** The facts of several sections together (the regional comparison, the manifest). */
export function mergeConversions(list: Iterable<Conversion>): Conversion {
  const annual = new Map<string, Set<string>>();
  const missing = new Map<string, number>();
  for (const c of list) {
    for (const a of c.annual) {
      let s = annual.get(a.currency);
      if (!s) annual.set(a.currency, (s = new Set()));
      for (const m of a.months) s.add(m);
    }
    for (const m of c.missing) missing.set(`${m.currency}|${m.month}`, (missing.get(`${m.currency}|${m.month}`) ?? 0) + m.amounts);
  }
  return {
    annual: [...annual].map(([currency, months]) => ({ currency, months: [...months].sort() })).sort((a, b) => a.currency.localeCompare(b.currency)),
    missing: [...missing]
      .map(([k, amounts]) => {
        const [currency, month] = k.split('|') as [string, string];
        return { currency, month, amounts };
      })
      .sort((a, b) => a.currency.localeCompare(b.currency) || a.month.localeCompare(b.month)),
  };
}
