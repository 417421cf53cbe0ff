/**
 * The sweep in the store: runs go to the sweeper's lanes and arrive one by one; cancel keeps what
 * finished and leaves the lab usable; the save keeps the results; the panel's sentence, CSV and
 * JSON read them. Lanes here are fakes that answer at once; the real runs are runOne's (checked
 * in tests/cli and in Chromium by tests/e2e/sweep.spec.ts).
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it, vi } from 'vitest';
import type { RunResult, RunSpec } from '../../src/sim/experiment';
import type { Lane } from '../../src/sim/pool';
import { gapBands } from '../../src/sim/sweep';
import { readSave, saveOf } from '../../src/state/save';
import { createLabStore } from '../../src/state/store';
import { readBreaks, sweepCsv, sweepJson } from '../../src/ui/sweep/read';
import { MODELS } from '../shipped';

/** What a fake run scores: the RNN falls with the gap, the others hold (seed 2 a little lower). */
const score = ({ kind, gap, seed }: RunSpec) =>
  (kind === 'rnn' ? (gap <= 5 ? 1 : 0.7) : kind === 'mgu' && gap >= 40 ? 0.6 : 1) - (seed - 1) * 0.01; // prettier-ignore
const fake = (spec: RunSpec): RunResult => ({
  ...spec, params: 10, testAccuracy: score(spec), testLoss: 0.1, trainSeconds: 0.5, updates: 2500, status: 'done', curve: [0.5, score(spec)],
}); // prettier-ignore

function sweepStore(delay = 0) {
  const runs: RunSpec[] = [];
  const openLane = (): Lane<RunSpec, RunResult> => ({
    run: (spec) => (runs.push(spec), new Promise((r) => setTimeout(() => r(fake(spec)), delay))),
    close: () => {},
  });
  const store = createLabStore({ models: MODELS }, { sweeper: { size: 2, openLane } });
  return { store, runs };
}

describe('the sweep in the store', () => {
  it('runs every (design, gap, seed) and keeps the results in the grid’s order', async () => {
    const { store, runs } = sweepStore();
    store.getState().setSweepSettings({ kinds: ['rnn', 'lstm'], gaps: [10, 5], seeds: 2 });
    store.getState().runSweep();
    expect(store.getState().sweep).toMatchObject({ status: 'running', total: 8, results: [] });
    await vi.waitFor(() => expect(store.getState().sweep?.status).toBe('done'));
    const { results } = store.getState().sweep!;
    expect(results.map((r) => `${r.kind}@${r.gap}#${r.seed}`)).toEqual([
      'rnn@5#1', 'lstm@5#1', 'rnn@5#2', 'lstm@5#2', 'rnn@10#1', 'lstm@10#1', 'rnn@10#2', 'lstm@10#2',
    ]); // prettier-ignore
    expect(runs).toHaveLength(8);
  });

  it('refuses bad settings with a notice and keeps the last good ones', () => {
    const { store } = sweepStore();
    store.getState().setSweepSettings({ gaps: [5, 500] });
    expect(store.getState().notice?.text).toMatch(/whole number from 1 to 120/);
    expect(store.getState().sweepSettings.gaps).toEqual([5, 10, 20, 40, 80]);
  });

  it('without workers, Run sweep says so', () => {
    const store = createLabStore({ models: MODELS });
    store.getState().runSweep();
    expect(store.getState().notice?.text).toMatch(/needs Web Workers/);
    expect(store.getState().sweep).toBeNull();
  });

  it('cancel keeps what finished, runs nothing more, and the lab still steps', async () => {
    const { store, runs } = sweepStore(15);
    store.getState().runSweep();
    await vi.waitFor(() =>
      expect(store.getState().sweep!.results.length).toBeGreaterThanOrEqual(2),
    );
    store.getState().cancelSweep();
    const { sweep } = store.getState();
    expect(sweep?.status).toBe('cancelled');
    const started = runs.length;
    await new Promise((r) => setTimeout(r, 80));
    expect(runs.length).toBe(started);
    expect(store.getState().sweep!.results).toBe(sweep!.results);
    store.getState().seek(5);
    expect(store.getState().t).toBe(5);
  });

  it('a run that fails ends the sweep with the reason, keeping what finished', async () => {
    let n = 0;
    const openLane = (): Lane<RunSpec, RunResult> => ({
      run: (spec) => (n++ < 2 ? Promise.resolve(fake(spec)) : Promise.reject(new Error('out of memory'))), // prettier-ignore
      close: () => {},
    });
    const store = createLabStore({ models: MODELS }, { sweeper: { size: 1, openLane } });
    store.getState().runSweep();
    await vi.waitFor(() => expect(store.getState().sweep?.status).toBe('failed'));
    expect(store.getState().sweep).toMatchObject({ reason: 'out of memory' });
    expect(store.getState().sweep!.results).toHaveLength(2);
  });

  it('the save keeps the results; a sweep cut short comes back cancelled; a bad one is refused', async () => {
    const { store } = sweepStore();
    store.getState().setSweepSettings({ kinds: ['rnn', 'mgu'], gaps: [5, 40], seeds: 1 });
    expect('sweep' in JSON.parse(saveOf(store.getState(), []))).toBe(false);
    store.getState().runSweep();
    await vi.waitFor(() => expect(store.getState().sweep?.status).toBe('done'));
    const text = saveOf(store.getState(), []);
    const back = readSave(text).state;
    expect(back.sweep).toEqual(store.getState().sweep);
    expect(back.sweepSettings).toEqual(store.getState().sweep!.settings);
    const doc = JSON.parse(text);
    doc.sweep.results.pop();
    expect(readSave(JSON.stringify(doc)).state.sweep?.status).toBe('cancelled');
    doc.sweep.results[0].testAccuracy = 2;
    const bad = readSave(JSON.stringify(doc));
    expect(bad.state.sweep).toBeUndefined();
    expect(bad.notice).toMatch(/the sweep/);
  });
});

describe('the sweep read out', () => {
  const results = [5, 10, 40].flatMap((gap) =>
    ['rnn', 'lstm', 'mgu'].flatMap((kind) => [1, 2].map((seed) => fake({ kind, gap, seed }))),
  );

  it('says where each design fell below 75%, earliest first, and which held', () => {
    const kinds = ['rnn', 'lstm', 'mgu'];
    expect(readBreaks(gapBands(results, kinds), kinds)).toBe(
      'The Vanilla RNN fell below 75% at gap 10 and the MGU at gap 40; the LSTM held 75% at every gap up to 40.',
    );
    expect(readBreaks(gapBands(results, ['lstm']), ['lstm'])).toBe(
      'The LSTM held 75% at every gap up to 40.',
    );
    expect(readBreaks([], kinds)).toBeNull();
  });

  it('writes one CSV row a run, and the CLI’s JSON shape', () => {
    const rows = csvParse(sweepCsv(results));
    expect(rows).toHaveLength(results.length);
    expect(rows.columns).toEqual(['kind', 'gap', 'seed', 'params', 'testAccuracy', 'testLoss', 'trainSeconds', 'updates', 'status', 'curve']); // prettier-ignore
    expect(Number(rows[2].testAccuracy)).toBe(results[2].testAccuracy);
    const settings = { kinds: ['rnn', 'lstm', 'mgu'], gaps: [5, 10, 40], seeds: 2 };
    const json = JSON.parse(sweepJson({ settings, status: 'done', total: 18, results }));
    expect(Object.keys(json)).toEqual(['results', 'summary', 'budget', 'settings']);
    expect(json.summary).toHaveLength(9);
    expect(json.budget.updates).toBe(2500);
  });
});
