/** The model: readout, final-step cross-entropy and their gradients; workspaces shared across lengths. */
import { describe, expect, it } from 'vitest';
import {
  accumulateLossGrad,
  allocWorkspace,
  bceFromLogit,
  createRng,
  initModel,
  jamRisk,
  runForward,
  workspaceGrads,
  zeroGrads,
  type Model,
  CELL_KINDS,
} from '../../src/core';
import { maxRelError } from './helpers';

const rng = createRng(3);
const seq = (T: number, D: number) =>
  Array.from({ length: T }, () => Float64Array.from({ length: D }, () => rng.normal()));

/** The final-step cross-entropy of the model on xs against y, forward only. */
function loss(model: Model, xs: Float64Array[], y: number): number {
  const ps = jamRisk(model.readout, runForward(model.cell, xs).hs);
  const p = ps[ps.length - 1];
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

describe.each(CELL_KINDS)('%s model', (kind) => {
  const model = initModel(kind, 3, 4, createRng(11));
  for (let n = 0; n < model.cell.theta.length; n++) model.cell.theta[n] *= 2;
  const xs = seq(6, 3);

  it('gives the loss and its gradient for θ, w and b (five-point central differences)', () => {
    const ws = allocWorkspace(model, 6);
    zeroGrads(ws);
    const L = accumulateLossGrad(model, ws, xs, 1);
    expect(L).toBeCloseTo(loss(model, xs, 1), 12);
    const [params, grads] = [
      [model.cell.theta, model.readout.w, model.readout.b],
      workspaceGrads(ws),
    ];
    params.forEach((arr, k) => {
      const numeric = Float64Array.from(arr, (_, n) => {
        const keep = arr[n];
        const at = (d: number) => ((arr[n] = keep + d), loss(model, xs, 1));
        const h = 1e-4;
        const g = (8 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12 * h);
        arr[n] = keep;
        return g;
      });
      expect(maxRelError(grads[k], numeric)).toBeLessThan(1e-6);
    });
  });

  it('adds sequences of different lengths into one gradient through shared workspaces', () => {
    const [a, b] = [seq(4, 3), seq(9, 3)];
    const one = (x: Float64Array[], y: number) => {
      const ws = allocWorkspace(model, x.length);
      zeroGrads(ws);
      accumulateLossGrad(model, ws, x, y);
      return workspaceGrads(ws).map((g) => g.slice());
    };
    const [ga, gb] = [one(a, 1), one(b, 0)];
    const wsA = allocWorkspace(model, 4);
    const wsB = allocWorkspace(model, 9, wsA);
    zeroGrads(wsA);
    accumulateLossGrad(model, wsA, a, 1);
    accumulateLossGrad(model, wsB, b, 0);
    workspaceGrads(wsA).forEach((g, k) => {
      expect(
        maxRelError(
          g,
          ga[k].map((v, n) => v + gb[k][n]),
        ),
      ).toBeLessThan(1e-12);
    });
  });
});

describe('bceFromLogit', () => {
  it('equals −[y log σ(a) + (1 − y) log(1 − σ(a))] and stays finite for huge logits', () => {
    const s = (a: number) => 1 / (1 + Math.exp(-a));
    expect(bceFromLogit(0.3, 1)).toBeCloseTo(-Math.log(s(0.3)), 14);
    expect(bceFromLogit(-2, 0)).toBeCloseTo(-Math.log(1 - s(-2)), 14);
    expect(bceFromLogit(800, 0)).toBeCloseTo(800, 10);
    expect(bceFromLogit(-800, 1)).toBeCloseTo(800, 10);
    expect(bceFromLogit(800, 1)).toBe(0);
  });
});
