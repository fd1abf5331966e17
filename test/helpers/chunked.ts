/** A text cut into chunks of the given sizes (the rest in one last chunk): a stream read in pieces. */
export async function* chunked(s: string, sizes: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    yield s.slice(at, at + n);
    at += n;
  }
  if (at < s.length) yield s.slice(at);
}
