/** Messages of `bulletin sample`. */
export const sample = {
  badRows: (v: string) => `--rows must be a whole number from 1 to 10,000,000 (got "${v}")`,
  badSeed: (v: string) => `--seed must be a whole number from 0 to 4,294,967,295 (got "${v}")`,
  badKind: (v: string) => `--kind must be survey, assistance, all or invalid (got "${v}")`,
  wrote: (path: string, rows: number, kind: string) => `wrote ${path}: ${rows.toLocaleString('en-US')} rows (${kind})`,
  seedNote: (seed: number) => `seed ${seed}: the same seed always gives the same files`,
};
