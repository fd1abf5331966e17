/**
 * Proposes the mapping from an XLSForm to an instrument (`bulletin mapping`): for each question of
 * the form, the instrument column it is, from the evidence of names, types, English and Russian
 * labels and choice lists; for each choice, the instrument code it is (by label first, then by
 * code). Each decision carries its evidence and a confidence (0–1). A question is mapped only when
 * its best candidate is clearly ahead (ACCEPT, MARGIN); otherwise it is left out and listed as
 * ambiguous, never guessed. Choices that match no code are listed, not guessed.
 */
import { NON_RESPONSE, YES_NO } from '../schema/codes.js';
import type { Column, Instrument } from '../schema/instruments.js';
import type { MappingInput } from '../schema/mapping.js';
import type { Code } from '../schema/types.js';
import { jaccard, nameStem, sameLabel } from './similarity.js';
import type { FormChoice, FormQuestion, FormType, XlsForm } from './xlsform.js';

/** Confidence from which a question is mapped. */
const ACCEPT = 0.7;
/** Lead the best candidate needs over the second. */
const MARGIN = 0.1;
/** Below this a candidate is not worth naming. */
const CONSIDER = 0.35;
/** Word overlap from which two choice labels are the same answer (and no other code comes close). */
const CHOICE_SIMILAR = 0.6;

interface Candidate {
  column: string;
  confidence: number;
  evidence: string[];
}

interface Recode {
  from: string;
  to: string;
  evidence: string;
}

interface Decision {
  question: FormQuestion;
  column: string;
  confidence: number;
  evidence: string[];
  /** Choices whose code differs from the instrument's. */
  recodes: Recode[];
  /** Every choice matched to a code (recoded or not). */
  matched: Recode[];
  /** Choices matched to no code of the instrument (listed, not guessed). */
  unmatched: FormChoice[];
}

interface Ambiguity {
  question: FormQuestion;
  candidates: Candidate[];
  reason: 'close' | 'weak' | 'taken';
}

export interface Proposal {
  kind: Instrument['kind'];
  mapping: MappingInput;
  decisions: Decision[];
  ambiguous: Ambiguity[];
  /** Questions of the form that are not in the instrument (ignored at ingest). */
  formOnly: FormQuestion[];
  /** Columns of the instrument the form lacks. */
  missing: Column[];
}

const COMPATIBLE: Record<FormType, ReadonlyArray<Column['type']>> = {
  select_one: ['code', 'yesno', 'iso3', 'currency', 'admin1'],
  select_multiple: ['multi'],
  integer: ['integer', 'number'],
  decimal: ['number', 'integer'],
  date: ['date'],
  datetime: ['date'],
  text: ['text', 'id', 'admin1', 'iso3', 'currency'],
  calculate: ['text', 'id', 'integer', 'number', 'date', 'iso3', 'currency', 'admin1', 'code', 'yesno'],
  other: [],
};

const CODED: ReadonlyArray<Column['type']> = ['code', 'yesno', 'multi'];

function codesOf(c: Column): Code[] {
  if (c.type === 'yesno') return [...YES_NO, ...(c.nonResponse ? NON_RESPONSE : [])];
  return [...(c.codes ?? []), ...(c.nonResponse && c.type !== 'multi' ? NON_RESPONSE : [])];
}

/** The instrument code of one choice, with the evidence; null when none is clear. */
function matchChoice(choice: FormChoice, codes: readonly Code[]): { code: string; evidence: string; sure: boolean } | null {
  for (const k of codes) {
    if (sameLabel(choice.labels.en, k.label.en)) return { code: k.code, evidence: `English label "${choice.labels.en}"`, sure: true };
    if (sameLabel(choice.labels.ru, k.label.ru)) return { code: k.code, evidence: `Russian label "${choice.labels.ru}"`, sure: true };
  }
  const byCode = codes.find((k) => k.code === choice.name.trim().toLowerCase());
  if (byCode) return { code: byCode.code, evidence: `same code "${choice.name}"`, sure: true };
  for (const k of codes) {
    if (sameLabel(choice.name, k.label.en) || sameLabel(choice.name, k.label.ru)) return { code: k.code, evidence: `code "${choice.name}" is the label`, sure: true };
  }
  let best: { code: string; s: number; text: string } | null = null;
  let second = 0;
  for (const k of codes) {
    const s = Math.max(choice.labels.en ? jaccard(choice.labels.en, k.label.en) : 0, choice.labels.ru ? jaccard(choice.labels.ru, k.label.ru) : 0);
    if (!best || s > best.s) {
      second = best?.s ?? 0;
      best = { code: k.code, s, text: choice.labels.en ?? choice.labels.ru ?? choice.name };
    } else if (s > second) second = s;
  }
  if (best && best.s >= CHOICE_SIMILAR && best.s - second >= MARGIN) return { code: best.code, evidence: `similar label "${best.text}" (${best.s.toFixed(2)})`, sure: false };
  return null;
}

function choiceCoverage(choices: readonly FormChoice[], c: Column): { share: number; matched: number } {
  if (choices.length === 0) return { share: 0, matched: 0 };
  const codes = codesOf(c);
  let matched = 0;
  for (const ch of choices) if (matchChoice(ch, codes)) matched++;
  return { share: matched / choices.length, matched };
}

function score(q: FormQuestion, c: Column, choices: readonly FormChoice[]): Candidate | null {
  if (!COMPATIBLE[q.type].includes(c.type)) return null;
  const evidence: string[] = [];
  let base = 0;
  if (q.name.trim().toLowerCase() === c.name) {
    base = 1;
    evidence.push('same name');
  } else if (nameStem(q.name) === c.name) {
    base = 0.9;
    evidence.push(`name ${q.name} ~ ${c.name}`);
  }
  for (const lang of ['en', 'ru'] as const) {
    const l = q.labels[lang];
    if (l === undefined) continue;
    const name = lang === 'en' ? 'English' : 'Russian';
    if (sameLabel(l, c.label[lang])) {
      if (base < 0.95) base = 0.95;
      evidence.push(`${name} label "${l}"`);
    } else {
      const j = jaccard(l, c.label[lang]);
      if (j >= 0.3) {
        evidence.push(`${name} label similar (${j.toFixed(2)})`);
        if (0.3 + 0.6 * j > base) base = 0.3 + 0.6 * j;
      }
    }
  }
  let confidence = base;
  if (CODED.includes(c.type) && (q.type === 'select_one' || q.type === 'select_multiple')) {
    const cov = choiceCoverage(choices, c);
    if (choices.length > 0) evidence.push(`choices ${cov.matched}/${choices.length} matched`);
    confidence = base > 0 ? 0.7 * base + 0.3 * cov.share : 0.4 * cov.share;
  }
  if (confidence < CONSIDER) return null;
  evidence.push(`type ${q.rawType.split(/\s+/)[0]} → ${c.type}`);
  return { column: c.name, confidence: Math.round(confidence * 100) / 100, evidence };
}

export function propose(form: XlsForm, inst: Instrument): Proposal {
  const ranked = form.questions.map((q) => {
    const choices = q.list !== undefined ? (form.choices.get(q.list) ?? []) : [];
    const cands = inst.columns
      .map((c) => score(q, c, choices))
      .filter((x): x is Candidate => x !== null)
      .sort((a, b) => b.confidence - a.confidence || (a.column < b.column ? -1 : 1));
    return { q, choices, cands };
  });
  const ambiguous: Ambiguity[] = [];
  const formOnly: FormQuestion[] = [];
  const accepted: Array<{ q: FormQuestion; choices: readonly FormChoice[]; best: Candidate; cands: Candidate[] }> = [];
  for (const { q, choices, cands } of ranked) {
    const [best, second] = cands;
    if (!best) formOnly.push(q);
    else if (best.confidence < ACCEPT) ambiguous.push({ question: q, candidates: cands.slice(0, 3), reason: 'weak' });
    else if (second && best.confidence - second.confidence < MARGIN) ambiguous.push({ question: q, candidates: cands.slice(0, 3), reason: 'close' });
    else accepted.push({ q, choices, best, cands });
  }
  // one column, one question: the clearly stronger claim wins, a tie leaves both out
  const byColumn = new Map<string, typeof accepted>();
  for (const a of accepted) byColumn.set(a.best.column, [...(byColumn.get(a.best.column) ?? []), a]);
  const decisions: Decision[] = [];
  for (const claims of byColumn.values()) {
    claims.sort((a, b) => b.best.confidence - a.best.confidence);
    const [first, ...rest] = claims;
    const wins = rest.length === 0 || first!.best.confidence - rest[0]!.best.confidence >= MARGIN;
    for (const c of wins ? rest : claims) ambiguous.push({ question: c.q, candidates: c.cands.slice(0, 3), reason: 'taken' });
    if (wins) decisions.push(decide(first!.q, first!.choices, inst.byName.get(first!.best.column)!, first!.best));
  }
  decisions.sort((a, b) => a.question.row - b.question.row);
  ambiguous.sort((a, b) => a.question.row - b.question.row);
  const used = new Set(decisions.map((d) => d.column));
  return {
    kind: inst.kind,
    mapping: mappingOf(inst, decisions),
    decisions,
    ambiguous,
    formOnly,
    missing: inst.columns.filter((c) => !used.has(c.name)),
  };
}

function decide(q: FormQuestion, choices: readonly FormChoice[], c: Column, best: Candidate): Decision {
  const d: Decision = { question: q, column: c.name, confidence: best.confidence, evidence: best.evidence, recodes: [], matched: [], unmatched: [] };
  if (!CODED.includes(c.type)) return d;
  const codes = codesOf(c);
  for (const ch of choices) {
    const m = matchChoice(ch, codes);
    if (!m) {
      d.unmatched.push(ch);
      continue;
    }
    const r = { from: ch.name, to: m.code, evidence: m.evidence };
    d.matched.push(r);
    if (m.code !== ch.name) d.recodes.push(r);
  }
  return d;
}

/** The mapping file: renames, recodes, and for multi questions the split columns `q/choice`. */
function mappingOf(inst: Instrument, decisions: readonly Decision[]): MappingInput {
  const columns: Record<string, string> = {};
  const values: Record<string, Record<string, string>> = {};
  for (const d of [...decisions].sort((a, b) => (a.column < b.column ? -1 : 1))) {
    const name = d.question.name;
    if (name !== d.column) columns[name] = d.column;
    if (d.recodes.length > 0) values[d.column] = Object.fromEntries(d.recodes.map((r) => [r.from, r.to]));
    if (inst.byName.get(d.column)?.type === 'multi') {
      // split columns `q_reasons/1` → `migration_reason/employment`
      for (const m of d.matched) if (name !== d.column || m.from !== m.to) columns[`${name}/${m.from}`] = `${d.column}/${m.to}`;
    }
  }
  return { kind: inst.kind, columns, values };
}
