/**
 * `bulletin init [DIR]`: a ready-to-edit content folder for the chosen bulletins. One Markdown
 * file per section and language, each opening with a comment that says where its text goes and
 * lists the slots available there (a file left as written prints nothing), and a content.json with
 * every key, set to what the build prints without it (empty texts print nothing).
 * `bulletin init DIR && bulletin build --content DIR` builds as is.
 *
 * Never overwrites: a file that exists with other content than init would write (the user's, or
 * one the user edited) stops init before anything is written; files identical to its own are left.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedTemplate } from '../schema/template.js';
import { UsageError } from '../errors.js';
import { FUNDING_LINE, PUBLISHER, PUBLISHER_TITLE, RIGHTS } from '../i18n/boilerplate.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { msg } from '../messages/index.js';
import { CONTEXT_SLOTS } from '../narrative/slot-value.js';
import type { ContentConfig } from '../schema/content.js';
import { countryLabel, SECTION_ORDER } from '../schema/countries.js';
import type { SlotSpec, Template } from '../schema/template.js';

export interface InitFile {
  /** Relative to the content folder. */
  path: string;
  text: string;
}

const LANG_NAME: Record<Lang, string> = { en: 'English', ru: 'Russian' };

/** Every file of a new content folder for `templates`, in a stable order. */
export function initFiles(templates: readonly LoadedTemplate[]): InitFile[] {
  const files: InitFile[] = [{ path: 'content.json', text: `${JSON.stringify(defaultContent(), null, 2)}\n` }];
  for (const { template: t } of templates) {
    for (const section of ['intro', ...SECTION_ORDER, 'regional']) {
      for (const lang of LANGS) files.push({ path: `${t.id}/${section}.${lang}.md`, text: sectionFile(t, section, lang) });
    }
  }
  return files;
}

function defaultContent(): ContentConfig {
  return {
    logos: { cover: [], back: [] },
    publisher: { title: PUBLISHER_TITLE, groups: PUBLISHER, rights: RIGHTS },
    fundedBy: FUNDING_LINE,
    citation: { en: '', ru: '' },
    contact: { en: '', ru: '' },
    partners: [],
  };
}

function where(t: Template, section: string): string {
  if (section === 'intro') return 'after "Purpose of the bulletin", before the methodology';
  if (section === 'regional') return 'in the regional comparison, after its computed text (printed when the bulletin has two countries or more)';
  return `in the ${countryLabel(section).en} section, after its computed text (printed when the data have ${section} records)`;
}

function sectionFile(t: Template, section: string, lang: Lang): string {
  const place = section === 'intro' || section === 'regional' ? section : `${countryLabel(section).en} (${section})`;
  const plural = lang === 'en' ? '{total|plural:migrant,migrants}' : '{total|plural:мигрант,мигранта,мигрантов}';
  const slots = Object.entries(t.slots).map(([name, s]) => `  {${name}}  ${describe(s)}`);
  const scope = section === 'intro' || section === 'regional' ? 'all countries of the bulletin together' : 'this country';
  return [
    '<!--',
    `Bulletin ${t.number} (${t.title.en}), ${place}, ${LANG_NAME[lang]}.`,
    `Printed ${where(t, section)}.`,
    'Write below this comment, in Markdown: paragraphs (a blank line between them), *italic*, **bold**,',
    'lists (- item, 1. item), links [text](https://…), headings (### Heading) and photos:',
    '  ![Caption of the photo](photo.jpg "© 2021 IOM")   (JPEG or PNG in the content folder, at most 10 MB)',
    'Raw HTML is refused; this comment is not printed. Leave the file as it is to print nothing.',
    lang === 'en' ? 'Write the same text in Russian in the .ru.md file.' : 'Write the same text in English in the .en.md file.',
    '',
    `Numbers from the data, for ${scope}, as slots (filled and formatted like the computed text):`,
    ...slots,
    `  {${CONTEXT_SLOTS.join('}  {')}}  the section's country, "in <country>", period and round`,
    `Filters: {name|percent} {name|usd} {name|age} {name|label}, and with plural forms: ${plural}`,
    '-->',
    '',
  ].join('\n');
}

function describe(s: SlotSpec): string {
  const parts = [s.indicator];
  if (s.stat) parts.push(s.stat);
  if (s.category) parts.push(s.category);
  if (s.top !== undefined) parts.push(`top ${s.top}`);
  if (s.list !== undefined) parts.push(`largest ${s.list}`);
  if (s.value && s.value !== 'value') parts.push(s.value);
  return parts.join(', ');
}

/** Writes the files into `dir`; returns how many were written and how many were already there as written. */
export function writeInit(dir: string, files: readonly InitFile[], shown: string = dir): { written: number; kept: number } {
  // a file (or a link to one) where the folder should be: said so, not as 97 files "with other content"
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError('init.not-folder', msg.content.initNotFolder(shown), { path: shown });
  const clash: string[] = [];
  const todo: InitFile[] = [];
  for (const f of files) {
    let existing: string | undefined;
    try {
      existing = readFileSync(join(dir, f.path), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') clash.push(`${shown}/${f.path}`);
    }
    if (existing === undefined) todo.push(f);
    else if (existing !== f.text) clash.push(`${shown}/${f.path}`);
  }
  if (clash.length > 0) throw new UsageError('init.exists', msg.content.initExists(clash), { files: clash });
  for (const f of todo) {
    const abs = join(dir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.text, { flag: 'wx' });
  }
  return { written: todo.length, kept: files.length - todo.length };
}
