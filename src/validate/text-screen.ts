/**
 * Free-text columns whose values can reach a publication (survey round in the source lines,
 * partner and city labels in the tables): a value that does not have the column's declared form
 * (`pattern`, e.g. `R\d+`), or that looks like a phone number, an e-mail address, coordinates or a
 * person's name, is a warning and is withheld — read as missing, so it exists in no Dataset,
 * cache, table or PDF. The local `validate --report` keeps the value so that it can be corrected.
 */
import type { Column } from '../schema/instruments.js';
import { personalValueKind, type PersonalValueKind } from '../schema/personal-data.js';

type ScreenResult = { rule: 'pattern'; expected: string } | { rule: 'personal'; kind: PersonalValueKind; expected: string } | null;

export type TextScreen = (value: string) => ScreenResult;

export function compileTextScreen(col: Column): TextScreen | undefined {
  if (col.type !== 'text') return undefined;
  const re = col.pattern !== undefined ? new RegExp(`^(?:${col.pattern})$`, 'u') : null;
  const screen = col.screen !== false;
  if (!re && !screen) return undefined;
  const cache = new Map<string, ScreenResult>();
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    let r: ScreenResult = null;
    if (re && !re.test(value)) r = { rule: 'pattern', expected: `text matching ${col.pattern}` };
    else if (screen) {
      const kind = personalValueKind(value);
      if (kind) r = { rule: 'personal', kind, expected: 'text that is not personal data (phone, e-mail, coordinates, a name)' };
    }
    if (cache.size < 10_000) cache.set(value, r);
    return r;
  };
}
