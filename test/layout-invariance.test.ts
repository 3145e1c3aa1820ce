// A letter's findings do not depend on how its writer laid it out: where the lines of a paragraph
// are broken, whether a subject line stands above the greeting, what is set in bold, no-break spaces
// and curled apostrophes pasted from a word processor, or which line endings the file uses. Real letters come hard-wrapped at any width, with "Subject:" lines and CRLF; each of these
// once changed a verdict (a figure and its noun split over two lines, a bracketed slot wrapped
// inside its brackets, a subject line above the address read as the opening).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { wrapAt } from './wrap.js';

const corpus = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const letters = readdirSync(corpus)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(corpus, f), 'utf8'), format: f.endsWith('.txt') ? ('text' as const) : ('markdown' as const) }));


/**
 * Every paragraph of prose wrapped again at `width`: a block of lines that each start with a letter,
 * one line, or lines already wrapped (all but the last long). Lists, headings, frontmatter and short
 * lines (a greeting, a sign-off and name) are left as they are.
 */
function rewrap(text: string, width: number): string {
  const crlf = text.includes('\r\n');
  const wrapped = text
    .replace(/\r\n/g, '\n')
    .split(/(\n[ \t]*\n)/)
    .map((block) => {
      const lines = block.split('\n');
      if (block.trim() === '' || !lines.every((l) => /^[A-Za-z"'(\u201c]/.test(l))) return block;
      if (lines.length > 1 && lines.slice(0, -1).some((l) => l.length < 45)) return block;
      return wrapAt(lines.join(' '), width);
    })
    .join('');
  return crlf ? wrapped.replace(/\n/g, '\r\n') : wrapped;
}

/** A subject line where real letters put one: right above the greeting, or at the top. */
function withSubject(text: string): string {
  const subject = 'Subject: Application for the Backend Engineer role\n\n';
  const greeting = /^(?:Dear|Hi|Hello)\b/m.exec(text);
  if (greeting) return text.slice(0, greeting.index) + subject + text.slice(greeting.index);
  const front = /^---\n[\s\S]*?\n---\n/.exec(text);
  return front ? front[0] + subject + text.slice(front[0].length) : subject + text;
}

/** The body's paragraphs as read, their line breaks as spaces. */
async function paragraphs(name: string, text: string): Promise<string[]> {
  const { letter } = await lintText(text, name, 'text', { settings: [] });
  return letter.anatomy.body.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '));
}

async function verdicts(name: string, text: string, format: 'markdown' | 'text'): Promise<string[]> {
  const { findings, letter } = await lintText(text, name, format, { settings: [] });
  // Positions move with the layout; what is said must not. Quoted text is compared with its line breaks as spaces.
  const said = findings.map((f) => `${f.ruleId}: ${f.message.replace(/\s+/g, ' ')}`);
  // And how each number is read, which a finding shows only when no figure is left.
  const numbers = letter.numbers.map((n) => `${n.metric ? 'figure' : 'number'}: ${n.text.replace(/\s+/g, ' ')}`);
  // Emphasis markers a quote takes in are no part of what is said.
  return [...said, ...numbers].map((v) => v.replace(/\*+/g, '')).sort();
}

// Sentences whose verdict hangs on two neighbouring words, so that a line break between them is a test.
const PAIRS = [
  // A figure and its counted noun: a measured scale.
  'Over two summers I solved +300 problems on the judge and reviewed 1,200 pull requests for the club.',
  // A hyphenated length that names a kind of thing: no figure.
  'I built the service providing 10-day forecasts of electricity consumption every hour for clients.',
  // Always on, in words: no figure either.
  'I kept the billing queue running 24 hours a day and seven days a week with two teammates.',
  // A slot a template left, with choices offered inside its brackets.
  'I am writing about the [Data Engineering / Analytics] role at your organisation.',
  // A slot framed by its post.
  'I was glad to see the role of [Company] posted last week.',
  // Shares of the writer's own skills: no figure.
  'My skills can be summarised as 60% Python, 30% TypeScript and 10% PostgreSQL.',
  // Hours of practice: tenure, not an outcome.
  'I have put in 1000 hours of practice on algorithms and data structures.',
];
const GREETING = 'Dear Ms. Okafor,';
const SIGNOFF = 'Best,\nAna Ruiz';
const built = PAIRS.map((sentence, i) => ({
  name: `pair-${i}.md`,
  text: [GREETING, sentence, 'At Globex I rebuilt the payouts ledger that settles card refunds for the marketplace.', 'I would be glad to talk it through.', SIGNOFF].join('\n\n') + '\n',
}));

/** Plain-text letters laid out as word processors export them once the blank lines are dropped. */
const EXPORTS = [
  {
    name: 'export-title.txt',
    text: [
      'Ana Ruiz \u00b7 Cover Letter',
      'Dear Hiring Team at Northwind,',
      'I have five years of backend work behind me, most of it on payments. I know Go, Kafka, PostgreSQL, Redis and Terraform well, and I have used them every day.',
      'Why Northwind?',
      'Your routing engine decides where a parcel goes next, and it has to be right every time. At Globex I owned the payouts ledger, and I moved it from nightly batches to Kafka streams; reconciliation fell from six hours to twenty minutes.',
      'What I would bring',
      'I write the runbook before the pager rings. When a consumer fell behind last spring, the alert I had set on lag caught it before any payout was late, and we replayed the queue without a duplicate.',
      'I look forward to hearing from you,',
      'Cheers,',
      'Ana Ruiz',
      'ana.ruiz@example.com | +44 20 7946 0000',
    ].join('\n\n'),
  },
  {
    name: 'export-plain.txt',
    text: [
      'Dear Mr. Patel,',
      'I am writing about the data engineer opening on your analytics team. I have spent three years building pipelines for a retail chain, and I would like to do that work at a larger scale.',
      'At Contoso I rebuilt the nightly sales load that feeds every store report. It used to fail twice a month when a file came in late; I made each step safe to run again, and in the last year it has not missed a morning.',
      'I am a passionate, detail-oriented team player and a fast learner, and I would be glad to tell you more about the load and what I learned from it.',
      'Thank you for your time.',
      'Sincerely,',
      'Sam Lee',
    ].join('\n\n'),
  },
];

describe('findings do not depend on the layout', () => {
  it('sentences whose verdict hangs on two neighbouring words, wrapped at any width', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 8, max: 90 }), async (width) => {
        for (const { name, text } of built) {
          expect(await verdicts(name, rewrap(text, width), 'markdown'), `${name} at ${width}`).toEqual(await verdicts(name, text, 'markdown'));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('has the hand-written corpus to read', () => {
    expect(letters.length).toBeGreaterThan(40);
  });

  for (const width of [40, 60, 72]) {
    it(`paragraphs hard-wrapped at ${width} columns`, async () => {
      let changed = 0;
      for (const { name, text, format } of letters) {
        const wrapped = rewrap(text, width);
        if (wrapped !== text) changed++;
        expect(await verdicts(name, wrapped, format), `${name} wrapped at ${width}`).toEqual(await verdicts(name, text, format));
      }
      expect(changed).toBeGreaterThan(letters.length * 0.8);
    });
  }

  it('paragraphs set a line each with no blank line between, as a word processor exports plain text', async () => {
    let squeezed = 0;
    for (const { name, text } of letters) {
      // Each paragraph on one line, as the word processor holds it; then the blank lines dropped.
      const lined = rewrap(text.replace(/\r\n/g, '\n'), 100_000);
      const exported = lined.replace(/\n[ \t]*\n/g, '\n');
      if (exported === lined) continue;
      squeezed++;
      expect(await verdicts(name, exported, 'text'), name).toEqual(await verdicts(name, lined, 'text'));
    }
    expect(squeezed).toBeGreaterThan(letters.length * 0.8);
    // What such exports hold around the paragraphs: a title above the greeting, headings between
    // paragraphs, a closing that ends on a comma, and contact lines under the name.
    for (const { name, text } of EXPORTS) {
      const exported = text.replace(/\n\n/g, '\n');
      expect(await verdicts(name, exported, 'text'), name).toEqual(await verdicts(name, text, 'text'));
      expect(await paragraphs(name, exported), name).toEqual(await paragraphs(name, text));
    }
  });

  it('paragraphs marked by an indented first line and no blank line, as a typed letter has them', async () => {
    let typed = 0;
    for (const { name, text } of letters) {
      const wrapped = rewrap(text.replace(/\r\n/g, '\n'), 72);
      // Each paragraph's first line set in by four spaces, in place of the blank line before it.
      const indented = wrapped.replace(/(?<=[.!?,:]["')\u201d]?)\n[ \t]*\n(?=[A-Z])/g, '\n    ');
      if (indented === wrapped) continue;
      typed++;
      expect(await verdicts(name, indented, 'text'), name).toEqual(await verdicts(name, wrapped, 'text'));
      expect((await paragraphs(name, indented)).map((p) => p.trim()), name).toEqual((await paragraphs(name, wrapped)).map((p) => p.trim()));
    }
    expect(typed).toBeGreaterThan(letters.length * 0.8);
  });

  it('keeps a list item\'s run-on lines and lines all set in alike in their paragraph', async () => {
    const item = 'Dear Ms. Okafor,\n\nAt Globex I did three things:\n- Traced the slowdown to lock contention.\n  Split the inventory into counters per carriage.\n- Wrote the load test.\n\nI would be glad to talk.\n\nBest,\nPriya';
    expect(await paragraphs('item.txt', item)).toEqual(['At Globex I did three things: - Traced the slowdown to lock contention. Split the inventory into counters per carriage. - Wrote the load test.', 'I would be glad to talk.']);
    const indented = '    Dear Ms. Okafor,\n\n    At Globex I rebuilt the payouts ledger.\n    Reconciliation fell from six hours to twenty minutes.\n\n    Best,\n    Priya';
    expect(await paragraphs('indented.txt', indented)).toEqual([' At Globex I rebuilt the payouts ledger. Reconciliation fell from six hours to twenty minutes.']);
  });

  it('a closing written a sentence to a line stays one paragraph', async () => {
    const text = [
      'Dear Ms. Okafor,',
      'I am applying for the platform engineer role. At Globex I moved the payouts ledger from nightly batches to Kafka streams, and reconciliation fell from six hours to twenty minutes.',
      '\u2022 I have designed, built and supported live payment services\n\u2022 I wrote the runbooks for the ledger and its replays\n\u2022 I mentor two engineers on the team',
      'Please see my résumé for more about my experience at Globex and before it.\nI can be reached at any time by e-mail or on my phone, +44 20 7946 0000.\nThank you for your time and consideration. I look forward to speaking with you about the role.',
      'Best regards,\nAna Ruiz',
    ].join('\n\n');
    expect(await paragraphs('closing.txt', text)).toHaveLength(3);
  });

  it('a subject line above the greeting', async () => {
    for (const { name, text, format } of letters) {
      expect(await verdicts(name, withSubject(text), format), name).toEqual(await verdicts(name, text, format));
    }
  });

  it('no-break spaces, as a word processor pastes them, between words', async () => {
    let changed = 0;
    for (const { name, text, format } of letters) {
      let k = 0;
      // Every third space between two lower-case words: inside phrases, between a figure's words, in a sign-off.
      const pasted = text.replace(/(?<=[a-z,]) (?=[a-z])/g, (space) => (++k % 3 === 0 ? '\u00a0' : space));
      if (pasted !== text) changed++;
      expect(await verdicts(name, pasted, format), name).toEqual(await verdicts(name, text, format));
    }
    expect(changed).toBeGreaterThan(letters.length * 0.8);
  });

  it('words and figures set in bold', async () => {
    const markdown = [...letters.filter((l) => l.format === 'markdown'), ...built.map((b) => ({ ...b, format: 'markdown' as const }))];
    for (const { name, text } of markdown) {
      // Prose lines only: a figure with the word after it, and every seventh longer word.
      const bolded = text
        .split('\n')
        .map((line) => {
          if (line.length < 60 || /[<>`[\]*_]/.test(line)) return line;
          let k = 0;
          return line
            .replace(/(?<=^| )(\d[\d,.]*\+?%?(?: [a-z]+)?)(?=[ ,.](?!\d))/g, '**$1**')
            .replace(/(?<=^| )([A-Za-z][a-z]{3,})(?=[ ,])/g, (w) => (++k % 7 === 0 ? `**${w}**` : w));
        })
        .join('\n');
      expect(await verdicts(name, bolded, 'markdown'), name).toEqual(await verdicts(name, text, 'markdown'));
    }
  });

  it('typographic apostrophes', async () => {
    for (const { name, text, format } of letters) {
      const curled = text.replace(/(?<=[A-Za-z])'(?=[a-z])/g, '\u2019');
      expect(await verdicts(name, curled, format), name).toEqual(await verdicts(name, text, format));
    }
  });

  it('the same opening with or without the greeting line under the letterhead', async () => {
    const opening = async (name: string, text: string, format: 'markdown' | 'text') => {
      const { letter } = await lintText(text, name, format, { settings: [] });
      const o = letter.anatomy.opening;
      return o && letter.text.slice(o.start, o.end);
    };
    let dropped = 0;
    for (const { name, text, format } of letters) {
      const without = text.replace(/^(?:Dear|Hi|Hello)\b[^\n]{0,60}[,:][ \t]*\r?\n[ \t]*\r?\n/m, '');
      if (without === text) continue;
      dropped++;
      expect(await opening(name, without, format), name).toBe(await opening(name, text, format));
    }
    expect(dropped).toBeGreaterThan(letters.length / 2);
  });

  it('CRLF line endings', async () => {
    for (const { name, text, format } of letters) {
      expect(await verdicts(name, text.replace(/\r?\n/g, '\r\n'), format), name).toEqual(await verdicts(name, text, format));
    }
  });
});
