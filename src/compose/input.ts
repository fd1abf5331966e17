/** What composing one bulletin in one language needs: results, template, facts about the data. */
import { resultKey, type ResultRow } from '../analyse/result.js';
import type { ShareEstimate } from '../analyse/change-interval.js';
import type { Conversion } from '../analyse/conversions.js';
import type { Lang } from '../i18n/lang.js';
import type { Localized, Template } from '../schema/template.js';
import type { InstrumentKind } from '../schema/types.js';
import type { IndicatorInfo } from './indicator-info.js';
import type { ComposeContent } from '../content/types.js';

/** Facts of one country's data, for the methodology box and the source lines. */
export interface SectionFacts {
  country: string;
  /** Interviews (survey) or records (assistance) accepted. */
  records: number;
  /** First and last collection dates, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Survey rounds named in the section: those with at least the threshold of rows (survey only). */
  rounds: string[];
  /** Rows per survey round (of the declared form), named or not. */
  roundRows: Record<string, number>;
  /** How its amounts were converted to USD (survey): annual-average months, amounts without a rate. */
  conversion?: Conversion;
}

export interface ComposeInput {
  template: Template;
  /** Number and title of every bulletin (one per template), for the list in "Purpose of the bulletin". */
  titles: ReadonlyArray<{ number: number; title: Localized }>;
  lang: Lang;
  kind: InstrumentKind;
  /** Countries present, in section order. */
  countries: readonly string[];
  results: readonly ResultRow[];
  registry: ReadonlyMap<string, IndicatorInfo>;
  facts: readonly SectionFacts[];
  /** The period of the data, YYYY-MM-DD. */
  period: { from: string; to: string };
  minCell: number;
  weighted: boolean;
  /** Rows read and rejected in this instrument's inputs. */
  rowsRead: number;
  rejected: number;
  /**
   * The published shares of the baseline round (`build --baseline`), keyed by `baselineKey`: what
   * the narrative's `change` filter compares with. Absent without a baseline.
   */
  baseline?: ComposeBaseline;
  /** The analyst's content for this bulletin (`--content`), if any. */
  content?: ComposeContent;
}

interface ComposeBaseline {
  /** The baseline round's data period (YYYY-MM-DD), for the methodology box. */
  period: { from: string; to: string } | null;
  shares: Readonly<Record<string, ShareEstimate>>;
}

/** The key of one share cell across rounds: indicator, grouping cells, category. */
export function baselineKey(indicator: string, dims: Readonly<Record<string, string>>, category: string | undefined): string {
  return resultKey(indicator, { ...dims }, category);
}
