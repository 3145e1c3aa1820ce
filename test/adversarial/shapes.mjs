// Adversarial letters for the linear-time test (test/e2e/adversarial.test.ts) and its benchmark
// (test/bench/adversarial.mjs): each shape is a letter
// of about `bytes` bytes built to make a careless pattern or parser take super-linear time or
// memory. Each letter has frontmatter naming a company and a posting, and the posting is the same
// shape, so every rule, the posting analysis and the frontmatter reader see it.

/** A unit repeated to about `bytes` bytes. */
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

const PROSE = 'I rebuilt the settlement ledger at Northwind, cutting p99 from 900 ms to 120 ms. ';

/** name -> (bytes) => body text placed between the greeting and the sign-off. */
export const SHAPES = {
  'a run of spaces between two words': (n) => 'Start' + fill(' ', n) + 'end.',
  'a run of tabs between two words': (n) => 'Start' + fill('\t', n) + 'end.',
  'one giant capitalised word': (n) => fill('A', n) + ' is hiring.',
  'one giant lower-case word': (n) => fill('a', n) + '.',
  'deep list lines': (n) => fill('- '.repeat(16) + 'x\n', n),
  'link openers': (n) => fill('[a](', n),
  'one-word paragraphs': (n) => fill('Word.\n\n', n),
  'comma-separated digits': (n) => fill('1,', n),
  'hyphen runs': (n) => fill('-A', n) + ' x',
  'draft markers': (n) => fill('XX ', n),
  'bracketed slots': (n) => fill('[Company Name] <team name here> {{role}} ', n),
  'emphasis markers': (n) => fill('*_', n) + 'x',
  'quote markers': (n) => fill('> ', n) + 'x',
  'pasted sentences, a line each': (n) => fill(PROSE + 'It works well.\n', n),
  'one long paragraph of prose': (n) => fill(PROSE, n),
  'greeting and sign-off lines': (n) => fill('Dear Sam,\nBest,\n', n),
  // Shapes remark and parse-english once took quadratic time on.
  'unmatched emphasis closers': (n) => fill('a* ', n),
  'one long nested list': (n) => fill('- a\n  - b\n', n),
  'inner-word symbols': (n) => fill('a-b c/d e.f ', n),
  // Inline markup the fast road reads itself (src/text/fast-inline.ts), on one long line.
  'bracket openers': (n) => fill('[', n) + 'x',
  'bold words': (n) => fill('**a** ', n),
  'code spans and links': (n) => fill('`a` [b](c) ', n),
  // Plain paragraphs, and one bold word at the very end: each block's search for markup runs to it.
  'plain paragraphs before one bold word': (n) => fill('I built the ledger.\n\n', n) + 'It is **done**.',
  // Line breaks that part paragraphs (src/letter/anatomy-blocks.ts), many on one line before a last word.
  'a line of <br> tags': (n) => 'x ' + fill('<br>', n) + ' y\nnext line.',
  // HTML blocks whose words are counted, and entities and escapes the fast road reads as text.
  'HTML list items': (n) => '<ul>\n' + fill('<li>a <!-- b --></li>\n', n) + '</ul>',
  'ampersands and angle brackets as text': (n) => fill('R&D < 5 ms ~40% a_b | ', n),
  // One web address of many template accounts: each is checked for the address it stands in.
  'template accounts in one web address': (n) => 'https://github.com' + fill('/yourname', n),
  // Paragraphs a lead-in announces, each labelled, held as one run (src/letter/anatomy-paragraphs.ts), and plain-text
  // list items that run on to a line without a bullet.
  'labelled paragraphs after a lead-in': (n) => 'Key skills include:\n\n' + fill('Data Reporting | Reports for policy makers.\n\n', n),
  'list items that run on': (n) => 'What I bring:\n\n' + fill('- Languages:\nGo, Rust\n\n', n),
  // HTML paragraphs read as prose (src/text/mdast.ts), and openers of them that never close.
  'HTML paragraphs': (n) => fill('<p>I built the <b>ledger</b>&nbsp;at Northwind.</p>\n', n),
  'HTML paragraph openers': (n) => '<p>' + fill('<p x ', n),
  // A date format alone on its line (src/text/placeholder-context.ts), on many lines after a long one.
  'date formats on their lines': (n) => fill(' ', n / 2) + '\n' + fill('mm/dd/yyyy\n', n / 2),
};

/** Frontmatter keys, as many as fit in `bytes`. */
export const frontmatterKeys = (n) => fill('k' + 'x'.repeat(4) + ': 1\n', n).split('\n').map((l, i) => (l ? l.replace('kxxxx', `k${i}`) : l)).join('\n');

/** The letter for a shape: frontmatter (company, posting), greeting, the body, a sign-off. */
export function letter(body, extraFrontmatter = '') {
  return `---\ncompany: Northwind\nposting: posting.md\n${extraFrontmatter}---\n\nDear Ana,\n\n${body}\n\nBest,\nSam\n`;
}
