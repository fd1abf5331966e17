/**
 * Place tokens in fixed text: `{KZ-AST}` stands for the place with that ISO 3166-2 code, under the
 * name in force at the date of the bulletin's data (schema/names-in-force.ts): the publisher block
 * of a bulletin of 2021 data says "Nur-Sultan", one of 2023 data "Astana".
 */
import { placeByCode } from '../schema/places.js';
import type { Lang } from './lang.js';

const TOKEN = /\{([A-Z]{2}-[A-Z0-9]{1,3})\}/g;

export function fillPlaceTokens(text: string, lang: Lang, asOf?: string): string {
  return text.replace(TOKEN, (whole, code: string) => placeByCode(code, asOf)?.name[lang] ?? whole);
}
