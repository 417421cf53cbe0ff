/** The minibatch rows of `npm run bench`: per-sample against batched, as markdown. */
import type { CellKind } from '../../src/core';
import { LENGTH_SPREAD } from './batch-case';
import { wrap } from './report';

/** One configuration's medians, ms per training step on B sequences. */
export interface BatchRow {
  readonly kind: CellKind;
  readonly D: number;
  readonly H: number;
  /** the longest sequence */
  readonly T: number;
  readonly B: number;
  readonly perSample: number;
  readonly batched: number;
  /** samples (rounds) behind each median */
  readonly rounds: number;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(2));

/** The section: what was timed, the table with the ratio per row. */
export function batchSection(rows: readonly BatchRow[]): string {
  if (rows.length === 0) return '';
  const [{ D, T, B }] = rows;
  const least = Math.min(...rows.map((r) => r.rounds));
  const most = Math.max(...rows.map((r) => r.rounds));
  const head =
    '| kind | H | per-sample ms | batched ms | per-sample/batched |\n|---|--:|--:|--:|--:|';
  const body = rows.map(
    (r) =>
      `| ${r.kind} | ${r.H} | ${ms(r.perSample)} | ${ms(r.batched)} | ${(r.perSample / r.batched).toFixed(2)}× |`,
  );
  return [
    wrap(
      `**Minibatches** (#16): one training step on B = ${B} sequences of ${T - LENGTH_SPREAD}–${T} ` +
        `steps (D = ${D}) — zeroGrads, every sequence's loss and gradients, adamStep — through the ` +
        `**per-sample** path (accumulateLossGrad on each sequence in turn: the trainer's path ` +
        `before #16, on today's kernels) and the **batched** path (accumulateBatchLossGrad: every per-step vector a ` +
        `[${B}, H] block, as the trainer runs now), checked equal before timing (they agree bit ` +
        `for bit); median ms per step, the two interleaved, ${least === most ? least : `${least}–${most}`} ` +
        `rounds per row.`,
    ),
    '',
    [head, ...body].join('\n'),
  ].join('\n');
}
