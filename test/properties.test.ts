// Property tests: whatever text a letter holds (random Unicode, lone surrogates, control characters,
// random Markdown structure, letter-shaped prose), linting never throws, every position lies inside
// the text and quotes exactly what it points at, every format's output is safe (JSON parses, no
// control character from the letter reaches a terminal), and the same input gives the same output.
// Most cases call lintText in process; one property runs the whole CLI in process on random bytes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { defaultSettings, lintText } from '../src/engine.js';
import compact from '../src/report/formatters/compact.js';
import github, { MAX_ANNOTATIONS_PER_FILE } from '../src/report/formatters/github.js';
import json from '../src/report/formatters/json.js';
import sarif from '../src/report/formatters/sarif.js';
import stylish, { prepare } from '../src/report/formatters/stylish.js';
import type { FormatContext } from '../src/report/formatters/types.js';
import { parseLetter } from '../src/text/parse.js';
import { reportCard } from '../src/report/report-card.js';
import type { FileResult, Finding } from '../src/types.js';

/** Runs per property; the cases that actually ran are counted, and checked last to be 10,000 or more. */
const RUNS = { unicode: 2300, markdown: 3000, letters: 1000, parse: 2800, cli: 1900 };
const TOTAL = Object.values(RUNS).reduce((a, b) => a + b, 0);
/** Generated cases run so far, counted inside each property. */
let ran = 0;
const TIMEOUT = 120_000;
// A fixed seed keeps CI reproducible; FC_SEED=<n> explores other inputs (a failure prints its seed).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_240_611;
const params = (numRuns: number) => ({ numRuns, seed, endOnFailure: true });

// ---- Generators ----------------------------------------------------------------------------------

const awkward = fc.constantFrom(
  '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u0000', '\u0007', '\u0085', '\u009b',
  '\u001b[31m', '\u001b[2J', '\u001b]0;title\u0007', '\u202e', '\u2066', '\u200b', '\u0301', '\ud83d\ude00', '\ud83d', '\ude00',
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unicodeUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: awkward },
);
const unicodeText = fc.string({ unit: unicodeUnit, maxLength: 160 });

const vocabulary = [
  'I', 'built', 'owned', 'the', 'payments', 'ledger', 'at', 'Globex', 'team', 'player', 'passionate', 'about', 'results-driven',
  'self-starter', 'fast-paced', 'environment', 'expert', 'in', 'rockstar', '10x', 'engineer', 'Kafka', 'Python', 'Go', 'Rust', 'C++',
  'C#', '.NET', 'Node.js', 'PostgreSQL', 'Redis', 'AWS', 'Kubernetes', 'p99', 'from', '900', 'ms', 'to', '180', '40%', '1,200',
  '$2M', 'retries', 'idempotency', 'key', 'dead-letter', 'queue', 'timeouts', 'on-call', 'incident', '[Company]', '[Role]',
  '<Your Name>', '{{role}}', 'XXX', 'TODO', 'TBD', 'e.g.', 'U.S.', 'AT&T', 'Dear', 'Hiring', 'Manager,', 'Best,', 'Sam', 'Northwind',
  'Senior', 'Backend', 'role', 'because', 'reliability', 'https://example.com/a.b?c=d', 'www.example.io', 'ana@example.com',
  '2019', 'v3.12', 'five', 'years', 'P.S.', 'café', 'naïve', '東京', 'مرحبا', 'émigré', '—', '…', '"quoted"', '(aside)',
];
const word = fc.constantFrom(...vocabulary);
const inline = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: word.map((w) => `[${w}](https://x.example/${w.length} "title")`) },
  { weight: 1, arbitrary: word.map((w) => `![${w}](img.png)`) },
  { weight: 1, arbitrary: word.map((w) => `[${w}][ref]`) },
  { weight: 1, arbitrary: word.map((w) => `<https://${w.length}.example>`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&amp;', '&copy;', '&#x1F600;', '&#0;', '&NotEqualTilde;', '&bogus;', '\\*', '\\_', '\\', '\\\n', '  \n', '<b>', '</b>',
      '<!-- note -->', '<!-- letterlint-disable-next-line -->', '<!-- letterlint-disable no-placeholders -->',
      '<!-- letterlint-enable -->', '<!--', '-->', 'a* ', '*a', '[', ']', '](', '`', '``', '***', '~~~', '|', '#',
    ),
  },
  { weight: 2, arbitrary: unicodeUnit },
);
const content = fc.tuple(fc.array(inline, { maxLength: 14 }), fc.constantFrom(' ', ' ', ' ', '', '\t')).map(([parts, sep]) => parts.join(sep));
const prefix = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '  ', '    ', '\t', '# ', '## ', '###### '), { maxLength: 3 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 60 }).chain((n) => fc.constantFrom('> '.repeat(n), '- '.repeat(n), '  '.repeat(n) + '- ')) },
);
const block = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(prefix, content).map(([p, c]) => p + c) },
  { weight: 2, arbitrary: fc.constantFrom('', '', '   ', '```', '```js', '~~~', '    code()', '---', '***', '===', '| a | b |', '|---|---|', '[ref]: https://example.com "t"', '<div>', '</div>', '<!--', '-->') },
);
const lineEnd = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n');
const frontmatter = fc.constantFrom(
  '',
  '',
  '',
  '---\ncompany: Northwind\nrole: Senior Backend Engineer\n---\n',
  '---\ncompany: [unclosed\n---\n',
  '---\n- a list\n---\n',
  '---\n---\n',
  '---\r\nfocus: payments\r\nseniority: staff\r\n---\r\n',
  '---\nfocus: nonsense\nseniority: 7\n---\n',
  '---\ncompany: Northwind\n',
  '\ufeff---\ncompany: Acme\n---\n',
  '\ufeff',
);
const markdown = fc
  .tuple(frontmatter, fc.array(fc.tuple(block, lineEnd), { maxLength: 24 }))
  .map(([front, lines]) => front + lines.map(([b, e]) => b + e).join(''));

const sentence = fc.array(word, { minLength: 3, maxLength: 18 }).map((ws) => `${ws.join(' ')}${'.!?'[ws.length % 3]}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const letter = fc
  .tuple(
    frontmatter,
    fc.constantFrom('Dear Ana,', 'Hello Northwind team,', 'To whom it may concern,', '', 'Hi,'),
    fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.map((w) => `- ${w}`).join('\n')) }), { minLength: 0, maxLength: 7 }),
    fc.constantFrom('Best,\nSam', 'Kind regards,\nAna Olsen-Baptiste', '', 'Thanks!', 'Best,\n[Your Name]\n\nP.S. I also built the ledger.'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([front, greeting, body, signoff, eol]) => (front + [greeting, ...body, signoff].filter(Boolean).join('\n\n') + '\n').replace(/\r?\n/g, eol));

const anyText = fc.oneof(unicodeText, markdown, letter);

// ---- Checks --------------------------------------------------------------------------------------

/** Line starts as the engine counts them: \r\n, \r and \n each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Every position lies inside the text, ends after it starts, and quotes exactly the text it spans. */
function checkPositions(text: string, findings: readonly Finding[]): void {
  const starts = lineStarts(text);
  const offset = (line: number, column: number): number => {
    expect(Number.isInteger(line) && Number.isInteger(column)).toBe(true);
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(starts.length);
    expect(column).toBeGreaterThanOrEqual(1);
    const lineEnd = line < starts.length ? starts[line]! : text.length;
    const at = starts[line - 1]! + column - 1;
    expect(at).toBeLessThanOrEqual(lineEnd);
    return at;
  };
  for (const f of findings) {
    const start = offset(f.line, f.column);
    const end = offset(f.endLine, f.endColumn);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(text.length);
    if (f.actual !== undefined) expect(text.slice(start, end)).toBe(f.actual);
    expect(typeof f.message).toBe('string');
    expect(['error', 'warning']).toContain(f.severity);
  }
}

/** Characters a letter could use to drive a terminal: none may reach stylish or compact output. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Colour as chalk writes it: the only escape sequences allowed, and only with colour on. */
const SGR = /\u001b\[[0-9;]*m/g;

// Random Unicode needs string-width's tables, which stylish loads only when a letter needs them.
beforeAll(() => prepare([{ filePath: 'wide.md', source: '\u65e5\u672c', findings: [] }]));

const context = (color: boolean): FormatContext => ({ cwd: '/letters', color, version: '0.0.0-test', problems: [] });

function checkFormats(result: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  const n = result.findings.length;
  // JSON and SARIF parse, whatever the letter holds, lone surrogates included.
  out.json = json([result], context(false));
  const parsed = JSON.parse(out.json) as Array<{ messages: Array<{ message: string; actual?: string }> }>;
  expect(parsed[0]!.messages).toHaveLength(n);
  parsed[0]!.messages.forEach((m, i) => expect(m.message).toBe(result.findings[i]!.message));
  out.sarif = sarif([result], context(false));
  expect((JSON.parse(out.sarif) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(n);
  // Stylish and compact: nothing from the letter can recolour, move the cursor or fake a line.
  out.stylish = stylish([result], context(false));
  expect(out.stylish).not.toMatch(UNSAFE);
  const coloured = stylish([result], context(true));
  expect(coloured.replace(SGR, '')).not.toMatch(UNSAFE);
  out.compact = compact([result], context(false));
  expect(out.compact).not.toMatch(UNSAFE);
  expect(out.compact.split('\n').filter(Boolean)).toHaveLength(n);
  // GitHub workflow commands: one per finding up to the cap, then a notice with the totals; CR and LF always escaped inside.
  out.github = github([result], context(false));
  const commands = out.github.split('\n').filter(Boolean);
  const annotations = commands.filter((c) => !c.startsWith('::notice '));
  expect(annotations).toHaveLength(Math.min(n, MAX_ANNOTATIONS_PER_FILE));
  expect(commands.length - annotations.length).toBe(n > 0 ? 1 : 0);
  for (const c of annotations) expect(c).toMatch(/^::(error|warning) file=[^\r\n]*::/);
  for (const c of commands) expect(c).not.toMatch(/\r/);
  return out;
}

async function lintAll(text: string, format: 'markdown' | 'text', withFormats: boolean) {
  const filePath = path.join('/letters', format === 'markdown' ? 'draft \u001b[31m.md' : 'draft\n.txt');
  // The command line's handling of a letter without prose on half the inputs, the API's on the rest.
  const { letter, findings } = await lintText(text, filePath, format, { emptyAsWarning: text.length % 2 === 0 });
  checkPositions(letter.text, findings);
  if (!withFormats) return { findings };
  const card = letter.wordCount === 0 ? undefined : reportCard(letter, findings, defaultSettings());
  const outputs = checkFormats({ filePath, source: letter.text, findings, card });
  return { findings, outputs };
}

// ---- Properties ----------------------------------------------------------------------------------

describe(`property tests (${TOTAL} generated cases)`, () => {
  it('random Unicode text (control characters, lone surrogates, escapes) never throws, as Markdown or as text', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(unicodeText, fc.boolean(), async (text, withFormats) => {
        ran++;
        await lintAll(text, 'markdown', withFormats);
        await lintAll(text, 'text', withFormats);
      }),
      params(RUNS.unicode),
    );
  });

  it('random Markdown structure never throws, and positions stay exact through escapes, references and quote prefixes', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (text) => {
        ran++;
        await lintAll(text, 'markdown', true);
      }),
      params(RUNS.markdown),
    );
  });

  it('letter-shaped text: the same input gives the same findings and the same output in every format', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(letter, fc.constantFrom<'markdown' | 'text'>('markdown', 'text'), async (text, format) => {
        ran++;
        const first = await lintAll(text, format, true);
        const second = await lintAll(text, format, true);
        expect(second.findings).toEqual(first.findings);
        expect(second.outputs).toEqual(first.outputs);
      }),
      params(RUNS.letters),
    );
  });

  it('the parser: every word is the text it points at, in order, inside its sentence and the text', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.property(anyText, fc.constantFrom<'markdown' | 'text'>('markdown', 'text'), (raw, format) => {
        ran++;
        const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        const parsed = parseLetter(text, format);
        expect(Number.isInteger(parsed.wordCount) && parsed.wordCount >= 0).toBe(true);
        let previous = -1;
        for (const s of parsed.sentences) {
          expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
          for (const w of s.words) {
            expect(w.start).toBeGreaterThanOrEqual(0);
            expect(w.end).toBeLessThanOrEqual(text.length);
            expect(w.start).toBeLessThan(w.end);
            expect(w.start).toBeGreaterThanOrEqual(previous);
            expect(text.slice(w.start, w.end)).toBe(w.text);
            expect(w.text).not.toMatch(/[\r\n]/);
            previous = w.end;
          }
        }
        for (const [a, b] of parsed.excluded) expect(0 <= a && a <= b && b <= text.length).toBe(true);
        for (const c of parsed.comments) expect(text.slice(c.start, c.end)).toMatch(/^<!--[\s\S]*-->$/);
      }),
      params(RUNS.parse),
    );
  });

  it('the whole CLI on random bytes from standard input: exit 0, 1 or 2, JSON that parses, safe one-line messages', { timeout: TIMEOUT }, async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'letterlint-props-'));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
      anyText.map((t) => Buffer.from(t, 'utf8')),
      anyText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
      anyText.map((t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])),
      anyText.map((t) => Buffer.concat([Buffer.from(t, 'utf8'), Buffer.from([0xc3, 0x28, 0xff])])),
      // Frontmatter of random text and tags the YAML parser would warn about.
      anyText.map((t) => Buffer.from(`---\ntitle: !tag ${t}\n${t}: x\n---\n\nDear Sam,\n\n${t}\n`, 'utf8')),
    );
    // Anything a library prints itself (process.emitWarning) bypasses Io: it must never happen.
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('draft.md', 'draft.txt', 'evil\u001b[2J\u202e.md'), async (input, name) => {
        ran++;
        let stdout = '';
        let stderr = '';
        const io: Io = {
          stdout: (s) => void (stdout += s),
          stderr: (s) => void (stderr += s),
          readStdin: async () => input,
          stdinIsTTY: false,
          stdoutIsTTY: false,
          cwd,
          env: {},
        };
        const code = await main(['node', 'letterlint', '--format', 'json', '--stdin-filename', name, '-'], io);
        expect([0, 1, 2]).toContain(code);
        const results = JSON.parse(stdout) as Array<{ messages: unknown[] }>;
        expect(results.length).toBeLessThanOrEqual(1);
        const lines = stderr.split('\n').filter(Boolean);
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const line of lines) {
          expect(line).toMatch(/^letterlint: /);
          expect(line).not.toMatch(UNSAFE);
          expect(line).not.toMatch(/\n\s+at /);
        }
        if (code === 2) expect(lines.some((l) => /not a text letter|too large/.test(l))).toBe(true);
      }),
      params(RUNS.cli),
    ).finally(() => process.off('warning', onWarning));
    expect(warnings).toEqual([]);
  });

  // Last in the file, so every property above has run: the count is of cases generated and checked.
  it('ran at least 10,000 generated cases', () => {
    expect(ran).toBeGreaterThanOrEqual(10_000);
    expect(ran).toBe(TOTAL);
  });
});
