// The second reading of the real corpus: Cohen's kappa, the committed record, and the table eval prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreedOnly, agreementTable, agreements, cohenKappa, loadSecondReading } from '../src/eval-agreement.js';
import { loadReal, realDir, type RealLetter } from '../src/eval.js';

const letter = (id: string, rules: Record<string, boolean>): RealLetter => ({
  id,
  file: `${id}.md`,
  split: 'test',
  label: { rules },
  spans: { generic: [], stack: [], metrics: [], failure: [], placeholders: [] },
});

describe('cohenKappa', () => {
  it('is 1 for identical readings and 0 when agreement is what the base rates give by chance', () => {
    expect(cohenKappa([[true, true], [false, false], [true, true], [false, false]])).toBe(1);
    // Each reading says "fire" half the time, independently: agreement 0.5, chance 0.5.
    expect(cohenKappa([[true, true], [true, false], [false, true], [false, false]])).toBe(0);
  });

  it('is negative when the readings disagree more than chance, and matches a worked example', () => {
    expect(cohenKappa([[true, false], [false, true]])).toBe(-1);
    // 20 both fire, 5 and 10 split, 15 both quiet: observed 0.7, chance 0.5, kappa 0.4.
    const pairs: Array<[boolean, boolean]> = [
      ...Array.from({ length: 20 }, (): [boolean, boolean] => [true, true]),
      ...Array.from({ length: 5 }, (): [boolean, boolean] => [true, false]),
      ...Array.from({ length: 10 }, (): [boolean, boolean] => [false, true]),
      ...Array.from({ length: 15 }, (): [boolean, boolean] => [false, false]),
    ];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 10);
  });
});

describe('agreements', () => {
  it('compares only the letters and rules both readings label', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'letterlint-agree-'));
    const file = path.join(dir, 'second-reading.tsv');
    writeFileSync(file, '# comment\nid\treader\trule-a\trule-b\nx1\tA\t1\t0\nx2\tB\t0\t-\nx9\tA\t1\t1\n');
    const second = loadSecondReading(file);
    const rows = agreements([letter('x1', { 'rule-a': true, 'rule-b': true }), letter('x2', { 'rule-a': true }), letter('x3', { 'rule-a': false })], second);
    expect(rows.find((r) => r.ruleId === 'rule-a')).toMatchObject({ letters: 2, firstTrue: 2, secondTrue: 1, agreed: 0.5 });
    expect(rows.find((r) => r.ruleId === 'rule-b')).toMatchObject({ letters: 1, firstTrue: 1, secondTrue: 0, agreed: 0 });
    const table = agreementTable(dir, [letter('x1', { 'rule-a': true }), { ...letter('x9', { 'rule-a': false }), split: 'dev' }]);
    expect(table).toContain('## Second reading, dev half: 1 letters');
    expect(table).toContain('| rule-a | 1 | 0 | 1 | 0.000 | 0.000 |');
    expect(table).toContain('## Second reading, test half: 1 letters');
    expect(table).toContain('| rule-a | 1 | 1 | 1 | 1.000 | 1.000 |');
  });

  it('leaves out, for tuning, each label the second reading disputes', () => {
    const second = new Map([['x1', new Map([['rule-a', false], ['rule-b', true]])]]);
    const [x1, x2] = agreedOnly([letter('x1', { 'rule-a': true, 'rule-b': true, 'rule-c': false }), letter('x2', { 'rule-a': true })], second);
    expect(x1!.label.rules).toEqual({ 'rule-b': true, 'rule-c': false });
    expect(x2!.label.rules).toEqual({ 'rule-a': true });
  });

  it('refuses a letter read twice', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'letterlint-agree-')), 'second-reading.tsv');
    writeFileSync(file, 'id\treader\trule-a\nx1\tA\t1\nx1\tB\t0\n');
    expect(() => loadSecondReading(file)).toThrow('x1 is read twice');
  });

  it('prints nothing without a second reading', () => {
    expect(agreementTable(mkdtempSync(path.join(os.tmpdir(), 'letterlint-agree-')), [])).toBe('');
  });

  it('the committed second reading names only letters of sources.tsv, each with its four labels', () => {
    const real = new Map(loadReal().map((l) => [l.id, l]));
    const second = loadSecondReading(path.join(realDir, 'second-reading.tsv'));
    expect(second.size).toBeGreaterThanOrEqual(558);
    for (const [id, labels] of second) {
      expect(real.has(id), id).toBe(true);
      expect(labels.size, id).toBe(4);
    }
  });
});
