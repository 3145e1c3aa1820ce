// Detection quality on the labelled corpus, held to thresholds so a regression fails CI.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabels, runCli, score } from '../src/eval/eval.js';

const PRECISION = 0.95;
const RECALL = 0.9;

describe('labelled corpus', () => {
  const labels = loadLabels();
  const got = runCli();
  const scores = score(labels, got);

  it('labels every letter, and every labelled letter exists', () => {
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(60);
    expect([...got.keys()].sort()).toEqual(Object.keys(labels).sort());
  });

  it('covers each hard case in at least three letters', () => {
    const count = new Map<string, number>();
    for (const label of Object.values(labels) as Array<{ hard?: string[] }>) {
      for (const h of label.hard ?? []) count.set(h, (count.get(h) ?? 0) + 1);
    }
    for (const hard of [
      'numbers-not-metrics', 'metrics-in-words', 'stack-later', 'stack-bullets', 'stack-sentence', 'stack-label-line',
      'story-with-techs', 'cliche-variants', 'cliche-ordinary-sense', 'subtle-failure-modes', 'reliable-personality',
      'legit-brackets', 'near-min-words', 'near-max-words', 'uncounted-content',
    ]) {
      expect(count.get(hard) ?? 0, hard).toBeGreaterThanOrEqual(3);
    }
  });

  for (const s of scores) {
    it(`${s.ruleId}: precision >= ${PRECISION}, recall >= ${RECALL}`, () => {
      const misses = s.misses.map((m) => `${m.file} expected ${m.expected ? 'fire' : 'quiet'}`).join('; ');
      expect(s.tp + s.fn, `${s.ruleId} needs positive letters to measure recall`).toBeGreaterThanOrEqual(5);
      expect(s.precision, misses).toBeGreaterThanOrEqual(PRECISION);
      expect(s.recall, misses).toBeGreaterThanOrEqual(RECALL);
    });
  }
});

describe('corpus spread', () => {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
  const bytes = (f: string) => readFileSync(new URL(f, dir));
  const labels = loadLabels() as Record<string, { role?: string; level?: string; voice?: string }>;

  it('has plain text, CRLF, byte-order marks and frontmatter among its letters', () => {
    expect(files.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => bytes(f).includes('\r\n')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => bytes(f).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => /^(\uFEFF)?---\r?\n/.test(bytes(f).toString('utf8'))).length).toBeGreaterThanOrEqual(5);
  });

  it('spreads over roles and levels, and holds both strong and weak letters', () => {
    const roles = new Set(Object.values(labels).map((l) => l.role));
    for (const role of ['backend', 'payments', 'platform', 'sre', 'security', 'data', 'ai-infrastructure', 'developer-tools']) expect(roles.has(role), role).toBe(true);
    const levels = new Set(Object.values(labels).map((l) => l.level));
    for (const level of ['early-career', 'mid', 'senior', 'staff']) expect(levels.has(level), level).toBe(true);
    const clean = Object.values(loadLabels()).filter((l) => Object.values(l.rules).every((x) => !x)).length;
    expect(clean).toBeGreaterThanOrEqual(20);
    expect(Object.keys(labels).length - clean).toBeGreaterThanOrEqual(20);
  });
});
