/**
 * The key figures and key findings: numbers and sentences declared in the template, filled from the
 * results with the narrative's slots and rules (narrative/fill.ts): a hidden value prints as "<5"
 * (never the value) in the strip, as in a table cell, while a finding that would print one is left
 * out, as is one missing a number.
 */
import type { Lang } from '../i18n/lang.js';
import { plural } from '../i18n/plural.js';
import { fillSentence, formsOf } from '../narrative/fill.js';
import { parseSentence, parseSlotText } from '../narrative/parse.js';
import type { SlotValues } from '../narrative/slot-value.js';
import type { Block, KeyFiguresBlock } from '../render/model.js';
import type { KeyFigure, KeyFinding, SlotSpec } from '../schema/template.js';
import { sectionSlotValues, type NarrativeContext } from './narrative.js';

/** The key-figures strip of a section, or null when none of its numbers is there. */
export function keyFiguresBlock(figures: readonly KeyFigure[], slots: Record<string, SlotSpec>, ctx: NarrativeContext): KeyFiguresBlock | null {
  if (figures.length === 0) return null;
  const values = sectionSlotValues(slots, ctx);
  const items = figures.flatMap((k) => {
    const tokens = parseSentence(k.value);
    const filled = fillSentence(tokens, values, { lang: ctx.lang, minCell: ctx.minCell });
    const label = keyFigureLabel(k.label[ctx.lang], values, ctx.lang);
    if (filled) return [{ value: filled.text, label }];
    // A key figure is a number in a strip, not a sentence: a hidden one shows the charts' "–".
    const hidden = tokens.some((t) => t.type === 'slot' && values[t.name]?.suppressed === true);
    return hidden ? [{ value: '–', label }] : [];
  });
  return items.length ? { type: 'keyFigures', items } : null;
}

/**
 * A key figure's label, its `{slot|noun:…}` words in the form its number takes («1 452 получателя
 * помощи», «3 партнёрские организации», «5 партнёрских организаций»); under a hidden number ("–")
 * the form for many (Russian) or other (English). The label keeps its case as written.
 */
function keyFigureLabel(label: string, values: SlotValues, lang: Lang): string {
  return parseSlotText(label)
    .map((t) => {
      if (t.type === 'text') return t.text;
      const forms = formsOf(t.args, lang);
      const v = values[t.name];
      const n = v && !v.suppressed && v.value !== null && Number.isFinite(v.value) ? v.value : null;
      return n === null ? (lang === 'ru' ? (forms.many ?? forms.other) : forms.other) : plural(n, forms, lang);
    })
    .join('');
}

/**
 * The key findings as bullets: each `all` sentence once for all countries together, each `country`
 * sentence once per country (in section order, after the `all` sentences before it).
 */
export function keyFindingBlocks(findings: readonly KeyFinding[], slots: Record<string, SlotSpec>, ctx: Omit<NarrativeContext, 'country'>, periodOf: (country: string | null) => { from: string; to: string }): Block[] {
  const cache = new Map<string | null, ReturnType<typeof sectionSlotValues>>();
  const valuesFor = (country: string | null) => {
    let v = cache.get(country);
    if (!v) {
      v = sectionSlotValues(slots, { ...ctx, country, period: periodOf(country) });
      cache.set(country, v);
    }
    return v;
  };
  const items: string[] = [];
  for (const f of findings) {
    const scopes = f.scope === 'country' ? ctx.countries : [null];
    for (const c of scopes) {
      const filled = fillSentence(parseSentence(f[ctx.lang]), valuesFor(c), { lang: ctx.lang, minCell: ctx.minCell });
      // A sentence never prints a hidden value (bulletins.md, editorial rule 2): fillSentence
      // leaves such a sentence out (null).
      if (filled) items.push(filled.text);
    }
  }
  return items.length ? [{ type: 'bullets', items }] : [];
}
