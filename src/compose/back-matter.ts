/** Glossary, disclaimer and publisher: the last pages of every bulletin. */
import { DISCLAIMER, GLOSSARY, GLOSSARY_NOTE, GLOSSARY_SOURCE, PUBLISHER, PUBLISHER_TITLE, RIGHTS } from '../i18n/boilerplate.js';
import type { Lang } from '../i18n/lang.js';
import { fillPlaceTokens } from '../i18n/place-tokens.js';
import { str } from '../i18n/strings.js';
import type { Block } from '../render/model.js';
import type { Localized } from '../schema/template.js';
import type { ContentMeta } from '../content/types.js';

/**
 * `meta`: content.json (citation, data contact, publisher, back-cover logos), when given. `asOf`:
 * the date of the data; a place token in the publisher block (`{KZ-AST}`) is the name in force then.
 */
export function backMatter(lang: Lang, notes: readonly Localized[], meta?: ContentMeta, asOf?: string): Block[] {
  const blocks: Block[] = [];
  if (notes.length) {
    blocks.push({ type: 'heading', level: 2, text: str('notesHeading', lang) });
    for (const n of notes) blocks.push({ type: 'paragraph', text: n[lang], style: 'small' });
  }
  blocks.push({ type: 'heading', level: 1, text: str('glossaryHeading', lang), keepSpace: 0.2 });
  blocks.push({
    type: 'glossary',
    entries: GLOSSARY.map((g) => ({ term: g.term[lang], definition: g.definition[lang] })),
    note: GLOSSARY_NOTE[lang],
    source: GLOSSARY_SOURCE[lang],
  });
  if (meta?.citation) blocks.push({ type: 'paragraph', text: [{ text: `${str('citationLabel', lang)} `, bold: true }, { text: meta.citation[lang] }], style: 'small' });
  if (meta?.contact) blocks.push({ type: 'paragraph', text: [{ text: `${str('contactLabel', lang)} `, bold: true }, { text: meta.contact[lang] }], style: 'small' });
  blocks.push({ type: 'disclaimer', paragraphs: DISCLAIMER.map((p) => p[lang]) });
  const publisher = meta?.publisher;
  blocks.push({
    type: 'publisher',
    title: (publisher?.title ?? PUBLISHER_TITLE)[lang],
    groups: (publisher?.groups ?? PUBLISHER).map((g) => g.map((l) => fillPlaceTokens(l[lang], lang, asOf))),
    rights: [(publisher?.rights ?? RIGHTS)[lang]],
    ...(meta?.logos.back.length ? { logos: meta.logos.back.map((l) => ({ ...l.image, alt: l.alt[lang] })) } : {}),
  });
  return blocks;
}
