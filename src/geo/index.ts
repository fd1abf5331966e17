/** Place names, boundaries and coverage maps: the public surface of src/geo. */
export { matchAdmin1, placeByCode, placesOf, type Place, type PlaceMatch } from './places.js';
export { MAP_ATTRIBUTION, MAP_DISCLAIMER } from './attribution.js';
export { hasBoundaries, loadAdmin1, loadCountries, MAPPED_COUNTRIES, type Admin1, type ProvinceFeature } from './boundaries.js';
