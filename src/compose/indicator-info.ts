/** What composition needs to know of a registered indicator. */
import type { RegisteredIndicator } from '../analyse/registry.js';

export type IndicatorInfo = Pick<RegisteredIndicator, 'id' | 'dimensions' | 'statistic' | 'variable' | 'base' | 'instrument' | 'bulletin'> &
  Partial<Pick<RegisteredIndicator, 'currency' | 'title' | 'note' | 'where'>>;

export function countryDimOf(ind: Pick<IndicatorInfo, 'dimensions'>): string {
  return ind.dimensions[0] ?? 'country';
}
