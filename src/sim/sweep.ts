/**
 * The accuracy-by-gap sweep: every chosen design trained from scratch at each gap with each seed,
 * run by run as the experiment CLI runs them (runOne, the same budget), so the page and
 * `npm run experiment` give the same numbers for the same settings. Then, per design and gap, the
 * mean held-out accuracy over seeds with its range, and the gap at which each design breaks.
 */
import { CELL_KINDS } from '../core';
import { grid, type RunResult, type RunSpec } from './experiment';
import { parseVariant } from './variant';

export interface SweepSettings {
  /** designs: kinds, or kinds with a gate removed ("lstm-no-f") */
  kinds: readonly string[];
  gaps: readonly number[];
  seeds: number;
}

export const DEFAULT_SWEEP: SweepSettings = {
  kinds: CELL_KINDS,
  gaps: [5, 10, 20, 40, 80],
  seeds: 3,
};

/** The gaps and seeds the page offers (the CLI takes gaps up to 200 and seeds up to 20). */
export const SWEEP_LIMITS = { gap: { min: 1, max: 120 }, seeds: { min: 1, max: 5 }, gaps: 8 };

/** The accuracy under which a design counts as broken at a gap. */
export const BROKEN = 0.75;

/** Why settings cannot be swept, or null when they can. */
export function checkSweepSettings({ kinds, gaps, seeds }: SweepSettings): string | null {
  const { gap, seeds: s } = SWEEP_LIMITS;
  if (kinds.length === 0) return 'Pick at least one model to sweep.';
  const bad = kinds.find((k) => parseVariant(k) === null);
  if (bad !== undefined) return `There is no model "${bad}" to sweep.`;
  if (gaps.length === 0 || gaps.length > SWEEP_LIMITS.gaps)
    return `Give from 1 to ${SWEEP_LIMITS.gaps} gaps.`;
  if (gaps.some((g) => !Number.isInteger(g) || g < gap.min || g > gap.max))
    return `Each gap must be a whole number from ${gap.min} to ${gap.max}.`;
  if (!Number.isInteger(seeds) || seeds < s.min || seeds > s.max)
    return `Seeds must be a whole number from ${s.min} to ${s.max}.`;
  return null;
}

/** The runs of a sweep, in the CLI's order (gap, then seed, then design). */
export const sweepSpecs = ({ kinds, gaps, seeds }: SweepSettings): RunSpec[] =>
  grid(
    kinds,
    [...new Set(gaps)].sort((a, b) => a - b),
    seeds,
  );

/** The CLI command that runs the same sweep and prints the same numbers. */
export const sweepCommand = ({ kinds, gaps, seeds }: SweepSettings): string =>
  `npm run --silent experiment -- --kinds ${kinds.join(',')} --gaps ${[...new Set(gaps)].sort((a, b) => a - b).join(',')} --seeds ${seeds} --json`; // prettier-ignore

/** One design at one gap: held-out accuracy over the seeds run so far. */
export interface GapBand {
  kind: string;
  gap: number;
  mean: number;
  min: number;
  max: number;
  seeds: number;
}

/** Mean, worst and best held-out accuracy per design and gap, designs in `kinds`' order, gaps rising. */
export function gapBands(results: readonly RunResult[], kinds: readonly string[]): GapBand[] {
  return kinds.flatMap((kind) => {
    const gaps = [...new Set(results.filter((r) => r.kind === kind).map((r) => r.gap))];
    return gaps
      .sort((a, b) => a - b)
      .map((gap) => {
        const acc = results.filter((r) => r.kind === kind && r.gap === gap).map((r) => r.testAccuracy); // prettier-ignore
        return {
          kind,
          gap,
          mean: acc.reduce((a, x) => a + x, 0) / acc.length,
          min: Math.min(...acc),
          max: Math.max(...acc),
          seeds: acc.length,
        };
      });
  });
}

/** The first gap at which a design's mean fell below `bar`, or null if it held at every gap. */
export const breakingGap = (bands: readonly GapBand[], kind: string, bar = BROKEN): number | null =>
  bands.find((b) => b.kind === kind && b.mean < bar)?.gap ?? null;
