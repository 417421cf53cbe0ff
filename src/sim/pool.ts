/**
 * A pool of lanes working through a list of jobs, each lane one at a time: Web Workers in the page,
 * worker threads in the CLI. Results keep their job's place, whatever order they finish in, so
 * what a grid of runs gives does not depend on how many lanes ran it.
 */

/** One worker: runs a job at a time; closed when the pool is done with it or cancelled. */
export interface Lane<J, R> {
  run(job: J): Promise<R>;
  close(): void;
}

export interface PoolRun<R> {
  /** every result in its job's place; the places of jobs a cancel left undone stay empty */
  done: Promise<(R | undefined)[]>;
  /** starts no more jobs and closes every lane at once (jobs under way are dropped) */
  cancel(): void;
}

/** Runs `jobs` on up to `size` lanes, telling `onResult` of each result as it comes. */
export function runPool<J, R>(
  jobs: readonly J[],
  size: number,
  openLane: () => Lane<J, R>,
  onResult: (result: R, index: number) => void = () => {},
): PoolRun<R> {
  const results: (R | undefined)[] = new Array<R | undefined>(jobs.length);
  const lanes: Lane<J, R>[] = [];
  let next = 0;
  let cancelled = false;
  let cancel: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (cancel = resolve));
  const lane = async () => {
    const worker = openLane();
    lanes.push(worker);
    try {
      while (!cancelled && next < jobs.length) {
        const k = next++;
        const result = await Promise.race([worker.run(jobs[k]), stopped]);
        if (cancelled || result === undefined) return;
        results[k] = result;
        onResult(result, k);
      }
    } finally {
      worker.close();
    }
  };
  const done = Promise.all(
    Array.from({ length: Math.max(0, Math.min(size, jobs.length)) }, lane),
  ).then(() => results);
  return {
    done,
    cancel() {
      cancelled = true;
      cancel();
      lanes.forEach((l) => l.close());
    },
  };
}
