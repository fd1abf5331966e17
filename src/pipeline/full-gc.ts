/**
 * A full garbage collection of this thread's heap, when V8 lets us ask for one. The build's main
 * thread draws jobs after it has read and validated the data: V8 would otherwise let the garbage
 * of both grow the heap far beyond what is live (on 100k rows, ≈ 750 MiB used for ≈ 200 MiB
 * live), and the peak RSS with it. Changes no output.
 *
 * A full collection before every job the main thread drew cost ≈ 0.4–1 s each (6 a build), most of it
 * spent walking a live heap that had not grown: `collectIfGrown` collects only when the heap in
 * use has grown past GROWTH × what was live after the last collection (and past FLOOR), which
 * holds the heap as near its live size for a fraction of the collections.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

function fullGc(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Below this, the heap is left to V8. */
const FLOOR = 192 * 1024 * 1024;
/** Collect when the heap in use is this many times what was live after the last collection. */
const GROWTH = 1.3;

let liveAfterLast = 0;

/** A full collection if the heap in use has grown well past its live size (see above); true if it ran. */
export function collectIfGrown(): boolean {
  const used = getHeapStatistics().used_heap_size;
  if (used < Math.max(FLOOR, liveAfterLast * GROWTH)) return false;
  fullGc();
  liveAfterLast = getHeapStatistics().used_heap_size;
  return true;
}
