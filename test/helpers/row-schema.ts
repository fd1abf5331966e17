/**
 * Zod schemas of one accepted row of a Dataset (model/dataset.ts), derived from the instrument
 * declarations: what validation promises to analysis. The tests check every accepted row with it.
 */
import { z } from 'zod';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../../src/schema/age-groups.js';
import { NON_RESPONSE } from '../../src/schema/codes.js';
import { CURRENCIES } from '../../src/schema/currencies.js';
import { INSTRUMENTS, type Column, type InstrumentKind } from '../../src/schema/instruments.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function enumOf(codes: readonly string[]): z.ZodType {
  return z.enum(codes as [string, ...string[]]);
}

function valueSchema(col: Column): z.ZodType {
  switch (col.type) {
    case 'id':
      return z.string().min(1);
    case 'text':
      return z.string();
    case 'date':
      return z.string().regex(DATE);
    case 'iso3':
      return z.string().regex(/^[A-Z]{3}$/);
    case 'currency':
      return enumOf(CURRENCIES.map((c) => c.code));
    case 'admin1':
      return z.union([z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/), z.literal('unknown')]);
    case 'code':
    case 'yesno': {
      const codes = (col.codes ?? []).map((c) => c.code);
      return enumOf(col.nonResponse ? [...codes, ...NON_RESPONSE.map((c) => c.code)] : codes);
    }
    case 'integer':
    case 'number': {
      let n = col.type === 'integer' ? z.number().int() : z.number();
      if (col.min !== undefined) n = col.exclusiveMin ? n.gt(col.min) : n.gte(col.min);
      if (col.max !== undefined) n = n.lte(col.max);
      return n;
    }
    case 'multi': {
      const codes = (col.codes ?? []).map((c) => c.code).join('|');
      return z.string().regex(new RegExp(`^((${codes})( (${codes}))*)?$`));
    }
  }
}

/** The schema of one row of a Dataset table of `kind`. */
export function rowSchema(kind: InstrumentKind) {
  const inst = INSTRUMENTS[kind];
  const shape: Record<string, z.ZodType> = {};
  for (const col of inst.columns) {
    const v = valueSchema(col);
    shape[col.name] = col.required ? v : v.nullable();
    if (col.type === 'admin1') shape[`${col.name}_raw`] = col.required ? z.string().min(1) : z.string().min(1).nullable();
    if (col.type === 'multi') for (const o of col.codes ?? []) shape[`${col.name}/${o.code}`] = z.union([z.literal(0), z.literal(1)]).nullable();
  }
  const groups = (kind === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS).map((g) => g.code);
  shape.period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
  shape.age_group = enumOf(groups);
  if (kind === 'assistance') shape.minor = z.enum(['yes', 'no']);
  shape._line = z.number().int().min(2);
  return z.object(shape).strict();
}
