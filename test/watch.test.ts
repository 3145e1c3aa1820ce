// --watch through the built executable: a run, another after each save of a letter or a
// configuration, none for the report being written beside them, and Ctrl-C ending with the last
// run's exit code. Each step waits for what the process says, never for a length of time.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');

/** A watching letterlint in a new folder holding a.md, with a way to wait until it has finished its nth run. */
function watching(args: string[], letter: string) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'letterlint-watch-'));
  writeFileSync(path.join(cwd, 'a.md'), letter);
  const child = spawn(process.execPath, [bin, '--watch', '--format', 'compact', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  const runs = () => stderr.split('watching for changes').length - 1;
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    dir: cwd,
    afterRun: (n: number) =>
      new Promise<string>((resolve) => {
        const check = () => (runs() >= n ? resolve(stdout) : waiters.push(check));
        check();
      }),
    runs,
    stop: () => (child.kill('SIGINT'), exited),
  };
}

describe('--watch', () => {
  it('lints again when the letter is saved, and Ctrl-C exits with the last run\'s code', async () => {
    const w = watching(['a.md'], strong);
    const { dir } = w;
    expect(await w.afterRun(1)).toBe('');
    appendFileSync(path.join(dir, 'a.md'), '\nI am a team player.\n');
    expect(await w.afterRun(2)).toContain('Generic claim "team player"');
    expect(await w.stop()).toBe(1);
  }, 30_000);

  it('a saved configuration is read again; a new letter in a folder it lints is linted', async () => {
    const w = watching(['.'], strong + '\nI am a team player.\n');
    const { dir } = w;
    expect(await w.afterRun(1)).toContain('team player');
    writeFileSync(path.join(dir, '.letterlintrc.yaml'), 'rules:\n  no-generic-claims: off\n');
    const second = await w.afterRun(2);
    expect(second.split('team player')).toHaveLength(2);
    writeFileSync(path.join(dir, 'b.md'), strong.replace('Dear', 'Dear [Hiring Manager],\n\nDear'));
    expect(await w.afterRun(3)).toContain('b.md');
    expect(await w.stop()).toBe(1);
  }, 30_000);

  it('a report written beside the letters does not start another run', async () => {
    const w = watching(['a.md', '--output-file', 'report.txt'], strong + '\nI am a team player.\n');
    const { dir } = w;
    await w.afterRun(1);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('team player');
    // Were the report's own writing a change, the second run would come before this save and miss it.
    appendFileSync(path.join(dir, 'a.md'), '\nAlso a self-starter.\n');
    await w.afterRun(2);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('self-starter');
    writeFileSync(path.join(dir, 'a.md'), strong);
    await w.afterRun(3);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe('');
    expect(await w.stop()).toBe(0);
  }, 30_000);

  it('cannot watch standard input', () => {
    const r = spawnSync(process.execPath, [bin, '--watch', '-'], { input: 'Dear team,\n', encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([2, 'letterlint: --watch lints files as they are saved; it cannot watch standard input\n']);
  });
});
