/** The training slice: runs through a host, live curves as new arrays, stop, use, restore, refusals. */
import { describe, expect, it, vi } from 'vitest';
import { CELL_KINDS } from '../../src/core';
import { createInlineHost } from '../../src/sim/train-host';
import type { CurvePoint } from '../../src/sim/train-protocol';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/state/train-settings';
import { createLabStore } from '../../src/state/store';
import { MODELS } from '../shipped';

const SMALL = { gap: 5, H: 4, updates: 60 };

/** A store training in process; its clock moves 7 ms a read, so reports come every few chunks. */
function trainingStore(settings = SMALL) {
  let now = 0;
  const host = createInlineHost(
    () => new Promise((r) => setTimeout(r, 0)),
    () => (now += 7),
  );
  const store = createLabStore({ models: MODELS }, { trainer: host });
  store.getState().setTrainSettings(settings);
  return store;
}

const ended = (store: ReturnType<typeof trainingStore>) =>
  vi.waitFor(
    () => expect(CELL_KINDS.every((k) => store.getState().runs[k].status !== 'running')).toBe(true),
    { timeout: 30_000, interval: 20 },
  );

describe('training slice', () => {
  it('without a host, Train says so and nothing runs', () => {
    const store = createLabStore({ models: MODELS });
    store.getState().startTraining();
    expect(store.getState().notice?.text).toMatch(/Training needs Web Workers/);
    expect(store.getState().runs.lstm.status).toBe('idle');
  });

  it('takes valid settings and refuses bad ones with a notice, keeping the last good', () => {
    const store = createLabStore();
    expect(store.getState().trainSettings).toEqual(DEFAULT_TRAIN_SETTINGS);
    store.getState().setTrainSettings({ gap: 30, H: 16 });
    expect(store.getState().trainSettings).toMatchObject({ gap: 30, H: 16 });
    for (const bad of [
      { gap: 0.5 },
      { gap: 999 },
      { H: 5 },
      { lr: -1 },
      { lr: NaN },
      { updates: 0 },
    ]) {
      store.setState({ notice: null });
      store.getState().setTrainSettings(bad);
      expect(store.getState().notice).not.toBeNull();
      expect(store.getState().trainSettings).toMatchObject({ gap: 30, H: 16, lr: 0.01 });
    }
  });

  it('runs all three kinds to the end, publishing a new curve array on every report', async () => {
    const store = trainingStore();
    const seen: { curve: readonly CurvePoint[]; length: number }[] = [];
    store.subscribe((s, prev) => {
      if (s.runs.gru.curve !== prev.runs.gru.curve)
        seen.push({ curve: s.runs.gru.curve, length: s.runs.gru.curve.length });
    });
    store.getState().startTraining();
    expect(CELL_KINDS.map((k) => store.getState().runs[k].status)).toEqual(CELL_KINDS.map(() => 'running')); // prettier-ignore
    await ended(store);
    for (const k of CELL_KINDS) {
      const run = store.getState().runs[k];
      expect([run.status, run.step, run.updates]).toEqual(['done', 60, 60]);
      expect(run.curve.map((p) => p.step)).toEqual(
        Array.from({ length: 12 }, (_, j) => 5 * (j + 1)),
      );
      expect(run.model?.cell.kind).toBe(k);
      expect(run.model?.cell.H).toBe(4);
    }
    expect(seen.length).toBeGreaterThan(1);
    // published arrays are never grown in place
    expect(seen.every((x) => x.curve.length === x.length)).toBe(true);
    expect(new Set(seen.map((x) => x.curve)).size).toBe(seen.length);
  });

  it('Stop stops every run: status stopped, no more points, the weights reached so far kept', async () => {
    const store = trainingStore({ ...SMALL, updates: 2000 });
    const unsubscribe = store.subscribe((s) => {
      if (s.runs.lstm.step >= 10 && s.runs.lstm.status === 'running') s.stopTraining();
    });
    store.getState().startTraining();
    await vi.waitFor(() => expect(store.getState().runs.lstm.status).toBe('stopped'));
    unsubscribe();
    const atStop = store.getState().runs;
    expect(CELL_KINDS.map((k) => atStop[k].status)).toEqual(CELL_KINDS.map(() => 'stopped'));
    await vi.waitFor(() =>
      expect(CELL_KINDS.every((k) => store.getState().runs[k].model)).toBe(true),
    );
    await new Promise((r) => setTimeout(r, 100));
    for (const k of CELL_KINDS) {
      const run = store.getState().runs[k];
      expect(run.status).toBe('stopped');
      expect(run.curve).toBe(atStop[k].curve);
      expect(run.step).toBeLessThan(2000);
    }
  });

  it('uses a trained model in the lab and restores the shipped one', async () => {
    const store = trainingStore();
    store.getState().setKind('gru');
    store.getState().setUnit(7);
    store.getState().startTraining();
    await ended(store);
    const trained = store.getState().runs.lstm.model!;
    store.getState().loadTrainedModel('lstm');
    let s = store.getState();
    expect(s.kind).toBe('lstm');
    expect(s.models.lstm).toBe(trained);
    expect(s.trace?.H).toBe(4);
    expect(s.unit).toBe(3); // unit 7 does not exist at H = 4
    expect(s.replacedModels.lstm).toBe(MODELS.lstm);
    s.restoreModel('lstm');
    s = store.getState();
    expect(s.models.lstm).toBe(MODELS.lstm);
    expect(s.trace?.H).toBe(8);
    expect(s.replacedModels.lstm).toBeUndefined();
  });

  it('a huge learning rate ends every run diverged, with the reason and finite weights', async () => {
    const store = trainingStore({ ...SMALL, lr: 10 } as typeof SMALL);
    store.getState().startTraining();
    await ended(store);
    for (const k of CELL_KINDS) {
      const run = store.getState().runs[k];
      expect(run.status).toBe('diverged');
      expect(run.reason).toMatch(/restored the weights/);
      expect(Array.from(run.model!.cell.theta).every(Number.isFinite)).toBe(true);
    }
  });

  it('a second Train drops the first runs’ messages and starts over', async () => {
    const store = trainingStore({ ...SMALL, updates: 2000 });
    store.getState().startTraining();
    await vi.waitFor(() => expect(store.getState().runs.rnn.step).toBeGreaterThan(0));
    store.getState().setTrainSettings({ updates: 60 });
    store.getState().startTraining();
    await ended(store);
    expect(CELL_KINDS.map((k) => store.getState().runs[k].step)).toEqual(CELL_KINDS.map(() => 60));
    expect(CELL_KINDS.map((k) => store.getState().runs[k].status)).toEqual(
      CELL_KINDS.map(() => 'done'),
    );
  });
});
