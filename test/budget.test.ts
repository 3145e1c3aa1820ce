// The work a letter may ask for: counted before parsing (src/run/budget.ts), refused in one line above
// the limit, and at most MAX_FINDINGS_PER_RULE findings of one rule in a letter (src/engine.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_UNITS, overBudget, textUnits } from '../src/run/budget.js';
import { lintText, MAX_FINDINGS_PER_RULE } from '../src/engine.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');

function run(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('units of work', () => {
  it.each([
    ['Hello, world.\n', 5],
    ['one\r\ntwo\rthree\n', 6],
    ['1,200 requests', 4],
    ['café naïve — déjà', 4],
    ['   \t  ', 0],
    ['[Company Name]', 4],
  ])('%j is %i units', (text, units) => {
    expect(textUnits(text)).toBe(units);
  });

  it('every real-sized letter is far under the limit', () => {
    for (const name of ['strong.md', 'weak.md']) {
      const text = readFileSync(path.join(root, 'fixtures', name), 'utf8');
      expect(textUnits(text)).toBeLessThan(MAX_UNITS / 50);
      expect(overBudget(text, 'letter')).toBeUndefined();
    }
  });

  it('over the limit gives the reason with both counts', () => {
    expect(overBudget('a '.repeat(MAX_UNITS), 'letter')).toBeUndefined();
    expect(overBudget('a '.repeat(MAX_UNITS + 1), 'posting')).toBe('too long for a posting (100,001 words, marks and lines; the limit is 100,000): is this the file you meant?');
  });
});

describe('a letter over the limit, on the command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-budget-'));
  mkdirSync(path.join(dir, '.git'));
  const huge = `Dear Sam,\n\n${'1,'.repeat(60_000)}\n\nBest,\nAna\n`;
  writeFileSync(path.join(dir, 'huge.md'), huge);
  writeFileSync(path.join(dir, 'ok.md'), 'Dear Sam,\n\nI built a queue.\n\nBest,\nAna\n');

  it('is refused in one line, exit 2, and the other letters are still linted', () => {
    const r = run(['--format', 'json', 'huge.md', 'ok.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['letterlint: huge.md: too long for a letter (120,012 words, marks and lines; the limit is 100,000): is this the file you meant?']);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; ruleId: string | null }> }>;
    expect(results.find((x) => x.filePath.endsWith('huge.md'))!.messages.map((m) => m.fatal)).toEqual([true]);
    expect(results.find((x) => x.filePath.endsWith('ok.md'))!.messages.some((m) => m.ruleId === 'word-count')).toBe(true);
  });

  it('from standard input too', () => {
    const r = run(['-'], dir, huge);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^letterlint: <stdin>: too long for a letter \(120,012 words, marks and lines; the limit is 100,000\)/);
  });

  it('as a posting named with --posting', () => {
    writeFileSync(path.join(dir, 'posting.md'), huge);
    const r = run(['--posting', 'posting.md', 'ok.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('posting.md: too long for a posting (120,012 words, marks and lines');
  });
});

describe('findings of one rule in one letter', () => {
  const slots = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} names [Company].`).join('\n\n');
  const placeholders = (findings: Array<{ ruleId: string | null; message: string }>) => findings.filter((f) => f.ruleId === 'no-placeholders');

  it(`stop at ${MAX_FINDINGS_PER_RULE}, then one finding says how many more there are`, async () => {
    const { findings } = await lintText(`Dear Sam,\n\n${slots(150)}\n\nBest,\nAna\n`, 'letter.md', 'markdown');
    const mine = placeholders(findings);
    expect(mine).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(mine.filter((f) => /not shown/.test(f.message)).map((f) => f.message)).toEqual(["50 more of this rule's findings in the letter are not shown"]);
  });

  it('at the cap or under it, every finding is shown and nothing more', async () => {
    const { findings } = await lintText(`Dear Sam,\n\n${slots(MAX_FINDINGS_PER_RULE)}\n\nBest,\nAna\n`, 'letter.md', 'markdown');
    expect(placeholders(findings)).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(findings.some((f) => /not shown/.test(f.message))).toBe(false);
  });

  it('counts only what inline directives leave: findings disabled are not among the 100', async () => {
    const text = `Dear Sam,\n\n<!-- letterlint-disable no-placeholders -->\n\n${slots(60)}\n\n<!-- letterlint-enable no-placeholders -->\n\n${slots(130)}\n\nBest,\nAna\n`;
    const mine = placeholders((await lintText(text, 'letter.md', 'markdown')).findings);
    expect(mine).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(mine.at(-1)!.message).toBe("30 more of this rule's findings in the letter are not shown");
  });
});
