import rule from '../../rules/require-failure-modes.js';
import { ruleTester } from '../rule-tester.js';

const GREETING = 'Dear Ms. Lee,';
const CLOSE = 'Best,\nSam Okafor';

/** A letter with a greeting and a sign-off around the given body paragraphs. */
const letter = (...paragraphs: string[]): string => [GREETING, ...paragraphs, CLOSE].join('\n\n');

// The opening every invalid letter below starts with, on line 3 after the greeting.
const OPENING = 'I am applying for the Backend Engineer role on your payments team.';
const MESSAGE = 'Nothing in the letter speaks of failure modes';

ruleTester(rule, {
  // Each valid letter speaks of a failure without the obvious keywords, often next to a personality
  // word that on its own would not count.
  valid: [
    {
      name: 'a webhook that arrives twice',
      text: letter(OPENING, 'I am reliable, and I built the merchant webhook consumer so that nothing changes when a webhook arrives twice.'),
    },
    {
      name: 'a processor that timed out',
      text: letter(OPENING, 'I am dependable under pressure: when the card processor timed out during a sale, I kept checkout taking orders.'),
    },
    {
      name: 'what happens when the queue backs up',
      text: letter(OPENING, 'Before I ship a consumer I write down what happens when the queue backs up.'),
    },
    {
      name: 'a ledger reconciled nightly',
      text: letter(OPENING, 'I consistently deliver, and I reconciled the ledger nightly against the bank files.'),
    },
    {
      name: 'paged at 3 a.m.',
      text: letter(OPENING, 'The first time I was paged at 3 a.m. I learned to write export jobs that can resume.'),
    },
    {
      name: 'customers charged twice',
      text: letter(OPENING, 'A race in the old checkout charged customers twice; I rebuilt it so a second click is ignored.'),
    },
    {
      name: 'the same file sent twice',
      text: letter(OPENING, 'I wrote the import so the bank can send the same settlement file twice without harm.'),
    },
    {
      name: 'a zero-downtime migration',
      text: letter(OPENING, 'I moved 40 million accounts to the new schema with zero downtime.'),
    },
    {
      name: 'the site went down',
      text: letter(OPENING, 'I am resilient: the site went down on Black Friday and I stayed until checkout was back.'),
    },
    {
      name: 'a bad deploy took checkout down',
      text: letter(OPENING, 'A bad deploy once took checkout down for an hour, so I made deploys go out to one region first.'),
    },
    {
      name: 'a memory leak',
      text: letter(OPENING, 'I found the memory leak that restarted our API pods every night.'),
    },
    {
      name: 'rows skipped silently',
      text: letter(OPENING, 'The nightly export silently skipped rows with null currencies until I added a count check.'),
    },
    {
      name: 'orders double-counted',
      text: letter(OPENING, 'Our dashboards double-counted orders after a network blip; I keyed the writes on the order ID.'),
    },
    {
      name: 'eventually consistent next to "consistent" said of the writer',
      text: letter(OPENING, 'I am a consistent performer, and I know the search index is eventually consistent with the ledger.'),
    },
    {
      name: 'a job that ran out of memory',
      text: letter(OPENING, 'The statement job ran out of memory at month end, so I made it stream rows instead.'),
    },
    {
      name: 'operational language in a later paragraph',
      text: letter(OPENING, 'I built the payouts service that sends $2M a day.', 'I also carry the pager one week in six.'),
    },
  ],
  // Whole-letter findings: no quoted text, anchored at the first line of the opening.
  invalid: [
    {
      name: 'a happy-path letter',
      text: letter('I built the webhook service that notifies merchants of payments.', 'I would like to do the same for your platform.'),
      errors: [{ actual: null, line: 3, column: 1, message: MESSAGE, suggestion: 'idempotency key' }],
    },
    {
      name: '"I am reliable"',
      text: letter(OPENING, 'I am reliable and I take ownership of what I ship.'),
      errors: [{ actual: null, line: 3, column: 1, message: MESSAGE }],
    },
    {
      name: '"dependable"',
      text: letter(OPENING, 'My managers describe me as dependable, calm and careful.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: '"resilient" and "my resilience"',
      text: letter(OPENING, 'I am resilient, and my resilience is what my last manager praised first. I bring grit and resilience.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: '"consistent" and "I consistently deliver"',
      text: letter(OPENING, 'I am a strong, consistent performer. I consistently deliver, and I write consistent, well-tested code.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'look-alikes: time out, at least once a month, calls with customers, job alerts',
      text: letter(
        'I saw this role through my job alerts.',
        'I took time out last year to mentor two juniors, I demo to the sales team at least once a month, and I often sit in on calls with customers.',
      ),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'British "redundancy" is a layoff, and redundant steps are waste',
      text: letter(OPENING, 'I am looking for a new role following redundancy. At Tern I removed redundant steps and duplicate code from onboarding.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'a metric brought down is not an outage',
      text: letter(OPENING, 'I brought the p95 down from 2 s to 300 ms and took the build time down to four minutes.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'a job title in the contact header does not count',
      text: `Sam Okafor, Site Reliability Engineer\nsam@example.com\n\n${letter('I build internal tools that engineers like to use.')}`,
      errors: [{ actual: null, line: 6, column: 1 }],
    },
    {
      name: 'the anchor is the first line of a multi-line opening',
      text: letter('I build search for large codebases.\nMy index serves 600 engineers.', 'I would like to bring that to Grepwise.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'a letter with no greeting is anchored at its first paragraph',
      text: 'I build search for large codebases.\n\nI would like to bring that to Grepwise.',
      errors: [{ actual: null, line: 1, column: 1 }],
    },
    {
      name: 'a plain-text letter with CRLF line endings',
      format: 'text',
      text: 'Dear Ms. Lee,\r\n\r\nI am reliable and I ship on time.\r\n\r\nBest,\r\nSam Okafor',
      errors: [{ actual: null, line: 3, column: 1 }],
    },
  ],
});
