/**
 * The fixed text of every bulletin, in English and Russian: the series, "About the project",
 * the glossary, the disclaimers and the publisher block, declared in data/content/boilerplate.json
 * (schemas/boilerplate.schema.json) and read once here. Written for this project from the facts
 * of the published bulletin 6 and the regional appeal (seeds 000–003); definitions follow the IOM
 * Glossary on Migration as the published bulletin does (one glossary entry covers the three
 * countries of return: the same definition three times would say nothing more).
 */
import { boilerplateFileSchema, type GlossaryEntry } from '../schema/boilerplate.js';
import { loadBundledData } from '../schema/data-file.js';
import type { Localized } from '../schema/template.js';

export type { GlossaryEntry };

const TEXT = loadBundledData('data/content/boilerplate.json', boilerplateFileSchema);

export const SERIES: Localized = TEXT.series;
export const ORGANISATION: Localized = TEXT.organisation;
export const FUNDING_LINE: Localized = TEXT.funding_line;
export const ABOUT: Localized[] = TEXT.about;
/** Opening sentence of "Purpose of the bulletin"; `{area}` is the template's thematic area. */
export const PURPOSE_LEAD: Localized = TEXT.purpose_lead;
export const GLOSSARY: GlossaryEntry[] = TEXT.glossary;
export const GLOSSARY_NOTE: Localized = TEXT.glossary_note;
export const GLOSSARY_SOURCE: Localized = TEXT.glossary_source;
export const DISCLAIMER: Localized[] = TEXT.disclaimer;

/** Under every map (docs/bulletins.md); one text, kept with the map attribution in i18n/map-attribution.ts. */
export { MAP_DISCLAIMER } from './map-attribution.js';

export const PUBLISHER_TITLE: Localized = TEXT.publisher_title;
export const PUBLISHER: Localized[][] = TEXT.publisher;
export const RIGHTS: Localized = TEXT.rights;
/** `{year}` is the year of the data's last date. */
export const COPYRIGHT: Localized = TEXT.copyright;
