// The Node API: the same letters, configuration and results as the command line, without printing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.js';
import { LetterlintError, lintFiles, lintText, loadFormatter, rules } from '../src/api.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');

const project = (files: Record<string, string>) => tempProject(files, 'letterlint-api-');

const ids = (r: { findings: Array<{ ruleId: string | null }> }) => r.findings.map((f) => f.ruleId);

describe('lintText', () => {
  it('finds what the command line finds in the same letter', async () => {
    const dir = project({ 'weak.md': weak });
    const result = await lintText(weak, { cwd: dir, filePath: 'weak.md' });
    expect(result.filePath).toBe(path.join(dir, 'weak.md'));
    const cli = JSON.parse(spawnSync(process.execPath, [bin, '--format', 'json', 'weak.md'], { cwd: dir, encoding: 'utf8' }).stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(result.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual(cli[0]!.messages.map((m) => [m.ruleId, m.line, m.column]));
    expect(result.card?.score).toBeLessThan(50);
    expect((await lintText(strong, { cwd: dir })).findings).toEqual([]);
  });

  it('takes the configuration of the folder filePath is in, and rules over it', async () => {
    const dir = project({ 'quiet/.letterlintrc.yaml': 'rules:\n  no-placeholders: off\n' });
    const text = strong.replace('I would enjoy a technical conversation', 'I would enjoy a technical conversation with [Hiring Manager]');
    expect(ids(await lintText(text, { cwd: dir, filePath: 'loud/letter.md' }))).toContain('no-placeholders');
    expect(ids(await lintText(text, { cwd: dir, filePath: 'quiet/letter.md' }))).not.toContain('no-placeholders');
    expect(ids(await lintText(text, { cwd: dir, filePath: 'loud/letter.md', rules: { 'no-placeholders': 'off' } }))).not.toContain('no-placeholders');
    expect(ids(await lintText(text, { cwd: dir, filePath: 'loud/letter.md', rules: ['no-placeholders: off'] }))).not.toContain('no-placeholders');
    expect(ids(await lintText(text, { cwd: dir, filePath: 'quiet/letter.md', config: false }))).toContain('no-placeholders');
  });

  it('a broken configuration or rule is the result\'s fatal message, not a throw', async () => {
    const dir = project({ '.letterlintrc.yaml': 'rules:\n  word-cont: off\n' });
    const result = await lintText(strong, { cwd: dir, filePath: 'a.md' });
    expect(result.fatal).toMatch(/rules\.word-cont: unknown rule \(did you mean "word-count"\?\)/);
    expect((await lintText(strong, { cwd: dir, filePath: 'a.md', config: false, rules: { nope: 'off' } })).fatal).toMatch(/--rule: rules\.nope: unknown rule/);
  });

  it('reads a .txt filePath as plain text', async () => {
    // Markdown leaves code out of the words; plain text has no code.
    const text = 'Dear team,\n\nI rebuilt the ledger.\n\n```\nfour words of code\n```\n';
    const md = await lintText(text, { filePath: 'a.md', config: false });
    const txt = await lintText(text, { filePath: 'a.txt', config: false });
    expect([md.card?.words, txt.card?.words]).toEqual([6, 10]);
  });

  it('fix: true gives the fixed text as output and writes nothing', async () => {
    const dir = project({});
    const text = '---\ncompany: Northwind\n---\nDear team,\n\nI want to join [Company].\n';
    const result = await lintText(text, { cwd: dir, filePath: 'a.md', fix: true });
    expect(result.output).toBe(text.replace('[Company]', 'Northwind'));
    expect(ids(result)).not.toContain('no-placeholders');
    expect((await lintText(text, { cwd: dir, filePath: 'a.md' })).output).toBeUndefined();
  });

  it('refuses what is not text', async () => {
    await expect(lintText(42 as unknown as string)).rejects.toThrow(TypeError);
  });
});

describe('lintFiles', () => {
  it("lints the project's letters from folders and patterns, skipping README.md and postings", async () => {
    const dir = project({ '.git/HEAD': '', 'letters/weak.md': weak, 'letters/strong.md': strong, 'letters/README.md': '# notes\n', 'postings/acme.md': 'A posting.\n' });
    const results = await lintFiles(['.'], { cwd: dir, concurrency: 'off' });
    expect(results.map((r) => path.relative(dir, r.filePath)).sort()).toEqual(['letters/strong.md', 'letters/weak.md']);
    expect(results.find((r) => r.filePath.endsWith('weak.md'))!.findings.length).toBeGreaterThan(3);
    // With no path, a project with a letters/ folder lints all of them, as the command line does.
    expect((await lintFiles([], { cwd: dir })).length).toBe(2);
    // gitignore patterns from cwd.
    expect((await lintFiles(['letters'], { cwd: dir, ignorePatterns: ['weak.md'] })).map((r) => path.basename(r.filePath))).toEqual(['strong.md']);
  });

  it('a path that finds nothing throws LetterlintError with one line per problem; an unreadable letter is a fatal result', async () => {
    const dir = project({ 'a.md': strong, 'bad.md': 'x\u0000'.repeat(10) });
    const error = await lintFiles(['missing.md', 'nothing/*.md', 'a.md'], { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LetterlintError);
    expect((error as LetterlintError).problems).toEqual(['missing.md: no such file or folder', 'nothing/*.md: no files match this pattern']);
    const results = await lintFiles(['a.md', 'bad.md'], { cwd: dir });
    expect(results.map((r) => [path.basename(r.filePath), r.fatal === undefined])).toEqual([['a.md', true], ['bad.md', false]]);
  });
});

describe('formatters and rules', () => {
  it('loadFormatter prints what --format prints', async () => {
    const dir = project({ 'weak.md': weak });
    const results = await lintFiles(['weak.md'], { cwd: dir });
    for (const name of ['json', 'compact'] as const) {
      const cli = spawnSync(process.execPath, [bin, '--format', name, 'weak.md'], { cwd: dir, encoding: 'utf8' }).stdout;
      expect(await (await loadFormatter(name))(results, { cwd: dir })).toBe(cli);
    }
    await expect(loadFormatter('constructor' as 'json')).rejects.toThrow('unknown format "constructor"');
  });

  it('rules lists what `letterlint rules` lists, with docs and options', () => {
    const listed = spawnSync(process.execPath, [bin, 'rules'], { encoding: 'utf8' }).stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(rules.map((r) => r.id)).toEqual(listed);
    const wordCount = rules.find((r) => r.id === 'word-count')!;
    expect(wordCount.defaultOptions).toEqual({ min: 250, max: 400 });
    expect(wordCount.options.min!.type).toBe('integer');
    expect(wordCount.docs.bad.length).toBeGreaterThan(10);
  });
});
