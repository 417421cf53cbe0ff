/**
 * A pure, seeded generator of labelled scanner sequences (DESIGN §3).
 *
 * A jam sequence: at least two calm readings, a wobble, calm readings for `gap` steps, then a drift
 * run of K … K + driftExtra readings to the end; its length T is drawn from the length range (as
 * far as the gap and the run leave room), so the wobble may come at any distance from the start. The other classes change only
 * what the rule looks at: drift-only replaces the wobble by a calm reading; wobble-only ends calm or
 * in a drift run too short to jam; calm has neither. Calm readings are ok or stable, or a blip with
 * probability blipRate, drawn the same way in every class and at every position. A drift-only
 * sequence may also be shorter, its drift starting right away (a jam needs room for the wobble
 * and the gap first); otherwise only the wobble tells a jam from a drift-only sequence.
 */
import { createRng, type Rng } from '../core';
import { encodeSequence, type EventKind, type ScanEvent } from './events';
import { jams } from './label';

/** The classes of sequence the generator draws, by what they contain. */
export type SequenceClass = 'jam' | 'driftOnly' | 'wobbleOnly' | 'calm';

export interface GeneratorParams {
  /** readings per sequence, drawn uniformly from [min, max] where the gap and drift run fit */
  length: readonly [min: number, max: number];
  /** steps from the wobble to the first drift reading, drawn uniformly from [min, max] */
  gap: readonly [min: number, max: number];
  /** the shortest drift run that jams */
  K: number;
  /** drift runs that jam are K … K + driftExtra readings long */
  driftExtra: number;
  /** probability that a calm reading is a blip */
  blipRate: number;
  /**
   * probability of a decoy drift run before the wobble's place (where the lead leaves room):
   * drift that comes first never jams, so the model must remember the order, not just the events
   */
  earlyDrift: number;
  /** relative frequency of each class */
  balance: Readonly<Record<SequenceClass, number>>;
}

export const DEFAULT_PARAMS: GeneratorParams = {
  length: [4, 60],
  gap: [5, 45],
  K: 4,
  driftExtra: 2,
  blipRate: 0.1,
  earlyDrift: 0.3,
  balance: { jam: 0.3, driftOnly: 0.5, wobbleOnly: 0.1, calm: 0.1 },
};

/** A generated sequence with its label and how it was made. */
export interface LabelledSequence {
  events: ScanEvent[];
  /** 1 when the package jams at the end */
  label: 0 | 1;
  cls: SequenceClass;
  /** where the wobble is (or would be, for drift-only; −1 if before the start), and where the drift run starts (or −1) */
  wobbleAt: number;
  driftAt: number;
}

/** Calm readings before the wobble, at least. */
const LEAD = 2;

/** Throws an Error naming the first parameter that cannot work. */
export function checkParams(p: GeneratorParams): void {
  const [lo, hi] = p.gap;
  const int = (n: number) => Number.isInteger(n);
  if (!int(p.K) || p.K < 2) throw new Error(`generator: K must be an integer ≥ 2, got ${p.K}`);
  if (!int(lo) || !int(hi) || lo < 1 || hi < lo) {
    throw new Error(`generator: gap must be integers 1 ≤ min ≤ max, got [${lo}, ${hi}]`);
  }
  if (!int(p.driftExtra) || p.driftExtra < 0)
    throw new Error(`generator: driftExtra must be an integer ≥ 0`);
  const need = hi + p.K + p.driftExtra + LEAD;
  const [tMin, tMax] = p.length;
  if (!int(tMin) || !int(tMax) || tMin < 1 || tMax < tMin || tMax < need) {
    throw new Error(
      `generator: length [${tMin}, ${tMax}] cannot hold gap ≤ ${hi} and drift runs up to ${p.K + p.driftExtra}; need a max ≥ ${need}`,
    );
  }
  if (!(p.blipRate >= 0 && p.blipRate <= 1))
    throw new Error(`generator: blipRate must be in [0, 1]`);
  if (!(p.earlyDrift >= 0 && p.earlyDrift <= 1))
    throw new Error('generator: earlyDrift must be in [0, 1]');
  const weights = Object.values(p.balance);
  if (weights.some((w) => !(w >= 0)) || !(weights.reduce((a, b) => a + b, 0) > 0)) {
    throw new Error('generator: balance weights must be ≥ 0 and not all 0');
  }
}

const between = (rng: Rng, lo: number, hi: number) => lo + rng.int(hi - lo + 1);

function pickClass(rng: Rng, balance: GeneratorParams['balance']): SequenceClass {
  const entries = Object.entries(balance) as [SequenceClass, number][];
  let u = rng.next() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [cls, w] of entries) {
    u -= w;
    if (u < 0) return cls;
  }
  return entries[entries.length - 1][0];
}

function calm(rng: Rng, blipRate: number): ScanEvent {
  if (rng.next() < blipRate) return { kind: 'blip', magnitude: rng.uniform(0.1, 0.3) };
  const kind: EventKind = rng.next() < 0.5 ? 'ok' : 'stable';
  return { kind, magnitude: rng.uniform(0, kind === 'ok' ? 0.1 : 0.05) };
}

/** Drift readings whose offset grows from about 0.2 to 0.8 over the run. */
function drift(rng: Rng, k: number, L: number): ScanEvent {
  const m = 0.2 + (0.6 * k) / Math.max(1, L - 1) + rng.uniform(-0.05, 0.05);
  return { kind: 'drift', magnitude: Math.min(1, Math.max(0, m)) };
}

/** One labelled sequence drawn with rng. */
export function generateSequence(p: GeneratorParams, rng: Rng): LabelledSequence {
  const cls = pickClass(rng, p.balance);
  const long = between(rng, p.K, p.K + p.driftExtra);
  const short = between(rng, 1, p.K - 1);
  const L =
    cls === 'jam' || cls === 'driftOnly'
      ? long
      : cls === 'wobbleOnly' && rng.next() < 0.5
        ? short
        : 0;
  const gap = between(rng, p.gap[0], p.gap[1]);
  const span = Math.max(L, p.K); // the same wobble placement whatever the class
  // A drift-only sequence reserves no room for the wobble it never has: its drift may come
  // straight from the start, so drift with nothing remembered before it must read as "no jam".
  // (Without such examples an LSTM can learn to charge a "no wobble yet" memory from the start
  // and let a wobble wipe it — then a forced-open forget gate looks like a wobble.)
  const room = cls === 'driftOnly' ? span : gap + span + LEAD;
  const T = between(rng, Math.max(p.length[0], room), p.length[1]);
  const driftAt = T - span;
  const wobbleAt = driftAt - gap;
  const hasWobble = cls === 'jam' || cls === 'wobbleOnly';
  const events = Array.from({ length: T }, (_, t): ScanEvent => {
    if (t === wobbleAt && hasWobble) return { kind: 'wobble', magnitude: rng.uniform(0.6, 1) };
    if (t >= T - L) return drift(rng, t - (T - L), L);
    return calm(rng, p.blipRate);
  });
  const decoy = between(rng, p.K, p.K + p.driftExtra);
  if (rng.next() < p.earlyDrift && wobbleAt >= decoy + 2) {
    const at = between(rng, 1, wobbleAt - decoy - 1);
    for (let k = 0; k < decoy; k++) events[at + k] = drift(rng, k, decoy);
  }
  const label = jams(events, p.K) ? 1 : 0;
  return { events, label, cls, wobbleAt: Math.max(-1, wobbleAt), driftAt: L > 0 ? T - L : -1 };
}

/** A dataset of n sequences, fixed by the seed, with the encoded inputs ready for the core. */
export interface Dataset {
  params: GeneratorParams;
  seed: number;
  sequences: LabelledSequence[];
  xs: Float64Array[][];
  ys: number[];
}

export function generateDataset(p: GeneratorParams, n: number, seed: number): Dataset {
  checkParams(p);
  const rng = createRng(seed);
  const sequences = Array.from({ length: n }, () => generateSequence(p, rng));
  return {
    params: p,
    seed,
    sequences,
    xs: sequences.map((s) => encodeSequence(s.events)),
    ys: sequences.map((s) => s.label),
  };
}
