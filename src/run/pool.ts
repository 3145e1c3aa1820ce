// Many letters on several threads: worker threads take batches of letters from one queue while
// this thread lints batches of its own, so a slow letter never leaves a core idle. Each worker
// costs about 0.1 s of CPU to start, its own heap (about 40 MiB) and its own warm-up, so few
// letters stay on one thread. "auto" leaves one core to V8's own background threads (garbage
// collection and compiling): on 2 cores, 1,000 letters took 3.3 s and 165 MiB on two lint threads
// against 2.9-3.0 s and 120 MiB on one, so 2 cores lint on one thread.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { lintOne, type Job, type Outcome, type RunSettings } from './lint-one.js';

export type Concurrency = number | 'auto' | 'off';

/** With "auto", one more thread for each this many letters, up to the cores less one (at most AUTO_MAX). */
const LETTERS_PER_THREAD = 50;
const AUTO_MAX = 4;
/** Letters handed out at a time: small enough to balance, large enough that messages are few. */
const BATCH = 8;

export function threadsFor(concurrency: Concurrency, letters: number): number {
  if (concurrency === 'off') return 1;
  const cores = os.availableParallelism();
  // More threads than cores only add heaps: 100 threads on 100 letters took 25 s and 1.1 GB.
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, letters, cores));
  return Math.max(1, Math.min(cores - 1, AUTO_MAX, Math.floor(letters / LETTERS_PER_THREAD)));
}

export interface WorkerReply {
  from: number;
  outcomes?: Outcome[];
  /** An internal failure in the worker, with its stack. */
  error?: string;
}

/** Letters in a run from which the command line holds the old generation's growth (below). */
export const MANY_LETTERS = 500;
/** How far past what a full collection leaves live the old generation may grow before the next one. */
export const HEAP_GROWING_PERCENT = 20;
/** The V8 flags a large run sets: the old generation's growth held, and the young one kept at its first size. */
export const LARGE_RUN_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--semi-space-growth-factor=1'] as const;

/**
 * A large run promotes garbage steadily (outcomes kept, caches refilled), and V8's own heuristics
 * let the old generation grow to about four times what a full collection leaves live: 2,000 letters
 * peaked anywhere from 130 to 250 MiB between identical runs. A fixed growth of a fifth held them to
 * 130-156 MiB at no measurable cost in time. The young generation doubles under steady garbage to
 * two 16 MiB halves, 30 MiB that a linter's short-lived words never need at once: kept at its first
 * size, 2,000 letters peaked at 115-121 MiB against 136-156 MiB (five paired runs), and 1,000
 * letters took a median 3.18 s against 3.12 s (ten paired runs, within the host's noise). Only in
 * letterlint's own process (V8 flags are the process's), and only for runs large enough to grow a heap.
 */
export async function holdHeapGrowth(letters: number): Promise<boolean> {
  if (letters < MANY_LETTERS) return false;
  const { default: v8 } = await import('node:v8');
  for (const flag of LARGE_RUN_FLAGS) v8.setFlagsFromString(flag);
  return true;
}

export async function lintAll(jobs: readonly Job[], settings: RunSettings, threads: number): Promise<Outcome[]> {
  const outcomes = new Array<Outcome>(jobs.length);
  let next = 0;
  const take = (): [number, number] => {
    const from = next;
    next = Math.min(jobs.length, next + BATCH);
    return [from, next];
  };
  // The worker is built beside this module; run from the TypeScript sources (tests) there is none.
  const script = new URL('./lint-worker.js', import.meta.url);
  const helpers = threads > 1 && existsSync(fileURLToPath(script)) ? threads - 1 : 0;
  // Loaded only when there are workers to start: most runs lint on this thread alone.
  const { Worker } = helpers > 0 ? await import('node:worker_threads') : { Worker: undefined };
  const workers: Array<import('node:worker_threads').Worker> = [];
  const finished: Promise<void>[] = [];
  for (let k = 0; k < helpers; k++) {
    const worker = new Worker!(script, { workerData: settings });
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve, reject) => {
        let done = false;
        const send = () => {
          const [from, to] = take();
          if (from === to) {
            done = true;
            resolve();
            return;
          }
          worker.postMessage({ from, jobs: jobs.slice(from, to) });
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.error !== undefined) return reject(new Error(`in a lint worker: ${reply.error}`));
          reply.outcomes!.forEach((o, i) => (outcomes[reply.from + i] = o));
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!done) reject(new Error(`a lint worker stopped (exit code ${code}) before its letters were done`));
        });
        send();
      }),
    );
  }
  try {
    for (let [from, to] = take(); from < to; [from, to] = take()) {
      for (let i = from; i < to; i++) outcomes[i] = await lintOne(jobs[i]!, settings);
      // Let the workers' replies in, so they get their next batch without waiting for this one.
      if (helpers > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
