// Runs one command as a whole process and measures it: wall time (here, around the spawn), CPU time
// (user + system, every thread) and peak resident memory. CPU and memory come from /usr/bin/time -f
// when it is there, or else from process.resourceUsage() of the node process itself, written on exit
// by rusage.mjs (preloaded with --import); every command the bench runs is a node process.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const RUSAGE = fileURLToPath(new URL('./rusage.mjs', import.meta.url));

/** 'time' when GNU time can report, 'rusage' otherwise (or when BENCH_RUSAGE_WRAPPER=1). */
export function method() {
  if (process.env.BENCH_RUSAGE_WRAPPER === '1' || !existsSync(TIME)) return 'rusage';
  const probe = spawnSync(TIME, ['-f', '%U %S %M', process.execPath, '-e', '0'], { encoding: 'utf8' });
  return probe.status === 0 && /^[\d.]+ [\d.]+ \d+\s*$/m.test(probe.stderr) ? 'time' : 'rusage';
}

/**
 * Runs `node <args>` (or `command <args>`, found on PATH) in `cwd`, standard output and error to
 * files in `scratch`. Only node can be measured without GNU time, as rusage.mjs is preloaded into it.
 * Returns { wall, cpu, user, sys, rssMiB, status, stdoutFile, stderrFile, stdoutBytes }.
 */
export function run(args, { cwd, scratch, how, env = process.env, id = 'run', command: program = process.execPath }) {
  if (how !== 'time' && program !== process.execPath) throw new Error(`${program} can be measured only with ${TIME}`);
  const stdoutFile = path.join(scratch, `${id}.out`);
  const stderrFile = path.join(scratch, `${id}.err`);
  const usageFile = path.join(scratch, `${id}.usage`);
  rmSync(usageFile, { force: true });
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  let command;
  let argv;
  let childEnv = env;
  if (how === 'time') {
    command = TIME;
    argv = ['-f', '%U %S %M', '-o', usageFile, program, ...args];
  } else {
    command = process.execPath;
    argv = ['--import', RUSAGE, ...args];
    childEnv = { ...env, BENCH_RUSAGE: usageFile };
  }
  const start = process.hrtime.bigint();
  // A run that hangs ends the bench rather than stalling it.
  const r = spawnSync(command, argv, { cwd, env: childEnv, stdio: ['ignore', out, err], timeout: 300_000 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  closeSync(err);
  if (r.error) throw r.error;
  let user = NaN;
  let sys = NaN;
  let rssKiB = NaN;
  if (existsSync(usageFile)) {
    const text = readFileSync(usageFile, 'utf8');
    if (how === 'time') {
      // GNU time writes "Command exited with non-zero status N" before the figures.
      const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(text);
      if (m) [user, sys, rssKiB] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else {
      const u = JSON.parse(text);
      [user, sys, rssKiB] = [u.user, u.sys, u.maxRssKiB];
    }
  }
  return {
    wall,
    cpu: user + sys,
    user,
    sys,
    rssMiB: rssKiB / 1024,
    status: r.status,
    signal: r.signal,
    stdoutFile,
    stderrFile,
    stdoutBytes: statSync(stdoutFile).size,
  };
}

export function median(values) {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
