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
import { NarrativeSyntaxError, parseSentence, type Token } from '../narrative/parse.js';
import { CONTEXT_SLOTS } from '../narrative/slot-value.js';
import type { FigureSpec, Localized, Template } from '../schema/template.js';
import { closest } from './closest.js';

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
  const sentences = (list: Localized[], where: string) =>
    list.forEach((s, i) => {
      for (const lang of LANGS) checkSentence(s[lang], `${where}[${i}].${lang}`, lang);
    });
  const checkSentence = (text: string, path: string, lang: 'en' | 'ru') => {
    let tokens: Token[];
    try {
      tokens = parseSentence(text);
    } catch (e) {
      if (e instanceof NarrativeSyntaxError) throw new UsageError('template.invalid', msg.build.templateSyntax(file, path, e.message, e.offset));
      throw e;
    }
    const slots = tokens.flatMap((t) => (t.type === 'slot' ? [t] : t.type === 'optional' ? t.tokens.filter((u) => u.type === 'slot') : []));
    for (const s of slots) {
      if (s.type !== 'slot') continue;
      if (!known.has(s.name)) fail(path, s.name, known, 'slot');
      if ((s.filter === 'plural' || s.filter === 'noun') && s.args.length !== PLURAL_FORM_COUNT[lang]) {
        throw new UsageError('template.invalid', msg.build.templatePluralForms(file, path, s.name, lang, PLURAL_FORM_COUNT[lang], s.args.length));
      }
    }
  };
  sentences(t.narrative, 'narrative');
  sentences(t.regional.narrative, 'regional.narrative');
  sentences(t.keyFindings, 'keyFindings');
  t.keyFigures.forEach((k, i) => {
    for (const lang of LANGS) checkSentence(k.value, `keyFigures[${i}].value`, lang);
  });
}
