/**
 * Where training runs, behind one interface: a Web Worker per run in the browser, or the same job
 * in process (tests, and anywhere without workers). The lab's store talks only to a TrainerHost,
 * so it never holds a Worker and tests exercise the real protocol.
 */
import { runTrainingJob } from './train-job';
import type { StartMessage, WorkerMessage } from './train-protocol';

/** A run in progress: ask it to stop (it still sends its end message). */
export interface RunHandle {
  stop(): void;
}

/** Starts training runs; each reports through its own onMessage, ending with one 'end'. */
export interface TrainerHost {
  start(start: StartMessage, onMessage: (m: WorkerMessage) => void): RunHandle;
}

/** A host that trains each run in its own module Web Worker, terminated after its end message. */
export function createWorkerHost(): TrainerHost {
  return {
    start(start, onMessage) {
      const worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
        onMessage(e.data);
        if (e.data.type === 'end') worker.terminate();
      };
      worker.onerror = (e) => {
        worker.terminate();
        onMessage({
          type: 'end',
          status: 'failed',
          reason: e.message,
          step: 0,
          accuracy: NaN,
          model: null,
          ms: 0,
        });
      };
      worker.postMessage(start);
      return { stop: () => worker.postMessage({ type: 'stop' }) };
    },
  };
}

/**
 * A host that runs the job on the calling thread, yielding through `nextTick` between chunks
 * (tests pass one they control). Same messages, same order as a worker's.
 */
export function createInlineHost(
  nextTick: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  clock?: () => number,
): TrainerHost {
  return {
    start(start, onMessage) {
      return runTrainingJob(start, onMessage, nextTick, clock);
    },
  };
}
