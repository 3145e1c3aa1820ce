// The whole CLI (every rule, a frontmatter posting, stylish and json) on adversarial letters built
// to make a backtracking pattern or a quadratic loop show: the CPU time at six times the size is
// compared with the time at the smaller size, a ratio and not an absolute time, so a busy machine
// does not fail it. Six times the input is six times the work when time grows linearly, thirty-six
// when quadratically. The sizes here (50 KB and 300 KB) keep npm test short;
// `node test/bench/adversarial.mjs` runs the same shapes at 0.25 MB and 1.5 MB and prints time and
// peak memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frontmatterKeys, letter, SHAPES } from './adversarial/shapes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const rusage = path.join(root, 'test/bench/rusage.mjs');
const SMALL = 50_000;
const LARGE = 300_000;
/** Linear is 6 (less, with start-up in both); quadratic is 36. */
const MAX_RATIO = 12;

const shapes: Array<[string, (bytes: number) => { letter: string; posting: string }]> = [
  ...Object.entries(SHAPES).map(([name, make]): [string, (bytes: number) => { letter: string; posting: string }] => [
    name,
    (bytes) => ({ letter: letter(make(bytes)), posting: make(bytes) }),
  ]),
  ['frontmatter keys', (bytes) => ({ letter: letter('I built a queue.', frontmatterKeys(bytes)), posting: 'Build a queue.' })],
];

/** CPU seconds (every thread) and peak memory of one run of the CLI, in both formats. */
async function cost(files: { letter: string; posting: string }): Promise<{ cpu: number; mib: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-adversarial-'));
  writeFileSync(path.join(dir, 'letter.md'), files.letter);
  writeFileSync(path.join(dir, 'posting.md'), files.posting);
  let cpu = 0;
  let mib = 0;
  for (const format of ['json', 'stylish']) {
    const out = path.join(dir, `${format}.rusage.json`);
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', rusage, bin, '--format', format, '--no-color', 'letter.md'], {
        cwd: dir,
        env: { ...process.env, BENCH_RUSAGE: out },
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      child.on('close', resolve);
    });
    expect([0, 1, 2]).toContain(code);
    const r = JSON.parse(readFileSync(out, 'utf8')) as { user: number; sys: number; maxRssKiB: number };
    cpu += r.user + r.sys;
    mib = Math.max(mib, r.maxRssKiB / 1024);
  }
  return { cpu, mib };
}

/** Runs `fn` on every item, two at a time. */
async function pairwise<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

describe('adversarial letters: time grows linearly with the input', () => {
  it(`${shapes.length} shapes, 50 KB and 300 KB, all rules, a posting, stylish and json`, async () => {
    expect(shapes.length).toBeGreaterThanOrEqual(12);
    const baseline = await cost({ letter: letter('I built a queue.'), posting: 'Build a queue.' });
    const runs = await pairwise(
      shapes.flatMap(([name, make]) => [SMALL, LARGE].map((bytes) => ({ name, bytes, make }))),
      async ({ name, bytes, make }) => ({ name, bytes, ...(await cost(make(bytes))) }),
    );
    const report: string[] = [];
    for (const [name] of shapes) {
      const [small, large] = [SMALL, LARGE].map((bytes) => runs.find((r) => r.name === name && r.bytes === bytes)!);
      // Start-up is the same in both; what is left is the work the input makes.
      // A floor of 0.1 s keeps a shape that costs next to nothing from dividing noise by noise.
      const ratio = Math.max(large!.cpu - baseline.cpu, 0.1) / Math.max(small!.cpu - baseline.cpu, 0.1);
      report.push(`${name}: ${small!.cpu.toFixed(2)} s -> ${large!.cpu.toFixed(2)} s (x${ratio.toFixed(1)}), ${Math.round(large!.mib)} MiB`);
      expect(ratio, report.at(-1)).toBeLessThan(MAX_RATIO);
    }
    console.log(report.join('\n'));
  });
});

describe('many letters naming companies', () => {
  const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
  const companies = (n: number) => new Set(Array.from({ length: n }, (_, i) => `Company${i} Labs`));

  it('a run of 20,000 companies costs a letter about what 1,000 do: each word is looked up, not matched against every name', async () => {
    const { lintText } = await import('../src/engine.js');
    const cpu = async (run: { companies: Set<string> }) => {
      await lintText(strong, 'letter.md', 'markdown', { run });
      const started = process.cpuUsage();
      for (let i = 0; i < 10; i++) await lintText(strong, 'letter.md', 'markdown', { run });
      const used = process.cpuUsage(started);
      return used.user + used.system;
    };
    const few = await cpu({ companies: companies(1_000) });
    const many = await cpu({ companies: companies(20_000) });
    expect(many / few).toBeLessThan(3);
  });

  it('a 60,000-character company name is linted as any other', async () => {
    const { lintText } = await import('../src/engine.js');
    const name = 'Acme'.repeat(15_000);
    const { findings } = await lintText(`---\ncompany: ${name}\n---\n\n${strong}`, 'letter.md', 'markdown', { run: { companies: new Set([name, 'Globex']) } });
    expect(findings.filter((f) => f.ruleId === 'stale-company')).toEqual([]);
  });
});
