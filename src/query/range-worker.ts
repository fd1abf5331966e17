/** Worker thread of split-load.ts: reads and validates the second part of a file (range-parse.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { RANGE_FAILED, parseRange, type RangeJob, type RangeResult } from './range-parse.js';

let result: RangeResult;
try {
  result = await parseRange(workerData as RangeJob);
} catch {
  result = RANGE_FAILED; // the first part then reads the whole file, and reports what is wrong
}
parentPort?.postMessage(result);
