/** PyTorch's default init and the optional forget-gate bias. */
import { describe, expect, it } from 'vitest';
import { createRng, initCell, initModel, CELL_KINDS } from '../../src/core';

describe('initCell', () => {
  it.each(CELL_KINDS)('%s draws every parameter from U(−1/√H, 1/√H)', (kind) => {
    const H = 16;
    const cell = initCell(kind, 8, H, createRng(9));
    const k = 1 / Math.sqrt(H);
    expect(Math.max(...cell.theta)).toBeLessThanOrEqual(k);
    expect(Math.min(...cell.theta)).toBeGreaterThanOrEqual(-k);
    // spread over the whole interval: the extremes come within 5% of ±k
    expect(Math.max(...cell.theta)).toBeGreaterThan(0.95 * k);
    expect(Math.min(...cell.theta)).toBeLessThan(-0.95 * k);
  });

  it('sets b_if to the forget bias and b_hf to 0 when asked', () => {
    const cell = initCell('lstm', 3, 4, createRng(1), { forgetBias: 1 });
    expect(Array.from(cell.p.b_if)).toEqual([1, 1, 1, 1]);
    expect(Array.from(cell.p.b_hf)).toEqual([0, 0, 0, 0]);
    expect(cell.p.b_ii.some((b) => b !== 0 && b !== 1)).toBe(true);
  });

  it('is reproducible from the seed, readout included', () => {
    const a = initModel('gru', 3, 4, createRng(11));
    const b = initModel('gru', 3, 4, createRng(11));
    expect(Array.from(a.cell.theta)).toEqual(Array.from(b.cell.theta));
    expect(Array.from(a.readout.w)).toEqual(Array.from(b.readout.w));
  });
});
