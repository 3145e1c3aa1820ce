// Preloaded with `node --import` when /usr/bin/time is missing: on exit, writes this process's
// resource usage (CPU time of every thread, peak resident memory) to the file named by BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RUSAGE;
if (out) {
  delete process.env.BENCH_RUSAGE;
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ user: r.userCPUTime / 1e6, sys: r.systemCPUTime / 1e6, maxRssKiB: r.maxRSS }));
  });
}
