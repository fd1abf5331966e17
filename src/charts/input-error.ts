import { BulletinError, EXIT } from '../errors.js';

/** A `ChartInput` the layout should never have built: a bug upstream, exit 3. */
export function chartInputError(id: string, message: string): BulletinError {
  return new BulletinError('chart_input', `chart ${id}: ${message}`, EXIT.INTERNAL, { chart: id });
}
