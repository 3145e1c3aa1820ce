import { describe, expect, it } from 'vitest';
import rule from '../../rules/word-count.js';
import { ruleTester } from '../rule-tester.js';

// Letters are built to an exact length. The expected count comes from an editor's count of the
// prose (runs between white space that hold a letter or digit), done here independently of the
// parser the rule uses; the parts that must not be counted are added afterwards.
const editorCount = (prose: string): number => prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const GREETING = 'Dear Ms. Okafor,'; // 3 words
const SIGNOFF = 'Best,\nPriya Raman'; // 3 words
const STORY =
  'At Globex I rebuilt the payouts ledger that moves $40M a day for 12,000 merchants. Reconciliation used to take six hours every night; after I moved settlement onto Kafka streams it takes 20 minutes, and finance closes the books before lunch.';
const FAILURE =
  'Most of the design work went into what happens when things fail. Every payout carries an idempotency key, so a retried webhook cannot pay a merchant twice, and a reconciliation job pages on-call when the ledger and the bank disagree.';
const FIT =
  "Acme's posting talks about moving card settlement to streaming, which is the problem I have spent the last two years on, and I would like to help your team through it.";
const CLOSE = 'I would welcome a conversation about how Acme plans its settlement work today.';
const HOBBIES =
  'Outside work I enjoy reading about history, cooking for friends and hiking in the hills near my home, and I believe these hobbies keep me curious and balanced.';

const POOL = (
  'I like teams that write things down, argue about design in the open, review each other\'s code with care, ' +
  'and leave the codebase a little better than they found it, so that the next person can read it without a guide.'
).split(' ');

/** Exactly `n` words of neutral prose: no figures, no ownership verbs, no failure modes. */
function filler(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(POOL[i % POOL.length]!);
  return out.join(' ').replace(/[,.]?$/, '.');
}

interface Shape {
  paragraphs?: string[];
  /** The sign-off block. */
  end?: string;
  eol?: string;
  /** Append the filler to this paragraph instead of giving it a paragraph of its own before the last. */
  padInto?: number;
}

/** A letter of exactly `total` words: greeting, the paragraphs, filler that makes up the rest, sign-off. */
function letter(total: number, { paragraphs = [STORY, FAILURE, FIT, CLOSE], end = SIGNOFF, eol = '\n', padInto }: Shape = {}): string {
  const base = editorCount([GREETING, ...paragraphs, end].join(' '));
  if (base > total) throw new Error(`base letter has ${base} words, more than ${total}`);
  const pad = total - base;
  let body = paragraphs;
  if (pad > 0 && padInto !== undefined) body = paragraphs.map((p, i) => (i === padInto ? `${p} ${filler(pad)}` : p));
  else if (pad > 0) body = [...paragraphs.slice(0, -1), filler(pad), ...paragraphs.slice(-1)];
  const text = [GREETING, ...body, end].join('\n\n');
  if (editorCount(text) !== total) throw new Error('letter() miscounted');
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

describe('the test helper', () => {
  it('builds letters of the length asked for', () => {
    expect(editorCount(letter(250))).toBe(250);
    expect(editorCount(filler(7))).toBe(7);
    expect(editorCount('Dear Ms. Okafor,\n\nI moved 1,200 jobs, e.g. the Node.js ones \u2014 all of them.')).toBe(14);
  });
});

/** Replaces text that must be there: a case whose edit silently missed would pass for the wrong reason. */
function swap(text: string, ...pairs: Array<[string, string]>): string {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`not in the letter: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

const FRONTMATTER =
  '---\ncompany: Acme Payments\nrole: Senior Backend Engineer\nnotes: send before Friday, mention the settlement talk and the ledger write-up, ask about on-call\n---\n\n';
const FENCE = '\n\n```ts\n// retry with the same idempotency key when the bank times out\nawait pay(payout, { key: payout.id, retries: 3 });\n```\n\n';
const TOKENS =
  'I moved 1,200 cron jobs, e.g. the nightly exports, off Node.js workers and onto a queue; p99 fell 3x, i.e. to 420ms, and the on-call rota didn\u2019t notice a thing at 9:30 a.m.';

ruleTester(rule, {
  valid: [
    { name: 'exactly 250 words', text: letter(250) },
    { name: 'exactly 400 words', text: letter(400) },
    { name: 'a typical letter of about 320 words', text: letter(320) },
    {
      name: '250 words only when the greeting and a long sign-off are counted',
      text: letter(250, { end: 'With thanks and best wishes,\nPriya Raman\nSenior Backend Engineer, Globex' }),
    },
    { name: 'frontmatter is not counted', text: FRONTMATTER + letter(400) },
    {
      name: 'a fenced code block is not counted',
      text: swap(letter(400), [`\n\n${FAILURE}`, `\n\n${FAILURE}${FENCE.trimEnd()}`]),
    },
    {
      name: 'inline code is not counted',
      text: swap(letter(400), ['a retried webhook', 'a retried webhook (`POST /payouts --replay last-hour`)']),
    },
    {
      name: 'HTML comments are not counted, as a block or inline',
      text: swap(
        letter(400),
        [`\n\n${FIT}`, `\n\n<!-- TODO: tighten this paragraph, and mention the talk from last spring -->\n\n${FIT}`],
        ['settlement work today.', 'settlement work today.<!-- ask Ana about the team size first -->'],
      ),
    },
    {
      name: 'URLs are not counted: bare, as a link destination, as an autolink',
      text: swap(
        letter(400),
        ['onto Kafka streams', 'onto Kafka streams (https://example.com/blog/ledger-streams?from=cover-letter)'],
        ['idempotency key', '[idempotency key](https://example.com/posts/idempotency "my write-up on keys")'],
        ['work today.', 'work today. <https://example.com/priya/portfolio>'],
      ),
    },
    {
      name: '"1,200", "e.g.", "Node.js", "i.e.", "3x" and contractions count as one word each',
      text: letter(400, { paragraphs: [STORY, FAILURE, TOKENS, FIT, CLOSE] }),
    },
    { name: 'a plain-text letter of exactly 400 words with CRLF line endings', format: 'text', text: letter(400, { eol: '\r\n' }) },
    { name: 'option max raised', options: { max: 500 }, text: letter(480) },
    { name: 'options min and max lowered, at the upper bound', options: { min: 100, max: 150 }, text: letter(150, { paragraphs: [STORY, CLOSE] }) },
    { name: 'options min and max lowered, at the lower bound', options: { min: 100, max: 150 }, text: letter(100, { paragraphs: [STORY, CLOSE] }) },
  ],
  invalid: [
    {
      name: '249 words',
      text: letter(249),
      errors: [
        {
          actual: null,
          line: 3,
          column: 1,
          message: 'The letter has 249 words; keep it within 250\u2013400',
          suggestion: /^Add about 1 word: /,
        },
      ],
    },
    {
      name: '401 words',
      text: letter(401),
      errors: [
        {
          actual: null,
          line: 3,
          column: 1,
          message: 'The letter has 401 words; keep it within 250\u2013400',
          suggestion: /^Cut about 1 word: /,
        },
      ],
    },
    {
      name: 'the greeting and sign-off are counted',
      text: letter(402, { end: 'Kind regards,\nPriya Raman' }),
      errors: [{ actual: null, line: 3, message: 'The letter has 402 words' }],
    },
    {
      name: 'frontmatter left out of a short count',
      text: FRONTMATTER + letter(249),
      errors: [{ actual: null, line: 9, message: 'The letter has 249 words' }],
    },
    {
      name: 'code, comments and URLs left out of a long count',
      text:
        swap(
          letter(401),
          [`\n\n${FAILURE}`, `\n\n${FAILURE}${FENCE.trimEnd()}`],
          ['a retried webhook', 'a retried webhook (`POST /payouts --replay last-hour`)'],
          ['onto Kafka streams', 'onto Kafka streams (https://example.com/blog/ledger-streams)'],
        ) + '\n\n<!-- remember to attach the portfolio link -->',
      errors: [{ actual: null, line: 3, message: 'The letter has 401 words' }],
    },
    {
      name: '"1,200", "e.g." and "Node.js" counted as one word each in a long letter',
      text: letter(401, { paragraphs: [STORY, FAILURE, TOKENS, FIT, CLOSE] }),
      errors: [{ actual: null, line: 3, message: 'The letter has 401 words' }],
    },
    {
      name: 'a plain-text letter of 401 words with CRLF line endings',
      format: 'text',
      text: letter(401, { eol: '\r\n' }),
      errors: [{ actual: null, line: 3, column: 1, message: 'The letter has 401 words' }],
    },
    {
      name: 'option max lowered',
      options: { min: 100, max: 150 },
      text: letter(151, { paragraphs: [STORY, CLOSE] }),
      errors: [{ actual: null, line: 3, message: 'The letter has 151 words; keep it within 100\u2013150', suggestion: 'Cut about 1 word' }],
    },
    {
      name: 'option min raised',
      options: { min: 300 },
      text: letter(299),
      errors: [{ actual: null, line: 3, message: 'The letter has 299 words; keep it within 300\u2013400', suggestion: 'Add about 1 word' }],
    },
    {
      name: 'too long: the suggestion names the paragraph furthest from the system story',
      text: letter(430, { paragraphs: [STORY, FAILURE, FIT, CLOSE, HOBBIES] }),
      errors: [
        {
          actual: null,
          line: 3,
          message: 'The letter has 430 words',
          suggestion: 'Cut about 30 words: start with the paragraph that begins "Outside work I enjoy reading about hist\u2026"',
        },
      ],
    },
    {
      name: 'too long: the suggestion names the paragraph that carries least story, even when it is not the furthest',
      text: letter(420, {
        paragraphs: [
          'I am writing to apply for the Backend Engineer role at Acme, and I believe my background makes me a strong fit for your team.',
          STORY,
          `${FAILURE} The job runs every 15 minutes over 3 million rows.`,
          // A figure of the writer's work: "Acme moves 2 million…" would be the reader's, no story (session 34).
          'My last ledger moved 2 million card payments a day, and I would welcome a conversation about the settlement work ahead.',
        ],
        padInto: 1,
      }),
      errors: [
        {
          actual: null,
          line: 3,
          suggestion: 'start with the paragraph that begins "I am writing to apply for the Backend E\u2026"',
        },
      ],
    },
    {
      name: 'too long with a single body paragraph: the suggestion says what to cut',
      text: `${GREETING}\n\n${filler(410)}\n\n${SIGNOFF}`,
      errors: [{ actual: null, line: 3, message: 'The letter has 416 words', suggestion: 'cut repeated claims' }],
    },
    {
      name: 'too short, without a metric or a failure mode: the suggestion asks for both',
      text: letter(120, {
        paragraphs: [
          'I am a backend engineer and I would like to join Acme as a Backend Engineer.',
          'I enjoy building services that people rely on and I care about clean code.',
        ],
      }),
      errors: [
        {
          actual: null,
          line: 3,
          message: 'The letter has 120 words; keep it within 250\u2013400',
          suggestion: /^Add about 130 words: the measured result of your system story.*; and one sentence on a failure mode/,
        },
      ],
    },
    {
      name: 'too short, with a metric but no failure mode: the suggestion asks only for the failure mode',
      text: letter(150, {
        paragraphs: [
          'At Globex I rebuilt the payouts ledger that moves $40M a day for 12,000 merchants, and month-end close now takes two days instead of nine.',
          FIT,
          CLOSE,
        ],
      }),
      errors: [{ actual: null, line: 3, suggestion: /^(?![\s\S]*measured result)Add about 100 words: one sentence on a failure mode/ }],
    },
    {
      name: 'too short, with a metric and a failure mode: the suggestion asks for the fit and the trade-off',
      text: letter(200),
      errors: [{ actual: null, line: 3, suggestion: /^Add about 50 words: why this company and role.*the trade-off/ }],
    },
    {
      name: 'the finding is anchored at the opening, after a contact header and greeting',
      text: `Priya Raman\npriya@example.com\n\n${letter(200)}`,
      errors: [{ actual: null, line: 6, column: 1, message: 'The letter has 203 words' }],
    },
  ],
});
