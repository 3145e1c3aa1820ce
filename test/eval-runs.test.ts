// The real letters are linted in the runs their writers would make: strangers' letters must not
// see each other's declared companies, which stale-company holds a letter to.
import { describe, expect, it } from 'vitest';
import { runCli, writersRuns, type RealLetter } from '../src/eval/eval.js';
import { tempProject } from './temp-project.js';

const letter = (id: string, repo: string): RealLetter => ({
  id,
  file: `${id}.md`,
  split: 'dev',
  label: { rules: {} },
  spans: { generic: [], stack: [], metrics: [], failure: [], placeholders: [] },
  second: {},
  repo,
});

describe('the eval linting each writer apart', () => {
  const declares = '---\ncompany: Globex\n---\n\nDear Sam,\n\nI would love to join Globex.\n';
  const mentions = 'Dear Northwind team,\n\nI read a post by an engineer about Globex ledgers and I would love to join Northwind.\n';
  const files = { 'a1.md': declares, 'a2.md': mentions, 'b1.md': mentions, 'c1.md': mentions };
  const letters = [letter('a1', 'ann/jobs'), letter('a2', 'ann/jobs'), letter('b1', 'bo/cv'), letter('c1', 'cy/cv')];

  it('gives a repository with a declared company a run of its own, and the rest one run', () => {
    const dir = tempProject(files);
    expect(writersRuns(letters, dir)).toEqual([['b1.md', 'c1.md'], ['a1.md', 'a2.md']]);
    expect(writersRuns(letters.filter((l) => l.repo !== 'ann/jobs'), dir)).toEqual([['b1.md', 'c1.md']]);
  });

  it('so a stranger is not held to another writer\'s company, and the writer still is to their own', () => {
    const dir = tempProject(files);
    const together = runCli(dir, ['a1.md', 'a2.md', 'b1.md']);
    expect(together.get('b1.md')?.has('stale-company')).toBe(true);
    const apart = new Map(writersRuns(letters.slice(0, 3), dir).flatMap((run) => [...runCli(dir, run)]));
    expect(apart.get('b1.md')?.has('stale-company')).toBe(false);
    expect(apart.get('a2.md')?.has('stale-company')).toBe(true);
  });
});
