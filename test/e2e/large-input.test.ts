// Large inputs end to end: long paragraphs and lines, and hundreds of thousands of paragraphs, with
// no stack overflow and no hang. Slow (half a minute on a 2-core machine), so it runs in
// `npm run test:e2e`, not `npm test`. Linear time is held by test/e2e/adversarial.test.ts (CPU
// ratios of the whole CLI, the shapes the parsers were once quadratic on among them).
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine.js';
import { MAX_LETTER_BYTES } from '../../src/run/read.js';

describe('size: no stack overflow and no hang', () => {
  const lint = (text: string, format: 'markdown' | 'text' = 'markdown') => lintText(text, 'big', format, { emptyAsWarning: true });

  it('a 370,000-character paragraph and a 1 MB single line finish in seconds, as Markdown and as text', async () => {
    const paragraph = 'Dear Ana,\n\n' + 'I built a queue that moves data quickly. '.repeat(9000) + '\n';
    const line = 'word '.repeat(200_000);
    // A last line the sign-off's name pattern once took quadratic time on.
    const hyphens = 'Dear Ana,\n\nI built a queue.\n\n' + '-A'.repeat(100_000) + ' x\n';
    // 100,000 draft markers: each placeholder was once checked against every earlier one.
    const markers = 'Dear Ana,\n\n' + 'XX '.repeat(100_000) + '\n';
    // 15,000 long lines of two sentences each: read as paragraphs one to a line, each split once walked the rest.
    const pasted = 'Dear Ana,\n\n' + 'I built the payments ledger that moves money every day for our merchants. It works well.\n'.repeat(15_000) + '\nBest,\nSam\n';
    for (const [text, format] of [[paragraph, 'markdown'], [line, 'markdown'], [line, 'text'], [hyphens, 'text'], [markers, 'text'], [pasted, 'text']] as const) {
      const started = Date.now();
      const { findings } = await lint(text, format);
      expect(findings.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(30_000);
    }
  }, 120_000);

  it('150,000 paragraphs, a list item of 150,000 sentences, a paragraph naming 160,000 technologies: no stack overflow', async () => {
    // Each once overflowed the stack by passing every item as an argument (Math.max(...x), push(...x)).
    const cases: Array<[string, string]> = [
      ['word-count', 'Dear Ana,\n\n' + 'Ab.\n\n'.repeat(150_000) + 'Best,\nSam\n'],
      ['structure', 'Dear Ana,\n\nI know:\n\n- x\n\n- ' + 'Ab. '.repeat(150_000) + '\n\nBest,\nSam\n'],
      ['no-keyword-stuffing', 'Dear Ana,\n\nI want to join Northwind.\n\n' + 'Go, Rust, Kafka, Redis, '.repeat(40_000) + 'and AWS.\n\nI would be glad to talk.\n\nBest,\nSam\n'],
    ];
    for (const [rule, text] of cases) {
      expect(text.length).toBeLessThan(MAX_LETTER_BYTES);
      const { findings } = await lint(text, 'text');
      expect(findings.map((f) => f.ruleId), rule).toContain(rule);
    }
  }, 120_000);


});
