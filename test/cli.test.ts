// The built executable, run as a user runs it: exit codes, both formats, stdin, folders, globs,
// and positions that stay right with CRLF line endings and a byte-order mark.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const fixture = (name: string) => path.join(root, 'fixtures', name);

function run(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR']) if (!options.env || !(key in options.env)) delete env[key];
  const r = spawnSync(process.execPath, [bin, ...args], { input: options.input ?? '', cwd: options.cwd ?? root, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; suggestions: Array<{ desc: string }> }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'letterlint-'));
}

describe('exit codes', () => {
  it('a weak letter: findings from several rules with suggestions, exit 1', () => {
    const r = run([fixture('weak.md')]);
    expect(r.code).toBe(1);
    for (const id of ['no-generic-claims', 'no-stack-list-opening', 'require-metrics', 'no-placeholders']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('\u2192 ');
    expect(r.stdout).toMatch(/\u2716 \d+ problems \(\d+ errors, \d+ warnings?\) in 1 of 1 file/);
    expect(r.stderr).toBe('');
  });

  it('a strong letter: nothing reported, exit 0', () => {
    const r = run([fixture('strong.md'), fixture('strong.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems in 2 files');
  });

  it('a missing file: one line on stderr naming it, exit 2, the other files still linted', () => {
    const r = run(['missing.md', fixture('weak.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('letterlint: missing.md: no such file or folder\n');
    expect(r.stdout).toContain('no-placeholders');
  });

  it('a pattern that matches nothing is exit 2', () => {
    const r = run(['fixtures/**/*.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('letterlint: fixtures/**/*.docx: no files match this pattern\n');
  });

  it('a folder with no letters is exit 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    const r = run([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no letters \(\.md, \.markdown, \.txt\) in this folder/);
  });

  it('a binary file is refused with a reason, exit 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'letter.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const r = run([path.join(dir, 'letter.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a text letter; export it to Markdown or plain text');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('an unknown option is a usage error, exit 2, no stack trace', () => {
    const r = run(['--frobnicate', fixture('strong.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown format and a bad --max-warnings are usage errors', () => {
    expect(run(['--format', 'xml', fixture('strong.md')]).code).toBe(2);
    expect(run(['--max-warnings', 'lots', fixture('strong.md')]).code).toBe(2);
  });

  it('--version and --help exit 0', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--max-warnings');
  });
});

describe('json format', () => {
  it('has the shape of ESLint JSON output', () => {
    const r = run(['--format', 'json', fixture('weak.md'), fixture('strong.md')]);
    expect(r.code).toBe(1);
    const results = json(r.stdout);
    expect(results).toHaveLength(2);
    const weak = results.find((x) => x.filePath.endsWith('weak.md'))!;
    expect(path.isAbsolute(weak.filePath)).toBe(true);
    expect(weak.errorCount).toBe(weak.messages.filter((m) => m.severity === 2).length);
    expect(weak.warningCount).toBe(weak.messages.filter((m) => m.severity === 1).length);
    expect(weak.errorCount).toBeGreaterThan(5);
    for (const m of weak.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'suggestions']));
      expect([1, 2]).toContain(m.severity);
      expect(m.suggestions.length).toBeGreaterThan(0);
      expect(typeof m.suggestions[0]!.desc).toBe('string');
    }
    const strong = results.find((x) => x.filePath.endsWith('strong.md'))!;
    expect(strong.messages).toEqual([]);
  });

  it('is one valid document even when a path fails', () => {
    const r = run(['--format', 'json', 'missing.md', fixture('strong.md')]);
    expect(r.code).toBe(2);
    expect(json(r.stdout)).toHaveLength(1);
  });

  it('points at the right characters with CRLF line endings and a byte-order mark', () => {
    const dir = tempDir();
    const text = '\uFEFFDear Ana,\r\n\r\nI would love to join [Company] next year.\r\n\r\nBest,\r\nSam\r\n';
    const file = path.join(dir, 'crlf.md');
    writeFileSync(file, text);
    const m = json(run(['--format', 'json', file]).stdout)[0]!.messages.find((x) => x.ruleId === 'no-placeholders')!;
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([3, 22, 3, 31]);
    // The same letter as plain text, with lone CR line endings.
    const txt = path.join(dir, 'cr.txt');
    writeFileSync(txt, text.replace(/\r\n/g, '\r'));
    const t = json(run(['--format', 'json', txt]).stdout)[0]!.messages.find((x) => x.ruleId === 'no-placeholders')!;
    expect([t.line, t.column]).toEqual([3, 22]);
  });

  it('counts lines after frontmatter from the top of the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fm.md');
    writeFileSync(file, '---\ncompany: Northwind\nrole: Backend Engineer\n---\n\nDear team,\n\nI want to join [Company].\n');
    const m = json(run(['--format', 'json', file]).stdout)[0]!.messages.find((x) => x.ruleId === 'no-placeholders')!;
    expect([m.line, m.column]).toEqual([8, 16]);
    expect(m.suggestions[0]!.desc).toContain('Northwind');
  });
});

describe('inputs', () => {
  it('reads standard input with "-" and names it with --stdin-filename', () => {
    const input = readFileSync(fixture('weak.md'), 'utf8');
    const r = run(['--format', 'json', '--stdin-filename', 'draft.md', '-'], { input });
    expect(r.code).toBe(1);
    const [result] = json(r.stdout);
    expect(result!.filePath).toBe(path.join(root, 'draft.md'));
    expect(result!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
  });

  it('reads piped input with no path at all', () => {
    const r = run([], { input: readFileSync(fixture('strong.md'), 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems in 1 file');
  });

  it('lets --stdin-filename pick plain text', () => {
    const input = 'Dear Ana,\n\n# not a heading in text\n\nBest,\nSam';
    const r = run(['--format', 'json', '--stdin-filename', 'draft.txt'], { input });
    expect(json(r.stdout)[0]!.filePath).toBe(path.join(root, 'draft.txt'));
  });

  it('searches folders for letters, skipping node_modules and dot-folders', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    mkdirSync(path.join(dir, 'node_modules/x'), { recursive: true });
    mkdirSync(path.join(dir, '.drafts'), { recursive: true });
    const weak = readFileSync(fixture('weak.md'), 'utf8');
    for (const f of ['a/one.md', 'a/b/two.markdown', 'a/b/three.txt', 'node_modules/x/four.md', '.drafts/five.md', 'a/six.json']) {
      writeFileSync(path.join(dir, f), weak);
    }
    const files = json(run(['--format', 'json', dir]).stdout).map((r) => path.relative(dir, r.filePath)).sort();
    expect(files).toEqual(['a/b/three.txt', 'a/b/two.markdown', 'a/one.md']);
  });

  it('expands quoted glob patterns', () => {
    const r = run(['--format', 'json', 'fixtures/strong.*']);
    expect(json(r.stdout).map((x) => path.basename(x.filePath)).sort()).toEqual(['strong.md', 'strong.txt']);
  });
});

describe('output options', () => {
  // Five whole processes: slower than vitest's default timeout on a loaded two-core machine.
  it('--no-color, NO_COLOR and FORCE_COLOR', { timeout: 60_000 }, () => {
    expect(run([fixture('weak.md')]).stdout).not.toContain('\u001b[');
    expect(run(['--color', fixture('weak.md')]).stdout).toContain('\u001b[');
    expect(run([fixture('weak.md')], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(run(['--no-color', fixture('weak.md')], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(run([fixture('weak.md')], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('stylish shows the line with the span underlined', () => {
    const dir = tempDir();
    const file = path.join(dir, 'short.md');
    writeFileSync(file, 'Dear Ana,\n\nI want to join [Company] soon.\n\nBest,\nSam\n');
    const out = run([file]).stdout.split('\n');
    // The line is shown under each finding on it (the placeholder, and the close that invites nothing).
    const shown = out.flatMap((l, i) => (i > 0 && l.includes('I want to join [Company] soon.') ? [[l, out[i + 1]!] as const] : []));
    expect(shown.length).toBeGreaterThan(0);
    const underlined = shown.find(([source, marks]) => marks.indexOf('^') === source.indexOf('[Company]'));
    expect(underlined).toBeDefined();
    const marks = underlined![1];
    expect(marks.slice(marks.indexOf('^')).trimEnd()).toBe('^'.repeat('[Company]'.length));
  });

  it('--quiet hides warnings only, so errors still fail', () => {
    const r = run(['--quiet', fixture('weak.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error');
  });
});

describe('main() with a terminal on standard input', () => {
  it('no paths and nothing piped is a usage error, exit 2', async () => {
    let err = '';
    const io: Io = {
      stdout: () => {},
      stderr: (s) => (err += s),
      readStdin: async () => {
        throw new Error('must not read a terminal');
      },
      stdinIsTTY: true,
      stdoutIsTTY: false,
      cwd: root,
      env: {},
    };
    expect(await main(['node', 'letterlint'], io)).toBe(2);
    expect(err).toBe('letterlint: no letters given; try "letterlint draft.md", "letterlint --help", or a letters/ folder (or "letters" in the configuration) to lint with no path\n');
  });
});

describe('the built binary loads remark only for letters that need it', () => {
  it('plain letters and letters with lists, links and code get the findings the library gives', async () => {
    const { lintText } = await import('../src/engine.js');
    // weak.md and strong.md take the fast road; the others hold a list, code or a link.
    const names = ['weak.md', 'strong.md', 'stack-bullets.md', 'frontmatter-code.md'];
    const r = run(['--format', 'json', ...names.map((n) => `fixtures/${n}`)], { cwd: root });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
    for (const [i, name] of names.entries()) {
      const file = path.join(root, 'fixtures', name);
      const { findings } = await lintText(readFileSync(file, 'utf8'), file, 'markdown', { emptyAsWarning: true });
      expect(report[i]!.messages.map((m) => [m.ruleId, m.line, m.column]), name).toEqual(findings.map((f) => [f.ruleId, f.line, f.column]));
      // Two of them are clean; the weak letter and the stack list are not.
      if (name === 'weak.md' || name === 'stack-bullets.md') expect(findings.length, name).toBeGreaterThan(0);
    }
  });
});

describe('usage errors', () => {
  it('are one line that starts "letterlint:", as every other error is, with exit 2', () => {
    for (const [args, line] of [
      [['--bogus', 'fixtures/weak.md'], "letterlint: unknown option '--bogus' (did you mean --focus?)"],
      [['--format'], "letterlint: option '-f, --format <name>' argument missing"],
      [['init', '--bogus'], "letterlint: unknown option '--bogus'"],
      [['--x\u001b[31m'], "letterlint: unknown option '--x\\x1b[31m'"],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(`${line}\n`);
    }
  });
});

describe('suggestions that name the company', () => {
  it("write a possessive that ends in s as the name and an apostrophe: Ridgeline Logistics', Northwind's", async () => {
    const { fill } = await import('../src/text/suggest.js');
    const template = "which is why {company}'s <problem> draws me";
    const facts = (company: string | undefined) => ({ company }) as Parameters<typeof fill>[1];
    expect(fill(template, facts('Ridgeline Logistics'))).toBe("which is why Ridgeline Logistics' <problem> draws me");
    expect(fill(template, facts('Northwind'))).toBe("which is why Northwind's <problem> draws me");
    expect(fill(template, facts(undefined))).toBe("which is why <company>'s <problem> draws me");
  });
});
