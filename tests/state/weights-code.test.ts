/** Trained weights in a link: float32, deflated, base64url — back to the same model to float32. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, initModel, type CellKind } from '../../src/core';
import { D } from '../../src/data';
import { packWeights, unpackWeights } from '../../src/state/weights-code';

const f32 = (a: Float64Array) => Array.from(a, Math.fround);

describe('weights in a link', () => {
  it.each([
    ['lstm', 8],
    ['gru', 32],
    ['rnn', 4],
  ] as [CellKind, number][])(
    'a %s with H = %i comes back to float32 precision',
    async (kind, H) => {
      const model = initModel(kind, D, H, createRng(3));
      const text = await packWeights(model);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      const back = await unpackWeights(kind, text);
      expect(back.cell.H).toBe(H);
      expect(Array.from(back.cell.theta)).toEqual(f32(model.cell.theta));
      expect(Array.from(back.readout.w)).toEqual(f32(model.readout.w));
      expect(Array.from(back.readout.b)).toEqual(f32(model.readout.b));
      if (H === 32) expect(text.length).toBeLessThan(40_000); // fits a link
    },
  );

  it('refuses weights of another kind, with a message', async () => {
    const text = await packWeights(initModel('gru', D, 8, createRng(1)));
    await expect(unpackWeights('lstm', text)).rejects.toThrow(/not the weights of any lstm/);
  });

  it('refuses any other text with an Error, never hangs or crashes (fast-check, 1,000 cases)', async () => {
    const good = await packWeights(initModel('lstm', D, 4, createRng(2)));
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.base64String({ maxLength: 400 }).map((s) => s.replace(/[+/=]/g, '_')),
      fc.tuple(fc.nat(good.length), fc.string({ maxLength: 4 })).map(([at, junk]) => good.slice(0, at) + junk + good.slice(at + 1)), // prettier-ignore
    );
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        try {
          const model = await unpackWeights('lstm', text);
          expect(model.cell.theta.every(Number.isFinite)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
