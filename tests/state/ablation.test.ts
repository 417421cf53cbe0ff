/**
 * Designs without a gate in the lab: trained beside the full models (the gate held at 1, so its
 * weights never move), loaded into the lab where the gate stays removed — not forceable, kept so by
 * the save and the link's packed weights.
 */
import { describe, expect, it, vi } from 'vitest';
import { CELL_KINDS, createRng, initModel, type Model } from '../../src/core';
import { D } from '../../src/data';
import { createInlineHost } from '../../src/sim/train-host';
import type { StartMessage } from '../../src/sim/train-protocol';
import { designsOf } from '../../src/state/slices/training';
import { readSave, saveOf } from '../../src/state/save';
import { createLabStore } from '../../src/state/store';
import { packWeights, unpackWeights } from '../../src/state/weights-code';
import { MODELS } from '../shipped';

const SMALL = { gap: 5, H: 4, updates: 60 };

function ablationStore() {
  let now = 0;
  const inline = createInlineHost(
    () => new Promise((r) => setTimeout(r, 0)),
    () => (now += 7),
  );
  const starts: StartMessage[] = [];
  const host = { start: (m: StartMessage, on: Parameters<typeof inline.start>[1]) => (starts.push(m), inline.start(m, on)) }; // prettier-ignore
  const store = createLabStore({ models: MODELS }, { trainer: host });
  store.getState().setTrainSettings(SMALL);
  return { store, starts };
}

const allEnded = (store: ReturnType<typeof createLabStore>) =>
  vi.waitFor(
    () => {
      const { runs } = store.getState();
      expect(designsOf(runs).every((d) => runs[d]!.status !== 'running')).toBe(true);
    },
    { timeout: 30_000, interval: 20 },
  );

/** The f block's rows of an LSTM's θ (PyTorch order i, f, g, o), input and recurrent weights. */
const fWeights = (m: Model) => {
  const { H } = m.cell;
  const p = m.cell.p as unknown as Record<string, { data: Float64Array }>;
  return [...p.W_if.data, ...p.W_hf.data].slice(0, 4 * H);
};

describe('training designs without a gate', () => {
  it('trains the chosen designs beside every kind, each told its removed gate', async () => {
    const { store, starts } = ablationStore();
    store.getState().setTrainWithout(['gru-no-r', 'lstm-no-f', 'lstm-no-f']);
    expect(store.getState().trainWithout).toEqual(['lstm-no-f', 'gru-no-r']);
    store.getState().startTraining();
    expect(starts.map((m) => [m.kind, m.removed])).toEqual([
      ...CELL_KINDS.map((k) => [k, undefined]),
      ['lstm', 'f'],
      ['gru', 'r'],
    ]);
    expect(designsOf(store.getState().runs)).toEqual([...CELL_KINDS, 'lstm-no-f', 'gru-no-r']);
    await allEnded(store);
    const noF = store.getState().runs['lstm-no-f']!;
    expect(noF.status).toBe('done');
    expect(noF.model?.removed).toEqual(['f']);
    // the same seed and data: the full LSTM starts from the same weights, and its f block moved;
    // the held gate's block got no gradient, so it is as initialised
    const init = initModel('lstm', D, 4, createRng(1));
    const full = store.getState().runs.lstm.model!;
    expect(fWeights(full)).not.toEqual(fWeights(init));
    expect(fWeights(noF.model!)).toEqual(fWeights(init));
  });

  it('a design left out of the next Train loses its run', async () => {
    const { store } = ablationStore();
    store.getState().setTrainWithout(['lstm-no-o']);
    store.getState().startTraining();
    await allEnded(store);
    store.getState().setTrainWithout([]);
    store.getState().startTraining();
    expect(designsOf(store.getState().runs)).toEqual(CELL_KINDS);
    await allEnded(store);
  });

  it('loads into the lab with the gate removed: held at 1, refused when forced, kept by save and link', async () => {
    const { store } = ablationStore();
    store.getState().setTrainWithout(['lstm-no-f']);
    store.getState().startTraining();
    await allEnded(store);
    store.getState().setKind('lstm');
    store.getState().setGateMode('f', 'zero');
    store.getState().loadTrainedModel('lstm-no-f');
    let s = store.getState();
    expect(s.models.lstm?.removed).toEqual(['f']);
    // the hand forcing of the gate that is no longer there is gone, and it cannot come back
    expect(s.overrides).toEqual([]);
    const f = (s.trace!.gates as Record<string, Float64Array[]>).f;
    expect(f.every((v) => v.every((x) => x === 1))).toBe(true);
    s.setGateMode('f', 'zero');
    s = store.getState();
    expect(s.overrides).toEqual([]);
    expect(s.notice?.text).toMatch(/no f gate to force: it was trained without it/);
    // other gates still force
    s.setGateMode('i', 'zero');
    expect(store.getState().overrides.map((o) => o.gate)).toEqual(['i']);

    const saved = readSave(saveOf(store.getState(), ['lstm']));
    expect(saved.trained.lstm?.removed).toEqual(['f']);
    expect(saved.state.trainWithout).toEqual(['lstm-no-f']);
    const packed = await packWeights(store.getState().models.lstm!);
    expect(packed).toMatch(/^lstm-no-f\.4\.[0-9a-f]{8}\./);
    expect((await unpackWeights('lstm', packed)).removed).toEqual(['f']);
    await expect(unpackWeights('gru', packed)).rejects.toThrow(/weights of a lstm model/);
  });
});

describe('the save field of the designs without a gate', () => {
  it('is left out while empty, and a bad one is refused by name', () => {
    const store = createLabStore({ models: MODELS });
    expect('trainWithout' in JSON.parse(saveOf(store.getState(), []))).toBe(false);
    const bad = { ...JSON.parse(saveOf(store.getState(), [])), trainWithout: ['lstm-no-z'] };
    const read = readSave(JSON.stringify(bad));
    expect(read.state.trainWithout).toBeUndefined();
    expect(read.notice).toMatch(/the designs without a gate to train/);
  });
});
