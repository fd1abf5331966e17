/** What a row of an export is before it is read as data: blank, or the HXL hashtag row under the header (CSV and XLSX alike). */
export function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** The HXL hashtag row (`#adm1+name`, …): every non-empty cell a tag, at least one. */
export function isHxl(cells: string[]): boolean {
  let tags = 0;
  for (const c of cells) {
    const t = c.trim();
    if (t === '') continue;
    if (!/^#[A-Za-z][\w]*(\s*\+\s*[\w]+)*$/.test(t)) return false;
    tags++;
  }
  return tags > 0;
}
