/**
 * Parses a narrative sentence of a template into tokens: literal text, slots `{name|filter:args}`
 * and optional fragments `[ … ]` (one level). Throws NarrativeSyntaxError with the offset;
 * templates are checked once at load (compose/check-template.ts), so filling never meets one.
 */
type Filter = 'number' | 'percent' | 'plural' | 'noun' | 'label' | 'age' | 'usd' | 'change' | 'fewer' | 'count' | 'hidden';
const FILTERS: readonly Filter[] = ['number', 'percent', 'plural', 'noun', 'label', 'age', 'usd', 'change', 'fewer', 'count', 'hidden'];

export interface SlotToken {
  type: 'slot';
  name: string;
  filter: Filter;
  args: string[];
}
export interface TextToken {
  type: 'text';
  text: string;
}
interface OptionalToken {
  type: 'optional';
  tokens: (SlotToken | TextToken)[];
}
export type Token = SlotToken | TextToken | OptionalToken;

export class NarrativeSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseSentence(src: string): Token[] {
  const out: Token[] = [];
  let group: (SlotToken | TextToken)[] | null = null;
  let text = '';
  const flush = () => {
    if (!text) return;
    (group ?? out).push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) throw new NarrativeSyntaxError('unclosed "{"', i);
      flush();
      (group ?? out).push(parseSlot(src.slice(i + 1, end), i));
      i = end;
    } else if (ch === '}') {
      throw new NarrativeSyntaxError('"}" without "{"', i);
    } else if (ch === '[') {
      if (group) throw new NarrativeSyntaxError('optional fragments "[…]" cannot be nested', i);
      flush();
      group = [];
    } else if (ch === ']') {
      if (!group) throw new NarrativeSyntaxError('"]" without "["', i);
      flush();
      out.push({ type: 'optional', tokens: group });
      group = null;
    } else {
      text += ch;
    }
  }
  if (group) throw new NarrativeSyntaxError('unclosed "["', src.length);
  flush();
  return out;
}

function parseSlot(body: string, offset: number): SlotToken {
  const [nameRaw, filterRaw] = splitOnce(body, '|');
  const name = nameRaw.trim();
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new NarrativeSyntaxError(`bad slot name "${name}"`, offset);
  if (filterRaw === undefined) return { type: 'slot', name, filter: 'number', args: [] };
  const [fname, argRaw] = splitOnce(filterRaw.trim(), ':');
  if (!(FILTERS as readonly string[]).includes(fname)) {
    throw new NarrativeSyntaxError(`unknown filter "${fname}" (use one of ${FILTERS.join(', ')})`, offset);
  }
  const args = argRaw === undefined ? [] : argRaw.split(',').map((a) => a.trim());
  return { type: 'slot', name, filter: fname as Filter, args };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/**
 * Parses running text (the analyst's content) into literal text and slots `{name|filter:args}`.
 * Unlike a template sentence, brackets are ordinary characters: there are no optional fragments.
 */
export function parseSlotText(src: string): (SlotToken | TextToken)[] {
  const out: (SlotToken | TextToken)[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '}') throw new NarrativeSyntaxError('"}" without "{"', i);
    if (ch !== '{') continue;
    const end = src.indexOf('}', i);
    if (end < 0) throw new NarrativeSyntaxError('unclosed "{"', i);
    if (i > from) out.push({ type: 'text', text: src.slice(from, i) });
    out.push(parseSlot(src.slice(i + 1, end), i));
    i = end;
    from = end + 1;
  }
  if (from < src.length) out.push({ type: 'text', text: src.slice(from) });
  return out;
}
