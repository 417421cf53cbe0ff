/** The sweep's plan and reading (sim/sweep.ts) and the pool that runs it (sim/pool.ts). */
import { describe, expect, it } from 'vitest';
import { grid, type RunResult, type RunSpec } from '../../src/sim/experiment';
import { runPool, type Lane } from '../../src/sim/pool';
import {
  breakingGap,
  checkSweepSettings,
  DEFAULT_SWEEP,
  gapBands,
  sweepCommand,
  sweepSpecs,
} from '../../src/sim/sweep';

/** A result as runOne would give it, with this accuracy. */
const result = (kind: string, gap: number, seed: number, testAccuracy: number): RunResult => ({
  kind, gap, seed, testAccuracy, params: 1, testLoss: 0, trainSeconds: 0, updates: 1, status: 'done', curve: [testAccuracy],
}); // prettier-ignore

describe('the sweep’s plan', () => {
  it('defaults to every kind at gaps 5, 10, 20, 40, 80 with 3 seeds: 60 runs in the CLI’s order', () => {
    expect(DEFAULT_SWEEP).toEqual({ kinds: ['rnn', 'lstm', 'gru', 'mgu'], gaps: [5, 10, 20, 40, 80], seeds: 3 }); // prettier-ignore
    const specs = sweepSpecs(DEFAULT_SWEEP);
    expect(specs).toHaveLength(60);
    expect(specs).toEqual(grid(['rnn', 'lstm', 'gru', 'mgu'], [5, 10, 20, 40, 80], 3));
    expect(sweepCommand(DEFAULT_SWEEP)).toBe(
      'npm run --silent experiment -- --kinds rnn,lstm,gru,mgu --gaps 5,10,20,40,80 --seeds 3 --json',
    );
  });

  it('sorts the gaps and drops repeats, as the CLI would be asked', () => {
    const s = { kinds: ['lstm-no-f'], gaps: [40, 5, 40], seeds: 1 };
    expect(sweepSpecs(s).map((r) => r.gap)).toEqual([5, 40]);
    expect(sweepCommand(s)).toBe('npm run --silent experiment -- --kinds lstm-no-f --gaps 5,40 --seeds 1 --json'); // prettier-ignore
  });

  it.each([
    [{ kinds: [] }, /at least one model/],
    [{ kinds: ['transformer'] }, /no model "transformer"/],
    [{ gaps: [] }, /from 1 to 8 gaps/],
    [{ gaps: [5, 0] }, /whole number from 1 to 120/],
    [{ gaps: [2.5] }, /whole number from 1 to 120/],
    [{ gaps: [NaN] }, /whole number from 1 to 120/],
    [{ seeds: 6 }, /Seeds must be a whole number from 1 to 5/],
  ])('refuses %j', (change, message) => {
    expect(checkSweepSettings({ ...DEFAULT_SWEEP, ...change })).toMatch(message);
  });
});

describe('the sweep’s reading', () => {
  const results = [
    result('rnn', 5, 1, 1), result('rnn', 5, 2, 0.9), result('rnn', 20, 1, 0.7), result('rnn', 20, 2, 0.72),
    result('lstm', 5, 1, 1), result('lstm', 20, 1, 0.9), result('lstm', 20, 2, 1),
  ]; // prettier-ignore

  it('gives each design’s mean, worst and best per gap, over the seeds run so far', () => {
    expect(gapBands(results, ['lstm', 'rnn'])).toEqual([
      { kind: 'lstm', gap: 5, mean: 1, min: 1, max: 1, seeds: 1 },
      { kind: 'lstm', gap: 20, mean: 0.95, min: 0.9, max: 1, seeds: 2 },
      { kind: 'rnn', gap: 5, mean: 0.95, min: 0.9, max: 1, seeds: 2 },
      { kind: 'rnn', gap: 20, mean: 0.71, min: 0.7, max: 0.72, seeds: 2 },
    ]);
  });

  it('finds the first gap where the mean fell below 75%, or none', () => {
    const bands = gapBands(results, ['rnn', 'lstm']);
    expect(breakingGap(bands, 'rnn')).toBe(20);
    expect(breakingGap(bands, 'lstm')).toBeNull();
    expect(breakingGap(bands, 'lstm', 0.96)).toBe(20);
  });
});

/** A lane that answers each job after `delay(job)` ms, logging what it ran and when it closed. */
function fakeLanes(delay: (job: number) => number) {
  const log: string[] = [];
  let opened = 0;
  const open = (): Lane<number, number> => {
    const id = opened++;
    return {
      run: (job) => new Promise((r) => setTimeout(() => (log.push(`${id}:${job}`), r(job * 10)), delay(job))), // prettier-ignore
      close: () => log.push(`${id} closed`),
    };
  };
  return { log, open, opened: () => opened };
}

describe('runPool', () => {
  it('keeps every result in its job’s place, whatever order they finish in', async () => {
    const lanes = fakeLanes((job) => (job % 2 ? 30 : 5));
    const seen: [number, number][] = [];
    const run = runPool([1, 2, 3, 4, 5], 2, lanes.open, (r, k) => seen.push([r, k]));
    expect(await run.done).toEqual([10, 20, 30, 40, 50]);
    expect(lanes.opened()).toBe(2);
    expect(seen.map(([, k]) => k).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(lanes.log.filter((l) => l.endsWith('closed'))).toHaveLength(2);
  });

  it('opens no more lanes than jobs', async () => {
    const lanes = fakeLanes(() => 1);
    await runPool([7], 8, lanes.open).done;
    expect(lanes.opened()).toBe(1);
  });

  it('cancel starts nothing more, closes every lane, and leaves the unfinished places empty', async () => {
    const lanes = fakeLanes(() => 20);
    const run = runPool([1, 2, 3, 4, 5, 6], 2, lanes.open, (_, k) => k === 1 && run.cancel());
    const results = await run.done;
    expect(results.filter((r) => r !== undefined).length).toBeLessThan(6);
    expect(results.slice(0, 2)).toEqual([10, 20]);
    expect(lanes.log.filter((l) => l.endsWith('closed')).length).toBeGreaterThanOrEqual(2);
    // job 3 began before the cancel (its answer is dropped); 4, 5 and 6 never began
    await new Promise((r) => setTimeout(r, 60));
    expect(results.slice(2)).toEqual([undefined, undefined, undefined, undefined]);
    expect(lanes.log.filter((l) => /:[4-6]$/.test(l))).toEqual([]);
  });

  it('a lane that fails fails the run', async () => {
    const open = (): Lane<RunSpec, number> => ({ run: () => Promise.reject(new Error('worker crashed')), close: () => {} }); // prettier-ignore
    await expect(runPool(grid(['rnn'], [5], 1), 1, open).done).rejects.toThrow('worker crashed');
  });
});
