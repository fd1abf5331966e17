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
 * The answers a select_multiple question can produce, precomputed once: for every subset of the
 * options (a bit mask, bit i = option i) the space-separated codes in option order, and `fallback`
 * for the empty subset (e.g. `none`, or the most common option). Drawing then builds no strings.
 */
export class MultiCodes {
  private readonly labels: readonly string[];
  constructor(
    readonly codes: readonly string[],
    fallback: string,
  ) {
    if (codes.length > 12) throw new Error('MultiCodes: too many options');
    this.labels = Array.from({ length: 1 << codes.length }, (_, mask) =>
      mask === 0 ? fallback : codes.filter((_c, i) => (mask & (1 << i)) !== 0).join(' '),
    );
  }

  label(mask: number): string {
    return this.labels[mask] as string;
  }
}

/**
 * A select_multiple question: each option is chosen independently with its probability; the
 * result lists the chosen codes in the given order (declaration order), space-separated.
 * When nothing was chosen, `fallback` is returned (e.g. `none`, or the most common option).
 */
export class MultiSelect {
  private readonly probabilities: readonly number[];
  private readonly answers: MultiCodes;
  constructor(options: Readonly<Record<string, number>>, fallback: string) {
    this.probabilities = Object.values(options);
    this.answers = new MultiCodes(Object.keys(options), fallback);
  }

  draw(rng: Rng): string {
    let mask = 0;
    for (let i = 0; i < this.probabilities.length; i++) if (rng.next() < (this.probabilities[i] as number)) mask |= 1 << i;
    return this.answers.label(mask);
  }
}

/**
 * A select_multiple whose probabilities depend on the respondent, option by option in the order
 * of `answers.codes`: `new Picks(ANSWERS, rng).maybe('a', p).maybe('b', q).done()`.
 */
export class Picks {
  private mask = 0;
  private next = 0;
  constructor(
    private readonly answers: MultiCodes,
    private readonly rng: Rng,
  ) {}

  maybe(code: string, p: number): this {
    if (this.answers.codes[this.next] !== code) throw new Error(`Picks: ${code} out of order`);
    if (p > 0 && this.rng.next() < p) this.mask |= 1 << this.next;
    this.next++;
    return this;
  }

  /** The chosen codes, space-separated, or the fallback when none was chosen. */
  done(): string {
    return this.answers.label(this.mask);
  }
}
