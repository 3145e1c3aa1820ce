// --fix and --fix-dry-run: only certain fixes (what the letter's own frontmatter says belongs there),
// applied as ESLint applies them, written back atomically and never where they should not be.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultSettings, lintText } from '../src/engine.js';
import { applyFixes } from '../src/run/fix.js';
import type { Finding } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const SPAWN_TIMEOUT = 30_000;

const settings = defaultSettings(rules.filter((r) => r.meta.id === 'no-placeholders' || r.meta.id === 'stale-company'));
const lint = async (text: string) => (await lintText(text, 'letter.md', 'markdown', { settings, run: { companies: new Set(['Globex']) } })).findings;
const front = (fields: string) => `---\n${fields}\n---\n`;
const body = 'Dear [Company] team,\n\nI want to join [Company] as your next [Role], and I say so twice.\n\nBest,\n[Your Name]\n';

function run(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('which findings carry a fix', () => {
  it('a placeholder gets the frontmatter value for its kind of slot, as ESLint\'s {range, text}', async () => {
    const text = front('company: Northwind\nrole: Senior Backend Engineer\nname: Ana Lima') + body;
    const found = await lint(text);
    const fixes = found.filter((f) => f.fix).map((f) => [f.actual, f.fix!.text, text.slice(...f.fix!.range)]);
    expect(fixes).toEqual([
      ['[Company]', 'Northwind', '[Company]'],
      ['[Company]', 'Northwind', '[Company]'],
      ['[Role]', 'Senior Backend Engineer', '[Role]'],
      ['[Your Name]', 'Ana Lima', '[Your Name]'],
    ]);
    expect(found.find((f) => f.actual === '[Role]')!.suggestions[0]).toBe('Replace "[Role]" with "Senior Backend Engineer".');
  });

  it('no fix where the letter does not say for certain: no frontmatter, a guessed company, a slot of another kind', async () => {
    expect((await lint(body)).filter((f) => f.fix)).toEqual([]);
    // The company is only guessed from the greeting: the suggestion names it, the fix does not write it.
    expect((await lint('Dear Northwind team,\n\nI want to join [Company].\n')).filter((f) => f.fix)).toEqual([]);
    expect((await lint(front('company: Northwind') + 'Dear [Hiring Manager],\n\nHello.\n')).filter((f) => f.fix)).toEqual([]);
  });

  it('a frontmatter value that is not plain words is never written into the letter', async () => {
    for (const value of ['"[Company]"', '"<b>Acme</b>"', '"Acme\\u202eevil"', '"Acme\\nInc"', '"{{x}}"', `"${'A'.repeat(101)}"`, '"a_b_"', '42']) {
      const found = await lint(front(`company: ${value}`) + 'I want to join [Company].\n');
      expect(found.filter((f) => f.fix), value).toEqual([]);
    }
  });

  it("another letter's company is fixed to the frontmatter's, and left alone when the company is only guessed", async () => {
    const found = await lint(front('company: Northwind') + 'Dear Globex team,\n\nI would love to join Northwind.\n');
    expect(found.map((f) => [f.ruleId, f.actual, f.fix?.text])).toEqual([['stale-company', 'Globex', 'Northwind']]);
    const guessed = await lint('Dear Northwind team,\n\nI would love to join Northwind. Globex taught me a lot about ledgers.\n');
    expect(guessed.filter((f) => f.fix)).toEqual([]);
  });
});

describe('applying fixes', () => {
  const finding = (start: number, end: number, text: string): Finding => ({ ruleId: 'x', severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], fix: { range: [start, end], text } });

  it('applies them in order, leaves an overlapping one for the next run, and keeps a byte-order mark', () => {
    expect(applyFixes('a [X] b [Y] c', [finding(8, 11, 'two'), finding(2, 5, 'one')]).output).toBe('a one b two c');
    const overlap = applyFixes('abcdef', [finding(1, 4, 'X'), finding(3, 5, 'Y')]);
    expect([overlap.output, overlap.applied.length]).toEqual(['aXef', 1]);
    expect(applyFixes('\uFEFFa [X]', [finding(2, 5, 'Y')]).output).toBe('\uFEFFa Y');
    // A fix that changes nothing is not applied, so a run says it fixed nothing.
    expect(applyFixes('a Y', [finding(2, 3, 'Y')]).applied).toEqual([]);
  });
});

describe('through the command line', () => {
  const letter = front('company: Northwind\nrole: Backend Engineer') + body;

  it('--fix writes the fixed letter, says what it changed, reports what is left; a second run has nothing to fix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-fix-'));
    writeFileSync(path.join(dir, 'a.md'), letter);
    chmodSync(path.join(dir, 'a.md'), 0o600);
    const first = run(['--fix', '--format', 'json', 'a.md'], dir);
    expect(first.stderr).toBe('letterlint: fixed a.md: "[Company]" → "Northwind", "[Company]" → "Northwind", "[Role]" → "Backend Engineer"\n');
    const fixedText = readFileSync(path.join(dir, 'a.md'), 'utf8');
    expect(fixedText).toBe(letter.replaceAll('[Company]', 'Northwind').replace('[Role]', 'Backend Engineer'));
    expect(statSync(path.join(dir, 'a.md')).mode & 0o777).toBe(0o600);
    const reported = JSON.parse(first.stdout) as Array<{ output: string; messages: Array<{ ruleId: string; actual?: string }> }>;
    expect(reported[0]!.output).toBe(fixedText);
    // What is reported is what is left: the name has no frontmatter value.
    expect(reported[0]!.messages.filter((m) => m.ruleId === 'no-placeholders').map((m) => m.actual)).toEqual(['[Your Name]']);
    const second = run(['--fix', 'a.md'], dir);
    expect(second.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(fixedText);
  });

  it('--fix-dry-run writes nothing and gives the fixed text as "output"', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-fix-'));
    writeFileSync(path.join(dir, 'a.md'), letter);
    const r = run(['--fix-dry-run', '--format', 'json', 'a.md'], dir);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(letter);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Array<{ output: string }>)[0]!.output).toContain('join Northwind as your next Backend Engineer');
    // Standard input too, where --fix refuses: there is nothing to write back to.
    const piped = run(['--fix-dry-run', '--format', 'json', '--stdin-filename', 'b.md'], dir, letter);
    expect((JSON.parse(piped.stdout) as Array<{ output: string }>)[0]!.output).toContain('Dear Northwind team');
    const refused = run(['--fix', '--stdin-filename', 'b.md'], dir, letter);
    expect([refused.code, refused.stderr]).toEqual([2, 'letterlint: --fix cannot write standard input back; use --fix-dry-run with --format json to get the fixed text\n']);
  });

  it('never writes through a link out of the project, nor a letter that is not UTF-8', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'letterlint-outside-'));
    writeFileSync(path.join(outside, 'real.md'), letter);
    const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-fix-'));
    mkdirSync(path.join(dir, '.git'));
    symlinkSync(path.join(outside, 'real.md'), path.join(dir, 'linked.md'));
    writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]));
    const r = run(['--fix', 'linked.md', 'utf16.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('letterlint: linked.md: leads outside the project through a link; not fixed\n');
    expect(r.stderr).toContain('letterlint: utf16.md: changed since it was read, or is not UTF-8; not fixed\n');
    expect(readFileSync(path.join(outside, 'real.md'), 'utf8')).toBe(letter);
    expect(readFileSync(path.join(dir, 'utf16.md')).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
  });
}, SPAWN_TIMEOUT);
