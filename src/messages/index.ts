/**
 * The one catalogue of user-facing text. Each area keeps its messages in its own file here;
 * every message is a function so that tests compare against the catalogue, not copies.
 * Published (bilingual) strings live in src/i18n/, not here.
 */
import { cli } from './cli.js';
import { sample } from './sample.js';
import { geo } from './geo.js';
import { build } from './build.js';
import { validate } from './validate.js';
import { analyse } from './analyse.js';
import { query } from './query.js';
import { cache } from './cache.js';
import { compare } from './compare.js';
import { content } from './content.js';
import { xlsx } from './xlsx.js';
import { mapping } from './mapping.js';
import { fs } from './fs.js';
import { check } from './check.js';

export const msg = { cli, sample, geo, build, validate, analyse, query, cache, compare, content, xlsx, mapping, fs, check };
