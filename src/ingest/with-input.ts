/**
 * Reads an input and closes it however reading ends. Read whole, the file is already closed by its
 * reader; left unread (after its header), left early or ended by an error, it is closed here, not
 * left to the garbage collector (Node's DEP0137 "Closing file descriptor N on garbage collection",
 * and an open descriptor until then). Every loader that opens an input reads it through this.
 *
 * `input`: the stream being opened (`openInput(…)`), or one already opened and not yet read (a
 * pipe opened once to detect its kind): closed here in both cases.
 */
import type { CsvStream } from './read-csv.js';

export async function withInput<S extends CsvStream, T>(input: S | Promise<S>, read: (csv: S) => Promise<T>): Promise<T> {
  const csv = await input;
  try {
    return await read(csv);
  } finally {
    await csv.source?.close();
  }
}
