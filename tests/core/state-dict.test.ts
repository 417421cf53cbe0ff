/** PyTorch state dicts: the layout, the round trip, and every class of bad input refused clearly. */
import { describe, expect, it } from 'vitest';
import {
  cellFromStateDict,
  cellToStateDict,
  createRng,
  initCell,
  runBackward,
  runForward,
  type StateDict,
  CELL_KINDS,
  cellSpec,
  type CellKind,
  modelFromFile,
  modelToFile,
} from '../../src/core';
import { MODELS } from '../shipped';

const TORCH_BLOCKS: Readonly<Record<string, number>> = { RNN: 1, LSTM: 4, GRU: 3 };

describe.each(CELL_KINDS)('%s state dict', (kind) => {
  // PyTorch's block counts, stated independently of the registry; a kind PyTorch lacks uses its own
  const { torch, blocks } = cellSpec(kind);
  const G = torch ? TORCH_BLOCKS[torch] : blocks.length;
  const cell = initCell(kind, 3, 5, createRng(1));

  it('has PyTorch shapes [G·H, D], [G·H, H], [G·H], [G·H]', () => {
    const sd = cellToStateDict(cell);
    expect([sd.weight_ih_l0.length, sd.weight_ih_l0[0].length]).toEqual([G * 5, 3]);
    expect([sd.weight_hh_l0.length, sd.weight_hh_l0[0].length]).toEqual([G * 5, 5]);
    expect(sd.bias_ih_l0.length).toBe(G * 5);
    expect(sd.bias_hh_l0.length).toBe(G * 5);
  });

  it('round-trips exactly, through JSON too', () => {
    const sd = cellToStateDict(cell);
    const back = cellFromStateDict(kind, JSON.parse(JSON.stringify(sd)) as StateDict);
    expect(back.kind).toBe(kind);
    expect(Array.from(back.theta)).toEqual(Array.from(cell.theta));
  });

  it('takes gradient rows (Float64Array) as well as plain arrays', () => {
    const tr = runForward(cell, [[1, 2, 3]]);
    const g = runBackward(cell, tr, [[1, 0, 0, 0, 0]]);
    const fromGrads = cellFromStateDict(kind, g.params as unknown as StateDict);
    expect(Array.from(fromGrads.theta)).toEqual(Array.from(g.dtheta));
  });
});

describe('the gate blocks follow PyTorch order', () => {
  it('LSTM rows H…2H−1 of weight_ih_l0 are the forget gate', () => {
    const cell = initCell('lstm', 2, 3, createRng(2));
    const sd = cellToStateDict(cell);
    expect(sd.weight_ih_l0[3]).toEqual(Array.from(cell.p.W_if.data.subarray(0, 2)));
    expect(sd.bias_hh_l0.slice(9, 12)).toEqual(Array.from(cell.p.b_ho));
  });

  it('GRU rows 2H…3H−1 of weight_hh_l0 are the candidate n', () => {
    const cell = initCell('gru', 2, 3, createRng(3));
    const sd = cellToStateDict(cell);
    expect(sd.weight_hh_l0[6]).toEqual(Array.from(cell.p.W_hn.data.subarray(0, 3)));
  });
});

describe('bad state dicts are refused with a message naming what is wrong', () => {
  const good = () => cellToStateDict(initCell('lstm', 2, 3, createRng(4)));
  const refuse =
    (sd: unknown, kind: CellKind = 'lstm') =>
    () =>
      cellFromStateDict(kind, sd as StateDict);

  it.each([
    ['not an object', null, /expected an object/],
    [
      'a missing key',
      (() => {
        const s: Partial<StateDict> = good();
        delete s.bias_hh_l0;
        return s;
      })(),
      /missing key bias_hh_l0/,
    ],
    [
      'an extra key (two layers)',
      { ...good(), weight_ih_l1: [[0]] },
      /unexpected key "weight_ih_l1"/,
    ],
    [
      'NaN',
      (() => {
        const s = good();
        s.weight_hh_l0[2][1] = NaN;
        return s;
      })(),
      /weight_hh_l0\[2\]\[1\]: expected a number, got NaN/,
    ],
    [
      'Infinity',
      (() => {
        const s = good();
        s.bias_ih_l0[0] = Infinity;
        return s;
      })(),
      /bias_ih_l0\[0\]: expected a finite number/,
    ],
    [
      'a string',
      (() => {
        const s = good() as unknown as { bias_ih_l0: unknown[] };
        s.bias_ih_l0[1] = '0.5';
        return s;
      })(),
      /bias_ih_l0\[1\]: expected a number, got "0.5"/,
    ],
    [
      'a vector where a matrix belongs',
      { ...good(), weight_ih_l0: [1, 2] },
      /weight_ih_l0\[0\]: expected an array of numbers/,
    ],
    [
      'ragged rows',
      (() => {
        const s = good();
        s.weight_ih_l0[5] = [1];
        return s;
      })(),
      /weight_ih_l0 is ragged: row 5 has 1 columns, row 0 has 2/,
    ],
    [
      'too few rows',
      (() => {
        const s = good();
        s.weight_ih_l0.pop();
        return s;
      })(),
      /weight_ih_l0 has shape \[11, 2\]; expected \[12, 2\]/,
    ],
    [
      'a short bias',
      (() => {
        const s = good();
        s.bias_hh_l0.pop();
        return s;
      })(),
      /bias_hh_l0 has shape \[11\]; expected \[12\]/,
    ],
    [
      'empty weights',
      { ...good(), weight_hh_l0: [] },
      /weight_hh_l0 has shape \[0, 0\]; a cell needs H ≥ 1/,
    ],
  ])('%s', (_name, sd, message) => {
    expect(refuse(sd)).toThrow(message);
  });

  it('an LSTM state dict loaded as a GRU', () => {
    expect(refuse(good(), 'gru')).toThrow(
      /weight_hh_l0 has shape \[12, 3\]; expected \[9, 3\] \(3·H rows for gru/,
    );
  });

  it('an unknown kind', () => {
    expect(refuse(good(), 'transformer' as 'rnn')).toThrow(/unknown kind "transformer"/);
  });
});

describe('model files', () => {
  const file = () => modelToFile(MODELS.gru) as unknown as { readout: { weight: number[][] } };

  it('refuse a readout so large that w·h + b overflows (Σ|w| + |b| beyond float64)', () => {
    const huge = file();
    huge.readout.weight[0].fill(1e308);
    expect(() => modelFromFile(huge)).toThrow(/readout’s weights are so large that w·h \+ b overflows/); // prettier-ignore
    const large = file();
    large.readout.weight[0][0] = 1e300; // large, but every logit stays a float64
    expect(modelFromFile(large).model.readout.w[0]).toBe(1e300);
  });
});
