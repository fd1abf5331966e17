/** The mapping of a file given without a mapping file; apart from mapping.ts so that using it does not load zod. */
import type { Mapping } from './mapping.js';

export const EMPTY_MAPPING: Mapping = { columns: {}, values: {}, constants: {}, missing: [] };
