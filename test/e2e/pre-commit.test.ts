// The pre-commit hook for real: pre-commit (Debian's package, which .ci/run installs) runs this
// checkout's hook in a throwaway repository, refusing a weak letter and letting a strong one through.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version']).status === 0;
}

// .ci/run installs Debian's pre-commit; a machine without it skips this file and says why.
const available = hasPreCommit();
if (!available) console.warn('pre-commit is not installed: the hook test is skipped (.ci/run installs the Debian package)');

describe.runIf(available)('pre-commit hook', () => {
  it('refuses a commit with a weak letter and accepts one with a strong letter', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-hook-'));
    const repo = path.join(dir, 'letters');
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: path.join(dir, 'cache'),
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    };
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
    try {
      execFileSync('git', ['init', '-q', repo]);
      // The hook configuration comes from letterlint itself: this checkout, at its current commit.
      expect(run(process.execPath, [bin, 'init', '--pre-commit']).status).toBe(0);
      expect(readFileSync(path.join(repo, '.pre-commit-config.yaml'), 'utf8')).toContain(`repo: ${root.replace(/\/$/, '')}`);
      expect(run('pre-commit', ['install']).status).toBe(0);

      copyFileSync(path.join(root, 'fixtures/weak.md'), path.join(repo, 'cover-letter.md'));
      run('git', ['add', 'cover-letter.md']);
      const weak = run('git', ['commit', '-m', 'weak letter']);
      expect(weak.status, weak.stdout + weak.stderr).not.toBe(0);
      expect(weak.stdout + weak.stderr).toContain('no-generic-claims');
      expect(run('git', ['rev-list', '--all']).stdout.trim()).toBe('');

      rmSync(path.join(repo, 'cover-letter.md'));
      copyFileSync(path.join(root, 'fixtures/strong.md'), path.join(repo, 'cover-letter.md'));
      run('git', ['add', 'cover-letter.md']);
      const strong = run('git', ['commit', '-m', 'strong letter']);
      expect(strong.status, strong.stdout + strong.stderr).toBe(0);
      expect(strong.stdout + strong.stderr).toMatch(/letterlint\.+Passed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
