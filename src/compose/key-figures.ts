/**
 * The key figures and key findings: numbers and sentences declared in the template, filled from the
 * results with the narrative's slots and rules (narrative/fill.ts): a hidden value prints as "<5"
 * (never the value) in the strip, as in a table cell, while a finding that would print one is left
 * out, as is one missing a number.
 */
import { fillSentence } from '../narrative/fill.js';
import { parseSentence } from '../narrative/parse.js';
import type { Block, KeyFiguresBlock } from '../render/model.js';
import type { KeyFigure, KeyFinding, SlotSpec } from '../schema/template.js';
import { sectionSlotValues, type NarrativeContext } from './narrative.js';

/** The key-figures strip of a section, or null when none of its numbers is there. */
export function keyFiguresBlock(figures: readonly KeyFigure[], slots: Record<string, SlotSpec>, ctx: NarrativeContext): KeyFiguresBlock | null {
  if (figures.length === 0) return null;
  const values = sectionSlotValues(slots, ctx);
  const items = figures.flatMap((k) => {
    const filled = fillSentence(parseSentence(k.value), values, { lang: ctx.lang, minCell: ctx.minCell });
    return filled ? [{ value: filled.text, label: k.label[ctx.lang] }] : [];
  });
  return items.length ? { type: 'keyFigures', items } : null;
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
      // A sentence never prints a hidden value (bulletins.md, editorial rule 2): it is left out.
      if (filled && !filled.suppressed) items.push(filled.text);
    }
  }
  return items.length ? [{ type: 'bullets', items }] : [];
}
