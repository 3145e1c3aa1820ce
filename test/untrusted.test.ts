// Letters from someone else's pull request: no word crashes a run, nothing outside the project is
// read (or printed) unless the person running letterlint named it, and nothing a letter or a file
// name holds comes out as a CI workflow command or a terminal escape.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { analysePosting } from '../src/letter/posting.js';
import { threadsFor } from '../src/run/pool.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
const SECRET = 'hunter2-secret-token';

function run(args: string[], cwd: string) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, input: '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with the given files (links as ['link', target]), marked as a project by .git. */
function project(files: Record<string, string | ['link', string]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-untrusted-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (Array.isArray(content)) symlinkSync(content[1], file);
    else writeFileSync(file, content);
  }
  return dir;
}

/** A file outside any project, holding a secret. */
function outsideFile(name = 'token.txt'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-outside-'));
  const file = path.join(dir, name);
  writeFileSync(file, `${SECRET}\n`);
  return file;
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('words that name Object.prototype members', () => {
  const members = Object.getOwnPropertyNames(Object.prototype);
  const words = [...members, 'ledger', 'queue', 'Kafka', 'passionate', 'retries', 'the', 'I', 'built'];

  it('in a letter or a posting, never break a lint: the rules run and report as usual', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 40 }), async (picked) => {
        const sentence = picked.join(' ');
        const posting = analysePosting(`# Backend Engineer\n\n${sentence}.\n`, 'posting.md');
        const { findings } = await lintText(`Dear Sam,\n\n${sentence}.\n\nBest,\nAna\n`, 'letter.md', 'markdown', { posting });
        expect(findings.some((f) => f.ruleId === 'word-count')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('as a letter word, a configured phrase and a posting word, through the CLI: a normal report', () => {
    const text = `---\nposting: posting.md\n---\n\n${strong}\n\nThe constructor, __proto__ and hasOwnProperty of toString.\n`;
    const dir = project({
      'letter.md': text,
      'posting.md': '# constructor\n\nWe want __proto__ and valueOf and constructor skills.\n',
      '.letterlintrc.json': JSON.stringify({ rules: { 'no-generic-claims': ['error', { extraPhrases: ['constructor', '__proto__', 'toString'] }] } }),
    });
    const r = run(['--format', 'json', 'letter.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }>; letter: { checklist: Array<{ id: string }> } }>;
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-generic-claims');
    expect(result!.letter.checklist.map((c) => c.id)).toContain('posting-coverage');
  });
});

describe('option values that name Object.prototype members', () => {
  it('--format constructor, __proto__ or toString is an unknown format, not an internal error', () => {
    const dir = project({ 'letter.md': strong });
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = run(['--format', name, 'letter.md'], dir);
      expect(r.code, name).toBe(2);
      expect(lines(r.stderr)).toEqual([`letterlint: unknown format "${name}"; use stylish, json, compact, github, sarif, html`]);
    }
  });
});

describe('nothing outside the project is read unless named on the command line', () => {
  it('a letter in a folder that links outside is refused in one line, unread; the other letters are linted', () => {
    const secret = outsideFile();
    const dir = project({ 'letters/good.md': strong, 'letters/token.md': ['link', secret] });
    const r = run(['--format', 'json', 'letters'], dir);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^letterlint: letters[/\\]token\.md: leads outside the project through a link/)]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => path.basename(x.filePath))).toEqual(['good.md']);
  });

  it('a linked folder inside a folder is not followed out of the project', () => {
    const secret = outsideFile('notes.md');
    const dir = project({ 'letters/good.md': strong, 'letters/elsewhere': ['link', path.dirname(secret)] });
    const r = run(['--format', 'compact', 'letters'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/elsewhere[/\\]notes\.md: leads outside the project/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('a linked letter named on the command line is read: the person running it named it', () => {
    const outside = outsideFile('letter.md');
    writeFileSync(outside, strong);
    const dir = project({ 'token.md': ['link', outside] });
    const r = run(['--format', 'compact', 'token.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a posting named in frontmatter outside the project: one line, exit 2, and the same reason whether or not the file exists', () => {
    const secret = outsideFile();
    const missing = path.join(path.dirname(secret), 'missing.txt');
    const dir = project({});
    for (const target of [secret, missing, `../../${path.basename(secret)}`]) {
      writeFileSync(path.join(dir, 'letter.md'), `---\nposting: ${target}\n---\n\n${strong}`);
      const r = run(['--format', 'json', 'letter.md'], dir);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual([`letterlint: letter.md: posting ${target}: outside the project; a posting named in frontmatter must be inside ${dir}`]);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
  });

  it('a posting named in frontmatter that links outside: refused unread, the same for a link to nothing', () => {
    const secret = outsideFile();
    const dir = project({ 'posting.md': ['link', secret], 'dangling.md': ['link', path.join(path.dirname(secret), 'missing.md')] });
    for (const name of ['posting.md', 'dangling.md']) {
      writeFileSync(path.join(dir, 'letter.md'), `---\nposting: ${name}\n---\n\n${strong}`);
      const r = run(['letter.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^letterlint: letter\\.md: posting ${name.replace('.', '\\.')}: leads outside the project through a link`));
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
  });

  it('a posting inside the project is read, and --posting may name one anywhere', () => {
    const outside = outsideFile('posting.md');
    writeFileSync(outside, '# Backend Engineer\n\nWe need ledgers, Kafka and Postgres.\n');
    const dir = project({ 'letter.md': `---\nposting: postings/acme.md\n---\n\n${strong}`, 'postings/acme.md': '# Backend Engineer\n\nLedgers and Kafka.\n', 'plain.md': strong });
    expect(run(['letter.md'], dir).stderr).toBe('');
    const r = run(['--posting', outside, '--format', 'json', 'plain.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('"posting-coverage"');
  });

  it('the engine reads no posting a letter names: only one its caller hands it (the run reads it, inside the project)', async () => {
    const dir = project({ 'postings/acme.md': '# Backend Engineer\n\nLedgers, Kafka and settlement files.\n' });
    const letter = `---\nposting: postings/acme.md\n---\n\n${strong}`;
    const file = path.join(dir, 'letter.md');
    const alone = await lintText(letter, file, 'markdown');
    expect(alone.letter.posting).toBeUndefined();
    expect(alone.findings.map((f) => f.ruleId)).not.toContain('mirror-posting');
    const asked: string[] = [];
    const handed = await lintText(letter, file, 'markdown', {
      postingFor: async (l) => {
        asked.push(String(l.frontmatter?.posting));
        return analysePosting('# Backend Engineer\n\nLedgers, Kafka and settlement files.\n', path.join(dir, 'postings/acme.md'));
      },
    });
    expect(asked).toEqual(['postings/acme.md']);
    expect(handed.letter.posting?.terms.map((t) => t.display)).toContain('Kafka');
  });

  it('a configuration file that links outside is refused without quoting it; one above the project is never read', () => {
    const secret = outsideFile('rc.json');
    const linked = project({ 'letter.md': strong, '.letterlintrc.json': ['link', secret] });
    const r = run(['letter.md'], linked);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.letterlintrc\.json: leads outside the project through a link/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);

    const parent = mkdtempSync(path.join(tmpdir(), 'letterlint-parent-'));
    writeFileSync(path.join(parent, '.letterlintrc.json'), '{ not json');
    mkdirSync(path.join(parent, 'repo', '.git'), { recursive: true });
    writeFileSync(path.join(parent, 'repo', 'letter.md'), strong);
    const below = run(['letter.md'], path.join(parent, 'repo'));
    expect(below.stderr).toBe('');
    expect(below.code).toBe(0);
    // --root moves the project's top folder up, and the file above is then read.
    const wider = run(['--root', '..', 'letter.md'], path.join(parent, 'repo'));
    expect(wider.code).toBe(2);
    expect(wider.stderr).toMatch(/\.letterlintrc\.json: not valid JSON/);
  });

  it('a configuration error never quotes the start of the file', () => {
    const dir = project({ 'letter.md': strong, '.letterlintrc.json': `${SECRET}: x\n` });
    const r = run(['letter.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.letterlintrc\.json: not valid JSON/);
    expect(r.stderr).not.toContain(SECRET.slice(0, 6));
  });
});

describe('nothing printed reads as a workflow command or a terminal escape', () => {
  const startsCommand = (out: string) => out.split(/\r?\n/).filter((l) => l.startsWith('::'));

  it("frontmatter the YAML parser would warn about: no warning printed, no '::' line, no raw escape", () => {
    const front = '---\ntitle: !foo "x"\nnote: !bar "::warning title=Forged::hi \u001b[31mred"\n---\n\n';
    const dir = project({ 'letter.md': front + strong });
    for (const format of ['stylish', 'compact', 'json']) {
      const r = run(['--format', format, 'letter.md'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(startsCommand(r.stdout + '\n' + r.stderr)).toEqual([]);
      expect(r.stdout + r.stderr).not.toContain('\u001b');
      expect(r.stderr).not.toMatch(/YAMLWarning|Unresolved tag/);
    }
  });

  it("a letter named like a workflow command: stylish and compact never start a line with '::'", () => {
    const dir = project({ '::error title=PWNED::x.md': 'Dear Sam,\n\nI built a queue.\n\nBest,\nAna\n' });
    for (const format of ['stylish', 'compact']) {
      const r = run(['--format', format, '.'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('./::error title=PWNED::x.md');
      expect(startsCommand(r.stdout + '\n' + r.stderr)).toEqual([]);
    }
  });
});

describe('YAML from a letter or a configuration is bounded', () => {
  const keys = (n: number, indent = '') => Array.from({ length: n }, (_, i) => `${indent}k${i}: 1`).join('\n');

  it('frontmatter with more than 2,000 keys, or over 64 KB: ignored with one warning line, the letter linted', () => {
    const dir = project({
      'keys.md': `---\n${keys(3000)}\n---\n\n${strong}`,
      'flow.md': `---\nx: {${Array.from({ length: 3000 }, (_, i) => `k${i}: 1`).join(', ')}}\n---\n\n${strong}`,
      'big.md': `---\nnote: ${'x'.repeat(70_000)}\n---\n\n${strong}`,
    });
    const r = run(['--format', 'json', 'keys.md', 'flow.md', 'big.md'], dir);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'letterlint: warning: keys.md: frontmatter is too large (more than 2000 keys); it is ignored',
      'letterlint: warning: flow.md: frontmatter is too large (more than 2000 keys); it is ignored',
      'letterlint: warning: big.md: frontmatter is too large (larger than 64 KB); it is ignored',
    ]);
  });

  it('a configuration with more than 2,000 keys is refused in one line', () => {
    const dir = project({ 'letter.md': strong, '.letterlintrc.yaml': `rules: {}\n${keys(3000)}\n` });
    const r = run(['letter.md'], dir);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/\.letterlintrc\.yaml: too large for a configuration: more than 2000 keys$/)]);
  });
});

describe('options read strictly', () => {
  it('--min-score takes only a whole number 0-100: not "", not hex, not a fraction', () => {
    const dir = project({ 'letter.md': strong });
    for (const value of ['', '0x5A', '1e2', '50.5', '-1', '101', ' 7']) {
      const r = run([`--min-score=${value}`, 'letter.md'], dir);
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toMatch(/--min-score.*expected a whole number from 0 to 100/);
    }
    for (const value of ['0', '7', '100']) expect(run(['--min-score', value, 'letter.md'], dir).stderr).toBe('');
  });

  it('--concurrency never starts more threads than there are cores', () => {
    expect(threadsFor(100, 100)).toBe(Math.min(100, os.availableParallelism()));
    expect(threadsFor(3, 2)).toBe(Math.min(2, os.availableParallelism()));
  });
});
