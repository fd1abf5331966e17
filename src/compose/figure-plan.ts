/** A figure placed in a bulletin: its id, number and block, and the data to draw and export. */
import type { FigureSpec } from '../schema/template.js';
import type { FigureData } from './figure-data.js';

export interface FigurePlan {
  /** Published id: `b6-kgz-sex`, `b6-all-sex` for the regional comparison. */
  id: string;
  /** Figure (or table) number in the document. */
  number: number;
  spec: FigureSpec;
  indicator: string;
  country: string | null;
  data: FigureData;
  /** Index of its block in `DocModel.blocks` (a figure or table block). */
  block: number;
}

export function figureId(bulletin: number, country: string | null, id: string): string {
  return `b${bulletin}-${country === null ? 'all' : country.toLowerCase()}-${id}`;
}
