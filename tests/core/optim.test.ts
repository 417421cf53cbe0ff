/** Optimisers against their published updates on hand-computed cases; gradient clipping. */
import { describe, expect, it } from 'vitest';
import { adamStep, clipGradNorm, optimizerState, sgdStep } from '../../src/core';

const GRADS = [Float64Array.of(0.5, -0.1), Float64Array.of(0.2, 0.3)];

describe('adamStep', () => {
  it('follows Kingma & Ba (torch.optim.Adam) for two steps, lr = 0.1, β = (0.9, 0.999), ε = 1e-8', () => {
    const theta = Float64Array.of(1, -2);
    const state = optimizerState([theta]);
    // step 1: m = 0.1·g, v = 0.001·g², so m̂ = g and v̂ = g²: θ −= 0.1·g / (|g| + 1e-8)
    adamStep([theta], [GRADS[0]], state, { lr: 0.1 });
    expect(theta[0]).toBeCloseTo(0.900000002, 14);
    expect(theta[1]).toBeCloseTo(-1.90000001, 14);
    // step 2, g = (0.2, 0.3): m = 0.9·m + 0.1·g = (0.065, 0.021); v = 0.999·v + 0.001·g²
    //   = (2.8975e-4, 9.999e-5); θ −= 0.1·(m / 0.19) / (√(v / 0.001999) + 1e-8)
    adamStep([theta], [GRADS[1]], state, { lr: 0.1 });
    expect(state.m[0][0]).toBeCloseTo(0.065, 15);
    expect(state.v[0][1]).toBeCloseTo(9.999e-5, 15);
    expect(theta[0]).toBeCloseTo(0.8101424839029282, 14);
    expect(theta[1]).toBeCloseTo(-1.9494189911200654, 14);
    expect(state.t).toBe(2);
  });

  it('updates several tensors independently', () => {
    const a = Float64Array.of(1);
    const b = Float64Array.of(-2);
    const state = optimizerState([a, b]);
    adamStep([a, b], [Float64Array.of(0.5), Float64Array.of(-0.1)], state, { lr: 0.1 });
    expect([a[0], b[0]]).toEqual([1 - (0.1 * 0.5) / (0.5 + 1e-8), -2 + (0.1 * 0.1) / (0.1 + 1e-8)]);
  });
});

describe('sgdStep', () => {
  it('plain SGD: θ −= lr·g', () => {
    const theta = Float64Array.of(1, -2);
    sgdStep([theta], [GRADS[0]], optimizerState([theta]), { lr: 0.1 });
    expect(Array.from(theta)).toEqual([0.95, -1.99]);
  });

  it('momentum as torch.optim.SGD: buf = g, then buf = μ·buf + g', () => {
    const theta = Float64Array.of(1, -2);
    const state = optimizerState([theta]);
    sgdStep([theta], [GRADS[0]], state, { lr: 0.1, momentum: 0.9 });
    sgdStep([theta], [GRADS[1]], state, { lr: 0.1, momentum: 0.9 });
    // buf = 0.9·(0.5, −0.1) + (0.2, 0.3) = (0.65, 0.21); θ = (0.95, −1.99) − 0.1·buf
    expect(theta[0]).toBeCloseTo(0.885, 15);
    expect(theta[1]).toBeCloseTo(-2.011, 15);
  });
});

describe('clipGradNorm', () => {
  it('scales the global norm down to maxNorm across tensors and returns the norm before', () => {
    const g = [Float64Array.of(3, 0), Float64Array.of(0, 4)]; // global norm 5
    expect(clipGradNorm(g, 1)).toBe(5);
    const after = Math.hypot(...g[0], ...g[1]);
    expect(after).toBeCloseTo(1, 6);
    expect(g[0][0] / g[1][1]).toBeCloseTo(3 / 4, 15); // direction kept
  });

  it('leaves gradients under the limit alone', () => {
    const g = [Float64Array.of(0.3, 0.4)];
    expect(clipGradNorm(g, 1)).toBeCloseTo(0.5, 15);
    expect(Array.from(g[0])).toEqual([0.3, 0.4]);
  });

  it('reports a non-finite norm without touching the gradients', () => {
    const g = [Float64Array.of(NaN, 1)];
    expect(clipGradNorm(g, 1)).toBeNaN();
    expect(g[0][1]).toBe(1);
  });
});
