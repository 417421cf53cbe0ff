/**
 * Central-difference gradient checks in float64: every parameter, every input, h0 and c0, for all
 * kinds (CELL_KINDS), with and without gate overrides, over several random shapes.
 */
import { describe, expect, it } from 'vitest';
import {
  CELL_KINDS,
  FORCEABLE,
  runBackward,
  runForward,
  type CellKind,
  type GateOverride,
} from '../../src/core';
import { maxRelError, numericGrad, randomCase, type Case } from './helpers';

const TOL = 1e-6;

function numericOver(c: Case, arr: Float64Array): Float64Array {
  return Float64Array.from(arr, (_, k) => numericGrad(c, arr, k));
}

function check(c: Case) {
  const trace = runForward(c.cell, c.xs, { h0: c.h0, c0: c.c0, overrides: c.overrides });
  const g = runBackward(c.cell, trace, c.dhs);
  expect(maxRelError(g.dtheta, numericOver(c, c.cell.theta)), 'θ').toBeLessThan(TOL);
  c.xs.forEach((x, t) =>
    expect(maxRelError(g.dxs[t], numericOver(c, x)), `x_${t}`).toBeLessThan(TOL),
  );
  expect(maxRelError(g.dh0, numericOver(c, c.h0)), 'h0').toBeLessThan(TOL);
  if (c.c0 && 'dc0' in g) expect(maxRelError(g.dc0, numericOver(c, c.c0)), 'c0').toBeLessThan(TOL);
  return g;
}

const SHAPES: [D: number, H: number, T: number][] = [
  [1, 1, 1],
  [3, 2, 4],
  [5, 4, 7],
  [2, 6, 12],
];

/** Overrides on every gate the kind may force: on some units and steps, at 0, at 1 and between. */
const overridesOf = (kind: CellKind): GateOverride[] =>
  FORCEABLE[kind].map(
    (gate, k) =>
      [
        { gate, value: 0, units: [0], from: 1, to: 3 },
        { gate, value: 1, units: [1], from: 2 },
        { gate, value: 0.3, units: [1, 0], to: 0 },
      ][k % 3],
  );
const GATED = CELL_KINDS.filter((k) => FORCEABLE[k].length > 0);

describe.each(CELL_KINDS)('%s gradients', (kind) => {
  it.each(SHAPES)('match central differences at D=%i H=%i T=%i', (D, H, T) => {
    check(randomCase(kind, D, H, T, 100 * D + 10 * H + T));
  });
});

describe.each(GATED)('%s gradients under overrides', (kind) => {
  it('match central differences with gates forced on some units and steps', () => {
    for (const [D, H, T] of SHAPES.slice(1)) {
      const c = randomCase(kind, D, H, T, 7 * D + H + T);
      c.overrides = overridesOf(kind);
      check(c);
    }
  });

  it.each(FORCEABLE[kind])('pass no gradient into a unit of %s forced everywhere', (gate) => {
    const c = randomCase(kind, 3, 2, 5, 42);
    c.overrides = [{ gate, value: 0.5 }];
    const g = check(c);
    const dp = g.dp as unknown as Record<string, { data: Float64Array } | Float64Array>;
    for (const name of [`W_i${gate}`, `W_h${gate}`, `b_i${gate}`, `b_h${gate}`]) {
      const v = dp[name];
      const data = v instanceof Float64Array ? v : v.data;
      expect(
        data.every((x) => x === 0),
        name,
      ).toBe(true);
    }
  });
});
