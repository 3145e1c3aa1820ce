// Linting on worker threads (src/run/pool.ts) must change nothing but the time: the same report, the
// same messages on standard error and the same exit code as one thread, through the built binary.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../src/run/pool.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');

function run(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--concurrency', () => {
  it('three threads give the report one thread gives, over the corpus, a broken configuration and an unreadable letter', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-threads-'));
    cpSync(path.join(root, 'fixtures/corpus'), path.join(dir, 'corpus'), { recursive: true, filter: (p) => !p.includes('labels') });
    // A folder whose configuration is broken: each of its letters fails with the same one line.
    mkdirSync(path.join(dir, 'broken'));
    writeFileSync(path.join(dir, 'broken/.letterlintrc.json'), '{ "rules": ');
    cpSync(path.join(root, 'fixtures/weak.md'), path.join(dir, 'broken/weak.md'));
    writeFileSync(path.join(dir, 'corpus/binary.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    for (const format of ['json', 'stylish']) {
      const one = run(['--concurrency', 'off', '--format', format, '.'], dir);
      const three = run(['--concurrency', '3', '--format', format, '.'], dir);
      expect(one.code).toBe(2);
      expect(three).toEqual(one);
    }
    const report = JSON.parse(run(['--concurrency', '3', '--format', 'json', 'corpus'], dir).stdout) as Array<{ messages: unknown[] }>;
    expect(report.length).toBeGreaterThanOrEqual(65);
    expect(report.filter((r) => r.messages.length > 0).length).toBeGreaterThan(20);
  });

  it('a bad value is a usage error', () => {
    for (const value of ['0', 'many', '1.5']) {
      const r = run(['--concurrency', value, 'fixtures/strong.md'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--concurrency/);
    }
  });

  it('"auto" stays on one thread for a few letters and grows with the letters, never past the cores less one, or four', () => {
    expect(threadsFor('auto', 1)).toBe(1);
    expect(threadsFor('auto', 49)).toBe(1);
    expect(threadsFor('off', 10_000)).toBe(1);
    expect(threadsFor(3, 2)).toBe(2);
    expect(threadsFor(3, 100)).toBe(Math.min(3, availableParallelism()));
    const many = threadsFor('auto', 10_000);
    expect(many).toBeGreaterThanOrEqual(1);
    expect(many).toBeLessThanOrEqual(Math.min(4, Math.max(1, availableParallelism() - 1)));
  });
});
