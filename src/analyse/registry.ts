/**
 * Loads the indicator registry (templates/indicators/bN.json, one per bulletin), checked against
 * schema/indicator.ts. The registry is bundled data: a file that does not parse is a bug.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { packageUrl } from '../package-root.js';
import { parseJsonData } from '../schema/data-file.js';
import { registrySchema, type IndicatorSpec, type RegistryFile } from '../schema/indicator.js';
import type { InstrumentKind } from '../schema/types.js';

const REGISTRY_DIR = packageUrl('templates/indicators/');

export interface RegisteredIndicator extends IndicatorSpec {
  bulletin: number;
  instrument: InstrumentKind;
}

export function loadRegistryFile(bulletin: number, dir: URL = REGISTRY_DIR): RegistryFile {
  return parseJsonData(readFileSync(new URL(`b${bulletin}.json`, dir), 'utf8'), registrySchema, `templates/indicators/b${bulletin}.json`);
}

/** Every indicator of every bulletin, in registry order. */
export function loadRegistry(dir: URL = REGISTRY_DIR): RegisteredIndicator[] {
  const bulletins = readdirSync(dir)
    .map((n) => /^b(\d+)\.json$/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  return bulletins.flatMap((b) => {
    const file = loadRegistryFile(b, dir);
    return file.indicators.map((ind) => ({ ...ind, bulletin: file.bulletin, instrument: file.instrument }));
  });
}
