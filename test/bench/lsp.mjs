// `node test/bench/lsp.mjs`: how long the language server takes to re-lint a 400-word letter once
// warm, from didChange to publishDiagnostics, less the pause it waits for typing to settle. A bench,
// not a test: times drift on a busy machine, so the budget (well under 50 ms) is held here.
//
// node test/bench/lsp.mjs [--changes N]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { changes: { type: 'string', default: '40' } } });
const SETTLE_MS = 150;
const text = readFileSync(path.join(root, 'fixtures/strong.md'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'letterlint-lsp-bench-'));
mkdirSync(path.join(dir, '.git'));
const uri = pathToFileURL(path.join(dir, 'letter.md')).href;

const server = spawn(process.execPath, [path.join(root, 'bin/letterlint.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
let waiting;
client.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
client.listen();
await client.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
await client.sendNotification('initialized', {});
const published = () => new Promise((resolve) => (waiting = resolve));

let next = published();
await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await next;
const times = [];
for (let version = 2; version < 2 + Number(values.changes); version++) {
  next = published();
  const started = performance.now();
  await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: text.replace('Sincerely', version % 2 ? 'Best' : 'Sincerely') }] });
  await next;
  times.push(performance.now() - started - SETTLE_MS);
}
await client.sendRequest('shutdown');
await client.sendNotification('exit');
times.sort((a, b) => a - b);
const words = text.split(/\s+/).filter(Boolean).length;
console.log(`re-lint of a ${words}-word letter after didChange, less the ${SETTLE_MS} ms settle: median ${times[times.length >> 1].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} changes`);
process.exitCode = times[times.length >> 1] < 50 ? 0 : 1;
