/** Orders of dimension values and categories. */

export type Compare = (a: string, b: string) => number;

/** Numbers numerically, then text by code point (deterministic on any machine). */
export function naturalCompare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  const nx = a !== '' && Number.isFinite(x);
  const ny = b !== '' && Number.isFinite(y);
  if (nx && ny) return x - y;
  if (nx !== ny) return nx ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
