/**
 * What one bulletin in one language is about to publish, as the publication check reads it: the
 * sentences of the text, and every figure with its caption, notes, base, the rows of its table,
 * its chart input and the SVG drawn from it, and the page each lands on.
 */
import type { ResultRow } from '../analyse/result.js';
import type { ChartInput } from '../charts/types.js';
import type { IndicatorInfo } from '../compose/indicator-info.js';
import type { FigureSpec } from '../schema/template.js';

export interface PublishedSentence {
  text: string;
  page: number | null;
}

export interface PublishedFigure {
  id: string;
  kind: 'chart' | 'map' | 'table';
  page: number | null;
  caption: string;
  notes: string[];
  /** "n = 230"; undefined when the figure prints no base. */
  base?: string | undefined;
  spec: FigureSpec;
  indicator: IndicatorInfo;
  /** The result rows behind the figure (its tables/ file). */
  rows: readonly ResultRow[];
  /** Every result row of the indicator in the figure's section (for "nobody answered so"). */
  sectionRows: readonly ResultRow[];
  chart: ChartInput | null;
  svg?: string | undefined;
  /** The cells of a table figure as printed. */
  table?: readonly (readonly string[])[] | undefined;
  /** Where the figure starts (the top left of its caption, in points from the page's top left); absent when not laid out. */
  at?: { page: number; x: number; y: number } | undefined;
  /** A table's body rows on each page it is laid out on, in order (one entry when it is not broken). */
  pieces?: readonly number[] | undefined;
}

export interface Publication {
  bulletin: number;
  lang: string;
  /** The date of the data (YYYY-MM-DD): the names in force then are the right ones. */
  asOf?: string;
  sentences: PublishedSentence[];
  figures: PublishedFigure[];
}
