/**
 * The publication check: reads what a build is about to publish (the sentences, every figure with
 * its notes, base, rows and drawn SVG, and the page it is on) and reports what an editor would
 * not let out, as findings with a rule id, the figure and the page. It runs in every build, after
 * layout (pipeline/render-job.ts); findings go to validation.json, the manifest and stderr, and
 * make `--strict` fail.
 */
import type { MeasureText } from '../charts/measure.js';
import { compareFindings, type Finding } from './finding.js';
import type { Publication } from './publication.js';
import { figureBase, smallBases } from './rules/base.js';
import { nonResponseGroups } from './rules/non-response.js';
import { notesApply } from './rules/notes.js';
import { rankedUnsorted } from './rules/ranked.js';
import { suppressedSymbols } from './rules/sentence-symbols.js';
import { singleCategory } from './rules/single-category.js';
import { textFit } from './rules/text-fit.js';
import { placeNames } from './rules/place-names.js';
import { sentenceNumerals } from './rules/sentence-numeral.js';
import { hiddenMarkVariants } from './rules/hidden-mark.js';
import { zeroEverywhere } from './rules/zero-everywhere.js';
import { wholeBars } from './rules/whole-bars.js';
import { undeclinedNames } from './rules/undeclined-name.js';
import { inconsistentTerms } from './rules/terms.js';
import { orphanRows, outOfOrder } from './rules/placement.js';

export type { Finding } from './finding.js';
export type { Publication, PublishedFigure } from './publication.js';

export function checkPublication(pub: Publication, measure: MeasureText): Finding[] {
  return [
    ...textFit(pub, measure),
    ...nonResponseGroups(pub),
    ...suppressedSymbols(pub),
    ...rankedUnsorted(pub),
    ...singleCategory(pub),
    ...notesApply(pub),
    ...figureBase(pub),
    ...smallBases(pub),
    ...placeNames(pub, measure),
    ...sentenceNumerals(pub),
    ...hiddenMarkVariants(pub, measure),
    ...zeroEverywhere(pub),
    ...wholeBars(pub),
    ...undeclinedNames(pub),
    ...inconsistentTerms(pub),
    ...outOfOrder(pub),
    ...orphanRows(pub),
  ].sort(compareFindings);
}
