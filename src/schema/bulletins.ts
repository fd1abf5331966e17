/**
 * The bulletins there are: one per template file `templates/NN-slug.json`, numbered by its `NN`,
 * each with its indicators in `templates/indicators/bNN.json` (README, "Adding a bulletin").
 * Nothing else in the code lists them.
 */
import { readdirSync } from 'node:fs';
import { packagePath } from '../package-root.js';

export const TEMPLATE_DIR = packagePath('templates/');

/** A template's file name: two digits, a slug. */
const TEMPLATE_FILE = /^(\d{2})-[a-z0-9-]+\.json$/;

/** The template files of `dir`, by number. */
export function templateFiles(dir: string = TEMPLATE_DIR): Array<{ number: number; name: string }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  return names
    .map((name) => ({ name, m: TEMPLATE_FILE.exec(name) }))
    .filter((f) => f.m !== null)
    .map((f) => ({ number: Number(f.m?.[1]), name: f.name }))
    .sort((a, b) => a.number - b.number || (a.name < b.name ? -1 : 1));
}

/** The numbers of the bulletins, ascending. */
export function bulletinNumbers(dir: string = TEMPLATE_DIR): number[] {
  return [...new Set(templateFiles(dir).map((f) => f.number))];
}
