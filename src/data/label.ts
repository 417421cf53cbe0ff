/**
 * The ground truth (DESIGN §3): the package jams at the end of the sequence when a wobble happened
 * AND, after it, a run of at least K consecutive drift readings. Drift alone, a wobble alone and
 * blips never jam.
 */
import type { ScanEvent } from './events';

/** The default minimum drift run that jams. */
export const DEFAULT_K = 4;

/** Whether the sequence ends in a jam, by the rule above. */
export function jams(events: readonly ScanEvent[], K = DEFAULT_K): boolean {
  let wobbled = false;
  let run = 0;
  for (const e of events) {
    if (e.kind === 'drift') {
      run += 1;
      if (wobbled && run >= K) return true;
    } else {
      run = 0;
      if (e.kind === 'wobble') wobbled = true;
    }
  }
  return false;
}
