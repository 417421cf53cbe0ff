/** The seeded generator: reproducible, seed-sensitive and uniform enough for initialisation. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core';

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws uniforms in [0, 1) with mean ½ and variance 1/12', () => {
    const rng = createRng(123);
    const u = Array.from({ length: 100_000 }, rng.next);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((a, b) => a + b) / u.length;
    const variance = u.reduce((a, b) => a + (b - mean) ** 2, 0) / u.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('draws normals with mean 0 and variance 1, and integers in range', () => {
    const rng = createRng(5);
    const z = Array.from({ length: 100_000 }, rng.normal);
    const mean = z.reduce((a, b) => a + b) / z.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(z.reduce((a, b) => a + b * b, 0) / z.length).toBeCloseTo(1, 1);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(6)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses a non-integer seed', () => {
    expect(() => createRng(0.5)).toThrow(/seed must be an integer/);
  });
});
