// The fast road for Markdown letters without Markdown in them (src/parse.ts, plainMarkdown) must give
// exactly what remark gives. Generated letters mix plain prose with the characters and line shapes
// that are Markdown at a line's start or anywhere, so both sides of the test are exercised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter, parseMarkdownTree, plainMarkdown } from '../src/parse.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_128;

const piece = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('I', 'built', 'the', 'ledger', 'at', 'Northwind', 'p99', 'fell', 'from', '840', 'ms', 'to', '95', 'ms.', 'Dear', 'Ms.', 'Raman,', 'e.g.', 'Node.js', 'C#', 'C++', '.NET', "don't", '\u2019s', 'caf\u00e9', '\u65e5\u672c', 'https://example.com/a', 'ops@example.com') },
  { weight: 4, arbitrary: fc.constantFrom('.', ',', ';', ':', '!', '?', '(', ')', '"', "'", '%', '$', '/', '\u2014', '-', '#', '>', '+', '=', '1.', '2)', '10.', '\u00a0', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('*', '_', '`', '[', ']', '<', '&amp;', '\\', '~', '|', '---', '***', '===') },
);
const line = fc.array(piece, { minLength: 0, maxLength: 12 }).chain((words) =>
  fc.constantFrom('', '', '', '', '', '', '', '', '', '', '', '', ' ', '  ', '\t').map((pad) => pad + words.join(' ')),
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const body = fc.array(fc.tuple(line, eol), { maxLength: 14 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
const frontmatter = fc.constantFrom('', '', '---\ncompany: Northwind\n---\n', '---\r\nrole: SRE\r\n---\r\n', '--- \n---\n', '---\n\n---\n\n', '---\ncompany: Acme\n---', '---\nnot closed\n', '----\nx\n---\n');

describe('the fast road for plain Markdown', () => {
  it('gives what remark gives, for every letter it takes; and it takes plain letters', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(frontmatter, body, (front, text) => {
        const letter = front + text;
        runs++;
        if (!plainMarkdown(letter)) return;
        taken++;
        expect(parseLetter(letter, 'markdown')).toEqual(parseMarkdownTree(letter));
      }),
      { numRuns: 3000, seed, endOnFailure: true },
    );
    // Neither road is left untried: a good share of the letters goes each way.
    expect(taken / runs).toBeGreaterThan(0.15);
    expect(taken / runs).toBeLessThan(0.85);
  });

  it('takes a letter with frontmatter and plain paragraphs, and leaves one with a list, a link or an indented line to remark', () => {
    expect(plainMarkdown('---\ncompany: Northwind\n---\n\nDear Ms. Raman,\n\nI built the ledger.\n')).toEqual({ from: 27, frontmatter: 'company: Northwind' });
    expect(plainMarkdown('Dear team,\n\nI built the ledger.\n')).toEqual({ from: 0 });
    for (const text of ['- Go\n- Rust\n', 'See [the post](https://x.y).\n', 'Hi,\n    code\n', 'Hi  \nthere\n', '# Title\n', '1. first\n', 'a\n===\n', '\ufeffHi\n']) {
      expect(plainMarkdown(text), text).toBeUndefined();
    }
  });
});
