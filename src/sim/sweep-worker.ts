/**
 * The sweep worker's entry: it trains one run per message with the experiment's own runOne and
 * budget, and answers with the result. The page keeps a pool of these (sweep-lane.ts).
 */
import { DEFAULT_BUDGET, runOne, type RunResult, type RunSpec } from './experiment';

/** The part of DedicatedWorkerGlobalScope this file uses (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<RunSpec>) => void) | null;
  postMessage(message: RunResult): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => scope.postMessage(runOne(e.data, DEFAULT_BUDGET));
