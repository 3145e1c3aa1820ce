// The fast road for Markdown letters without Markdown in them (src/text/fast-road.ts, plainMarkdown) must give
// exactly what remark gives. Generated letters mix plain prose with the characters and line shapes
// that are Markdown at a line's start or anywhere, so both sides of the test are exercised.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../src/text/fast-road.js';
import { frontmatterOf } from '../src/text/frontmatter.js';
import { parseLetter } from '../src/text/parse.js';
import { parseMarkdownTree } from '../src/text/remark.js';
import { segments } from '../src/text/segments.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_128;

const piece = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('I', 'built', 'the', 'ledger', 'at', 'Northwind', 'p99', 'fell', 'from', '840', 'ms', 'to', '95', 'ms.', 'Dear', 'Ms.', 'Raman,', 'e.g.', 'Node.js', 'C#', 'C++', '.NET', "don't", '\u2019s', 'caf\u00e9', '\u65e5\u672c', 'https://example.com/a', 'ops@example.com') },
  { weight: 4, arbitrary: fc.constantFrom('.', ',', ';', ':', '!', '?', '(', ')', '"', "'", '%', '$', '/', '\u2014', '-', '#', '>', '+', '=', '1.', '2)', '10.', '\u00a0', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('*', '_', '`', '[', ']', '<', '&amp;', '\\', '~', '|', '---', '***', '===') },
  { weight: 3, arbitrary: fc.constantFrom('[Company]', '[Company]\u2019s', '[x](https://x.y)', '[x] (not a link)', '[ref]: /u', '[ref]', '[a][]', '[a][ref]', '![alt](i.png)', '![alt]', '[]', '[[Role]]', '[\n]') },
);
const line = fc.array(piece, { minLength: 0, maxLength: 12 }).chain((words) =>
  fc.tuple(fc.constantFrom('', '', '', '', '', '', '', '', '', '', '', '', ' ', '  ', '\t'), fc.constantFrom('', '', '', '', '', ' ', '  ', '   ', '\t')).map(([pad, end]) => pad + words.join(' ') + end),
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const body = fc.array(fc.tuple(line, eol), { maxLength: 14 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
const frontmatter = fc.constantFrom('', '', '---\ncompany: Northwind\n---\n', '---\r\nrole: SRE\r\n---\r\n', '--- \n---\n', '---\n\n---\n\n', '---\ncompany: Acme\n---', '---\nnot closed\n', '----\nx\n---\n', '---\ntitle: Letter\n...\n', '---\nrole: SRE\n...\n\n---\n');

describe('the fast road for plain Markdown', () => {
  it('gives what remark gives, for every letter it takes; and it takes plain letters', () => {
    let taken = 0;
    let runs = 0;
    let bracketed = 0;
    fc.assert(
      fc.property(frontmatter, body, (front, text) => {
        const letter = front + text;
        runs++;
        if (!plainMarkdown(letter)) return;
        taken++;
        if (letter.includes('[')) bracketed++;
        expect(parseLetter(letter, 'markdown')).toEqual(parseMarkdownTree(letter));
      }),
      { numRuns: 3000, seed, endOnFailure: true },
    );
    // Neither road is left untried: a good share of the letters goes each way.
    expect(taken / runs).toBeGreaterThan(0.15);
    expect(taken / runs).toBeLessThan(0.85);
    // Brackets that are no link ("[Company]") are among the letters taken.
    expect(bracketed).toBeGreaterThan(50);
  });

  it('gives what remark gives for letters with lists and inline markup, and takes the simple ones', () => {
    // Blocks of prose and of list items, the items' markers mostly simple, some that remark reads
    // otherwise (a second space, a tab, "*", a marker inside an item); blocks parted by one or two
    // line ends, so that an item also follows a paragraph line directly.
    // Inline markup in the shapes the fast road takes, and in shapes it must leave to remark.
    const simple = fc.constantFrom('**the ledger**', '*p99*', '**Note:**', '(**Go**)', '**a** **b**', '`SELECT 1`', '`a*b`', '[the post](https://x.y/a)', '[Company](x)', '**Go**-based', '*it*.', '**40%**', '`p99_ms`', '`<id>`', '[a](https://x.y/a_b)', '_the ledger_', '__Note:__', '(_Go_)', 'R&D', 'Q & A', '< 5 ms', '<= 2', 'snake_case', 'a__b', '~40%', 'a | b', 'C:\\dir');
    const other = fc.constantFrom('*a', 'b*', '**a*', '`a', '``a``', '![alt](i.png)', '[a](b c)', '[](x)', '[`a`](x)', '5 * 3', 'x](y)', '[a [b](c)', '***a***', '*a *b*', '**a**b', '*a*b', 'p99_ms', '_a_', '<b>', '[a_b](x)', '**a_b**', '\\`a`', '_a', 'a_', '__a_', '_a_b', '_a__', '___a___', '*a_', '_a*', '&amp;', '&#42;', '&x', '<http://x.y>', '<br>', '</p>', '<!-- c -->', '\\*', '\\', '~~', '~~~', 'x_ y', '_ a_');
    const word = fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom('I', 'built', 'the', 'ledger', 'Northwind', 'p99', '840', 'ms.', 'e.g.', 'C#', '(a', 'note),', '[Company]', '\u2014', '2024:') },
      { weight: 4, arbitrary: simple },
      { weight: 1, arbitrary: other },
      { weight: 1, arbitrary: piece },
    );
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const marker = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('- ', '- ', '- ', '1. ', '2. ', '10. ', '3) ', '* ', '+ ') },
      { weight: 1, arbitrary: fc.constantFrom('-  ', '-\t', '*  ', '- - ', '* * ', '- * ', '* - ', '+ + ', '- 1. ', '*', '') },
    );
    const end = fc.constantFrom('', '', '', ' ', '  ');
    const item = fc.tuple(marker, text, end).map(([m, t, e]) => m + t + e);
    // ATX headings, mostly in the shape the fast road takes, some that remark reads otherwise.
    const opening = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('# ', '## ', '### ', '###### ', '#\t', '##  ') },
      { weight: 1, arbitrary: fc.constantFrom('#', '####### ', ' # ', '#\\# ', '- # ') },
    );
    const closing = fc.constantFrom('', '', '', '', ' #', '#', ' ##  ', ' ', '  ', '\t', 'C#');
    const heading = fc.tuple(opening, text, closing).map(([o, t, c]) => [o + t + c]);
    const block = fc.oneof(
      { weight: 2, arbitrary: fc.array(fc.tuple(text, end).map(([t, e]) => t + e), { minLength: 1, maxLength: 3 }) },
      { weight: 2, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: heading },
      { weight: 1, arbitrary: fc.constantFrom(['---'], ['----  '], ['***'], ['___'], ['- - -'], ['--'], ['+44 20 7946 0000'], ['-Sam'], ['=> next'], ['==='], ['+ Go'], ['+']) },
    );
    const sep = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\r\n\r\n', '\n\n\n');
    const letter = fc.tuple(frontmatter, fc.array(fc.tuple(block, sep), { minLength: 1, maxLength: 6 })).map(
      ([front, blocks]) => front + blocks.map(([lines, s]) => lines.join(s === '\r\n\r\n' ? '\r\n' : '\n') + s).join(''),
    );
    let runs = 0;
    let taken = 0;
    let withLists = 0;
    let withInline = 0;
    let withHeadings = 0;
    let withText = 0;
    fc.assert(
      fc.property(letter, (source) => {
        runs++;
        if (!plainMarkdown(source)) return;
        taken++;
        const parsed = parseLetter(source, 'markdown');
        if (parsed.blocks.some((b) => b.list !== undefined)) withLists++;
        if (/[*`_]|\]\(/.test(source)) withInline++;
        if (parsed.blocks.some((b) => b.kind === 'heading')) withHeadings++;
        if (/[<&|~\\]/.test(source)) withText++;
        expect(parsed).toEqual(parseMarkdownTree(source));
      }),
      { numRuns: 3000, seed, endOnFailure: true },
    );
    expect(withLists).toBeGreaterThan(150);
    expect(withInline).toBeGreaterThan(150);
    expect(withHeadings).toBeGreaterThan(50);
    expect(withText).toBeGreaterThan(80);
    expect(taken / runs).toBeLessThan(0.85);
  });

  it('in a letter too large to parse whole, plain segments give what remark gives', () => {
    // Mostly prose, so that whole segments are plain; markup in a few paragraphs, lists, headings and code.
    const prose = fc.oneof({ weight: 150, arbitrary: fc.constantFrom('I', 'built', 'the', 'ledger', 'Northwind', 'p99', 'fell', '840', 'ms.', 'e.g.', 'C#', '(a', 'note),', '\u2014') }, { weight: 1, arbitrary: piece });
    const paragraph = fc.array(fc.array(prose, { minLength: 1, maxLength: 14 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
    const block = fc.oneof(
      { weight: 8, arbitrary: paragraph },
      { weight: 1, arbitrary: paragraph.map((p) => `## ${p.split('\n')[0]}`) },
      { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i.split('\n')[0]}`).join('\n')) },
      { weight: 1, arbitrary: paragraph.map((p) => '```\n' + p + '\n```') },
    );
    const doc = fc.tuple(frontmatter, fc.array(block, { minLength: 40, maxLength: 80 })).map(([front, blocks]) => {
      let text = front + blocks.join('\n\n') + '\n';
      while (text.length <= 16 * 1024) text += '\n' + blocks.join('\n\n') + '\n';
      return text;
    });
    const roads = { plain: 0, remark: 0 };
    fc.assert(
      fc.property(doc, (text) => {
        expect(parseMarkdownTree(text)).toEqual(parseMarkdownTree(text, false));
        const cuts = segments(text);
        for (let k = 0; k + 1 < cuts.length; k++) roads[plainMarkdown(text.slice(cuts[k], cuts[k + 1]), k === 0) ? 'plain' : 'remark']++;
      }),
      { numRuns: 40, seed, endOnFailure: true },
    );
    // Both roads were taken, many times.
    expect(roads.plain).toBeGreaterThan(100);
    expect(roads.remark).toBeGreaterThan(100);
  }, 60_000);

  it('gives what remark gives on every plain letter of the fixtures and the corpus', () => {
    const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
    const files = [...readdirSync(root).map((n) => path.join(root, n)), ...readdirSync(path.join(root, 'corpus')).map((n) => path.join(root, 'corpus', n))].filter((f) => f.endsWith('.md'));
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (!plainMarkdown(text)) continue;
      taken++;
      expect(parseLetter(text, 'markdown'), file).toEqual(parseMarkdownTree(text));
    }
    expect(taken).toBeGreaterThan(20);
  });

  it('finds frontmatter as remark does, for every reader of it (YAML, the run\'s companies, warnings)', () => {
    for (const text of ['---\ncompany: Acme\n---\nHi\n', '\ufeff---\r\ncompany: Acme\r\n---\r\n', '--- \ncompany: Acme\n---  \n', '---\rcompany: Acme\r---']) {
      expect(frontmatterOf(text), JSON.stringify(text)).toBe('company: Acme');
      expect(parseMarkdownTree(text.replace(/^\ufeff/, '')).frontmatter, JSON.stringify(text)).toBe('company: Acme');
    }
    expect(frontmatterOf('---\n---\n')).toBe('');
    // pandoc's YAML metadata block may close with "..."; the first closing line of either kind ends it.
    for (const text of ['---\ncompany: Acme\n...\n\nDear Ms. Raman,\n', '---\ncompany: Acme\n...\nHi\n\n---\n\nMore.\n']) {
      expect(frontmatterOf(text), JSON.stringify(text)).toBe('company: Acme');
      expect(parseMarkdownTree(text).frontmatter, JSON.stringify(text)).toBe('company: Acme');
    }
    expect(frontmatterOf('---\ncompany: Acme\n---\nHi\n...\n')).toBe('company: Acme');
    for (const text of ['---\ncompany: Acme\n', '----\ncompany: Acme\n---\n', 'Hi\n---\ncompany: Acme\n---\n', '---\ncompany: Acme\n----\n']) {
      expect(frontmatterOf(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('takes a letter with frontmatter, plain paragraphs and hard breaks, and leaves one with a list, a link or an indented line to remark', () => {
    expect(plainMarkdown('---\ncompany: Northwind\n---\n\nDear Ms. Raman,\n\nI built the ledger.\n')).toEqual({ from: 27, frontmatter: 'company: Northwind' });
    expect(plainMarkdown('Dear team,\n\nI built the ledger.\n')).toEqual({ from: 0 });
    expect(plainMarkdown('Dear [Hiring Manager],\n\nI want to join [Company].\n')).toEqual({ from: 0 });
    // A hard break (two spaces at a line's end, as after "Best regards,") is only a line break to a reader: it takes the fast road.
    for (const text of ['Best regards,  \nSam\n', 'Dear team,\t\n\nI built the ledger. \n']) {
      expect(plainMarkdown(text), text).toEqual({ from: 0 });
      expect(parseLetter(text, 'markdown')).toEqual(parseMarkdownTree(text));
    }
    // Simple lists after a blank line, one line an item, take the fast road; an item right after a paragraph line, or text right after an item, does not.
    for (const text of ['What I built:\n\n- the ledger\n- its replay tool\n\n1. first\n2. second\n', '- Go\n\n- Rust\n', 'I **own** the `ledger` (see [the post](https://x.y)).\n']) {
      expect(plainMarkdown(text), text).toEqual({ from: 0 });
      expect(parseLetter(text, 'markdown')).toEqual(parseMarkdownTree(text));
    }
    for (const text of ['What I built:\n- the ledger\n', '- the ledger\nand its replay tool\n', '* * *\n', '- * Go\n', '-  Go\n', 'See [the post](https://x.y "title").\n', 'A *b*c\n', 'See [the post].\n\n[the post]: https://x.y\n', 'See [the post][1].\n', 'Hi,\n    code\n', 'Hi\\\nthere\n', '# Title #\n', '#Title\n', '- # Title\n', 'R&amp;D\n', 'See <https://x.y>.\n', 'a_b_ c\n', 'a\n===\n', '\ufeffHi\n']) {
      expect(plainMarkdown(text), text).toBeUndefined();
    }
  });
});
