/** A lane of the page's sweep pool: one module Web Worker, one run at a time. */
import type { RunResult, RunSpec } from './experiment';
import type { Lane } from './pool';

export function sweepWorkerLane(): Lane<RunSpec, RunResult> {
  const worker = new Worker(new URL('./sweep-worker.ts', import.meta.url), { type: 'module' });
  return {
    run: (spec) =>
      new Promise((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<RunResult>) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message || 'the sweep worker failed'));
        worker.postMessage(spec);
      }),
    close: () => worker.terminate(),
  };
}
