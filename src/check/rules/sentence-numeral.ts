/**
 * `sentence.opens-with-numeral`: a sentence never opens with a figure ("69% lost their job …",
 * «33% не смогли …»): it is rephrased so that a word comes first ("Of those working before March
 * 2020, 69% …"). Checked on every sentence of the text, key findings included.
 */
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

/** Where a sentence starts: the start of the text, or after ".", "!" or "?" and a space. */
const STARTS = /(?:^|(?<=[.!?])\s+)(?=\d)/gu;
/** A full stop that ends an abbreviation, not a sentence ("No. 34", «2021 г. 5 человек»). */
const ABBREVIATION = /(?:^|\s)(?:No|no|г|гг|n|p|pp|тыс|млн|с|см|т\.е|т\.к)\.\s*$/u;

export function sentenceNumerals(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const s of pub.sentences) {
    for (const m of s.text.matchAll(STARTS)) {
      const at = m.index + m[0].length;
      if (at > 0 && ABBREVIATION.test(s.text.slice(0, at))) continue;
      const value = s.text.slice(at, at + 24).trim();
      out.push({ rule: 'sentence.opens-with-numeral', bulletin: pub.bulletin, lang: pub.lang, figure: null, page: s.page, value, message: msg.check.opensWithNumeral(value) });
    }
  }
  return out;
}
