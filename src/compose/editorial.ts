/**
 * The analyst's content of one section (content/types.ts) → document blocks, in the section's
 * language, with its slots filled from the same values as the template's narrative and printed
 * the same way (fillSlot): a hidden value prints "<5" or "–", never the number. A slot with no
 * value in this section prints "–".
 */
import type { ComposeContent, EditorialBlock, Run, SectionText } from '../content/types.js';
import type { Lang } from '../i18n/lang.js';
import { str } from '../i18n/strings.js';
import { fillSlot } from '../narrative/fill.js';
import { parseSlotText } from '../narrative/parse.js';
import type { SlotValues } from '../narrative/slot-value.js';
import type { Block, RichText, TextRun } from '../render/model.js';

export interface EditorialContext {
  lang: Lang;
  minCell: number;
  /** Level of the analyst's headings: 2 in the front matter, 3 inside a country section. */
  headingLevel: 2 | 3;
}

export interface EditorialResult {
  blocks: Block[];
  /** A hidden value was printed (the section then carries the "<5" note). */
  suppressed: boolean;
}

/** The section's text in `lang`, if the content has any. */
export function sectionText(content: ComposeContent | undefined, section: string, lang: Lang): SectionText | undefined {
  return content?.sections[section]?.[lang];
}

export function editorialBlocks(text: SectionText | undefined, values: SlotValues, ctx: EditorialContext): EditorialResult {
  let suppressed = false;
  const rich = (runs: Run[]): RichText => {
    const out: TextRun[] = runs.map((r) => {
      let t = '';
      for (const tok of parseSlotText(r.text)) {
        if (tok.type === 'text') {
          t += tok.text;
          continue;
        }
        const filled = fillSlot(tok, values, { lang: ctx.lang, minCell: ctx.minCell });
        suppressed ||= filled === null && values[tok.name]?.suppressed === true;
        t += filled?.text ?? '–';
      }
      const run: TextRun = { text: t };
      if (r.bold) run.bold = true;
      if (r.italic) run.italic = true;
      if (r.link) run.link = r.link;
      return run;
    });
    return out.every((r) => !r.bold && !r.italic && !r.link) ? out.map((r) => r.text).join('') : out;
  };
  const blocks = (text?.blocks ?? []).map((b: EditorialBlock): Block => {
    switch (b.kind) {
      case 'paragraph':
        return { type: 'paragraph', text: rich(b.runs) };
      case 'heading': {
        const r = rich(b.runs);
        return { type: 'heading', level: ctx.headingLevel, text: typeof r === 'string' ? r : r.map((x) => x.text).join('') };
      }
      case 'list':
        return b.ordered ? { type: 'bullets', items: b.items.map(rich), ordered: true } : { type: 'bullets', items: b.items.map(rich) };
      case 'image': {
        const caption = plain(rich([{ text: b.caption }]));
        const credit = plain(rich([{ text: b.credit }]));
        const block: Block = { type: 'image', ...b.image, alt: caption || credit || str('photo', ctx.lang) };
        if (caption) block.caption = caption;
        if (credit) block.credit = credit;
        return block;
      }
    }
  });
  return { blocks, suppressed };
}

const plain = (r: RichText) => (typeof r === 'string' ? r : r.map((x) => x.text).join(''));
