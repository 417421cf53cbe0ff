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
      expect(text).toMatch(new RegExp(`^${kind}\\.${H}\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+$`));
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
    await expect(unpackWeights('lstm', text)).rejects.toThrow(
      'they are the weights of a gru model, not of the lstm the link names',
    );
    // RNN weights of H = 14 have as many numbers as a GRU's of H = 7: the header tells them apart
    const rnn = await packWeights(initModel('rnn', D, 14, createRng(1)));
    await expect(unpackWeights('gru', rnn)).rejects.toThrow(
      /weights of a rnn model, not of the gru/,
    );
    // a version 1 text (no header) is read as it always was: by its length
    const v1 = rnn.split('.').at(-1)!;
    expect((await unpackWeights('gru', v1)).cell.H).toBe(7);
  });

  it('refuses any one-character change of the packed weights, which raw deflate alone misses (1,000 cases)', async () => {
    const model = initModel('lstm', D, 8, createRng(5));
    const good = await packWeights(model);
    const data = good.lastIndexOf('.') + 1;
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let inflated = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(good.length - data - 1), fc.nat(63), async (at, c) => {
        const k = data + at;
        fc.pre(ALPHABET[c] !== good[k]);
        const changed = good.slice(0, k) + ALPHABET[c] + good.slice(k + 1);
        const read = await unpackWeights('lstm', changed).then(
          (m) => m,
          (e: Error) => e,
        );
        if (!(read instanceof Error)) {
          // only a change deflate itself ignores (the last character's spare bits) may open
          expect(Array.from(read.cell.theta)).toEqual(Array.from(model.cell.theta, Math.fround));
          return;
        }
        if (/checksum/.test(read.message)) inflated++;
        expect(read.message).toMatch(/^the trained weights (are damaged or cut short|were changed: their checksum does not match)$|not whole float32|not the weights/); // prettier-ignore
      }),
      { numRuns: 1000 },
    );
    // the checksum is what caught the changes that still inflated to the right size
    expect(inflated).toBeGreaterThan(100);
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
