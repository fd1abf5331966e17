/** Debug notes of the validated cache (src/cache/), shown with BULLETIN_DEBUG=1; never errors. */
const short = (key: string) => `${key.slice(0, 12)}…`;

export const cache = {
  hit: (key: string) => `cache hit ${short(key)}`,
  cannotRead: (path: string, reason: string) => `cannot read ${path}: ${reason} (cache not used)`,
  cannotWrite: (path: string, reason: string) => `cannot write ${path}: ${reason} (not cached)`,
  renderDamaged: (path: string) => `render cache: ${path} does not check out; it is removed and drawn again`,
  protectedDamaged: (path: string) => `protected-results cache: ${path} does not check out; it is removed and computed again`,
  protectedHit: (key: string) => `protected results from the cache ${short(key)}`,
  cannotPrune: (dir: string, reason: string) => `cannot prune ${dir}: ${reason}`,
  changedWhileRead: () => 'inputs changed while being read: not cached',
  notExact: () => 'a column holds values the cache cannot keep exactly: not cached',
  damaged: (key: string) => `ignored a damaged cache entry ${short(key)}: recomputed`,
  undecodable: (key: string, reason: string) => `ignored an unreadable cache entry ${short(key)} (${reason}): recomputed`,
};
