// `letterlint lsp --stdio`: a Language Server Protocol server, on vscode-languageserver (loaded only
// by this command). Open Markdown and plain-text letters are linted as they change, in this one
// warm process, with the command line's configuration cascade, ignore files and letters set; a
// file the command line would not lint (README.md, a posting, an ignored letter) gets nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { forgetConfiguration } from '../run/config.js';
import { budgeted } from '../run/read.js';
import { declaredCompany, isProjectLetter, otherCompanies, projectView, type ProjectView } from '../run/lint-files.js';
import { lintOne } from '../run/lint-one.js';
import { actionsFor, diagnosticsOf, findingsAt, hoverOf, rangeOf } from './lsp-edits.js';
import type { Finding } from '../types.js';

/** Edits come in bursts as someone types; a letter is linted once they pause this long. */
const SETTLE_MS = 150;

/** Serves on standard input and output until the client says exit; resolves with the exit code. */
export function serve(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<number> {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  let cwd = process.cwd();
  const views = new Map<string, Promise<{ view: ProjectView; companies: string[] }>>();
  const findings = new Map<string, Finding[]>();
  const timers = new Map<string, NodeJS.Timeout>();

  /** The project around a folder, and its letters' companies: found once, until a file is saved. */
  const projectOf = (dir: string) => {
    let found = views.get(dir);
    if (!found) {
      found = projectView({ cwd: dir }).then(async (view) => ({ view, companies: await otherCompanies(view, new Set()) }));
      views.set(dir, found);
    }
    return found;
  };

  const lint = async (doc: TextDocument) => {
    const file = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : path.join(cwd, 'untitled.md');
    const text = doc.getText();
    const { view, companies } = await projectOf(path.dirname(file));
    if (doc.uri.startsWith('file:') && !(await isProjectLetter(file, view, undefined))) {
      findings.delete(doc.uri);
      return connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
    }
    // The same work limit as a file read from disk: a pasted log is refused in one line, not linted for seconds.
    const read = budgeted(text);
    const outcome =
      'error' in read
        ? ({ fail: read.error } as const)
        : await lintOne({ filePath: file, name: file, dir: path.dirname(file), text, root: view.root }, { run: { companies: new Set([...companies, ...declaredCompany(text)]) }, quiet: false });
    // A newer version is on its way: this one's diagnostics would only flicker.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    if ('fail' in outcome) {
      findings.delete(doc.uri);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [{ range, severity: 1, source: 'letterlint', message: outcome.fail }] });
    }
    findings.set(doc.uri, outcome.findings);
    const result = { filePath: file, source: outcome.source, findings: outcome.findings, card: outcome.card };
    return connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(result, doc.uri) });
  };

  const schedule = (doc: TextDocument, wait: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        lint(doc).catch((error: unknown) => connection.console.error(`letterlint: ${(error as Error)?.message ?? error}`));
      }, wait),
    );
  };

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) cwd = fileURLToPath(folder);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'letterlint' },
    };
  });
  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, SETTLE_MS));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    findings.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // A saved file may be a configuration, an ignore file or another letter: read them all again.
  documents.onDidSave(() => {
    forgetConfiguration();
    views.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onHover(({ textDocument, position }) => {
    const here = findingsAt(findings.get(textDocument.uri) ?? [], position);
    if (here.length === 0) return null;
    return { contents: { kind: 'markdown', value: here.map(hoverOf).join('\n\n---\n\n') }, range: rangeOf(here[0]!) };
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const text = doc.getText();
    const here = (findings.get(textDocument.uri) ?? []).filter((f) => f.ruleId !== null && overlaps(rangeOf(f), range));
    return here.flatMap((f) =>
      actionsFor(f, text).map((a) => ({
        title: a.title,
        kind: a.kind,
        ...(a.isPreferred ? { isPreferred: true } : {}),
        diagnostics: [],
        edit: { changes: { [textDocument.uri]: a.edits } },
      })),
    );
  });

  documents.listen(connection);
  return new Promise((resolve) => {
    let shutdown = false;
    connection.onShutdown(() => {
      shutdown = true;
    });
    // LSP: exit after shutdown is 0, exit without it 1.
    connection.onExit(() => resolve(shutdown ? 0 : 1));
    connection.listen();
  });
}

function overlaps(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  return key(a.start) <= key(b.end) && key(b.start) <= key(a.end);
}
