// How often the real test half was scored is kept in a committed file, so it survives a fresh checkout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalOptions, logScoring, realDir } from '../src/eval/eval.js';
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

  it('takes only the options it knows, so a mistyped one never runs a whole scoring', () => {
    expect(evalOptions(['--dev', '--agreed'])).toEqual({ dev: true, agreed: true, spans: false, help: false });
    expect(evalOptions(['--real', 'elsewhere'])).toMatchObject({ dev: false, real: 'elsewhere' });
    expect(evalOptions(['-h'])).toMatchObject({ help: true });
    expect(evalOptions(['--help'])).toMatchObject({ help: true, dev: false });
    expect(evalOptions(['--devv'])).toMatch(/--devv/);
    expect(evalOptions(['dev'])).toMatch(/dev/);
    expect(evalOptions(['--real'])).toMatch(/--real/);
  });

  it('stops before anything is scored or logged when an option is unknown', () => {
    const log = `${realDir}-test-scorings.tsv`;
    const before = readFileSync(log, 'utf8');
    const run = spawnSync(process.execPath, [path.join(realDir, '..', '..', 'dist', 'src', 'eval', 'eval.js'), '--tets'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^eval: .*--tets/);
    expect(run.stderr).toMatch(/usage:/);
    expect(run.stdout).toBe('');
    expect(readFileSync(log, 'utf8')).toBe(before);
  });
});
