// node test/bench/adversarial.mjs [bytes ...]   (after npm run build; default 250000 1500000)
//
// The adversarial letters of test/e2e/adversarial.test.ts at full size: for each shape and size, one
// run of the built CLI (all rules, a frontmatter posting, json), with its wall time, CPU time and
// peak memory, and the ratio of CPU time between the first and last size. Prints; fails nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontmatterKeys, letter, SHAPES } from '../adversarial/shapes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(250_000, 1_500_000);

function measure(files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-adversarial-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const out = path.join(dir, 'rusage.json');
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', path.join(root, 'test/bench/rusage.mjs'), path.join(root, 'bin/letterlint.js'), '--format', 'json', 'letter.md'], {
    cwd: dir,
    env: { ...process.env, BENCH_RUSAGE: out },
    stdio: 'ignore',
    timeout: 300_000,
  });
  const ms = Date.now() - started;
  const u = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return { code: r.status, ms, cpu: u.user + u.sys, mib: Math.round(u.maxRssKiB / 1024) };
}

const shapes = [
  ...Object.entries(SHAPES).map(([name, make]) => [name, (n) => ({ 'letter.md': letter(make(n)), 'posting.md': make(n) })]),
  ['frontmatter keys', (n) => ({ 'letter.md': letter('I built a queue.', frontmatterKeys(n)), 'posting.md': 'Build a queue.' })],
];
console.log(`shape | ${sizes.map((n) => `${(n / 1e6).toFixed(2)} MB: wall, CPU, peak`).join(' | ')} | CPU ratio`);
for (const [name, make] of shapes) {
  const runs = sizes.map((n) => measure(make(n)));
  const cells = runs.map((m) => `${(m.ms / 1000).toFixed(1)} s, ${m.cpu.toFixed(1)} s, ${m.mib} MiB${m.code === 0 || m.code === 1 ? '' : ` (exit ${m.code})`}`);
  console.log(`${name} | ${cells.join(' | ')} | x${(runs.at(-1).cpu / runs[0].cpu).toFixed(1)}`);
}
