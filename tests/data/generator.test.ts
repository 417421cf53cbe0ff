/** The generator: pure and seeded, labelled by the rule, with the statistics its parameters ask for. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core';
import {
  D,
  DEFAULT_PARAMS,
  checkParams,
  encodeEvent,
  generateDataset,
  generateSequence,
  jams,
  type GeneratorParams,
  type ScanEvent,
} from '../../src/data';

const N = 4000;
const data = generateDataset(DEFAULT_PARAMS, N, 17);
const share = (pred: (k: number) => boolean) => data.sequences.filter((_, k) => pred(k)).length / N;

describe('generateDataset', () => {
  it('is a pure function of its parameters and seed', () => {
    const again = generateDataset(DEFAULT_PARAMS, 50, 17);
    expect(again.sequences).toEqual(data.sequences.slice(0, 50));
    expect(generateDataset(DEFAULT_PARAMS, 50, 18).sequences).not.toEqual(again.sequences);
  });

  it('labels every sequence by the ground-truth rule', () => {
    data.sequences.forEach((s) => expect(s.label).toBe(jams(s.events, DEFAULT_PARAMS.K) ? 1 : 0));
    data.sequences.forEach((s) => expect(s.label).toBe(s.cls === 'jam' ? 1 : 0));
  });

  it('draws the classes in the balance asked for (within 3 standard errors)', () => {
    for (const [cls, w] of Object.entries(DEFAULT_PARAMS.balance)) {
      const got = share((k) => data.sequences[k].cls === cls);
      expect(Math.abs(got - w)).toBeLessThan(3 * Math.sqrt((w * (1 - w)) / N));
    }
    expect(share((k) => data.ys[k] === 1)).toBeCloseTo(DEFAULT_PARAMS.balance.jam, 1);
  });

  it('spreads the gap uniformly over its range', () => {
    const [lo, hi] = DEFAULT_PARAMS.gap;
    const gaps = data.sequences.filter((s) => s.cls === 'jam').map((s) => s.driftAt - s.wobbleAt);
    expect(Math.min(...gaps)).toBe(lo);
    expect(Math.max(...gaps)).toBe(hi);
    const mean = gaps.reduce((a, b) => a + b) / gaps.length;
    expect(mean).toBeCloseTo((lo + hi) / 2, 0);
    const firstHalf = gaps.filter((g) => g <= (lo + hi) / 2).length / gaps.length;
    expect(firstHalf).toBeGreaterThan(0.45);
    expect(firstHalf).toBeLessThan(0.56);
  });

  it('puts blips at the rate asked for among the calm readings', () => {
    let calm = 0;
    let blips = 0;
    for (const s of data.sequences) {
      for (const e of s.events) {
        if (e.kind === 'blip') blips++;
        if (e.kind === 'blip' || e.kind === 'ok' || e.kind === 'stable') calm++;
      }
    }
    expect(blips / calm).toBeCloseTo(DEFAULT_PARAMS.blipRate, 2);
  });

  it('makes drift-only sequences differ from jams only by the missing wobble', () => {
    // Same drift lengths and no wobble; only short ones (below) may differ in where the drift starts.
    const drift = data.sequences.filter((s) => s.cls === 'driftOnly');
    const jam = data.sequences.filter((s) => s.cls === 'jam');
    const runs = (ss: typeof jam) => ss.map((s) => s.events.length - s.driftAt).sort();
    expect(new Set(runs(drift))).toEqual(new Set(runs(jam)));
    expect(drift.every((s) => s.events.every((e) => e.kind !== 'wobble'))).toBe(true);
  });

  it('draws lengths across the whole range, so the wobble comes at any distance from the start', () => {
    const Ts = data.sequences.map((s) => s.events.length);
    expect(Math.min(...Ts)).toBe(DEFAULT_PARAMS.length[0]);
    expect(Math.max(...Ts)).toBe(DEFAULT_PARAMS.length[1]);
    expect(Math.min(...data.sequences.filter((s) => s.cls === 'jam').map((s) => s.wobbleAt))).toBe(
      2,
    );
  });

  it('adds decoy drift runs before the wobble at the rate asked for, and they never jam', () => {
    const runsBefore = (s: (typeof data.sequences)[number]) =>
      s.events.slice(0, s.wobbleAt).filter((e) => e.kind === 'drift').length;
    const roomy = data.sequences.filter(
      (s) => s.wobbleAt >= DEFAULT_PARAMS.K + DEFAULT_PARAMS.driftExtra + 2,
    );
    const withDecoy = roomy.filter((s) => runsBefore(s) >= DEFAULT_PARAMS.K);
    expect(withDecoy.length / roomy.length).toBeCloseTo(DEFAULT_PARAMS.earlyDrift, 1);
    expect(withDecoy.filter((s) => s.cls === 'driftOnly').every((s) => s.label === 0)).toBe(true);
  });

  it('lets some drift-only sequences drift from the first reading, and never jam', () => {
    const early = data.sequences.filter((s) => s.cls === 'driftOnly' && s.driftAt <= 1);
    expect(early.length).toBeGreaterThan(10);
    expect(early.every((s) => s.label === 0 && s.wobbleAt === -1)).toBe(true);
  });

  it('keeps magnitudes in [0, 1] and encodes D = 6 inputs', () => {
    expect(D).toBe(6);
    for (const s of data.sequences.slice(0, 200)) {
      for (const e of s.events) {
        expect(e.magnitude).toBeGreaterThanOrEqual(0);
        expect(e.magnitude).toBeLessThanOrEqual(1);
      }
    }
    expect(Array.from(encodeEvent({ kind: 'drift', magnitude: 0.4 }))).toEqual([
      0, 0, 0, 1, 0, 0.4,
    ]);
  });
});

describe('blips never change a label', () => {
  it('turning any calm reading into a blip leaves every label as it was', () => {
    const rng = createRng(5);
    for (const s of data.sequences.slice(0, 500)) {
      const noisy: ScanEvent[] = s.events.map((e) =>
        (e.kind === 'ok' || e.kind === 'stable') && rng.next() < 0.5
          ? { kind: 'blip', magnitude: 0.2 }
          : e,
      );
      expect(jams(noisy, DEFAULT_PARAMS.K)).toBe(s.label === 1);
    }
  });
});

describe('parameters', () => {
  it.each<[string, Partial<GeneratorParams>, RegExp]>([
    [
      'a length too short for the gaps',
      { length: [10, 20] },
      /length \[10, 20\] cannot hold gap ≤ 45/,
    ],
    ['a reversed gap range', { gap: [10, 5] }, /gap must be integers 1 ≤ min ≤ max/],
    ['K below 2', { K: 1 }, /K must be an integer ≥ 2/],
    ['a blip rate above 1', { blipRate: 2 }, /blipRate must be in \[0, 1\]/],
    ['a decoy rate below 0', { earlyDrift: -0.5 }, /earlyDrift must be in \[0, 1\]/],
    [
      'all-zero balance',
      { balance: { jam: 0, driftOnly: 0, wobbleOnly: 0, calm: 0 } },
      /balance weights/,
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(() => checkParams({ ...DEFAULT_PARAMS, ...change })).toThrow(message);
  });

  it('a balance of only jams gives only jams', () => {
    const p = { ...DEFAULT_PARAMS, balance: { jam: 1, driftOnly: 0, wobbleOnly: 0, calm: 0 } };
    const rng = createRng(1);
    for (let k = 0; k < 100; k++) expect(generateSequence(p, rng).label).toBe(1);
  });
});
