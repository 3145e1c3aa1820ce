// Bad input and faults: letterlint keeps working on whatever it is handed, says in one line what was
// wrong and with which file, exits 2 for a path it cannot use, lints the rest, never prints a stack
// trace or hangs, cannot be steered by what a letter or a file name holds, and never writes to a
// letter. (Invalid configuration files, unknown keys and wrong types are covered in config.test.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { discover } from '../src/run/files.js';
import { decodeLetter, MAX_LETTER_BYTES, readLetter, reason } from '../src/run/read.js';
import { MAX_INLINE_MARKERS, MAX_LIST_ITEMS, MAX_MARKDOWN_DEPTH, markdownFallback } from '../src/text/markdown-fallback.js';
import { parseLetter } from '../src/text/parse.js';
import type { Finding } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');
const posix = process.platform !== 'win32';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(args: string[], options: { input?: string | Buffer; cwd?: string; timeout?: number } = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const started = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { input: options.input ?? '', cwd: options.cwd ?? root, env, encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, signal: r.signal };
}

const lines = (s: string) => s.split('\n').filter(Boolean);
const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at |EPIPE|Error:/);
const folder = () => mkdtempSync(path.join(tmpdir(), 'letterlint-robust-'));

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; actual?: string }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];

describe('paths that cannot be used: one line each, exit 2, the other letters still linted', () => {
  it('missing, empty folder, unmatched glob, link loop, FIFO, device, binary, PDF, .docx, too large, unreadable: all in one run, no hang', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'good.md'), weak);
    mkdirSync(path.join(dir, 'empty-folder'));
    writeFileSync(path.join(dir, 'empty-folder', 'notes.json'), '{}');
    const expected: string[] = [
      'letterlint: missing.md: no such file or folder',
      'letterlint: empty-folder: no letters (.md, .markdown, .txt) in this folder',
      'letterlint: drafts/**/*.md: no files match this pattern',
      'letterlint: nul.txt: not a text letter; export it to Markdown or plain text',
      'letterlint: cv.pdf.md: not a text letter; export it to Markdown or plain text',
      'letterlint: letter.docx.md: not a text letter; export it to Markdown or plain text',
      'letterlint: huge.md: too large for a letter (10 MB; the limit is 2 MB): is this the file you meant?',
    ];
    writeFileSync(path.join(dir, 'nul.txt'), Buffer.from('Dear Ana,\0\0\0'));
    writeFileSync(path.join(dir, 'cv.pdf.md'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    writeFileSync(path.join(dir, 'letter.docx.md'), Buffer.from('PK\x03\x04[Content_Types].xml', 'latin1'));
    writeFileSync(path.join(dir, 'huge.md'), '');
    truncateSync(path.join(dir, 'huge.md'), 10 * 1024 * 1024);
    const args = ['--format', 'json', 'good.md', 'missing.md', 'empty-folder', 'drafts/**/*.md', 'nul.txt', 'cv.pdf.md', 'letter.docx.md', 'huge.md'];
    if (posix) {
      symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
      symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
      args.push('loop-a.md');
      expected.push('letterlint: loop-a.md: too many symbolic links (a link loop?)');
      args.push('/dev/null');
      expected.push(`letterlint: ${path.relative(dir, '/dev/null')}: is a device, not a letter file`);
      if (spawnSync('mkfifo', [path.join(dir, 'pipe.md')]).status === 0) {
        args.push('pipe.md');
        expected.push('letterlint: pipe.md: is a named pipe (FIFO), not a letter file');
      }
      if (!isRoot) {
        writeFileSync(path.join(dir, 'locked.md'), weak);
        chmodSync(path.join(dir, 'locked.md'), 0o000);
        args.push('locked.md');
        expected.push('letterlint: locked.md: permission denied');
      }
    }
    const r = run(args, { cwd: dir, timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(lines(r.stderr).sort()).toEqual(expected.sort());
    noTrace(r.stderr);
    const results = json(r.stdout);
    const good = results.find((x) => x.filePath === path.join(dir, 'good.md'))!;
    expect(good.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
  });

  it('a letter deleted between listing and reading is a reason, not an exception', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), weak);
    writeFileSync(path.join(dir, 'b.md'), weak);
    const { files, errors } = await discover([dir], { cwd: dir, ignores: [], errorOnUnmatched: true, root: { path: dir, real: realpathSync(dir), marked: true } });
    expect(errors).toEqual([]);
    expect(files.map((f) => path.basename(f))).toEqual(['a.md', 'b.md']);
    unlinkSync(path.join(dir, 'a.md'));
    expect(await readLetter(files[0]!)).toEqual({ error: 'no such file or folder' });
    expect('text' in (await readLetter(files[1]!))).toBe(true);
  });

  it('file-system errors read as short reasons', () => {
    expect(reason(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(reason(Object.assign(new Error('x'), { code: 'ELOOP' }))).toBe('too many symbolic links (a link loop?)');
    expect(reason(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe('is a folder, not a letter');
  });

  it.runIf(posix)('a folder reached twice through a symbolic link is linted once; things that are not files in it are passed over', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), weak);
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('nowhere.md', path.join(dir, 'broken.md'));
    spawnSync('mkfifo', [path.join(dir, 'fifo.md')]);
    const r = run(['--format', 'json', '.'], { cwd: dir, timeout: 30_000 });
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['a.md']);
  });

  // Root may read any file whatever its mode, so run as root nothing can be refused and the case
  // would prove nothing: it is skipped there, and runs for every other user.
  it.skipIf(!posix || isRoot)('a letter, a folder, a --config and a --posting without read permission: "permission denied", exit 2, the rest linted (skipped as root: no file mode stops root)', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'good.md'), weak);
    writeFileSync(path.join(dir, 'locked.md'), weak);
    writeFileSync(path.join(dir, 'locked.yaml'), 'rules: {}\n');
    mkdirSync(path.join(dir, 'locked-folder'));
    writeFileSync(path.join(dir, 'locked-folder', 'inside.md'), weak);
    for (const f of ['locked.md', 'locked.yaml', 'locked-folder']) chmodSync(path.join(dir, f), 0o000);
    try {
      const r = run(['--format', 'json', 'good.md', 'locked.md', 'locked-folder'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(lines(r.stderr).sort()).toEqual(['letterlint: locked-folder: permission denied', 'letterlint: locked.md: permission denied']);
      noTrace(r.stderr);
      const results = json(r.stdout);
      expect(results.find((x) => x.filePath === path.join(dir, 'good.md'))!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
      expect(results.find((x) => x.filePath === path.join(dir, 'locked.md'))!.messages.map((m) => m.message)).toEqual(['permission denied']);
      const config = run(['--config', 'locked.yaml', 'good.md'], { cwd: dir });
      expect(config.code).toBe(2);
      expect(config.stderr).toBe(`letterlint: ${path.join(dir, 'locked.yaml')}: permission denied\n`);
      const posting = run(['--posting', 'locked.yaml', 'good.md'], { cwd: dir });
      expect(posting.code).toBe(2);
      expect(posting.stderr).toBe('letterlint: locked.yaml: permission denied\n');
    } finally {
      // So the temporary folder can be cleaned up.
      chmodSync(path.join(dir, 'locked-folder'), 0o755);
    }
  });
});

describe('a --posting or --config file that cannot be used: read as a letter is, one line, exit 2, no hang', () => {
  /** Each: the file's name, and the reason given for it as a posting and as a configuration file. */
  function unusable(dir: string): Array<[string, string, string]> {
    const binaryPosting = 'not a text posting; export it to Markdown or plain text';
    const binaryConfig = 'not a text file; a configuration file is JSON or YAML';
    mkdirSync(path.join(dir, 'folder.yaml'));
    writeFileSync(path.join(dir, 'nul.yaml'), Buffer.from('rules: {}\n\0\0'));
    writeFileSync(path.join(dir, 'scan.yaml'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    writeFileSync(path.join(dir, 'huge.yaml'), '');
    truncateSync(path.join(dir, 'huge.yaml'), 3 * 1024 * 1024);
    const cases: Array<[string, string, string]> = [
      ['missing.yaml', 'no such posting file', 'no such configuration file'],
      ['folder.yaml', 'is a folder, not a posting', 'is a folder, not a configuration file'],
      ['nul.yaml', binaryPosting, binaryConfig],
      ['scan.yaml', binaryPosting, binaryConfig],
      ['huge.yaml', 'too large for a posting (3 MB; the limit is 2 MB): is this the file you meant?', 'too large for a configuration file (3 MB; the limit is 2 MB): is this the file you meant?'],
    ];
    if (posix) {
      // Read as a plain file is, either of these would hang the run or fill its memory.
      cases.push(['/dev/zero', 'is a device, not a posting file', 'is a device, not a configuration file']);
      if (spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status === 0) {
        cases.push(['pipe.yaml', 'is a named pipe (FIFO), not a posting file', 'is a named pipe (FIFO), not a configuration file']);
      }
    }
    return cases;
  }

  it('--posting: a missing file, a folder, a binary, a PDF, an oversized file, a device and a FIFO', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'letter.md'), weak);
    for (const [name, reason] of unusable(dir)) {
      const r = run(['--posting', name, 'letter.md'], { cwd: dir, timeout: 20_000 });
      expect(r.signal, name).toBeNull();
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toBe(`letterlint: ${name}: ${reason}\n`);
    }
  }, 120_000);

  it('--config: the same files; every letter is reported with the reason, in JSON that parses', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'letter.md'), weak);
    for (const [name, , reason] of unusable(dir)) {
      const r = run(['--format', 'json', '--config', name, 'letter.md'], { cwd: dir, timeout: 20_000 });
      expect(r.signal, name).toBeNull();
      expect(r.code, name).toBe(2);
      const line = `${path.resolve(dir, name)}: ${reason}`;
      expect(r.stderr, name).toBe(`letterlint: ${line}\n`);
      expect(json(r.stdout).map((x) => x.messages.map((m) => m.message)), name).toEqual([[line]]);
    }
  }, 120_000);

  it.runIf(posix)('a posting named in frontmatter that is a FIFO fails that letter only', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), `---\nposting: pipe.md\n---\n\n${weak}`);
    writeFileSync(path.join(dir, 'b.md'), weak);
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.md')]).status).toBe(0);
    const r = run(['--format', 'json', 'a.md', 'b.md'], { cwd: dir, timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['letterlint: a.md: posting pipe.md: is a named pipe (FIFO), not a posting file']);
    const [a, b] = json(r.stdout);
    expect(a!.messages.map((m) => m.message)).toEqual(['posting pipe.md: is a named pipe (FIFO), not a posting file']);
    expect(b!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
  });

  it.runIf(posix)('a configuration file found beside a letter that is a FIFO, or empty, fails or is passed over, without a hang', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'piped'));
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'piped/a.md'), weak);
    writeFileSync(path.join(dir, 'empty/b.md'), weak);
    expect(spawnSync('mkfifo', [path.join(dir, 'piped/.letterlintrc.json')]).status).toBe(0);
    // An empty file is no configuration: the search goes on up, to this one.
    writeFileSync(path.join(dir, 'empty/.letterlintrc.yaml'), '');
    writeFileSync(path.join(dir, '.letterlintrc.json'), '{ "rules": { "no-placeholders": "off" } }');
    const r = run(['--format', 'json', 'piped/a.md', 'empty/b.md'], { cwd: dir, timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    const reason = `${path.join(dir, 'piped/.letterlintrc.json')}: is a named pipe (FIFO), not a configuration file`;
    expect(lines(r.stderr)).toEqual([`letterlint: ${reason}`]);
    const [a, b] = json(r.stdout);
    expect(a!.messages.map((m) => m.message)).toEqual([reason]);
    expect(b!.messages.length).toBeGreaterThan(0);
    expect(b!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(false);
  });

  it('a UTF-16 posting and a UTF-16 configuration file are decoded as a UTF-16 letter is', () => {
    const dir = folder();
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const postingText = readFileSync(path.join(root, 'fixtures/posting/posting.md'), 'utf8');
    writeFileSync(path.join(dir, 'letter.md'), readFileSync(path.join(root, 'fixtures/posting/poor.md'), 'utf8').replace(/^posting:.*\n/m, ''));
    writeFileSync(path.join(dir, 'posting.md'), postingText);
    writeFileSync(path.join(dir, 'posting16.md'), utf16(postingText));
    writeFileSync(path.join(dir, 'config16.yaml'), utf16('rules:\n  no-placeholders: off\n'));
    const mirror = (posting: string) => {
      const r = run(['--format', 'json', '--posting', posting, 'letter.md'], { cwd: dir });
      expect(r.stderr).toBe('');
      return json(r.stdout)[0]!.messages.filter((m) => m.ruleId === 'mirror-posting').map((m) => m.message);
    };
    const want = mirror('posting.md');
    expect(want.length).toBeGreaterThan(0);
    expect(mirror('posting16.md')).toEqual(want);
    writeFileSync(path.join(dir, 'placeholder.md'), weak);
    const r = run(['--format', 'json', '--config', 'config16.yaml', 'placeholder.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(json(r.stdout)[0]!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(false);
    expect(json(run(['--format', 'json', 'placeholder.md'], { cwd: dir }).stdout)[0]!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
  });
});

describe('decoding', () => {
  const letter = 'Dear Ana,\n\nI would love to join [Company] as a café regular and team player.\n\nBest,\nSam\n';
  const placeholders = (r: { stdout: string }) =>
    json(r.stdout)[0]!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.actual ?? ''}`);

  it('UTF-16 LE and BE with a byte-order mark are decoded, with the same findings at the same places as UTF-8', () => {
    const dir = folder();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letter, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    writeFileSync(path.join(dir, 'utf8.md'), letter);
    writeFileSync(path.join(dir, 'utf16le.md'), le);
    writeFileSync(path.join(dir, 'utf16be.md'), be);
    const want = placeholders(run(['--format', 'json', 'utf8.md'], { cwd: dir }));
    expect(want.some((m) => m.includes('[Company]'))).toBe(true);
    for (const f of ['utf16le.md', 'utf16be.md']) {
      const r = run(['--format', 'json', f], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(placeholders(r)).toEqual(want);
    }
  });

  it('invalid UTF-8: linted with replacement characters, one warning line naming the file, exit code unchanged', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'good.md'), letter);
    writeFileSync(path.join(dir, 'bad.md'), Buffer.from(letter.replace('café', 'caf\u0000'), 'utf8').map((b) => (b === 0 ? 0xe9 : b)));
    const good = run(['--format', 'json', 'good.md'], { cwd: dir });
    const bad = run(['--format', 'json', 'bad.md'], { cwd: dir });
    expect(bad.code).toBe(good.code);
    expect(lines(bad.stderr)).toEqual(['letterlint: warning: bad.md: is not valid UTF-8; read with replacement characters (\uFFFD) where bytes could not be decoded']);
    // The same findings at the same places; a finding that quotes the line shows the replacement character.
    expect(placeholders(bad)).toEqual(placeholders(good).map((m) => m.replace('café', 'caf\uFFFD')));
    expect(decodeLetter(Buffer.from([0x61, 0xff, 0x62]))).toEqual({ text: 'a\uFFFDb', warning: expect.stringContaining('not valid UTF-8') });
  });

  it('LF, CRLF and lone CR line endings, with and without a byte-order mark, give the same positions', async () => {
    const base = await lintText(weak, 'weak.md', 'markdown');
    const shape = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.actual?.replace(/\r\n?/g, '\n')]);
    for (const variant of [weak.replace(/\n/g, '\r\n'), weak.replace(/\n/g, '\r'), '\uFEFF' + weak.replace(/\n/g, '\r\n')]) {
      for (const format of ['markdown', 'text'] as const) {
        const want = format === 'markdown' ? base : await lintText(weak, 'weak.txt', 'text');
        expect(shape((await lintText(variant, 'weak', format)).findings)).toEqual(shape(want.findings));
      }
    }
  });
});

describe('letters with little or nothing in them', () => {
  it('empty, white space only and frontmatter only: one warning each, exit 0 (1 with --max-warnings 0)', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'blank.txt'), '  \r\n\t\n\n');
    writeFileSync(path.join(dir, 'front.md'), '---\ncompany: Northwind\n---\n');
    const r = run(['--format', 'json', 'empty.md', 'blank.txt', 'front.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const messages = json(r.stdout).map((x) => x.messages.map((m) => `${m.severity} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([
      ['1 null The letter is empty; there is nothing to lint'],
      ['1 null The letter is empty; there is nothing to lint'],
      ['1 null The letter has no prose to lint, only frontmatter, code, comments or links'],
    ]);
    expect(run(['--max-warnings', '0', 'empty.md'], { cwd: dir }).code).toBe(1);
    const stylish = run(['empty.md'], { cwd: dir }).stdout;
    expect(stylish).toContain('The letter is empty');
    expect(stylish).not.toContain('Report card');
  });

  it('frontmatter that is not valid YAML, or not a mapping: a warning line, and the letter is still linted', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'broken.md'), `---\ncompany: [Northwind\nrole: x\n---\n\n${weak}`);
    writeFileSync(path.join(dir, 'list.md'), `---\n- a\n- b\n---\n\n${weak}`);
    const r = run(['--format', 'json', 'broken.md', 'list.md'], { cwd: dir });
    expect(r.code).toBe(1);
    const warnings = lines(r.stderr);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^letterlint: warning: broken\.md: frontmatter is not valid YAML \(.+\); it is ignored$/);
    expect(warnings[1]).toBe('letterlint: warning: list.md: frontmatter is not a YAML mapping of fields ("company: Northwind"); it is ignored');
    for (const result of json(r.stdout)) expect(result.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
  });

  it('no greeting, no paragraphs, a heading, a list, code or a comment alone: linted without a crash', async () => {
    const odd = ['Hello', '# Cover letter', '- Go\n- Rust\n- Kafka', '```\ncode()\n```', '<!-- letterlint-disable -->', '> quoted only', 'Best,\nSam', '[Company]', '***', '1.'];
    for (const text of odd) {
      for (const format of ['markdown', 'text'] as const) {
        for (const emptyAsWarning of [false, true]) {
          const { findings } = await lintText(text, 'odd', format, { emptyAsWarning });
          // Every finding points inside the text and says something.
          const lineCount = text.split('\n').length;
          for (const f of findings) {
            expect(f.line, text).toBeGreaterThanOrEqual(1);
            expect(f.endLine, text).toBeLessThanOrEqual(lineCount);
            expect(f.message.length).toBeGreaterThan(0);
          }
          if (text === '[Company]') expect(findings.map((f) => f.ruleId)).toContain('no-placeholders');
          if (text === 'Hello' && !emptyAsWarning) expect(findings.map((f) => f.ruleId)).toContain('word-count');
        }
      }
    }
  });
});

describe('size and depth: no stack overflow, and time that grows linearly', () => {
  const lint = (text: string, format: 'markdown' | 'text' = 'markdown') => lintText(text, 'big', format, { emptyAsWarning: true });

  it('10,000 nested block quotes or list items, and 3,000 indented list levels, are read as plain text with a warning', async () => {
    const deep = ['>'.repeat(10_000) + ' deep', '> '.repeat(10_000) + 'deep', '- '.repeat(10_000) + 'item', Array.from({ length: 3000 }, (_, i) => '  '.repeat(i) + '- item').join('\n')];
    for (const text of deep) {
      expect(markdownFallback(text)).toBe(`Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep; read as plain text`);
      await expect(lint(text)).resolves.toBeDefined();
    }
    // Emphasis, links and brackets 10,000 deep in one paragraph are read as plain text too; a
    // paragraph with a letter's handful of them, and many paragraphs of a few each, stay Markdown.
    for (const text of ['*'.repeat(10_000) + 'a' + '*'.repeat(10_000), '['.repeat(10_000) + 'a' + '](x)'.repeat(10_000), '_a '.repeat(10_000)]) {
      expect(markdownFallback(text)).toBe(`more than ${MAX_INLINE_MARKERS} emphasis markers or link brackets in one paragraph; read as plain text`);
      await expect(lint(`Dear Ana,\n\n${text}\n`)).resolves.toBeDefined();
    }
    expect(markdownFallback('I rebuilt **the ledger** and [its docs](x), *twice*.\n\n'.repeat(2000))).toBeUndefined();
    // Simple markup the fast road reads exactly and in linear time is never cut short, however much
    // of it one paragraph holds; the same count of markers the fast road does not read still is.
    const bold = 'Dear Ana,\n\n' + 'I own **the ledger** and `its jobs`. '.repeat(1500) + '\n';
    expect(markdownFallback(bold)).toBeUndefined();
    expect(parseLetter(bold, 'markdown').excluded).toHaveLength(1500);
    expect(markdownFallback(bold.replace(/\*\*/g, '***'))).toBe(`more than ${MAX_INLINE_MARKERS} emphasis markers or link brackets in one paragraph; read as plain text`);
    // A letter's own nesting (a list in a quote in a list) and a right-aligned date stay Markdown.
    expect(markdownFallback('- a\n  > - b\n  >   - c\n')).toBeUndefined();
    expect(markdownFallback(' '.repeat(90) + 'June 5, 2024\n\nDear Ana,\n')).toBeUndefined();
  }, 60_000);

  it('more than 1,000 list items are read as plain text with a warning; a letter\'s few bullets stay Markdown', async () => {
    const long = 'Dear Ana,\n\n' + '- a\n  - b\n'.repeat(600) + '\nBest,\nSam\n';
    expect(markdownFallback(long)).toBe(`more than ${MAX_LIST_ITEMS} list items; read as plain text`);
    await expect(lint(long)).resolves.toBeDefined();
    expect(markdownFallback('1. one\n2) two\n> - three\n'.repeat(333))).toBeUndefined();
    expect(markdownFallback('1. one\n2) two\n> - three\n'.repeat(334))).toBe(`more than ${MAX_LIST_ITEMS} list items; read as plain text`);
    // Hyphens and numbers inside a line, or without a space after them, are no list items.
    expect(markdownFallback('I was - honestly - there in 2019.\n-dash\n3.14\n'.repeat(2000))).toBeUndefined();
  });

  it('the deep-nesting warning reaches the command line as one line', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'deep.md'), '> '.repeat(5000) + 'deep\n');
    const r = run(['--format', 'compact', 'deep.md'], { cwd: dir });
    expect(lines(r.stderr)).toEqual([`letterlint: warning: deep.md: Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep; read as plain text`]);
    expect([0, 1]).toContain(r.code);
  });

  it('a Markdown file too large to parse whole gives the same words as its letters parsed one by one', () => {
    const dir = path.join(root, 'fixtures/corpus');
    const letters = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '').replace(/^---[\s\S]*?\n---\n/, '').trimEnd() + '\n\n');
    let text = '';
    const expected: string[] = [];
    for (const l of letters) {
      const base = text.length;
      for (const s of parseLetter(l, 'markdown').sentences) for (const w of s.words) expected.push(`${base + w.start}:${w.text}`);
      text += l;
    }
    expect(text.length).toBeGreaterThan(64 * 1024);
    const got = parseLetter(text, 'markdown').sentences.flatMap((s) => s.words.map((w) => `${w.start}:${w.text}`));
    expect(got).toEqual(expected);
  });

  it('a 10 MB file is refused at once, by its size, and the other letters are linted', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'good.md'), weak);
    writeFileSync(path.join(dir, 'all-letters.md'), weak.repeat(Math.ceil((10 * 1024 * 1024) / weak.length)));
    const r = run(['--format', 'json', 'good.md', 'all-letters.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['letterlint: all-letters.md: too large for a letter (10 MB; the limit is 2 MB): is this the file you meant?']);
    const [good, huge] = json(r.stdout);
    expect(good!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
    expect(huge!.messages.map((m) => m.message)).toEqual(['too large for a letter (10 MB; the limit is 2 MB): is this the file you meant?']);
    expect(r.ms).toBeLessThan(20_000);
  });
});

describe('standard input', () => {
  it('nothing named and nothing piped is a usage error; "-" with nothing piped is an empty letter', () => {
    const implicit = run([], { input: '' });
    expect(implicit.code).toBe(2);
    expect(implicit.stderr).toBe('letterlint: no letters given, and standard input is empty; try "letterlint draft.md" or "letterlint --help"\n');
    const explicit = run(['--format', 'json', '-'], { input: '' });
    expect(explicit.code).toBe(0);
    expect(json(explicit.stdout)[0]!.messages.map((m) => m.message)).toEqual(['The letter is empty; there is nothing to lint']);
    const named = run(['--format', 'json', '--stdin-filename', 'draft.md'], { input: '' });
    expect(named.code).toBe(0);
  });

  it('is decoded as a file is: binary refused, UTF-16 read, too much refused without reading it all', () => {
    const binary = run(['-'], { input: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]) });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toBe('letterlint: <stdin>: not a text letter; export it to Markdown or plain text\n');
    const utf16 = run(['--format', 'json', '--stdin-filename', 'x.md', '-'], { input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(weak, 'utf16le')]) });
    expect(utf16.code).toBe(1);
    expect(json(utf16.stdout)[0]!.messages.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
    const big = run(['-'], { input: Buffer.alloc(MAX_LETTER_BYTES + 10, 'a ') });
    expect(big.code).toBe(2);
    expect(big.stderr).toBe('letterlint: <stdin>: too large for a letter (more than 2 MB): is this the file you meant?\n');
  });
});

describe('a reader that closes the pipe early', () => {
  /** Runs letterlint, reads a little of one stream, closes it, and waits for the exit. */
  function closeEarly(args: string[], stream: 'stdout' | 'stderr'): Promise<{ code: number | null; other: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let other = '';
      child[stream].once('data', () => child[stream].destroy());
      child[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (d: Buffer) => (other += d.toString()));
      const timer = setTimeout(() => (child.kill(), reject(new Error('letterlint did not exit'))), 60_000);
      child.on('close', (code) => (clearTimeout(timer), resolve({ code, other })));
    });
  }

  it('letterlint … | head -1 ends quietly with the run\'s exit code', async () => {
    const r = await closeEarly(['--format', 'json', 'fixtures/corpus', 'fixtures/weak.md'], 'stdout');
    expect(r.code).toBe(1);
    expect(r.other).toBe('');
  }, 60_000);

  it('a closed standard error: no crash, and exit 2 still says a path failed', async () => {
    const missing = Array.from({ length: 2000 }, (_, i) => `missing-${i}-${'x'.repeat(40)}.md`);
    const r = await closeEarly(['--format', 'json', 'fixtures/weak.md', ...missing], 'stderr');
    expect(r.code).toBe(2);
    expect(json(r.other)).toHaveLength(1);
  }, 60_000);
});

describe('terminal and CI safety', () => {
  const nasty = 'Dear Ana,\n\nI am a team player \u001b[2J\u001b[31mRED\u0007 who is \u202eliated and \u009b31m passionate about Kafka [Company].\n\nBest,\nSam\n';
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  // File names with control characters, ':' or CR cannot exist on Windows.
  it.runIf(posix)('escape sequences and control characters from a letter or its name are shown escaped in stylish and compact output', () => {
    const dir = folder();
    const name = 'evil\u001b[31m\u202e.md';
    writeFileSync(path.join(dir, name), nasty);
    for (const args of [['--color', name], ['--no-color', name], ['--format', 'compact', name]]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(UNSAFE);
      expect(r.stdout).toContain('evil\\x1b[31m\\u202e.md');
      if (args[0] !== '--color') expect(r.stdout).not.toContain('\u001b');
    }
    expect(run(['--no-color', name], { cwd: dir }).stdout).toContain('\\x1b[2J\\x1b[31mRED\\x07');
  });

  it('an escape sequence quoted from a letter\'s text is shown escaped in compact and stylish output', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), 'Dear Ana,\n\nI would join you as {{ro\u001b]0;pwned\u0007le\u001b[2J}} next year.\n\nBest,\nSam\n');
    const escaped = '{{ro\\x1b]0;pwned\\x07le\\x1b[2J}}';
    for (const args of [['--format', 'compact', 'a.md'], ['--no-color', 'a.md'], ['--color', 'a.md']]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout, args[0]).toContain(escaped);
      expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, ''), args[0]).not.toMatch(UNSAFE);
    }
    expect(run(['--format', 'compact', 'a.md'], { cwd: dir }).stdout).toContain(`a.md:3:21: error Template placeholder "${escaped}" left in the letter [no-placeholders]`);
  });

  it.runIf(posix)('a file name with escapes is escaped on standard error too', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'bin\u001b[2J.md'), Buffer.from([0, 1, 2]));
    const r = run(['bin\u001b[2J.md'], { cwd: dir });
    expect(r.stderr).toBe('letterlint: bin\\x1b[2J.md: not a text letter; export it to Markdown or plain text\n');
  });

  it.runIf(posix)('github output escapes as GitHub specifies: % CR LF in data, and : , too in properties', () => {
    const dir = folder();
    const name = 'a,b:c%\r.md';
    writeFileSync(path.join(dir, name), 'Dear Ana,\n\nI am a team player at 100%.\r\n\r\nI would join [Company].\n');
    const r = run(['--format', 'github', name], { cwd: dir });
    for (const l of lines(r.stdout).slice(0, -1)) {
      expect(l).toMatch(/^::(error|warning) file=a%2Cb%3Ac%25%0D\.md,line=\d+/);
      expect(l).not.toMatch(/\r/);
    }
  });

  it('JSON is valid for any text, lone surrogates included', async () => {
    const text = 'Dear Ana,\n\nI am a team player \ud800 at [Company\udfff] and [Role].\n';
    const { findings, letter } = await lintText(text, 'x\udc00.md', 'markdown');
    const json = (await import('../src/report/formatters/json.js')).default;
    const out = json([{ filePath: 'x\udc00.md', source: letter.text, findings }], { cwd: '/', color: false, version: '0', problems: [] });
    // Well-formed: it survives a round trip through UTF-8 unchanged, so no lone surrogate is written raw.
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
    const parsed = JSON.parse(out) as Array<{ filePath: string; messages: unknown[] }>;
    expect(parsed[0]!.filePath).toBe('x\udc00.md');
    expect(parsed[0]!.messages).toHaveLength(findings.length);
  });
});

describe('letterlint never writes to a letter', () => {
  it('no letter changes in a run, whatever the options', () => {
    const dir = folder();
    const files = { 'a.md': weak, 'b.txt': weak, 'c.md': '', 'd.md': '---\nposting: none\n---\n' };
    for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t);
    const before = Object.keys(files).map((f) => [f, statSync(path.join(dir, f)).mtimeMs, statSync(path.join(dir, f)).ino]);
    for (const format of ['stylish', 'json', 'compact', 'github', 'sarif']) run(['--format', format, '.'], { cwd: dir });
    run(['-o', 'report.json', '--format', 'json', '.'], { cwd: dir });
    for (const [f, t] of Object.entries(files)) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(t);
    expect(Object.keys(files).map((f) => [f, statSync(path.join(dir, f)).mtimeMs, statSync(path.join(dir, f)).ino])).toEqual(before);
  });

  it('--output-file naming a letter, by its path or a hard link, is refused even with --force', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), weak);
    linkSync(path.join(dir, 'a.md'), path.join(dir, 'same.md'));
    for (const out of ['a.md', 'same.md']) {
      const r = run(['a.md', '-o', out, '--force'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`letterlint: ${out}: is a letter being linted; letterlint never writes to a letter\n`);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(weak);
    }
  });

  it('init never replaces an existing file without --force, writes the others, and leaves no temporary file', () => {
    const dir = folder();
    writeFileSync(path.join(dir, '.pre-commit-config.yaml'), 'repos: []\n');
    const r = run(['init', '--pre-commit'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('wrote .letterlintrc.yaml\n');
    expect(r.stderr).toBe('letterlint: .pre-commit-config.yaml: already exists; use --force to replace it\n');
    expect(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')).toBe('repos: []\n');
    expect(readFileSync(path.join(dir, '.letterlintrc.yaml'), 'utf8')).toContain('no-placeholders: ');
    expect(readdirSync(dir).sort()).toEqual(['.letterlintrc.yaml', '.pre-commit-config.yaml']);
  });

  it.runIf(posix)('init --force replaces the name, by rename: a letter it links to, or another name of the old file, is left alone', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'letter.md'), weak);
    symlinkSync('letter.md', path.join(dir, '.letterlintrc.yaml'));
    writeFileSync(path.join(dir, '.pre-commit-config.yaml'), 'repos: []\n');
    linkSync(path.join(dir, '.pre-commit-config.yaml'), path.join(dir, 'kept.yaml'));
    const refused = run(['init', '--pre-commit'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr)).toHaveLength(2);
    expect(readFileSync(path.join(dir, 'letter.md'), 'utf8')).toBe(weak);
    const forced = run(['init', '--pre-commit', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'letter.md'), 'utf8')).toBe(weak);
    expect(lstatSync(path.join(dir, '.letterlintrc.yaml')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(dir, '.letterlintrc.yaml'), 'utf8')).toContain('no-placeholders: ');
    expect(readFileSync(path.join(dir, 'kept.yaml'), 'utf8')).toBe('repos: []\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.runIf(posix)('--output-file writes through the path to a regular file, as ESLint does, and refuses anything else the run touches', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), '---\nposting: posting.md\n---\n\n' + weak);
    writeFileSync(path.join(dir, 'posting.md'), '# Backend Engineer\n\nKafka and ledgers.\n');
    writeFileSync(path.join(dir, '.letterlintrc.json'), '{}');
    writeFileSync(path.join(dir, 'report.json'), 'old report');
    symlinkSync('report.json', path.join(dir, 'latest.json'));
    mkdirSync(path.join(dir, 'reports'));
    // Through a link: the file it names is written, and the link stays a link.
    expect(run(['--format', 'json', 'a.md', '-o', 'latest.json'], { cwd: dir }).code).toBe(1);
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(json(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toHaveLength(1);
    const refusals: Array<[string, string]> = [
      ['reports', 'is a folder, not a report file'],
      ['posting.md', 'is a file this run reads; letterlint never writes over its input'],
      ['.letterlintrc.json', 'is a file this run reads; letterlint never writes over its input'],
    ];
    if (isRoot) refusals.push(['/dev/null', 'is a device, not a report file']);
    for (const [out, why] of refusals) {
      const r = run(['--format', 'json', 'a.md', '-o', out, '--force'], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(lines(r.stderr)).toEqual([`letterlint: ${out}: ${why}`]);
    }
    expect(readFileSync(path.join(dir, 'posting.md'), 'utf8')).toContain('Kafka');
    expect(readFileSync(path.join(dir, '.letterlintrc.json'), 'utf8')).toBe('{}');
    if (isRoot) expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const missing = run(['a.md', '-o', 'no/such/folder/report.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual(['letterlint: no/such/folder/report.txt: no such file or folder']);
    expect(lstatSync(path.join(dir, 'a.md')).isFile()).toBe(true);
  });
});
