/** A worker thread of the experiment CLI: trains the runs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runOne, type RunSpec } from '../sim/experiment';

parentPort?.on('message', (spec: RunSpec) => parentPort?.postMessage(runOne(spec)));
