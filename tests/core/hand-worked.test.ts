/**
 * One tiny case per kind, worked by hand (D = H = 1), so a reader can follow every number; and
 * running step by step (each run's final state fed as the next run's initial state) equals one
 * unrolled run.
 */
import { describe, expect, it } from 'vitest';
import { makeCell, runForward, type Cell, type LstmCell, CELL_KINDS } from '../../src/core';
import { randomCase } from './helpers';

/** A D = H = 1 cell with the named scalars set and every other parameter 0. */
function scalarCell(kind: Cell['kind'], values: Record<string, number>): Cell {
  const cell = makeCell(kind, 1, 1);
  const p = cell.p as unknown as Record<string, { data: Float64Array } | Float64Array>;
  for (const [name, v] of Object.entries(values)) {
    const slot = p[name];
    (slot instanceof Float64Array ? slot : slot.data)[0] = v;
  }
  return cell;
}

describe('worked by hand', () => {
  it('LSTM: x = 1, h0 = 0, c0 = 0.5, W_ii = W_ig = 1, everything else 0', () => {
    const cell = scalarCell('lstm', { W_ii: 1, W_ig: 1 }) as LstmCell;
    const tr = runForward(cell, [[1]], { c0: [0.5] });
    if (tr.kind !== 'lstm') throw new Error('expected an LSTM trace');
    // i = σ(1) = 0.7310585786300049; f = σ(0) = 0.5; g = tanh(1) = 0.7615941559557649; o = σ(0) = 0.5
    expect(tr.gates.i[0][0]).toBeCloseTo(0.7310585786300049, 15);
    expect(tr.gates.f[0][0]).toBe(0.5);
    expect(tr.gates.g[0][0]).toBeCloseTo(0.7615941559557649, 15);
    expect(tr.gates.o[0][0]).toBe(0.5);
    // c = f·c0 + i·g = 0.25 + 0.7310585786300049 · 0.7615941559557649 = 0.8067699411459397
    expect(tr.cs[0][0]).toBeCloseTo(0.8067699411459397, 15);
    // h = o·tanh(c) = 0.5 · 0.6678045452948174 = 0.3339022726474087
    expect(tr.hs[0][0]).toBeCloseTo(0.3339022726474087, 15);
  });

  it('LSTM with the forget gate forced to 0 drops the old cell: c = i·g', () => {
    const cell = scalarCell('lstm', { W_ii: 1, W_ig: 1 });
    const tr = runForward(cell, [[1]], { c0: [0.5], overrides: [{ gate: 'f', value: 0 }] });
    if (tr.kind !== 'lstm') throw new Error('expected an LSTM trace');
    expect(tr.gates.f[0][0]).toBe(0);
    expect(tr.pre.f[0][0]).toBe(0); // the learned pre-activation is still there to show
    expect(tr.cs[0][0]).toBeCloseTo(0.7310585786300049 * 0.7615941559557649, 15);
  });

  it('GRU: x = 1, h0 = 1, W_ir = W_in = W_hn = 1, b_hn = 0.5, everything else 0', () => {
    const cell = scalarCell('gru', { W_ir: 1, W_in: 1, W_hn: 1, b_hn: 0.5 });
    const tr = runForward(cell, [[1]], { h0: [1] });
    if (tr.kind !== 'gru') throw new Error('expected a GRU trace');
    // r = σ(1) = 0.7310585786300049; z = σ(0) = 0.5
    expect(tr.gates.r[0][0]).toBeCloseTo(0.7310585786300049, 15);
    expect(tr.gates.z[0][0]).toBe(0.5);
    // reset after the product: n = tanh(W_in·x + b_in + r·(W_hn·h0 + b_hn)) = tanh(1 + r·1.5)
    //   = tanh(2.0965878679450074) = 0.9702526126668297 (Keras's placement would give tanh(1 + r))
    expect(tr.pre.n[0][0]).toBeCloseTo(2.0965878679450074, 15);
    expect(tr.gates.n[0][0]).toBeCloseTo(0.9702526126668297, 15);
    // h = (1 − z)·n + z·h0 = 0.5 · 0.9702526126668297 + 0.5 = 0.9851263063334148
    expect(tr.hs[0][0]).toBeCloseTo(0.9851263063334148, 15);
  });

  it('GRU with the update gate forced to 1 keeps h0 unchanged', () => {
    const cell = scalarCell('gru', { W_ir: 1, W_in: 1, W_hn: 1, b_hn: 0.5 });
    const tr = runForward(cell, [[1], [-2], [3]], {
      h0: [0.25],
      overrides: [{ gate: 'z', value: 1 }],
    });
    expect(tr.hs.map((h) => h[0])).toEqual([0.25, 0.25, 0.25]);
  });

  it('RNN: two steps, W_ih = 0.5, W_hh = −1, b_ih = 0.1, b_hh = 0.2, h0 = 0.3, xs = 2, −1', () => {
    const cell = scalarCell('rnn', { W_ih: 0.5, W_hh: -1, b_ih: 0.1, b_hh: 0.2 });
    const tr = runForward(cell, [[2], [-1]], { h0: [0.3] });
    if (tr.kind !== 'rnn') throw new Error('expected an RNN trace');
    // h_0 = tanh(0.5·2 + 0.1 − 1·0.3 + 0.2) = tanh(1) = 0.7615941559557649
    expect(tr.hs[0][0]).toBeCloseTo(0.7615941559557649, 15);
    // h_1 = tanh(0.5·(−1) + 0.1 − 0.7615941559557649 + 0.2) = tanh(−0.9615941559557648)
    expect(tr.pre.h[1][0]).toBeCloseTo(-0.9615941559557648, 15);
    expect(tr.hs[1][0]).toBeCloseTo(-0.7449871004375738, 15);
  });
});

describe.each(CELL_KINDS)('%s step by step', (kind) => {
  it('equals the unrolled run', () => {
    const c = randomCase(kind, 4, 5, 9, 3);
    const whole = runForward(c.cell, c.xs, { h0: c.h0, c0: c.c0 });
    let h: Float64Array = c.h0;
    let cState = c.c0;
    c.xs.forEach((x, t) => {
      const one = runForward(c.cell, [x], { h0: h, c0: cState });
      expect(Array.from(one.hs[0])).toEqual(Array.from(whole.hs[t]));
      h = one.hs[0];
      const [oneC, wholeC] = [one.states.c, whole.states.c];
      if (oneC && wholeC) {
        expect(Array.from(oneC.at[0])).toEqual(Array.from(wholeC.at[t]));
        cState = oneC.at[0];
      }
    });
  });
});
