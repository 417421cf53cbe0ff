/**
 * Importing a sequence file into the lab, with any text at all (fast-check): either the file is a
 * valid sequence and becomes the lab's, or nothing in the state changes but the notice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, sequenceToCsv, sequenceToJson } from '../../src/data';
import { createLabStore } from '../../src/state/store';
import { MODELS as models } from '../shipped';

const events = fc.array(
  fc.record({ kind: fc.constantFrom(...EVENT_KINDS), magnitude: fc.double({ min: 0, max: 1, noNaN: true }) }), // prettier-ignore
  { minLength: 1, maxLength: 40 },
);
/** Valid files, the same cut short or spliced with junk, and plain junk. */
const files = fc.oneof(
  fc.tuple(events, fc.boolean()).map(([e, json]) => [json ? sequenceToJson(e) : sequenceToCsv(e), json] as const), // prettier-ignore
  fc
    .tuple(events, fc.boolean(), fc.nat(2000), fc.string({ maxLength: 5 }))
    .map(([e, json, at, junk]) => {
      const text = json ? sequenceToJson(e) : sequenceToCsv(e);
      const k = at % (text.length + 1);
      return [text.slice(0, k) + junk + text.slice(k + 1), json] as const;
    }),
  fc.tuple(fc.string({ maxLength: 200 }), fc.boolean()),
);

describe('importing any file (fast-check, 1,000 cases)', () => {
  it('takes a valid sequence whole, or changes nothing but the notice', () => {
    fc.assert(
      fc.property(files, ([text, json]) => {
        const store = createLabStore({ models });
        store.getState().deleteEvent(0); // some history to keep
        const before = store.getState();
        store.getState().importSequence(text, json ? 'seq.json' : 'seq.csv');
        const after = store.getState();
        if (after.notice === null) {
          expect(after.events.length).toBeGreaterThan(0);
          expect(after.original).toBe(after.events);
        } else {
          for (const k of Object.keys(before) as (keyof typeof before)[])
            if (k !== 'notice') expect(after[k], k).toBe(before[k]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
