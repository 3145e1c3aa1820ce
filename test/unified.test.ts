// letterlint as a unified plugin, in a real pipeline (unified, remark-parse, vfile, vfile-reporter):
// each message is a finding of the Node API's lintText for the same text, path and configuration.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { tempProject } from './temp-project.js';
import { lintText } from '../src/api.js';
import letterlint, { type UnifiedOptions } from '../src/unified.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const homepage = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { homepage: string }).homepage;

const project = (files: Record<string, string>) => tempProject(files, 'letterlint-unified-');

// run(), not process(): remark-parse gives no compiler, and linting needs none (remark-cli adds remark-stringify).
async function lint(file: VFile, options?: UnifiedOptions): Promise<VFile> {
  const processor = unified().use(remarkParse).use(letterlint, options);
  await processor.run(processor.parse(file), file);
  return file;
}

const ruleIds = (file: VFile) => file.messages.map((m) => m.ruleId);

describe('letterlint/unified', () => {
  it("reports each of lintText's findings as a vfile message: rule, source, place, quoted text, rewrites, docs and severity", async () => {
    const dir = project({ 'letters/weak.md': weak });
    const file = await lint(new VFile({ path: path.join(dir, 'letters/weak.md'), value: weak }));
    const { findings } = await lintText(weak, { cwd: dir, filePath: 'letters/weak.md' });
    expect(findings.length).toBeGreaterThan(3);
    expect(file.messages.length).toBe(findings.length);
    // Both kinds of finding and both severities are in this letter, so each branch below is taken.
    expect(findings.some((f) => f.actual === undefined) && findings.some((f) => f.actual !== undefined)).toBe(true);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning']));
    findings.forEach((f, i) => {
      const m = file.messages[i]!;
      expect(m.reason).toBe(f.message);
      expect(m.ruleId).toBe(f.ruleId);
      expect(m.source).toBe('letterlint');
      expect(m.place).toEqual({ start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } });
      expect([m.line, m.column]).toEqual([f.line, f.column]);
      expect(m.actual).toBe(f.actual);
      expect(m.expected).toEqual(f.suggestions);
      expect(m.expected!.length).toBeGreaterThan(0);
      expect(m.note).toBe(f.suggestions.map((x) => `Try: ${x}`).join('\n'));
      expect(m.fatal).toBe(f.severity === 'error');
      expect(m.file).toBe(path.join(dir, 'letters/weak.md'));
      // The rule's section of the README, on the project's page.
      expect(m.url).toBe(`${homepage.replace(/#.*$/, '')}#${f.ruleId}`);
      expect(readme).toContain(`\n### ${f.ruleId}\n`);
    });
    // The quoted text is the text at the message's place (one line: columns are offsets into it).
    const placeholder = file.messages.find((m) => m.ruleId === 'no-placeholders')!;
    const line = weak.split('\n')[placeholder.line! - 1]!;
    expect(line.slice(placeholder.column! - 1, placeholder.place && 'end' in placeholder.place ? placeholder.place.end.column - 1 : undefined)).toBe(placeholder.actual);
  });

  it("vfile-reporter prints the findings with their rule ids, letterlint as their source, and errors and warnings", async () => {
    const dir = project({});
    const file = await lint(new VFile({ path: path.join(dir, 'weak.md'), value: weak }));
    const report = reporter([file]);
    expect(report).toContain('weak.md');
    for (const id of new Set(ruleIds(file))) expect(report).toContain(id!);
    expect(report).toMatch(/\d+:\d+-\d+:\d+ +error +Template placeholder .* +no-placeholders +letterlint/);
    const errors = file.messages.filter((m) => m.fatal).length;
    const warnings = file.messages.length - errors;
    expect(report).toContain(`${errors} error${errors === 1 ? '' : 's'}`);
    expect(report).toContain(`${warnings} warning${warnings === 1 ? '' : 's'}`);
    // --verbose shows each rule's documentation and the rewrites.
    const verbose = reporter([file], { verbose: true });
    expect(verbose).toContain(`#no-placeholders`);
    const rewrite = file.messages.find((m) => m.ruleId === 'no-placeholders')!.expected![0]!;
    expect(report).not.toContain(rewrite);
    expect(verbose).toContain(`[note]:\n    Try: ${rewrite}`);
  });

  it('passes no escape sequence, bidirectional control or line break from the letter to a reporter', async () => {
    const dir = project({});
    const text = 'Dear team,\n\nI rebuilt the ledger.\n\nThanks\u001b[31m for\u202e reading.\n\nBest,\nSam\n';
    const file = await lint(new VFile({ path: path.join(dir, 'letter.md'), value: text }));
    const { findings } = await lintText(text, { cwd: dir, filePath: 'letter.md' });
    // The API gives the quote as written (JSON escapes it); the message a reporter prints shows it escaped.
    const closing = findings.find((f) => f.ruleId === 'closing-invitation')!;
    expect(closing.message).toContain('Thanks\u001b[31m for\u202e reading.');
    const message = file.messages.find((m) => m.ruleId === 'closing-invitation')!;
    expect(message.reason).toContain('Thanks\\x1b[31m for\\u202e reading.');
    const printed = reporter([file], { verbose: true, color: false });
    expect(printed).toContain('closing-invitation');
    expect(printed).not.toMatch(/[\u001b\u202e]/);
  });

  it('gives a strong letter no messages', async () => {
    const dir = project({});
    const file = await lint(new VFile({ path: path.join(dir, 'strong.md'), value: strong }));
    expect(file.messages).toEqual([]);
    expect(reporter([file])).toMatch(/strong\.md: no issues found/);
  });

  it("leaves out a rule turned off in the plugin's options or in a configuration file beside the letter", async () => {
    const dir = project({ 'quiet/.letterlintrc.yaml': 'rules:\n  no-placeholders: off\n' });
    // Relative paths are relative to the file's cwd, as in vfile.
    expect(ruleIds(await lint(new VFile({ path: 'loud/weak.md', cwd: dir, value: weak })))).toContain('no-placeholders');
    expect(ruleIds(await lint(new VFile({ path: 'quiet/weak.md', cwd: dir, value: weak })))).not.toContain('no-placeholders');
    const off = await lint(new VFile({ path: 'loud/weak.md', cwd: dir, value: weak }), { rules: { 'no-placeholders': 'off' } });
    expect(ruleIds(off)).not.toContain('no-placeholders');
    expect(ruleIds(off)).toContain('no-generic-claims');
    // `config: false` leaves the configuration files out, as in lintText.
    expect(ruleIds(await lint(new VFile({ path: 'quiet/weak.md', cwd: dir, value: weak }), { config: false }))).toContain('no-placeholders');
  });

  it('lints a file without a path as Markdown, from the file\'s cwd, and a .txt file as plain text', async () => {
    const dir = project({ '.letterlintrc.yaml': 'rules:\n  no-generic-claims: off\n' });
    const file = await lint(new VFile({ cwd: dir, value: weak }));
    const api = await lintText(weak, { cwd: dir });
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual(api.findings.map((f) => [f.ruleId, f.line, f.column, f.message]));
    expect(ruleIds(file)).not.toContain('no-generic-claims');
    expect(file.messages.length).toBeGreaterThan(3);
    // Markdown leaves code out of the prose; plain text has no code, so a code block's placeholder counts there.
    const text = 'Dear team,\n\nI rebuilt the ledger.\n\n```\n[Company]\n```\n';
    const ids = async (name: string) => ruleIds(await lint(new VFile({ path: name, cwd: dir, value: text }), { config: false }));
    expect(await ids('a.md')).not.toContain('no-placeholders');
    expect(await ids('a.txt')).toContain('no-placeholders');
  });

  it('reads a file whose value is bytes, as remark-cli reads files', async () => {
    const dir = project({});
    const bytes = await lint(new VFile({ path: path.join(dir, 'weak.md'), value: new TextEncoder().encode(weak) }));
    const text = await lint(new VFile({ path: path.join(dir, 'weak.md'), value: weak }));
    expect(bytes.messages.length).toBeGreaterThan(3);
    expect(bytes.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(text.messages.map((m) => [m.ruleId, m.line, m.column]));
  });

  it('makes a letter it cannot lint one fatal message, without a stack trace, and still resolves', async () => {
    const dir = project({ '.letterlintrc.yaml': 'rules:\n  word-cont: off\n' });
    const broken = await lint(new VFile({ path: path.join(dir, 'weak.md'), value: weak }));
    expect(broken.messages.map((m) => [m.fatal, m.ruleId, m.source])).toEqual([[true, undefined, 'letterlint']]);
    expect(broken.messages[0]!.reason).toMatch(/rules\.word-cont: unknown rule \(did you mean "word-count"\?\)/);
    const missing = await lint(new VFile({ path: path.join(dir, 'weak.md'), value: weak }), { config: false, posting: 'no-such-posting.md' });
    expect(missing.messages.map((m) => [m.fatal, m.ruleId, m.source])).toEqual([[true, undefined, 'letterlint']]);
    expect(missing.messages[0]!.reason).toContain('no-such-posting.md');
    const report = reporter([broken, missing]);
    expect(report).toContain('2 errors');
    expect(report).not.toMatch(/\n\s+at /);
  });
});
