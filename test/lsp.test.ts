// `letterlint lsp --stdio` driven by a real JSON-RPC client over the built executable's standard
// input and output, as an editor's language client drives it: initialize, didOpen, didChange,
// publishDiagnostics, hover, codeAction, and the edits applied back to the document.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { actionsFor, positionAt } from '../src/cli/lsp-edits.js';
import type { Finding } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/letterlint.js');
const weak = readFileSync(path.join(root, 'fixtures/weak.md'), 'utf8');
const strong = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  message: string;
  relatedInformation?: Array<{ message: string }>;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface Edit {
  range: Diagnostic['range'];
  newText: string;
}

describe('letterlint lsp --stdio', () => {
  let server: ChildProcess;
  let client: MessageConnection;
  const waiting: Array<{ uri: string; version: number; resolve: (p: Published) => void }> = [];
  const latest = new Map<string, Published>();
  const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-lsp-'));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, 'letters'));
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;

  /** The diagnostics published for a document at a version (or later). */
  const diagnosticsFor = (uri: string, version: number) =>
    new Promise<Published>((resolve) => {
      const now = latest.get(uri);
      if (now && (now.version ?? 0) >= version) resolve(now);
      else waiting.push({ uri, version, resolve });
    });

  beforeAll(async () => {
    server = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
    client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      latest.set(p.uri, p);
      for (let i = waiting.length - 1; i >= 0; i--) {
        const w = waiting[i]!;
        if (w.uri === p.uri && (p.version ?? 0) >= w.version) {
          waiting.splice(i, 1);
          w.resolve(p);
        }
      }
    });
    client.listen();
    const init = (await client.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null })) as { capabilities: { hoverProvider: boolean; codeActionProvider: unknown } };
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toBeTruthy();
    await client.sendNotification('initialized', {});
  }, 30_000);

  afterAll(async () => {
    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
    client.dispose();
  }, 30_000);

  const open = (name: string, text: string) => client.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'markdown', version: 1, text } });

  it('publishes a weak letter\'s findings after didOpen, with rule, docs link, rewrites and the report card', async () => {
    writeFileSync(path.join(dir, 'letters/weak.md'), weak);
    await open('letters/weak.md', weak);
    const { diagnostics } = await diagnosticsFor(uriOf('letters/weak.md'), 1);
    const placeholder = diagnostics.find((d) => d.code === 'no-placeholders' && d.message.includes('[Your Name]'))!;
    expect(placeholder.severity).toBe(1);
    expect(placeholder.codeDescription!.href).toMatch(/#no-placeholders$/);
    expect(placeholder.relatedInformation![0]!.message).toMatch(/^Rewrite: Replace "\[Your Name\]"/);
    // The range is the placeholder's text, exactly.
    const lines = weak.split('\n');
    const { start, end } = placeholder.range;
    expect(lines[start.line]!.slice(start.character, end.character)).toBe('[Your Name]');
    const card = diagnostics.find((d) => d.code === 'report-card')!;
    expect([card.severity, card.range.start.line]).toEqual([3, 0]);
    expect(card.message).toMatch(/^Report card: \d+\/100, \d+ words; to work on: .*metrics/);
  }, 30_000);

  it('changes after didChange, and hover shows the rule\'s why', async () => {
    const uri = uriOf('letters/draft.md');
    const text = strong.replace('I would enjoy a technical conversation', 'I am a team player. I would enjoy a technical conversation');
    await open('letters/draft.md', text);
    const first = await diagnosticsFor(uri, 1);
    const claim = first.diagnostics.find((d) => d.code === 'no-generic-claims')!;
    expect(claim).toBeDefined();
    const hover = (await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: claim.range.start })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('**no-generic-claims**');
    expect(hover.contents.value).toContain('*Better:*');
    // The same sentence taken out again: the claim's diagnostic goes.
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: claim.range, text: 'someone who ships' }] });
    const second = await diagnosticsFor(uri, 2);
    expect(second.diagnostics.map((d) => d.code)).not.toContain('no-generic-claims');
  }, 30_000);

  it("a placeholder quick fix from the frontmatter, applied, removes its diagnostic; disabling the rule for the paragraph does too", async () => {
    const uri = uriOf('letters/acme.md');
    let doc = TextDocument.create(uri, 'markdown', 1, '---\ncompany: Northwind\n---\n' + strong.replace('I would enjoy a technical conversation', 'I would enjoy a technical conversation at [Company]'));
    await open('letters/acme.md', doc.getText());
    const before = await diagnosticsFor(uri, 1);
    const placeholder = before.diagnostics.find((d) => d.code === 'no-placeholders')!;
    const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: placeholder.range, context: { diagnostics: [placeholder] } })) as Array<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, Edit[]> } }>;
    expect(actions.map((a) => a.title)).toEqual(['Replace "[Company]" with "Northwind"', 'Disable no-placeholders for this paragraph', 'Disable no-placeholders for this letter']);
    const apply = async (edits: Edit[], version: number) => {
      // A workspace edit's ranges all refer to the document before it, as an editor applies them.
      doc = TextDocument.create(uri, 'markdown', version, TextDocument.applyEdits(doc, edits));
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: doc.getText() }] });
      return diagnosticsFor(uri, version);
    };
    const fixed = await apply(actions[0]!.edit.changes[uri]!, 2);
    expect(doc.getText()).toContain('technical conversation at Northwind');
    expect(fixed.diagnostics.map((d) => d.code)).toEqual(['report-card']);
    // Put it back, then take the paragraph's disable instead.
    const again = await apply([{ range: { start: doc.positionAt(doc.getText().indexOf('at Northwind') + 3), end: doc.positionAt(doc.getText().indexOf('at Northwind') + 12) }, newText: '[Company]' }], 3);
    const back = again.diagnostics.find((d) => d.code === 'no-placeholders')!;
    const disable = ((await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: back.range, context: { diagnostics: [back] } })) as Array<{ title: string; edit: { changes: Record<string, Edit[]> } }>)[1]!;
    const disabled = await apply(disable.edit.changes[uri]!, 4);
    expect(disabled.diagnostics.map((d) => d.code)).not.toContain('no-placeholders');
    // The comments it wrote are used: no "disable that suppressed nothing" warning either.
    expect(disabled.diagnostics.map((d) => d.code)).not.toContain('letterlint-comment');
  }, 30_000);

  it('a document over the work limit gets one diagnostic saying so, not minutes of linting', async () => {
    await open('letters/log.md', 'XX '.repeat(120_000));
    const { diagnostics } = await diagnosticsFor(uriOf('letters/log.md'), 1);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^too long for a letter \(120,\d{3} words, marks and lines; the limit is 100,000\)/)]);
  }, 30_000);

  it('files the project does not lint as letters get no diagnostics', async () => {
    await open('README.md', '# Notes\n\n[Company] TODO\n');
    expect((await diagnosticsFor(uriOf('README.md'), 1)).diagnostics).toEqual([]);
  }, 30_000);
});

describe('code action edits', () => {
  const finding = (line: number, ruleId = 'no-generic-claims'): Finding => ({ ruleId, severity: 'error', message: '', line, column: 1, endLine: line, endColumn: 5, suggestions: [] });
  const apply = (text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>) =>
    TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits.map((e) => ({ range: e.range, newText: e.newText })));

  it('the paragraph disable wraps exactly the paragraph the finding is in', () => {
    const text = 'Dear team,\n\nOne line\nsecond line here.\n\nLast.\n';
    const [paragraph, letter] = actionsFor(finding(4), text);
    expect(apply(text, paragraph!.edits)).toBe('Dear team,\n\n<!-- letterlint-disable no-generic-claims -->\nOne line\nsecond line here.\n<!-- letterlint-enable no-generic-claims -->\n\nLast.\n');
    expect(apply(text, letter!.edits)).toBe('<!-- letterlint-disable no-generic-claims -->\n\nDear team,\n\nOne line\nsecond line here.\n\nLast.\n');
  });

  it('the letter disable goes after frontmatter, and line endings are kept', () => {
    const text = '---\r\ncompany: X\r\n---\r\nDear team,\r\n';
    expect(apply(text, actionsFor(finding(4), text)[1]!.edits)).toBe('---\r\ncompany: X\r\n---\r\n<!-- letterlint-disable no-generic-claims -->\r\n\r\nDear team,\r\n');
    // pandoc closes its metadata block with "..." too.
    const pandoc = '---\ncompany: X\n...\nDear team,\n';
    expect(apply(pandoc, actionsFor(finding(4), pandoc)[1]!.edits)).toBe('---\ncompany: X\n...\n<!-- letterlint-disable no-generic-claims -->\n\nDear team,\n');
  });

  it('positions count UTF-16 units and every kind of line break', () => {
    expect(positionAt('a\r\nb\rc\nd😀e', 10)).toEqual({ line: 3, character: 3 });
  });
});
