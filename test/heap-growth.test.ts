// A large run on the command line holds V8's heap growth (src/run/pool.ts holdHeapGrowth); a program
// that calls the library keeps its own collector settings.
import v8 from 'node:v8';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LARGE_RUN_FLAGS, MANY_LETTERS, holdHeapGrowth } from '../src/run/pool.js';
import { lintPaths } from '../src/run/lint-files.js';

afterEach(() => vi.restoreAllMocks());

describe('holding the heap on large runs', () => {
  it('sets the growth only from MANY_LETTERS letters on', async () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    expect(await holdHeapGrowth(MANY_LETTERS - 1)).toBe(false);
    expect(set).not.toHaveBeenCalled();
    expect(await holdHeapGrowth(MANY_LETTERS)).toBe(true);
    for (const flag of LARGE_RUN_FLAGS) expect(set).toHaveBeenCalledWith(flag);
  });

  it('keeps the young generation small in a process that churns garbage', () => {
    // The flags are read by V8 as the heap grows, so a real process shows whether they take hold.
    const pool = new URL('../dist/src/run/pool.js', import.meta.url).href;
    const youngMiB = (letters: number) =>
      Number(
        execFileSync(process.execPath, ['--input-type=module', '-e', `
          import v8 from 'node:v8';
          const { holdHeapGrowth } = await import(${JSON.stringify(pool)});
          await holdHeapGrowth(${letters});
          const kept = [];
          for (let i = 0; i < 2e6; i++) { const o = { i, pair: [i, i + 1], s: 'w' + i }; if (i % 100 === 0) kept.push(o); }
          const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
          process.stdout.write(String(young.space_size / 1048576));
        `], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }),
      );
    const held = youngMiB(MANY_LETTERS);
    const free = youngMiB(1);
    expect(free).toBeGreaterThan(held * 2);
  });

  it('is asked for by the command line only, not by a library caller', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-heap-'));
    try {
      for (let i = 0; i < MANY_LETTERS; i++) writeFileSync(path.join(dir, `l${i}.md`), `Dear Ms. Okafor,\n\nLetter ${i}.\n\nBest,\nSam\n`);
      const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
      await lintPaths([dir], { cwd: dir, config: false, concurrency: 'off' });
      expect(set).not.toHaveBeenCalled();
      await lintPaths([dir], { cwd: dir, config: false, concurrency: 'off', ownProcess: true });
      expect(set).toHaveBeenCalledTimes(LARGE_RUN_FLAGS.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
