/** The design comparison's rows (the core's counts, the run's measurements) and the sentence. */
import { describe, expect, it } from 'vitest';
import { CELL_KINDS, paramCount } from '../../src/core';
import type { RunView } from '../../src/state/slices/training';
import { designRows, readDesigns } from '../../src/ui/training/compare';

const run = (ms: number, accuracy: number, curve: [number, number][]): RunView => ({
  status: 'done', step: 800, updates: 800, ms, accuracy,
  curve: curve.map(([step, acc]) => ({ step, loss: 0.1, accuracy: acc })),
}); // prettier-ignore
const idle: RunView = { status: 'idle', step: 0, updates: 0, curve: [] };

describe('designRows and readDesigns', () => {
  const runs = {
    rnn: run(400, 0.62, [
      [100, 0.5],
      [800, 0.62],
    ]),
    lstm: run(1920, 0.99, [
      [100, 0.7],
      [300, 0.95],
      [800, 0.99],
    ]),
    gru: run(1440, 0.985, [
      [100, 0.96],
      [800, 0.985],
    ]),
    mgu: run(960, 0.9, [
      [100, 0.8],
      [800, 0.9],
    ]),
  };

  it('counts parameters and multiply-adds in the core, and reads time, accuracy, updates to 95%', () => {
    const rows = designRows(8, runs);
    expect(rows.map((r) => r.design)).toEqual(CELL_KINDS);
    expect(rows.map((r) => r.params)).toEqual(CELL_KINDS.map((k) => paramCount(k, 6, 8)));
    expect(rows.map((r) => r.macs)).toEqual([8 * 14, 4 * 8 * 14, 3 * 8 * 14, 2 * 8 * 14]);
    expect(rows.map((r) => [r.msPerUpdate, r.accuracy, r.updatesToLearn])).toEqual([
      [0.5, 0.62, null],
      [2.4, 0.99, 300],
      [1.8, 0.985, 100],
      [1.2, 0.9, null],
    ]);
  });

  it('says what the richest design costs over the simplest and what it buys at this gap', () => {
    expect(readDesigns(designRows(8, runs), 20)).toBe(
      'The LSTM has 4× the parameters of the Vanilla RNN (512 against 128) and does 4× its ' +
        'multiply-adds per step; in the last run an update took 2.4 ms against 0.5 ms. At gap 20, ' +
        'the LSTM reached 99% held-out and the Vanilla RNN 62%; the LSTM and the GRU reached 95%, ' +
        'the Vanilla RNN and the MGU did not.',
    );
    expect(readDesigns(designRows(16, { rnn: idle, lstm: idle, gru: idle, mgu: idle }), null)).toBe(
      'The LSTM has 4× the parameters of the Vanilla RNN (1,536 against 384) and does 4× its ' +
        'multiply-adds per step. Train to measure, in this browser, what that costs in time and ' +
        'buys in accuracy.',
    );
  });
});
