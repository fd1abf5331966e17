/** Place names, boundaries and coverage maps: the public surface of src/geo. */
export { matchAdmin1, placeByCode, placesOf, type Place, type PlaceMatch } from '../schema/places.js';
export { MAP_ATTRIBUTION, MAP_DISCLAIMER } from '../i18n/map-attribution.js';
export { hasBoundaries, loadAdmin1, loadCountries, MAPPED_COUNTRIES, type Admin1, type ProvinceFeature } from './boundaries.js';
export { mapSpec, mapLabelsClash, mapAbbreviationNote, legendValues, MAP_COLORS, type MapSpecOptions } from './map-spec.js';
export { mapTable, provinceTotals, UNKNOWN_PROVINCE, type MapTableRow, type MapTableOptions, type ProvinceCount } from './map-table.js';
export { mapName } from './short-names.js';
