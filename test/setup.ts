// Frozen clock, time zone and random seed for every test file.
// The time zone is set through vitest.config.ts (TZ); here we freeze the clock and Math.random.
import { vi } from 'vitest';

vi.useFakeTimers({ now: new Date('2026-01-15T10:00:00Z'), toFake: ['Date'] });

let seed = 42;
Math.random = () => {
  // mulberry32
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
