/** Messages of the editorial layer: `build --content DIR` and `bulletin init` (the CLI speaks English). */
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
const near = (xs: readonly string[]) => (xs.length ? `; did you mean ${list(xs)}?` : '');

export const content = {
  dirMissing: (dir: string) => `--content: ${dir} is not a folder (create one with \`bulletin init ${dir}\`)`,
  unknownTemplate: (dir: string, bad: string, closest: readonly string[]) =>
    `${dir}/${bad}: no bulletin template has the id "${bad}"${near(closest)}`,
  strayMarkdown: (file: string, ids: readonly string[]) =>
    `${file}: Markdown files go in a folder named after the bulletin template (${list(ids)})`,
  badName: (file: string) => `${file}: a content file is named <section>.<lang>.md (e.g. KGZ.en.md, intro.ru.md, regional.en.md)`,
  unknownSection: (file: string, bad: string, closest: readonly string[]) =>
    `${file}: unknown section "${bad}" (a country's ISO3 code, "intro" or "regional")${near(closest)}`,
  unknownLang: (file: string, bad: string) => `${file}: unknown language "${bad}"; use "en" or "ru"`,
  unreadable: (file: string, problem: string) => `cannot read ${file}: ${problem}`,
  rawHtml: (file: string, line: number, html: string) =>
    `${file}:${line}: raw HTML is not allowed in content ("${html}"); write Markdown (HTML comments <!-- … --> are allowed and ignored)`,
  slotSyntax: (file: string, line: number, problem: string) =>
    `${file}:${line}: ${problem}; slots are written {name} or {name|filter:args} (braces are kept for slots)`,
  unknownSlot: (file: string, line: number, bad: string, closest: readonly string[]) =>
    `${file}:${line}: unknown slot "{${bad}}"${near(closest)} (the slots of this bulletin are listed in the comment \`bulletin init\` writes)`,
  pluralForms: (file: string, line: number, slot: string, lang: string, want: number, got: number) =>
    `${file}:${line}: slot "{${slot}}" lists ${got} plural forms; ${lang} needs ${want} (${lang === 'ru' ? 'мигрант,мигранта,мигрантов' : 'migrant,migrants'})`,
  imageRemote: (file: string, line: number, src: string) => `${file}:${line}: image "${src}" must be a file in the content folder, not a web address`,
  imageOutside: (file: string, src: string) => `${file}: image "${src}" is outside the content folder`,
  imageMissing: (file: string, src: string) => `${file}: image "${src}" not found`,
  imageTooLarge: (file: string, src: string, mb: string, limit: number) =>
    `${file}: image "${src}" is ${mb} MB; images may be at most ${limit} MB (save it smaller, e.g. 2000 px wide as JPEG)`,
  imageBroken: (file: string, src: string, problem: string) => `${file}: image "${src}" cannot be used: ${problem}`,
  jsonInvalid: (file: string, problem: string) => `${file} is not valid JSON: ${problem}`,
  jsonSchema: (file: string, problems: string) => `${file} does not match schemas/content.schema.json:\n${problems}`,
  oneLanguage: (file: string, other: string) => `${file} has text but ${other} has none: the section will read differently in the two languages`,
  notPrinted: (file: string, why: string) => `${file}: not printed (${why})`,
  strict: (n: number) => `--strict: ${n} content warning${n === 1 ? '' : 's'}; nothing was written`,
  initNotFolder: (dir: string) => `init: ${dir} is a file, not a folder: give the folder to write the content files to (e.g. bulletin init content)`,
  initExists: (files: readonly string[]) =>
    `init: ${files.length} file${files.length === 1 ? '' : 's'} already exist${files.length === 1 ? 's' : ''} with other content; nothing was written:\n${files.map((f) => `  ${f}`).join('\n')}`,
  initDone: (dir: string, written: number, kept: number) =>
    `wrote ${written} file${written === 1 ? '' : 's'} to ${dir}${kept ? ` (${kept} already up to date)` : ''}; edit them, then run \`bulletin build --content ${dir}\``,
};
