/**
 * The notes that go with every figure and sentence showing amounts in US dollars when some were
 * converted at an annual-average rate (which currencies, which months) or could not be converted
 * at all (how many): analyse/conversions.ts, in the bulletin's language.
 */
import type { Conversion } from '../analyse/conversions.js';
import { formatPeriod } from '../i18n/date.js';
import { joinList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { formatCount } from '../i18n/number.js';
import { str } from '../i18n/strings.js';
import { CURRENCIES } from '../schema/currencies.js';

/** Consecutive months as runs: 2020-10, 2020-11, 2021-01 → [2020-10..2020-11], [2021-01..2021-01]. */
function runs(months: readonly string[]): Array<{ from: string; to: string }> {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: Array<{ from: string; to: string }> = [];
  for (const m of [...months].sort()) {
    const last = out[out.length - 1];
    if (last && index(m) === index(last.to) + 1) last.to = m;
    else out.push({ from: m, to: m });
  }
  return out;
}

/** A currency as the Russian note names it mid-sentence, from the instrument's list: «казахстанский тенге (KZT)». */
function ruCurrency(code: string): string {
  const label = CURRENCIES.find((c) => c.code === code)?.label.ru;
  return label ? `${label.charAt(0).toLowerCase()}${label.slice(1)} (${code})` : code;
}

export function conversionNotes(c: Conversion | undefined, lang: Lang): string[] {
  if (!c) return [];
  const notes: string[] = [];
  if (c.annual.length > 0) {
    const list = c.annual
      .map((a) => {
        const months = runs(a.months).map((r) => formatPeriod(`${r.from}-01`, `${r.to}-01`, lang)).join(', ');
        return lang === 'ru' ? `${ruCurrency(a.currency)} — ${months}` : `${a.currency} (${months})`;
      })
      .join('; ');
    // the note names the amounts it speaks of: it stands under a figure or after the sentences quoting them
    const currencies = joinList([...new Set(c.annual.map((a) => a.currency))], lang);
    notes.push(str('noteAnnualRates', lang, { list, currencies }));
  }
  const lost = c.missing.reduce((a, m) => a + m.amounts, 0);
  if (lost > 0) notes.push(str('noteNotConverted', lang, { n: formatCount(lost, lang) }));
  return notes;
}
