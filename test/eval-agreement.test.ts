// The second reading of the real corpus: Cohen's kappa, the committed record, and what eval prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreedOnly, agreementTable, agreements, cohenKappa } from '../src/eval/agreement.js';
import { loadReal, realTables, type RealLetter } from '../src/eval/eval.js';

const letter = (id: string, rules: Record<string, boolean>, second: Record<string, boolean> = {}, split: 'dev' | 'test' = 'test'): RealLetter => ({
  id,
  file: `${id}.md`,
  split,
  label: { rules },
  spans: { generic: [], stack: [], metrics: [], failure: [], placeholders: [] },
  second,
  repo: `owner/${id}`,
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
    const rows = agreements([
      letter('x1', { 'rule-a': true, 'rule-b': true }, { 'rule-a': true, 'rule-b': false }),
      letter('x2', { 'rule-a': true }, { 'rule-a': false, 'rule-b': true }),
      letter('x3', { 'rule-a': false }),
    ]);
    expect(rows.find((r) => r.ruleId === 'rule-a')).toMatchObject({ letters: 2, firstTrue: 2, secondTrue: 1, agreed: 0.5 });
    expect(rows.find((r) => r.ruleId === 'rule-b')).toMatchObject({ letters: 1, firstTrue: 1, secondTrue: 0, agreed: 0 });
  });

  it('prints a table for each half the second reading covers, and nothing without one', () => {
    const table = agreementTable([letter('x1', { 'rule-a': true }, { 'rule-a': true }), letter('x9', { 'rule-a': false }, { 'rule-a': true }, 'dev')]);
    expect(table).toContain('## Second reading, dev half: 1 letters');
    expect(table).toContain('| rule-a | 1 | 0 | 1 | 0.000 | 0.000 |');
    expect(table).toContain('## Second reading, test half: 1 letters');
    expect(table).toContain('| rule-a | 1 | 1 | 1 | 1.000 | 1.000 |');
    expect(agreementTable([letter('x1', { 'rule-a': true })])).toBe('');
  });

  it('leaves out, for tuning, each label the second reading disputes', () => {
    expect(agreedOnly(letter('x1', { 'rule-a': true, 'rule-b': true, 'rule-c': false }, { 'rule-a': false, 'rule-b': true })).label.rules).toEqual({ 'rule-b': true, 'rule-c': false });
    expect(agreedOnly(letter('x2', { 'rule-a': true })).label.rules).toEqual({ 'rule-a': true });
  });

  it('eval prints the agreement from the labels alone, when no text has been pulled', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'letterlint-agree-'));
    const head = ['id', 'ext', 'split', 'no-stack-list-opening', 'second_reader', 'second_no-stack-list-opening'];
    writeFileSync(path.join(dir, 'sources.tsv'), ['# labels', head.join('\t'), ['g1-001', 'md', 'dev', '1', 'A', '0'].join('\t')].join('\n') + '\n');
    const out = realTables(dir, true);
    expect(out).toContain('none pulled into');
    expect(out).toContain('## Second reading, dev half: 1 letters');
    expect(out).toContain('| no-stack-list-opening | 1 | 1 | 0 | 0.000 |');
  });

  it('sources.tsv holds the second reading of both halves, four rules a letter read', () => {
    const read = loadReal().filter((l) => Object.keys(l.second).length > 0);
    expect(read.filter((l) => l.split === 'test').length).toBeGreaterThanOrEqual(558);
    expect(read.filter((l) => l.split === 'dev').length).toBeGreaterThanOrEqual(616);
    for (const l of read) expect(Object.keys(l.second).sort(), l.id).toEqual(['lead-with-system', 'no-stack-list-opening', 'no-unsupported-expertise', 'require-failure-modes']);
  });
});
