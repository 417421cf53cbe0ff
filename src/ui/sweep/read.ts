/**
 * The sweep in words and in files: the sentence that says where each design broke (the panel and
 * the lesson quote it), and the results as CSV and as the CLI's JSON.
 */
import { csvFormat } from 'd3-dsv';
import { format } from 'd3-format';
import { DEFAULT_BUDGET, summarise, type RunResult } from '../../sim/experiment';
import { BROKEN, breakingGap, type GapBand } from '../../sim/sweep';
import type { Design } from '../../sim/variant';
import type { SweepRun } from '../../state/slices/sweep';
import { designName } from '../training/designs';

const pct = format('.0%');

/** "a", "a and b", "a, b and c". */
const andList = (xs: readonly string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/**
 * Where each design fell below 75% held-out, in the order of the gaps it fell at, and those that
 * held at every gap swept: "The Vanilla RNN fell below 75% at gap 20 and the MGU at gap 80; the
 * LSTM and the GRU held at every gap up to 80." Null before any gap has all its seeds.
 */
export function readBreaks(bands: readonly GapBand[], kinds: readonly string[]): string | null {
  const swept = kinds.filter((k) => bands.some((b) => b.kind === k));
  if (swept.length === 0) return null;
  const name = (k: string) => `the ${designName(k as Design)}`;
  const broke = swept
    .map((k) => ({ k, gap: breakingGap(bands, k) }))
    .filter((b): b is { k: string; gap: number } => b.gap !== null)
    .sort((a, b) => a.gap - b.gap);
  const held = swept.filter((k) => breakingGap(bands, k) === null);
  const top = Math.max(...bands.map((b) => b.gap));
  const fell = broke.map((b, i) => (i === 0 ? `${name(b.k)} fell below ${pct(BROKEN)} at gap ${b.gap}` : `${name(b.k)} at gap ${b.gap}`)); // prettier-ignore
  const kept = held.length ? `${andList(held.map(name))} held ${pct(BROKEN)} at every gap up to ${top}` : ''; // prettier-ignore
  const text = [fell.length ? andList(fell) : '', kept].filter(Boolean).join('; ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** The runs as CSV, one row a run (the curve as held-out accuracies joined by spaces). */
export const sweepCsv = (results: readonly RunResult[]): string =>
  csvFormat(results.map((r) => ({ ...r, curve: r.curve.join(' ') })));

/** The runs in the CLI's `--json` shape: results, summary and budget. */
export const sweepJson = (sweep: SweepRun): string =>
  JSON.stringify({
    results: sweep.results,
    summary: summarise([...sweep.results]),
    budget: DEFAULT_BUDGET,
    settings: sweep.settings,
  });
