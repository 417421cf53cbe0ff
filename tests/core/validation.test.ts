/** Invalid input throws an Error that says what is wrong; nothing returns NaN silently. */
import { describe, expect, it } from 'vitest';
import {
  CELL_KINDS,
  cellSpec,
  createRng,
  initCell,
  runBackward,
  runForward,
  type GateOverride,
  type Vector,
} from '../../src/core';

const lstm = initCell('lstm', 2, 3, createRng(1));
const gru = initCell('gru', 2, 3, createRng(2));
const rnn = initCell('rnn', 2, 3, createRng(3));
const xs = [
  [1, 0],
  [0, 1],
];

describe('runForward refuses bad inputs', () => {
  it.each([
    ['no steps', [], /non-empty array/],
    ['a short input vector', [[1, 0], [1]], /xs\[1\]: expected length 2, got 1/],
    ['NaN in an input', [[1, NaN]], /xs\[0\]\[1\]: expected a finite number, got NaN/],
    ['Infinity in an input', [[Infinity, 0]], /xs\[0\]\[0\]: expected a finite number/],
    ['a string in an input', [['1', 0]], /xs\[0\]\[0\]: expected a finite number, got 1/],
    ['a non-array step', [3], /xs\[0\]: expected an array of 2 numbers/],
  ])('%s', (_name, bad, message) => {
    expect(() => runForward(lstm, bad as Vector[])).toThrow(message);
  });

  it('h0 and c0 of the wrong size or not finite', () => {
    expect(() => runForward(lstm, xs, { h0: [0, 0] })).toThrow(/h0: expected length 3, got 2/);
    expect(() => runForward(lstm, xs, { c0: [0, NaN, 0] })).toThrow(
      /c0\[1\]: expected a finite number/,
    );
  });

  it('c0 for a cell without a cell state', () => {
    expect(() => runForward(gru, xs, { c0: [0, 0, 0] })).toThrow(
      /c0: a gru cell has no cell state/,
    );
  });

  it('weights so large that float64 overflows', () => {
    const huge = initCell('rnn', 2, 3, createRng(4));
    huge.theta.fill(1e308);
    huge.p.W_ih.data[0] = -1e308;
    // b_ih + b_hh = +∞ and W_ih·x = −∞ for unit 0: their sum is NaN
    expect(() => runForward(huge, [[10, 10]])).toThrow(
      /h\[0\]\[0\] is NaN: the computation overflowed float64/,
    );
  });

  it('pre-activations of ±∞ that σ and tanh would hide, naming the gate, step and unit', () => {
    for (const kind of CELL_KINDS) {
      const huge = initCell(kind, 2, 3, createRng(5));
      huge.theta.fill(1e308);
      // every state stays finite (σ(∞) = 1, tanh(∞) = 1): only the pre-activations say it overflowed
      const block = cellSpec(kind).blocks[0];
      expect(() => runForward(huge, [[1, 1]]), kind).toThrow(
        new RegExp(
          `^pre-activation ${block}\\[0\\]\\[0\\] is Infinity: the computation overflowed`,
        ),
      );
    }
  });
});

describe('overrides are validated', () => {
  const cases: [string, typeof lstm | typeof gru | typeof rnn, unknown, RegExp][] = [
    ['an unknown gate', lstm, { gate: 'q', value: 0 }, /unknown gate "q"/],
    ['a candidate, not a gate', lstm, { gate: 'g', value: 0 }, /unknown gate "g"/],
    [
      'a GRU gate on an LSTM',
      lstm,
      { gate: 'z', value: 0 },
      /a lstm cell has no gate 'z' \(its gates: i, f, o\)/,
    ],
    [
      'an LSTM gate on a GRU',
      gru,
      { gate: 'f', value: 0 },
      /a gru cell has no gate 'f' \(its gates: r, z\)/,
    ],
    [
      'any gate on an RNN',
      rnn,
      { gate: 'f', value: 1 },
      /a rnn cell has no gate 'f' \(its gates: none\)/,
    ],
    [
      'a value above 1',
      lstm,
      { gate: 'f', value: 1.5 },
      /value must be a number in \[0, 1\], got 1.5/,
    ],
    ['a negative value', lstm, { gate: 'f', value: -0.1 }, /value must be a number in \[0, 1\]/],
    ['a NaN value', gru, { gate: 'z', value: NaN }, /value must be a number in \[0, 1\], got NaN/],
    ['a unit out of range', lstm, { gate: 'f', value: 0, units: [3] }, /unit 3 is not in 0…2/],
    ['a fractional unit', lstm, { gate: 'f', value: 0, units: [0.5] }, /unit 0.5 is not in 0…2/],
    [
      'a negative start',
      lstm,
      { gate: 'i', value: 0, from: -1 },
      /from must be a step index ≥ 0, got -1/,
    ],
    [
      'a range backwards',
      gru,
      { gate: 'r', value: 0, from: 3, to: 1 },
      /from \(3\) is after to \(1\)/,
    ],
  ];
  it.each(cases)('%s', (_name, cell, override, message) => {
    expect(() => runForward(cell, xs, { overrides: [override as GateOverride] })).toThrow(message);
  });

  it('a range past the end of the sequence covers the steps that exist', () => {
    const tr = runForward(lstm, xs, { overrides: [{ gate: 'f', value: 0, from: 1, to: 50 }] });
    expect(tr.gates.f[1].every((v) => v === 0)).toBe(true);
    expect(tr.gates.f[0].some((v) => v === 0)).toBe(false);
  });

  it('later overrides win where they overlap', () => {
    const tr = runForward(gru, xs, {
      overrides: [
        { gate: 'z', value: 1 },
        { gate: 'z', value: 0.25, units: [1], from: 1 },
      ],
    });
    expect(Array.from(tr.gates.z[0])).toEqual([1, 1, 1]);
    expect(Array.from(tr.gates.z[1])).toEqual([1, 0.25, 1]);
  });
});

describe('runBackward refuses bad gradients', () => {
  const tr = runForward(lstm, xs);
  it('the wrong number of steps', () => {
    expect(() => runBackward(lstm, tr, [[0, 0, 0]])).toThrow(/one vector per step \(2\), got 1/);
  });
  it('a wrong-sized or non-finite dh', () => {
    expect(() =>
      runBackward(lstm, tr, [
        [0, 0],
        [0, 0, 0],
      ]),
    ).toThrow(/dhs\[0\]: expected length 3, got 2/);
    expect(() =>
      runBackward(lstm, tr, [
        [0, 0, 0],
        [0, Infinity, 0],
      ]),
    ).toThrow(/dhs\[1\]\[1\]/);
  });
  it('a trace from another cell', () => {
    expect(() =>
      runBackward(gru, tr, [
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toThrow(/trace is for lstm/);
  });
});
