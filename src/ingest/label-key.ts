/** The comparison key of a label or header as typed by people: case, `ё`, punctuation and spacing ignored. */
export function normaliseLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-–—.,;:!?"'«»()/\\]+/g, ' ')
    .trim();
}
