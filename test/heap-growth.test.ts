// A large run on the command line holds V8's old-generation growth (src/pool.ts holdHeapGrowth);
// a program that calls the library keeps its own collector settings.
import v8 from 'node:v8';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEAP_GROWING_PERCENT, MANY_LETTERS, holdHeapGrowth } from '../src/pool.js';
import { lintPaths } from '../src/lint-files.js';

afterEach(() => vi.restoreAllMocks());

describe('holding the heap on large runs', () => {
  it('sets the growth only from MANY_LETTERS letters on', async () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    expect(await holdHeapGrowth(MANY_LETTERS - 1)).toBe(false);
    expect(set).not.toHaveBeenCalled();
    expect(await holdHeapGrowth(MANY_LETTERS)).toBe(true);
    expect(set).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it('is asked for by the command line only, not by a library caller', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-heap-'));
    try {
      for (let i = 0; i < MANY_LETTERS; i++) writeFileSync(path.join(dir, `l${i}.md`), `Dear Ms. Okafor,\n\nLetter ${i}.\n\nBest,\nSam\n`);
      const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
      await lintPaths([dir], { cwd: dir, config: false, concurrency: 'off' });
      expect(set).not.toHaveBeenCalled();
      await lintPaths([dir], { cwd: dir, config: false, concurrency: 'off', ownProcess: true });
      expect(set).toHaveBeenCalledTimes(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
