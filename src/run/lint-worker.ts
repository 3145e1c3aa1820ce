// A lint worker thread (src/run/pool.ts): lints the batches of letters it is sent, one reply each.
import { parentPort, workerData } from 'node:worker_threads';
import { lintOne, type Job, type Outcome, type RunSettings } from './lint-one.js';
import type { WorkerReply } from './pool.js';

const settings = workerData as RunSettings;

parentPort!.on('message', async ({ from, jobs }: { from: number; jobs: Job[] }) => {
  let reply: WorkerReply;
  try {
    const outcomes: Outcome[] = [];
    for (const job of jobs) outcomes.push(await lintOne(job, settings));
    reply = { from, outcomes };
  } catch (error) {
    reply = { from, error: String((error as Error)?.stack ?? error) };
  }
  parentPort!.postMessage(reply);
});
