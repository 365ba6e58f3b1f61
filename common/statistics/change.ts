import { type DifferenceInterval, newcombeInterval } from './newcombe';
import { type ChangeVerdict, changeVerdict } from './verdict';
import type { ShareInterval } from './wilson';

export type Change = DifferenceInterval & { verdict: ChangeVerdict };

/**
 * The change from `previous` to `current` (current − previous, as a fraction; ×100 for
 * percentage points) with its 95 % Newcombe interval and verdict. The two periods must be
 * independent samples (different waves or months), which is what Newcombe's method assumes.
 */
export function changeBetween(current: ShareInterval, previous: ShareInterval): Change {
  const interval = newcombeInterval(current, previous);
  return { ...interval, verdict: changeVerdict(interval) };
}
