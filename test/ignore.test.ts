// Ignoring letters: .letterlintignore in the current folder and --ignore-pattern, both in gitignore
// syntax, through the built executable; and what happens when nothing is left to lint.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
// Each run of the executable starts a Node process; a test that runs several needs more than 5 s on a busy machine.
const SPAWN_TIMEOUT = 30_000;
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');

function run(args: string[], cwd: string) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd, env, input: '', encoding: 'utf8', timeout: 30_000 });
  if (!r.stdout) throw new Error(`no JSON report (exit ${r.status}): ${r.stderr}`);
  const files = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => path.relative(cwd, x.filePath).split(path.sep).join('/')).sort();
  return { code: r.status, stderr: r.stderr, files };
}

/** A folder of letters (every one weak, so each is reported) and, optionally, an ignore file. */
function project(letters: string[], ignore?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-ignore-'));
  for (const name of letters) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), weak);
  }
  if (ignore !== undefined) writeFileSync(path.join(dir, '.letterlintignore'), ignore);
  return dir;
}

const LETTERS = ['top.md', 'drafts/a.md', 'drafts/old/b.md', 'sent/acme.md', 'sent/keep.md', 'notes/todo.txt', 'notes/deep/plan.txt', 'final/letter.markdown'];

describe('.letterlintignore', () => {
  it('folder and glob patterns, negation, comments and blank lines', () => {
    const dir = project(LETTERS, ['# drafts are not ready', 'drafts/', '', '*.txt', 'sent/*.md', '!sent/keep.md', '   '].join('\n'));
    const r = run(['.'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['final/letter.markdown', 'sent/keep.md', 'top.md']);
  });

  it('a pattern with a slash is anchored to the current folder; one without matches at any depth', () => {
    const dir = project(['plan.md', 'a/plan.md', 'a/b/plan.md', 'a/other.md', 'b/a/other.md'], 'plan.md\n/a/other.md\n');
    expect(run(['.'], dir).files).toEqual(['b/a/other.md']);
  });

  it('is read with Windows line endings', () => {
    const dir = project(LETTERS, 'drafts/\r\n*.txt\r\nsent/\r\n');
    expect(run(['.'], dir).files).toEqual(['final/letter.markdown', 'top.md']);
  });

  it('applies to folders, globs and named files alike; a named ignored file is skipped quietly', () => {
    const dir = project(LETTERS, 'drafts/\n');
    expect(run(['drafts/a.md', 'top.md'], dir)).toEqual({ code: 1, stderr: '', files: ['top.md'] });
    expect(run([path.join(dir, 'drafts/old/b.md'), 'top.md'], dir).files).toEqual(['top.md']);
    expect(run(['**/*.md'], dir).files).toEqual(['sent/acme.md', 'sent/keep.md', 'top.md']);
  });

  it('an ignored file is never read: an ignored binary is no error', () => {
    const dir = project(['letter.md'], 'broken.md\n');
    writeFileSync(path.join(dir, 'broken.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const r = run(['.'], dir);
    expect(r.stderr).toBe('');
    expect(r.files).toEqual(['letter.md']);
  });

  it('is read from the current folder only, and speaks of paths below it', () => {
    const dir = project(['letters/a.md', 'letters/b.md'], 'a.md\n');
    writeFileSync(path.join(dir, 'letters/.letterlintignore'), 'b.md\n');
    expect(run(['letters'], dir).files).toEqual(['letters/b.md']);
    // From inside letters/, its own file is the one read.
    expect(run(['.'], path.join(dir, 'letters')).files).toEqual(['a.md']);
  });
}, SPAWN_TIMEOUT);

describe('--ignore-pattern', () => {
  it('is repeatable and adds to .letterlintignore', () => {
    const dir = project(LETTERS, 'drafts/\n');
    const r = run(['--ignore-pattern', '*.txt', '--ignore-pattern', 'sent/acme.md', '.'], dir);
    expect(r.stderr).toBe('');
    expect(r.files).toEqual(['final/letter.markdown', 'sent/keep.md', 'top.md']);
  });

  it('works without an ignore file, with gitignore syntax', () => {
    const dir = project(LETTERS);
    expect(run(['--ignore-pattern', 'notes/**', '--ignore-pattern', '**/old/', '.'], dir).files).toEqual([
      'drafts/a.md',
      'final/letter.markdown',
      'sent/acme.md',
      'sent/keep.md',
      'top.md',
    ]);
  });
}, SPAWN_TIMEOUT);

describe('when nothing is left to lint', () => {
  it('a folder whose every letter is ignored is exit 2, naming it; with --no-error-on-unmatched-pattern exit 0', () => {
    const dir = project(LETTERS, 'drafts/\n');
    const r = run(['drafts'], dir);
    expect(r).toEqual({ code: 2, stderr: 'letterlint: drafts: every letter in this folder is ignored\n', files: [] });
    expect(run(['--no-error-on-unmatched-pattern', 'drafts'], dir)).toEqual({ code: 0, stderr: '', files: [] });
  });

  it('the current folder with every letter ignored by patterns is exit 2 too', () => {
    const dir = project(['a.md', 'b/c.txt']);
    const r = run(['--ignore-pattern', '*.md', '--ignore-pattern', 'b/', '.'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'letterlint: .: every letter in this folder is ignored\n']);
  });

  it('a glob whose every match is ignored, or that matches no file, is exit 2; the flag makes both exit 0', () => {
    const dir = project(LETTERS, 'drafts/\n');
    expect(run(['drafts/**/*.md'], dir)).toEqual({ code: 2, stderr: 'letterlint: drafts/**/*.md: every file it matches is ignored\n', files: [] });
    expect(run(['letters/**/*.md', 'top.md'], dir)).toEqual({ code: 2, stderr: 'letterlint: letters/**/*.md: no files match this pattern\n', files: ['top.md'] });
    expect(run(['--no-error-on-unmatched-pattern', 'drafts/**/*.md', 'letters/**/*.md', 'top.md'], dir)).toEqual({ code: 1, stderr: '', files: ['top.md'] });
  });

  it('a folder that holds some letters still reports them when others are ignored', () => {
    const dir = project(LETTERS, 'drafts/old/\n');
    expect(run(['drafts'], dir)).toEqual({ code: 1, stderr: '', files: ['drafts/a.md'] });
  });
}, SPAWN_TIMEOUT);
