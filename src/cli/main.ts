// The command line: flags → files → lint → report → exit code (0 clean, 1 problems, 2 could not run).
// A plain lint run is read quickly (src/cli/options.ts); everything else by commander (src/cli/program.ts).
import { lint } from './lint.js';
import { quickParse } from './options.js';
import { readStream } from '../run/read.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input: raw bytes, decoded as a letter file is, or text already decoded. */
  readStdin: () => Promise<string | Buffer>;
  stdinIsTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
}

let stderrClosed = false;

/** The real process as Io. */
export function processIo(): Io {
  // A reader that closes standard error early (letterlint … 2>&1 | head -1) is not an error either:
  // what is left to say is dropped, and the exit code stays the run's. (Standard output is
  // handled the same way in bin/letterlint.js.)
  if (process.stderr.listenerCount('error') === 0) {
    process.stderr.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stderrClosed = true;
    });
  }
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void (stderrClosed || process.stderr.write(s)),
    readStdin: () => readStream(process.stdin),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const quick = quickParse(argv.slice(2));
  let outcome: (() => Promise<number>) | undefined;
  let debug: boolean;
  if (quick) {
    outcome = () => lint(quick.paths, quick.options, io);
    debug = quick.options.debug === true;
  } else {
    const { readCommandLine } = await import('./program.js');
    const read = readCommandLine(argv, io);
    if ('code' in read) return read.code;
    ({ outcome, debug } = read);
  }
  try {
    return outcome ? await outcome() : 0;
  } catch (error) {
    if (debug) io.stderr(`${(error as Error)?.stack ?? error}\n`);
    else io.stderr(`letterlint: internal error: ${(error as Error)?.message ?? error} (run with --debug for details)\n`);
    return 2;
  }
}

