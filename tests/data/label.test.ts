/** The ground-truth rule at its edges. */
import { describe, expect, it } from 'vitest';
import { jams, type EventKind, type ScanEvent } from '../../src/data';

/** Events from a compact string: w wobble, d drift, b blip, o ok, s stable. */
function seq(code: string): ScanEvent[] {
  const kinds: Record<string, EventKind> = {
    w: 'wobble',
    d: 'drift',
    b: 'blip',
    o: 'ok',
    s: 'stable',
  };
  return [...code].map((c) => ({ kind: kinds[c], magnitude: 0.5 }));
}

describe('jams (K = 3)', () => {
  it.each([
    ['wobble then a drift run of exactly K', 'owsssddd', true],
    ['wobble then a drift run of K − 1', 'owsssdd', false],
    ['drift alone, however long', 'ossdddddddd', false],
    ['a wobble alone', 'owssssss', false],
    ['blips alone', 'obsbsbsb', false],
    ['blips then drift', 'bbssddddd', false],
    ['drift before the wobble does not count', 'dddddws', false],
    ['drift before the wobble, then a run after it', 'dddwsddd', true],
    ['a run broken by a blip is two short runs', 'wsddbdd', false],
    ['a run broken by a wobble restarts after it', 'wddwddd', true],
    ['the wobble right before the run', 'oooowddd', true],
    ['a run that ends before the last reading still jams', 'wsdddss', true],
  ])('%s', (_name, code, expected) => {
    expect(jams(seq(code), 3)).toBe(expected);
  });

  it('an empty sequence does not jam', () => {
    expect(jams([], 3)).toBe(false);
  });
});
