// The whole CLI (every rule, a frontmatter posting, stylish and json) on adversarial letters built
// to make a backtracking pattern or a quadratic loop show: the CPU time at six times the size is
// compared with the time at the smaller size, a ratio and not an absolute time, so a busy machine
// does not fail it. Six times the input is six times the work when time grows linearly, thirty-six
// when quadratically. The sizes are counted in the work budget's units (src/run/budget.ts), so that the
// larger letter is still linted, not refused: 12,000 and 72,000 of the 100,000 a letter may hold (or
// 50 KB and 300 KB for shapes that never come near it). `node test/bench/adversarial.mjs` runs the
// same shapes at 0.25 MB and 1.5 MB and prints time and peak memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frontmatterKeys, letter, SHAPES } from '../adversarial/shapes.mjs';
import { MAX_UNITS, textUnits } from '../../src/run/budget.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const rusage = path.join(root, 'test/bench/rusage.mjs');
const SMALL = 12_000;
const LARGE = 72_000;
/** Linear is 6 (less, with start-up in both); quadratic is 36. */
const MAX_RATIO = 12;
/** The bound on peak memory, for any input under the 2 MB cap. */
const MAX_MIB = 300;
/**
 * A guard against a hang, never against a busy machine: two runs of the whole CLI per shape took
 * 83–105 s for 28 shapes on a loaded 2-core host, so the guard grows with the shapes (10 s a run).
 */
const HANG_GUARD = (runs: number) => Math.max(120_000, runs * 10_000);

/** Bytes of a shape that make about `units` units of work; a shape of few units per byte (a run of spaces) stops at 50 KB or 300 KB. */
function bytesFor(make: (bytes: number) => { letter: string }, units: number): number {
  const cap = Math.floor((300_000 * units) / LARGE);
  let bytes = Math.min(cap, units * 20);
  for (let k = 0; k < 8; k++) {
    const got = textUnits(make(bytes).letter);
    if (Math.abs(got - units) <= units * 0.05 || (bytes >= cap && got < units)) break;
    bytes = Math.min(cap, Math.floor((bytes * units) / Math.max(got, 1)));
  }
  return bytes;
}

const shapes: Array<[string, (bytes: number) => { letter: string; posting: string }]> = [
  ...Object.entries(SHAPES).map(([name, make]): [string, (bytes: number) => { letter: string; posting: string }] => [
    name,
    (bytes) => ({ letter: letter(make(bytes)), posting: make(bytes) }),
  ]),
  ['frontmatter keys', (bytes) => ({ letter: letter('I built a queue.', frontmatterKeys(bytes)), posting: 'Build a queue.' })],
];

/** CPU seconds (every thread) and peak memory of one run of the CLI, in both formats. Under the budget a letter is linted (exit 0 or 1). */
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
    expect([0, 1]).toContain(code);
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
  it(`${shapes.length} shapes, 12,000 and 72,000 units of work, all rules, a posting, stylish and json`, async () => {
    expect(shapes.length).toBeGreaterThanOrEqual(12);
    const baseline = await cost({ letter: letter('I built a queue.'), posting: 'Build a queue.' });
    const runs = await pairwise(
      shapes.flatMap(([name, make]) => [SMALL, LARGE].map((units) => ({ name, units, make }))),
      async ({ name, units, make }) => {
        const files = make(bytesFor(make, units));
        expect(textUnits(files.letter)).toBeLessThanOrEqual(MAX_UNITS);
        return { name, units, ...(await cost(files)) };
      },
    );
    const report: string[] = [];
    for (const [name] of shapes) {
      const [small, large] = [SMALL, LARGE].map((units) => runs.find((r) => r.name === name && r.units === units)!);
      // Start-up is the same in both; what is left is the work the input makes.
      // A floor of 0.1 s keeps a shape that costs next to nothing from dividing noise by noise.
      const ratio = Math.max(large!.cpu - baseline.cpu, 0.1) / Math.max(small!.cpu - baseline.cpu, 0.1);
      report.push(`${name}: ${small!.cpu.toFixed(2)} s -> ${large!.cpu.toFixed(2)} s (x${ratio.toFixed(1)}), ${Math.round(large!.mib)} MiB`);
      expect(ratio, report.at(-1)).toBeLessThan(MAX_RATIO);
      expect(large!.mib, report.at(-1)).toBeLessThan(MAX_MIB);
    }
    console.log(report.join('\n'));
  }, HANG_GUARD(shapes.length * 2 + 1));

  it(`${shapes.length} shapes at 1.5 MB: linted, or refused in one line for the work they ask, in under ${MAX_MIB} MiB`, async () => {
    const runs = await pairwise(shapes, async ([name, make]) => {
      const files = make(1_500_000);
      const over = textUnits(files.letter) > MAX_UNITS;
      const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-adversarial-'));
      writeFileSync(path.join(dir, 'letter.md'), files.letter);
      writeFileSync(path.join(dir, 'posting.md'), files.posting);
      writeFileSync(path.join(dir, 'other.md'), 'Dear Sam,\n\nI built a queue.\n\nBest,\nAna\n');
      const out = path.join(dir, 'rusage.json');
      const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', rusage, bin, '--format', 'json', 'letter.md', 'other.md'], { cwd: dir, env: { ...process.env, BENCH_RUSAGE: out } });
        let o = '';
        let e = '';
        child.stdout.on('data', (d) => (o += d));
        child.stderr.on('data', (d) => (e += d));
        child.on('close', (c) => resolve({ code: c, stdout: o, stderr: e }));
      });
      const mib = (JSON.parse(readFileSync(out, 'utf8')) as { maxRssKiB: number }).maxRssKiB / 1024;
      return { name, over, code, stdout, stderr, mib };
    });
    expect(runs.filter((r) => r.over).length).toBeGreaterThanOrEqual(10);
    for (const r of runs) {
      expect(r.mib, r.name).toBeLessThan(MAX_MIB);
      const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string }> }>;
      const of = (name: string) => results.find((x) => path.basename(x.filePath) === name);
      // The other letter is linted whatever happens to this one.
      expect(of('other.md')?.messages.length, r.name).toBeGreaterThan(0);
      if (!r.over) continue;
      expect(r.code, r.name).toBe(2);
      // As ESLint reports a file it could not parse: one fatal message, no findings.
      expect(of('letter.md')?.messages.map((m) => m.fatal), r.name).toEqual([true]);
      const lines = r.stderr.trim().split('\n').filter((l) => l.includes('letter.md'));
      expect(lines, r.name).toHaveLength(1);
      expect(lines[0], r.name).toMatch(/^letterlint: letter\.md: too long for a letter \([\d,]+ words, marks and lines; the limit is 100,000\): is this the file you meant\?$/);
    }
  }, HANG_GUARD(shapes.length));
});

describe('many letters naming companies', () => {
  const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
  const companies = (n: number) => new Set(Array.from({ length: n }, (_, i) => `Company${i} Labs`));

  it('a run of 20,000 companies costs a letter about what 1,000 do: each word is looked up, not matched against every name', async () => {
    const { lintText } = await import('../../src/engine.js');
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
    const { lintText } = await import('../../src/engine.js');
    const name = 'Acme'.repeat(15_000);
    const { findings } = await lintText(`---\ncompany: ${name}\n---\n\n${strong}`, 'letter.md', 'markdown', { run: { companies: new Set([name, 'Globex']) } });
    expect(findings.filter((f) => f.ruleId === 'stale-company')).toEqual([]);
  });
});
