/**
 * Checks a parsed template against the indicator registry and its own slots: every indicator id
 * exists, every slot a sentence uses is declared (or a context slot), plural slots list the right
 * number of forms, brackets balance, figure ids are unique; the same for key figures and findings. The first problem throws a UsageError
 * (exit 2) naming the file, the path in it, the bad id and the closest valid ids.
 */
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { PLURAL_FORM_COUNT } from '../i18n/plural.js';
import { LANGS } from '../i18n/lang.js';
import { NarrativeSyntaxError, parseSentence, parseSlotText, type Token } from '../narrative/parse.js';
import { CONTEXT_SLOTS } from '../narrative/slot-value.js';
import { FIGURE_SENTENCE_SLOTS } from './figure-sentence.js';
import type { FigureSpec, Sentence, Template } from '../schema/template.js';
import { closest } from '../text/closest.js';

export function checkTemplate(t: Template, file: string, indicatorIds: ReadonlySet<string>): void {
  const fail = (path: string, bad: string, valid: Iterable<string>, what: string) => {
    throw new UsageError('template.invalid', msg.build.templateBadRef(file, path, what, bad, closest(bad, valid)), {
      file,
      path,
      value: bad,
    });
  };
  const indicator = (path: string, id: string) => {
    if (!indicatorIds.has(id)) fail(path, id, indicatorIds, 'indicator');
  };
  for (const [name, s] of Object.entries(t.slots)) indicator(`slots.${name}.indicator`, s.indicator);
  const figures = (list: FigureSpec[], where: string) => {
    const seen = new Set<string>();
    list.forEach((f, i) => {
      indicator(`${where}[${i}].indicator`, f.indicator);
      if (seen.has(f.id)) throw new UsageError('template.invalid', msg.build.templateDuplicateFigure(file, `${where}[${i}].id`, f.id));
      seen.add(f.id);
    });
  };
  figures(t.figures, 'figures');
  figures(t.regional.figures, 'regional.figures');
  const known = new Set<string>([...Object.keys(t.slots), ...CONTEXT_SLOTS]);
  const figureIndicators = new Set([...t.figures, ...t.regional.figures].map((f) => f.indicator));
  const sentences = (list: Sentence[], where: string, sectionText = false) =>
    list.forEach((s, i) => {
      for (const lang of LANGS) checkSentence(s[lang], `${where}[${i}].${lang}`, lang);
      (s.else ?? []).forEach((alt, j) => {
        for (const lang of LANGS) checkSentence(alt[lang], `${where}[${i}].else[${j}].${lang}`, lang);
      });
      if (sectionText) for (const lang of LANGS) {
        // A ranking slot of a figure is left out when that figure has one answer (it is written as
        // a sentence, compose/figure-sentence.ts): only the clause it fills may go with it, never the
        // population, period or other numbers of the sentence (an opener must survive).
        const slot = rankedDroppingOthers(s[lang], t.slots, figureIndicators);
        const alternatives = (s.else ?? []).map((alt) => alt[lang]);
        if (slot !== null && !alternatives.some((alt) => !requiredSlots(parseSentence(alt)).includes(slot)))
          throw new UsageError('template.invalid', msg.build.templateRankedNeedsElse(file, `${where}[${i}].${lang}`, slot), { file, path: `${where}[${i}].${lang}`, value: slot });
      }
    });
  const checkSentence = (text: string, path: string, lang: 'en' | 'ru', sentence = true, names: ReadonlySet<string> = known) => {
    let tokens: Token[];
    try {
      tokens = parseSentence(text);
    } catch (e) {
      if (e instanceof NarrativeSyntaxError) throw new UsageError('template.invalid', msg.build.templateSyntax(file, path, e.message, e.offset));
      throw e;
    }
    if (sentence) {
      const partitive = partitiveWithoutShare(tokens, lang, t.slots);
      if (partitive !== null) throw new UsageError('template.invalid', msg.build.templatePartitiveOpener(file, path, partitive.opener, partitive.next), { file, path, value: partitive.next });
    }
    // a key figure's value is a figure, not a sentence
    const opening = opensWithNumeral(tokens);
    if (sentence && opening !== null) throw new UsageError('template.invalid', msg.build.templateOpensWithNumeral(file, path, opening), { file, path, value: opening });
    const slots = tokens.flatMap((t) => (t.type === 'slot' ? [t] : t.type === 'optional' ? t.tokens.filter((u) => u.type === 'slot') : []));
    for (const s of slots) {
      if (s.type !== 'slot') continue;
      if (!names.has(s.name)) fail(path, s.name, names, 'slot');
      // `{name|label:gen}` declines a list of countries: only a `list` slot has that form
      if (s.filter === 'label' && s.args.length > 0 && (s.args.join(',') !== 'gen' || t.slots[s.name]?.list === undefined))
        throw new UsageError('template.invalid', msg.build.templateLabelArgs(file, path, s.name, s.args.join(',')), { file, path, value: s.name });
      const forms = s.filter === 'plural' || s.filter === 'noun' || s.filter === 'fewer' || s.filter === 'count' || (s.filter === 'age' && s.args.length > 0);
      if (forms && s.args.length !== PLURAL_FORM_COUNT[lang]) {
        throw new UsageError('template.invalid', msg.build.templatePluralForms(file, path, s.name, lang, PLURAL_FORM_COUNT[lang], s.args.length));
      }
    }
  };
  sentences(t.narrative, 'narrative', true);
  sentences(t.regional.narrative, 'regional.narrative', true);
  sentences(t.keyFindings, 'keyFindings');
  t.keyFigures.forEach((k, i) => {
    for (const lang of LANGS) checkSentence(k.value, `keyFigures[${i}].value`, lang, false);
    // a count under which the label is a noun agrees with it (1 452 получателя, 3 партнёрские
    // организации): the label declares its forms with `{slot|noun:…}`, as a sentence does
    const count = countSlot(parseSentence(k.value), t.slots);
    for (const lang of LANGS) {
      const path = `keyFigures[${i}].label.${lang}`;
      let label: ReturnType<typeof parseSlotText>;
      try {
        label = parseSlotText(k.label[lang]);
      } catch (e) {
        if (e instanceof NarrativeSyntaxError) throw new UsageError('template.invalid', msg.build.templateSyntax(file, path, e.message, e.offset));
        throw e;
      }
      for (const s of label) {
        if (s.type !== 'slot') continue;
        if (s.filter !== 'noun' || s.name !== count) throw new UsageError('template.invalid', msg.build.templateKeyFigureLabel(file, path, count), { file, path, value: s.name });
        if (s.args.length !== PLURAL_FORM_COUNT[lang]) throw new UsageError('template.invalid', msg.build.templatePluralForms(file, path, s.name, lang, PLURAL_FORM_COUNT[lang], s.args.length));
      }
      if (count !== null && !label.some((s) => s.type === 'slot')) throw new UsageError('template.invalid', msg.build.templateKeyFigureLabel(file, path, count), { file, path, value: count });
    }
  });
  // a figure's one-category sentence has its own slots (figure-sentence.ts)
  // and may name the template's slots in optional fragments ("… returned to Kyrgyzstan[ from …]")
  const figureSlots = new Set<string>([...FIGURE_SENTENCE_SLOTS, ...known]);
  for (const [list, where] of [[t.figures, 'figures'], [t.regional.figures, 'regional.figures']] as const)
    list.forEach((f, i) => {
      if (f.asSentence) for (const lang of LANGS) checkSentence(f.asSentence[lang], `${where}[${i}].asSentence.${lang}`, lang, true, figureSlots);
    });
}

/** Statistics that are not counts of people or things (a median of months is not "29 months" under the number). */
const NOT_COUNTS: ReadonlySet<string> = new Set(['median', 'mean', 'min', 'max', 'share', 'sum']);

/** The slot of a key figure's value when it prints a bare count ("1 452"), or null (a share, a median, an amount). */
function countSlot(tokens: readonly Token[], slots: Template['slots']): string | null {
  const s = tokens.find((t) => t.type === 'slot');
  if (s?.type !== 'slot' || s.filter !== 'number') return null;
  const spec = slots[s.name];
  if (!spec || (spec.stat !== undefined && NOT_COUNTS.has(spec.stat))) return null;
  return spec.category !== undefined || spec.categories !== undefined ? (spec.value === 'count' ? s.name : null) : s.name;
}

/** The slots a sentence cannot do without (outside optional fragments). */
function requiredSlots(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t) => (t.type === 'slot' ? [t.name] : []));
}

/**
 * A required slot naming the top answers (`top`, `list`) of an indicator the section draws as a
 * figure, in a sentence that also needs other slots; null when there is none.
 */
function rankedDroppingOthers(text: string, slots: Template['slots'], figureIndicators: ReadonlySet<string>): string | null {
  const required = requiredSlots(parseSentence(text));
  const ranked = required.find((name) => {
    const spec = slots[name];
    return spec !== undefined && (spec.top !== undefined || spec.list !== undefined) && figureIndicators.has(spec.indicator);
  });
  if (ranked === undefined) return null;
  return required.some((name) => name !== ranked) ? ranked : null;
}

/** Filters that print a figure ("12", "45%", "12 people", "$280", "aged 34"). */
const NUMERAL_FILTERS: ReadonlySet<string> = new Set(['number', 'percent', 'plural', 'count', 'usd', 'age']);
const CONTEXT: ReadonlySet<string> = new Set(CONTEXT_SLOTS);
/** A full stop that ends an abbreviation, not a sentence («до марта 2020 г. 69 %», "No. 34"). */
const ABBREVIATION = /(?:^|\s)(?:No|no|г|гг|n|p|pp|тыс|млн|с|см|т\.е|т\.к)\.\s*$/u;

/**
 * The opening of a sentence of the template that is a figure (a digit, or a slot that prints one),
 * or null. A sentence opens at the start of the text and after ".", "!" or "?"; an optional part
 * ("[…]") may be left out, so what follows it may open the sentence too.
 */
function opensWithNumeral(tokens: readonly Token[]): string | null {
  let atStart = true;
  const visit = (t: Token, start: boolean): { opening: string | null; after: boolean } => {
    if (t.type === 'text') {
      const trimmed = t.text.trimStart();
      if (start && /^\d/.test(trimmed)) return { opening: trimmed.slice(0, 20), after: false };
      for (const m of t.text.matchAll(/(?<=[.!?])\s+(?=\d)/g)) {
        const at = m.index + m[0].length;
        if (!ABBREVIATION.test(t.text.slice(0, at))) return { opening: t.text.slice(at, at + 20), after: false };
      }
      if (trimmed === '') return { opening: null, after: start };
      return { opening: null, after: /[.!?]\s*$/.test(t.text) && !ABBREVIATION.test(t.text) };
    }
    if (t.type === 'slot') {
      if (start && NUMERAL_FILTERS.has(t.filter) && !CONTEXT.has(t.name)) return { opening: `{${t.name}|${t.filter}}`, after: false };
      return { opening: null, after: false };
    }
    let inner = start;
    for (const u of t.tokens) {
      const r = visit(u, inner);
      if (r.opening !== null) return r;
      inner = r.after;
    }
    // left out, the optional part leaves the sentence where it was
    return { opening: null, after: start || inner };
  };
  for (const t of tokens) {
    const r = visit(t, atStart);
    if (r.opening !== null) return r.opening;
    atStart = r.after;
  }
  return null;
}

/**
 * A sentence that opens "Of the {n} …," / «Из {n} …,» says something about a part of those n: the
 * first number it always prints after the opener (outside optional fragments; context slots aside)
 * must be a share — a percentage, or the label of a ranked answer given with its share. Otherwise
 * (a median, a count, or the governed share left in a fragment that may drop) the opener dangles:
 * "Of the 738 migrants interviewed …, the median stay abroad was 29 months". Returns the opener's
 * slot and the offending slot, or null.
 */
export function partitiveWithoutShare(tokens: readonly Token[], lang: 'en' | 'ru', slots: Template['slots']): { opener: string; next: string } | null {
  const first = tokens[0];
  const second = tokens[1];
  const opens = first?.type === 'text' && (lang === 'en' ? /^\s*Of the\s*$/ : /^\s*Из\s*$/).test(first.text);
  if (!opens || second?.type !== 'slot' || CONTEXT.has(second.name)) return null;
  for (const t of tokens.slice(2)) {
    if (t.type !== 'slot' || CONTEXT.has(t.name)) continue;
    const spec = slots[t.name];
    const share = t.filter === 'percent' || (t.filter === 'label' && spec !== undefined && (spec.top !== undefined || spec.list !== undefined));
    return share ? null : { opener: second.name, next: t.name };
  }
  return null;
}
