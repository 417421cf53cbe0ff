/**
 * Interleaved timing: contenders take turns in rounds, so drift of the machine (frequency, other
 * load) hits them all alike; each turn is one sample of ms per step, and the median of the
 * samples is the result. Repetitions per sample adapt to each contender's speed.
 *
 * No forced garbage collection between samples: calling gc() (with --expose-gc) before each one
 * was tried and made the following sample of every contender slower, TF.js's by 2–5× and the
 * core's by up to 2×. So contenders run in the process's natural state, and the median absorbs
 * the odd collection that lands in a sample.
 */
export interface Contender {
  readonly name: string;
  /** makes this contender current (e.g. selects its TF.js backend); not timed */
  enter?(): Promise<void>;
  /** restores the initial parameters, so steps repeated on one sequence stay near them; not timed */
  reset(): void;
  /** one training step, timed */
  step(): void;
}

export interface Plan {
  /** warm up each contender for at least this long (and at least minWarmupSteps steps) */
  readonly warmupMs: number;
  readonly minWarmupSteps: number;
  /** aim for samples this long: fast contenders repeat the step within a sample */
  readonly sampleMs: number;
  /** time for the rounds, all contenders together */
  readonly budgetMs: number;
  readonly minRounds: number;
  readonly maxRounds: number;
}

/** Per contender, in the order given: the samples (ms per step) and the median of them. */
export interface Timing {
  readonly name: string;
  readonly samples: number[];
  readonly median: number;
  /** steps per sample */
  readonly reps: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `reps` steps and returns the ms per step. */
function sample(c: Contender, reps: number): number {
  const t0 = performance.now();
  for (let k = 0; k < reps; k++) c.step();
  return (performance.now() - t0) / reps;
}

/** Warms a contender up; returns its estimated ms per step (median of the later warm-up steps). */
async function warmUp(c: Contender, plan: Plan): Promise<number> {
  await c.enter?.();
  c.reset();
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < plan.minWarmupSteps || performance.now() - t0 < plan.warmupMs) {
    times.push(sample(c, 1));
  }
  return median(times.slice(times.length >> 1));
}

/** Warms every contender up, then times them in interleaved rounds; `log` gets progress lines. */
export async function interleave(
  contenders: readonly Contender[],
  plan: Plan,
  log: (line: string) => void = () => {},
): Promise<Timing[]> {
  const estimates: number[] = [];
  for (const c of contenders) estimates.push(await warmUp(c, plan));
  const reps = estimates.map((ms) => Math.max(1, Math.round(plan.sampleMs / ms)));
  const roundMs = estimates.reduce((sum, ms, k) => sum + ms * reps[k], 0);
  const rounds = Math.min(
    plan.maxRounds,
    Math.max(plan.minRounds, Math.floor(plan.budgetMs / roundMs)),
  );
  log(
    `  warm: ${contenders.map((c, k) => `${c.name} ${estimates[k].toPrecision(3)} ms ×${reps[k]}`).join(', ')}; ${rounds} rounds`,
  );
  const samples: number[][] = contenders.map(() => []);
  const n = contenders.length;
  for (let r = 0; r < rounds; r++) {
    // Odd rounds run backwards and the start rotates, so no contender always follows the same
    // one (and inherits, say, the garbage TF.js leaves behind).
    const shift = Math.floor(r / 2);
    for (let k = 0; k < n; k++) {
      const i = r % 2 === 0 ? (k + shift) % n : (n - 1 - k + shift) % n;
      const c = contenders[i];
      await c.enter?.();
      c.reset();
      samples[i].push(sample(c, reps[i]));
    }
  }
  return contenders.map((c, i) => ({
    name: c.name,
    samples: samples[i],
    median: median(samples[i]),
    reps: reps[i],
  }));
}
