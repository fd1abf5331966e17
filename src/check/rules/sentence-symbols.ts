/**
 * `sentence.suppressed-symbol`: a sentence never prints the symbols that stand for a hidden value
 * in a chart ("<5", "–"): "11 minors (<5 boys/– girls)". A dash between two numbers or dates is a
 * range ("2020 – 2021", "18–24") and is fine; a dash standing where a number would is not.
 */
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

/**
 * "<5", "< 5", "<10" — not one in quotes, as a footnote explaining the symbol writes it, nor a
 * share below the smallest step shown ("<1%", «<1 %»).
 */
const LESS_THAN = /(?<![“«"])<\s?\d+(?![\d.,]*\s?%)/g;
/**
 * A dash standing for a number: right after "(" or "/" or at the start ("(– male migrants",
 * "/– girls", "(–; n = 0)"), or after "to"/"and"/"до"/"и" where a number belongs ("aged 2 to –").
 */
const DASH_AS_NUMBER = /(?:^|[(/])–(?!\d)|(?<=(?:^|\s)(?:to|and|до|и) )–(?=$|[\s,.;)])/gu;

export function suppressedSymbols(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const s of pub.sentences) {
    const found = [...s.text.matchAll(LESS_THAN)].map((m) => m[0]);
    for (const m of s.text.matchAll(DASH_AS_NUMBER)) found.push(context(s.text, m.index));
    for (const v of found) {
      out.push({ rule: 'sentence.suppressed-symbol', bulletin: pub.bulletin, lang: pub.lang, figure: null, page: s.page, value: v, message: msg.check.suppressedSymbol(v.trim()) });
    }
  }
  return out;
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 12), at + 14).trim();
}
