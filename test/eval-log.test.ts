// How often the real test half was scored is kept in a committed file, so it survives a fresh checkout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logScoring, realDir } from '../src/eval/eval.js';
import { tempProject } from './temp-project.js';

describe('the test half scoring log', () => {
  it('starts a log, appends one line per scoring, and counts the scorings made before it', () => {
    const fresh = path.join(tempProject({}), 'real-test-scorings.tsv');
    expect(logScoring(fresh, 594, new Date('2026-12-07T00:00:00Z'))).toMatch(/scored 1 times/);
    expect(logScoring(fresh, 594, new Date('2026-12-07T01:00:00Z'))).toMatch(/scored 2 times/);
    expect(readFileSync(fresh, 'utf8')).toBe('# when\tletters\n2026-12-07T00:00:00.000Z\t594\n2026-12-07T01:00:00.000Z\t594\n');
    const carried = tempProject({ 'real-test-scorings.tsv': '# earlier whole scorings: 37\n# when\tletters\n2026-12-07T00:31:13.125Z\t594\n' });
    expect(logScoring(path.join(carried, 'real-test-scorings.tsv'), 594)).toMatch(/scored 39 times/);
  });

  it('is committed with the real corpus, counting the scorings of earlier sessions', () => {
    const lines = readFileSync(`${realDir}-test-scorings.tsv`, 'utf8').split('\n');
    expect(lines.some((l) => /^# earlier whole scorings: \d+/.test(l))).toBe(true);
    for (const line of lines.filter((l) => l && !l.startsWith('#'))) expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z\t\d+$/);
  });
});
