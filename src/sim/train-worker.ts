/**
 * The training worker's entry: one job per worker. 'start' begins it; 'stop' asks it to stop after
 * the current update (heard between chunks, where the job yields with a zero timeout).
 */
import { runTrainingJob, type TrainingJob } from './train-job';
import type { HostMessage, WorkerMessage } from './train-protocol';

/** The part of DedicatedWorkerGlobalScope this file uses (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<HostMessage>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let job: TrainingJob | null = null;

scope.onmessage = (e) => {
  const message = e.data;
  if (message.type === 'start' && !job) {
    job = runTrainingJob(message, (m) => scope.postMessage(m), nextTick);
  } else if (message.type === 'stop') {
    job?.stop();
  }
};
