/** Messages about provinces and maps (English: the CLI speaks English). */
export const geo = {
  provinceUnknown: (value: string, suggestions: readonly string[]) =>
    suggestions.length > 0
      ? `province "${value}" is not a known first-level division; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
      : `province "${value}" is not a known first-level division`,
  provinceAmbiguous: (value: string, places: readonly string[]) =>
    `province "${value}" could be any of ${places.map((s) => `"${s}"`).join(', ')}; write it in full (e.g. "… city" or "… region")`,
  provinceOtherCountry: (value: string, country: string) => `province "${value}" is not in ${country}`,
  geoDataMissing: (file: string) => `map data ${file} is missing; rebuild it with: npm run build:ts && node scripts/build-geo.mjs`,
};
