/**
 * Loads the indicator registry (templates/indicators/b1.json … b6.json), checked against
 * schema/indicator.ts. The registry is bundled data: a file that does not parse is a bug.
 */
import { readFileSync } from 'node:fs';
import { registrySchema, type IndicatorSpec, type RegistryFile } from '../schema/indicator.js';
import type { InstrumentKind } from '../schema/types.js';

export const REGISTRY_DIR = new URL('../../templates/indicators/', import.meta.url);
export const BULLETINS = [1, 2, 3, 4, 5, 6] as const;

export interface RegisteredIndicator extends IndicatorSpec {
  bulletin: number;
  instrument: InstrumentKind;
}

export function loadRegistryFile(bulletin: number, dir: URL = REGISTRY_DIR): RegistryFile {
  const text = readFileSync(new URL(`b${bulletin}.json`, dir), 'utf8');
  const parsed = registrySchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`templates/indicators/b${bulletin}.json: ${parsed.error.message}`);
  return parsed.data;
}

/** Every indicator of every bulletin, in registry order. */
export function loadRegistry(dir: URL = REGISTRY_DIR): RegisteredIndicator[] {
  return BULLETINS.flatMap((b) => {
    const file = loadRegistryFile(b, dir);
    return file.indicators.map((ind) => ({ ...ind, bulletin: file.bulletin, instrument: file.instrument }));
  });
}
