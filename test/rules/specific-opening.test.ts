import rule from '../../rules/specific-opening.js';
import { ruleTester } from '../rule-tester.js';

// Letters are blocks joined by blank lines, so with a one-line greeting the opening is line 3.
const letter = (...blocks: string[]): string => blocks.join('\n\n') + '\n';
const front = (fields: string, ...blocks: string[]): string => `---\n${fields}\n---\n\n` + letter(...blocks);

const GREETING = 'Dear Ms. Okafor,';
// A second paragraph and a close that say nothing about the company: the opening has to do it.
const STORY = 'At Globex I rebuilt the payouts ledger; reconciliation fell from six hours to 20 minutes.';
const CLOSE = 'I would be glad to talk through how I would approach settlement.';
const SIGNOFF = 'Best,\nAna Ruiz';

ruleTester(rule, {
  valid: [
    {
      name: 'the company from frontmatter, as the opening\'s first word',
      text: front(
        'company: Northwind',
        GREETING,
        'Northwind settles payouts for 3,000 clinics, and reconciling them overnight is the problem I have spent four years on.',
        STORY,
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'the company from a "Dear Northwind team," greeting',
      text: letter(
        'Dear Northwind team,',
        'Northwind settles payouts for 3,000 clinics, and reconciling them overnight is the problem I have spent four years on.',
        STORY,
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'the first word of a longer company name from frontmatter',
      text: front(
        'company: Orchard Logistics',
        GREETING,
        'Orchard moving into same-day freight is why I am writing: dispatch under load is what I have worked on since 2020.',
        STORY,
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'the role from frontmatter, in lower case, with its team in parentheses',
      text: front(
        'role: Staff Data Engineer (Metering)',
        GREETING,
        'Staff data engineer on a metering platform is the work I have grown into over eight years of settlement pipelines.',
        STORY,
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'a capitalised job title without frontmatter',
      text: letter(GREETING, 'The Senior Backend Engineer post asks for someone who has run a ledger through an audit, and I have run two.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'their product, as "your"',
      text: letter(GREETING, 'I have used your invoicing API since 2021 to bill 400 small gyms, and I know where its retries hurt.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'their problem, as "you" in a referral',
      text: letter(GREETING, 'Priya Raman mentioned that you need someone to take dispatch through the holiday peak.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'a story opening that also names the company, possessive, mid-sentence',
      text: letter(GREETING, "At Globex I rebuilt the payouts ledger, and Northwind's settlement flow is the same problem at ten times the volume.", STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'a company the letter names elsewhere, as the opening\'s first word',
      text: letter(
        GREETING,
        'Northwind is rebuilding settlement around a double-entry ledger, which is the work I have done for four years.',
        STORY,
        'I would love to join Northwind and talk through how I would approach settlement.',
        SIGNOFF,
      ),
    },
    {
      name: 'look-alike of a stock line: "I found the job queue stalled"',
      text: letter(GREETING, 'I found the job queue stalled every Saturday in your status history, and I have fixed that exact failure before.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'look-alike of a stock line: "I would like to talk about"',
      text: letter(GREETING, 'I would like to talk about the ledger your team described at QCon, because I have built one like it.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'look-alike of the formal stock line: the pleasure of doing the work',
      text: letter(GREETING, 'I have the pleasure of presenting our ledger at QCon next month, where your settlement team asked to hear it.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'their team, as the one the writer would join',
      text: letter(GREETING, 'I would like to bring six years of settlement work to the payments team.', STORY, CLOSE, SIGNOFF),
    },
    {
      name: 'a plain-text letter with the company from its greeting',
      format: 'text',
      text: letter('Hello Northwind hiring team,', 'Northwind publishing its settlement runbook is the reason I am writing.', STORY, CLOSE, SIGNOFF).replace(/\n/g, '\r\n'),
    },
  ],
  invalid: [
    {
      name: 'a stock first sentence',
      text: letter(GREETING, 'I am writing to apply for the position advertised on your website. I have six years of backend experience.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'I am writing to apply', line: 3, column: 1, message: 'Stock opening "I am writing to apply"', suggestion: 'Open with a specific reason' }],
    },
    {
      name: 'the stock opening with "in order" put in',
      text: letter(GREETING, 'I am writing in order to apply for the Backend Engineer role at Northwind.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'I am writing in order to apply', line: 3, message: 'Stock opening' }],
    },
    {
      name: 'a stock line in a contraction, though it names the role',
      text: letter(GREETING, "I'm writing to express my interest in the Staff Data Engineer role.", STORY, CLOSE, SIGNOFF),
      errors: [{ actual: "I'm writing to express", line: 3, column: 1 }],
    },
    {
      name: 'a stock line that names both the role and the company',
      text: front(
        'company: Marisol Energy\nrole: Staff Data Engineer',
        GREETING,
        'Please accept my application for the Staff Data Engineer role at Marisol Energy.',
        STORY,
        CLOSE,
        SIGNOFF,
      ),
      errors: [{ actual: 'Please accept my application', line: 8, column: 1, suggestion: '"<something Marisol Energy built' }],
    },
    {
      name: 'a stock greeting before a specific opening',
      text: letter('To whom it may concern,', 'Northwind\'s post on double-entry ledgers asked how to reconcile without pausing payouts.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'To whom it may concern', line: 1, column: 1 }],
    },
    {
      name: '"Dear Sir or Madam"',
      text: letter('Dear Sir or Madam,', 'Your post on double-entry ledgers asked how to reconcile without pausing payouts.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'Dear Sir or Madam', line: 1, column: 1 }],
    },
    {
      name: 'the formal courtesy, under a subject line above the address',
      format: 'text',
      text: letter('Subject: Application for Software Engineer Position', 'Sir,', 'I have the honour of submitting my application for the Software Engineer position at Northwind.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'I have the honour of submitting', line: 5, column: 1 }],
    },
    {
      name: 'the posting, found on a job board',
      text: letter(GREETING, 'I came across your job posting on LinkedIn and knew I had to write.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'I came across your job posting', line: 3, column: 1 }],
    },
    {
      name: 'an opening that names nothing at all',
      text: letter(GREETING, 'I have spent six years building backend systems, and I love solving hard problems.', STORY, CLOSE, SIGNOFF),
      errors: [
        {
          actual: 'I have spent six years building backend systems, and I love solving hard problems.',
          line: 3,
          column: 1,
          message: 'names neither the role nor the company',
          suggestion: 'the <role> role',
        },
      ],
    },
    {
      name: 'a story opening that names only the past employer, with company and role known',
      text: front(
        'company: Northwind\nrole: Senior Backend Engineer',
        GREETING,
        'At Lattice Health I rebuilt the payouts ledger that moves $40M a day, and settlement fell from six hours to 20 minutes.',
        CLOSE,
        SIGNOFF,
      ),
      errors: [
        {
          actual: 'At Lattice Health I rebuilt the payouts ledger that moves $40M a day, and settlement fell from six hours to 20 minutes.',
          line: 8,
          column: 1,
          suggestion: 'the Senior Backend Engineer role',
        },
      ],
    },
    {
      name: 'the writer\'s own job title is not the role applied for',
      text: letter(GREETING, "I'm a backend engineer at Globex, where I've spent six years on payment systems.", STORY, CLOSE, SIGNOFF),
      errors: [{ actual: "I'm a backend engineer at Globex, where I've spent six years on payment systems.", line: 3, column: 1 }],
    },
    {
      name: 'the company is known from the greeting, but the opening never names it',
      text: letter('Dear Northwind team,', 'I have spent six years on payment systems, most of them on call.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'I have spent six years on payment systems, most of them on call.', line: 3, column: 1, suggestion: '<something Northwind built' }],
    },
    {
      name: '"Thank you" is not "you": it names nothing of theirs',
      text: letter(GREETING, 'Thank you for reading. I have six years of experience with distributed systems.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'Thank you for reading. I have six years of experience with distributed systems.', line: 3, column: 1 }],
    },
    {
      name: 'a plain-text letter with CRLF line ends: only the first line is quoted',
      format: 'text',
      text: letter('Hi Sam,', 'I have built backend services for eight years.\nMost of them moved money.', STORY, CLOSE, SIGNOFF).replace(/\n/g, '\r\n'),
      errors: [{ actual: 'I have built backend services for eight years.', line: 3, column: 1 }],
    },
    {
      name: 'a stock opening in a plain-text letter with no greeting',
      format: 'text',
      text: letter('I would like to apply for the backend role at Northwind.', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: 'I would like to apply', line: 1, column: 1 }],
    },
  ],
});
