/** Weighted single and multiple choice over code lists, drawn from a seeded Rng. */
import type { Rng } from './random.js';

/** A weighted single choice, prepared once and drawn many times. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(weights: ReadonlyArray<readonly [T, number]>) {
    const total = weights.reduce((s, [, w]) => s + w, 0);
    if (!(total > 0)) throw new Error('Weighted: weights must add up to more than 0');
    this.values = weights.map(([v]) => v);
    let acc = 0;
    this.cumulative = weights.map(([, w]) => (acc += w / total));
  }

  draw(rng: Rng): T {
    const u = rng.next();
    const cum = this.cumulative;
    for (let i = 0; i < cum.length; i++) if (u < (cum[i] as number)) return this.values[i] as T;
    return this.values[this.values.length - 1] as T;
  }
}

/** Shorthand: a weighted choice over the keys of a record. */
export function weighted(table: Readonly<Record<string, number>>): Weighted<string> {
  return new Weighted(Object.entries(table));
}

/**
 * A select_multiple question: each option is chosen independently with its probability; the
 * result lists the chosen codes in the given order (declaration order), space-separated.
 * When nothing was chosen, `fallback` is returned (e.g. `none`, or the most common option).
 */
export class MultiSelect {
  private readonly options: ReadonlyArray<readonly [string, number]>;
  constructor(
    options: Readonly<Record<string, number>>,
    private readonly fallback: string,
  ) {
    this.options = Object.entries(options);
  }

  draw(rng: Rng): string {
    let out = '';
    for (const [code, p] of this.options) {
      if (rng.next() < p) out = out === '' ? code : `${out} ${code}`;
    }
    return out === '' ? this.fallback : out;
  }
}

/**
 * A select_multiple whose probabilities depend on the respondent, built option by option in
 * declaration order: `new Picks(rng).maybe('a', p).maybe('b', q).done('none')`.
 */
export class Picks {
  private out = '';
  constructor(private readonly rng: Rng) {}

  maybe(code: string, p: number): this {
    if (p > 0 && this.rng.next() < p) this.out = this.out === '' ? code : `${this.out} ${code}`;
    return this;
  }

  /** The chosen codes, space-separated; `fallback` when none was chosen. */
  done(fallback: string): string {
    const out = this.out === '' ? fallback : this.out;
    this.out = '';
    return out;
  }
}
