import { describe, expect, it } from 'vitest';
import rule from '../../rules/mirror-posting.js';
import { analysePosting } from '../../src/letter/posting.js';
import { ruleTester } from '../rule-tester.js';

// A short posting: its top terms are ledger, settlement, reconciliation and "Go or Java".
const POSTING = analysePosting(
  `# Backend Engineer, Ledger

Acme Pay is hiring a backend engineer to own the ledger. The ledger records every settlement, and reconciliation
against the bank settlement file runs every night.

- Own the ledger and its settlement jobs.
- Build reconciliation that finds every mismatch.
- Work in Go or Java.

Acme Pay is an equal opportunity employer with great benefits.
`,
  'posting.md',
);
const posting = POSTING;
const FULL = 'At Globex I rebuilt the ledger in Go, and nightly reconciliation against the settlement file now flags every mismatch.';

ruleTester(rule, {
  valid: [
    { name: 'no posting: the rule is off', text: 'I built a search service.' },
    { name: 'every top term, and the company', posting, text: `I would love to join Acme Pay.\n\n${FULL}` },
    { name: 'Java stands for "Go or Java"', posting, text: `I would love to join Acme Pay.\n\n${FULL.replace('Go', 'Java')}` },
    { name: "the company's first word names it", posting, text: `Acme's ledger post is why I am writing.\n\n${FULL}` },
    { name: 'the company in any case', posting, text: `I would love to join ACME PAY.\n\n${FULL}` },
    { name: 'a lower share asked for by options', posting, options: { minCoverage: 20 }, text: 'I would love to join Acme Pay and work on the ledger.' },
    { name: 'the top terms only, by options', posting, options: { top: 1 }, text: 'I would love to join Acme Pay and work on the ledger.' },
    { name: 'inflections of the posting words', posting, text: 'I would love to join Acme Pay.\n\nI rebuilt two ledgers in Go; reconciliation now checks settlements against the files each night, and every mismatch pages us.' },
  ],
  invalid: [
    {
      name: 'none of the top terms',
      posting,
      text: 'I would love to join Acme Pay.\n\nAt Globex I rebuilt the search service in Python.',
      errors: [{ actual: null, line: 1, message: /^The letter mentions 0 of the posting's top \d+ terms \(0%\); missing: "ledger"/, suggestion: "Use the posting's own words" }],
    },
    {
      name: 'the company only in the frontmatter',
      posting,
      text: `---\ncompany: Acme Pay\n---\n\nDear Sam,\n\n${FULL}`,
      errors: [{ actual: null, line: 7, message: 'The posting\'s company "Acme Pay" is never named in the letter', suggestion: 'Name Acme Pay in the opening' }],
    },
    {
      name: 'another word that merely contains the name',
      posting,
      text: `I admire Acmeville's work.\n\n${FULL}`,
      errors: [{ actual: null, line: 1, message: '"Acme Pay" is never named' }],
    },
    {
      name: "the company's first word in lower case is an ordinary word",
      posting,
      text: `I weighed the acme of each design.\n\n${FULL}`,
      errors: [{ actual: null, line: 1, message: '"Acme Pay" is never named' }],
    },
    {
      name: 'both: no company and few terms',
      posting,
      text: 'Dear Sam,\n\nAt Globex I rebuilt the search service in Python.',
      errors: [
        { actual: null, line: 3, message: 'is never named' },
        { actual: null, line: 3, message: /top \d+ terms \(0%\)/ },
      ],
    },
    {
      name: 'boilerplate in the letter does not count as coverage',
      posting,
      text: 'I would love to join Acme Pay, an equal opportunity employer with great benefits.',
      errors: [{ actual: null, line: 1, message: /\(0%\)/ }],
    },
    {
      name: 'a higher share asked for by options',
      posting,
      options: { minCoverage: 100 },
      text: 'I would love to join Acme Pay.\n\nAt Globex I rebuilt the ledger in Go.',
      errors: [{ actual: null, line: 1, message: 'missing: "' }],
    },
    {
      name: 'plain text',
      format: 'text',
      posting,
      text: 'Dear Sam,\r\n\r\nAt Globex I rebuilt the search service in Python.\r\n\r\nI would love to join Acme Pay.',
      errors: [{ actual: null, line: 3, message: /\(0%\)/ }],
    },
    {
      name: 'the message never names boilerplate',
      posting,
      text: 'I would love to join Acme Pay.',
      errors: [{ actual: null, line: 1, message: /^(?!.*(benefit|equal|opportunit|employer|hiring|great)).*missing: "ledger"/ }],
    },
  ],
});

// The analysis the cases above depend on.
describe('analysePosting', () => {
  it('finds the company and the terms, without boilerplate or the company name', () => {
    expect(POSTING.company).toBe('Acme Pay');
    const displays = POSTING.terms.map((t) => t.display);
    expect(displays).toEqual(expect.arrayContaining(['ledger', 'settlement', 'reconciliation', 'Go or Java']));
    for (const d of displays) expect(d).not.toMatch(/benefit|equal|opportunit|employer|acme|hiring/i);
  });

  it('leaves out words too broad to be a term: "end to end", "data" alone; keeps their phrases', () => {
    const posting = analysePosting(
      '# Data Engineer\n\nYou will own data pipelines end to end and care about data quality. You will build data pipelines for events and improve data quality checks. End to end ownership matters.\n',
      'p.md',
    );
    const displays = posting.terms.map((t) => t.display);
    expect(displays).toEqual(expect.arrayContaining(['data pipelines', 'data quality']));
    for (const d of displays) expect(d).not.toMatch(/^(?:end|data|care|own)$/);
  });

  it('takes the company from one line, not across a heading', () => {
    expect(analysePosting('# Payments\n\nCopperline is hiring.', 'p.md').company).toBe('Copperline');
    expect(analysePosting('## About Copperline\n\nWe move money.', 'p.md').company).toBe('Copperline');
    expect(analysePosting('You care about Kafka and Postgres.', 'p.md').company).toBeUndefined();
  });
});
