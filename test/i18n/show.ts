/** Makes no-break spaces visible in snapshots: U+00A0 → `·` (a plain space stays a space). */
export const show = (s: string): string => s.replace(/\u00a0/g, '·');
