/** A text or bytes cut into chunks of the given sizes (the rest in one last chunk): a stream read in pieces. */
export async function* chunked<T extends string | Uint8Array>(s: T, sizes: readonly number[]): AsyncGenerator<T> {
  const cut = (from: number, to?: number): T => (typeof s === 'string' ? s.slice(from, to) : s.subarray(from, to)) as T;
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    yield cut(at, at + n);
    at += n;
  }
  if (at < s.length) yield cut(at);
}
