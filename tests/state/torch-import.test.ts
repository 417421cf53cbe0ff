/**
 * Weights from PyTorch into the lab: the JSON the lab exports reads back exactly, for every kind;
 * anything else is refused with the reason, and the lab is left as it was (fast-check, 1,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_KINDS, CELLS, createRng, initModel, jamRisk, runForward } from '../../src/core';
import { encodeSequence, scenario, CANONICAL } from '../../src/data';
import { createLabStore } from '../../src/state/store';
import { MAX_WEIGHTS_CHARS, readTorchWeights } from '../../src/state/torch-import';
import { torchWeights } from '../../src/ui/export/torch-weights';
import { MODELS as models } from '../shipped';

const fileOf = (kind: (typeof CELL_KINDS)[number], H: number, seed = 3) =>
  JSON.stringify(torchWeights(initModel(kind, 6, H, createRng(seed))));

describe('readTorchWeights', () => {
  it('reads the lab’s own export back exactly, and tells the kind from the shapes', () => {
    for (const kind of CELL_KINDS.filter((k) => CELLS[k].torch !== null))
      for (const H of [1, 5, 8]) {
        const model = initModel(kind, 6, H, createRng(H));
        const read = readTorchWeights(JSON.stringify(torchWeights(model)));
        expect(read.cell.kind).toBe(kind);
        expect(Array.from(read.cell.theta)).toEqual(Array.from(model.cell.theta));
        expect(Array.from(read.readout.w)).toEqual(Array.from(model.readout.w));
        expect(Array.from(read.readout.b)).toEqual(Array.from(model.readout.b));
      }
  });

  it('names what is wrong with a file it refuses', () => {
    const good = JSON.parse(fileOf('lstm', 4));
    const cases: [unknown, RegExp][] = [
      [{ ...good, 'readout.bias': undefined }, /lacks readout\.bias/],
      [{ ...good, weight_ih_l1: good.weight_ih_l0 }, /two layers or more \(num_layers > 1\)/],
      [
        { ...good, weight_hh_l0_reverse: good.weight_hh_l0 },
        /bidirectional \(bidirectional=True\)/,
      ],
      [{ ...good, weight_hr_l0: [[0]] }, /projections \(proj_size > 0\)/],
      [{ ...good, bias_ih_l0: undefined, bias_hh_l0: undefined }, /no biases \(bias=False\)/],
      [{ ...good, nonlinearity: 'relu' }, /relu \(nonlinearity='relu'\); the lab’s RNN is tanh/],
      [{ ...good, nonlinearity: 'gelu' }, /nonlinearity is "gelu"; the lab’s RNN is tanh/],
      [{ ...good, extra: 1 }, /keys a single-layer cell lacks: extra/],
      [{ ...good, weight_hh_l0: good.weight_hh_l0.slice(1) }, /not \[H, H\], \[4·H, H\] or \[3·H, H\]/], // prettier-ignore
      [{ ...good, weight_ih_l0: good.weight_ih_l0.map((r: number[]) => r.slice(1)) }, /input size is 5; the lab's readings have 6/], // prettier-ignore
      [{ ...good, bias_hh_l0: good.bias_hh_l0.slice(2) }, /bias_hh_l0 has shape \[14\]; expected \[16\]/], // prettier-ignore
      [{ ...good, 'readout.weight': [[1, 2]] }, /readout\.weight has shape \[1, 2\]; the cell has H = 4/], // prettier-ignore
      [[1, 2], /not a JSON object of named tensors/],
    ];
    for (const [data, why] of cases) {
      const text = JSON.stringify(data).replace('"readout.bias":null,', '');
      expect(() => readTorchWeights(text), String(why)).toThrow(why);
    }
    expect(() => readTorchWeights('{')).toThrow('it is not JSON');
    // Python's json.dump writes non-finite floats bare
    for (const bad of ['NaN', 'Infinity', '-Infinity'])
      expect(() => readTorchWeights(fileOf('gru', 2).replace(/(\d)\]/, `$1, ${bad}]`))).toThrow(
        'it holds NaN or Infinity (json.dump writes them for non-finite tensors)',
      );
    expect(readTorchWeights(JSON.stringify({ ...good, nonlinearity: 'tanh' })).cell.kind).toBe(
      'lstm',
    );
    expect(() => readTorchWeights(fileOf('gru', 65))).toThrow('hidden size is 65; the lab takes up to 64'); // prettier-ignore
    expect(() => readTorchWeights(' '.repeat(MAX_WEIGHTS_CHARS + 1))).toThrow(/over 1,000,000/);
    const nan = fileOf('rnn', 2).replace(/(\d)\]/, '$1, null]');
    expect(() => readTorchWeights(nan)).toThrow(/state dict/);
  });
});

describe('importWeights in the store', () => {
  it('shows the file’s model in place of the lab’s of its kind, the shipped one kept', () => {
    const store = createLabStore({ models });
    const model = initModel('gru', 6, 5, createRng(11));
    expect(store.getState().importWeights(JSON.stringify(torchWeights(model)), 'my-gru.json')).toBe(true); // prettier-ignore
    const s = store.getState();
    expect(s.kind).toBe('gru');
    expect(s.notice).toBeNull();
    expect(s.replacedModels.gru).toBe(models.gru);
    const risks = jamRisk(model.readout, runForward(model.cell, encodeSequence(scenario(CANONICAL).events)).hs); // prettier-ignore
    expect(Array.from(s.risks!)).toEqual(Array.from(risks));
    store.getState().restoreModel('gru');
    expect(store.getState().models.gru).toBe(models.gru);
  });

  it('refuses a model that cannot run on the lab’s sequence, naming the file and the tensor', () => {
    // weights near float64's largest: every pre-activation is ±∞, yet tanh(±∞) is finite
    const huge = initModel('rnn', 6, 3, createRng(2));
    huge.cell.theta.fill(1e308);
    const store = createLabStore({ models, kind: 'lstm' });
    const before = store.getState();
    expect(store.getState().importWeights(JSON.stringify(torchWeights(huge)), 'huge-rnn.json')).toBe(false); // prettier-ignore
    const after = store.getState();
    expect(after.notice?.text).toMatch(/^Could not import the weights in huge-rnn\.json: pre-activation h\[0\]\[0\] is Infinity: the computation overflowed/); // prettier-ignore
    expect([after.kind, after.models, after.replacedModels]).toEqual([before.kind, before.models, before.replacedModels]); // prettier-ignore
  });

  it('leaves the lab as it was when a file is refused, but for the notice (fast-check, 1,000 cases)', () => {
    const valid = JSON.parse(fileOf('lstm', 3));
    const texts = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 3 }),
      // the valid file with one tensor replaced by something else
      fc
        .tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue({ maxDepth: 2 }))
        .map(([k, x]) => JSON.stringify({ ...valid, [k]: x })),
      // the valid file with characters dropped
      fc.tuple(fc.nat(), fc.nat(20)).map(([at, n]) => {
        const text = JSON.stringify(valid);
        const k = at % text.length;
        return text.slice(0, k) + text.slice(k + n);
      }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const store = createLabStore({ models });
        const before = store.getState();
        const taken = store.getState().importWeights(text, 'x.json');
        const after = store.getState();
        if (taken) {
          expect(after.models[after.kind]).not.toBe(models[after.kind]);
          return;
        }
        expect(after.notice?.text).toMatch(/^Could not import the weights in x\.json: /);
        expect({ ...after, notice: null }).toEqual({ ...before, notice: null });
      }),
      { numRuns: 1000 },
    );
  });
});
