// --format html: one self-contained page (no script, no network) a job seeker opens or a CI job keeps
// as an artifact: each letter's text with every finding marked where it is, each mark linking to
// its message and rewrites, and the report card drawn beside it. Everything from a letter, a file
// name or a message is escaped, and control and bidirectional characters are shown as escapes, so a
// letter can neither run script in the page nor reorder what a reader sees.
import path from 'node:path';
import { ruleUrl } from '../../package.js';
import { itemLabel } from '../report-card.js';
import type { FileResult, Finding, ReportCard } from '../../types.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

const ESCAPES = new Map([['&', '&amp;'], ['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ["'", '&#39;']]);
/** Text as HTML: escaped, and with line breaks kept only where `keepLines` (the letter's own text). */
function esc(text: string, keepLines = false): string {
  const shown = keepLines ? text.split('\n').map((l) => printable(l.replace(/\r$/, ''))).join('\n') : printable(text);
  return shown.replace(/[&<>"']/g, (c) => ESCAPES.get(c)!);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}
section{margin-top:3rem}.letter{white-space:pre-wrap;font:15px/1.6 Georgia,serif;background:#fafafa;padding:1rem;border:1px solid #e3e3e3}
a.m{color:inherit;text-decoration:none;border-bottom:2px solid}a.m.error{background:#ffe3e3;border-color:#d33}a.m.warning{background:#fff4cc;border-color:#c90}
a.m:hover,a.m:focus{outline:2px solid #555}.card{display:flex;gap:2rem;align-items:center}.card ul{list-style:none;padding:0;margin:0}
.pass{color:#1a7f37}.fail{color:#cf222e}.off{color:#888}li:target{background:#eef}.findings li{margin:.5rem 0}.rw{color:#555;margin-left:1rem}
.problems{color:#cf222e}.err{color:#cf222e;font-weight:600}.warn{color:#9a6700;font-weight:600}`;

/** The offset in `text` of a 1-based line and UTF-16 column, as findings give them. */
function offsets(text: string): (line: number, column: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (line, column) => Math.min(text.length, (starts[line - 1] ?? text.length) + column - 1);
}

/** The letter's text with each finding's span marked; overlapping spans are cut where they meet, each piece naming every finding over it. */
function markedText(source: string, findings: readonly Finding[], id: (i: number) => string): string {
  const at = offsets(source);
  const spans = findings.map((f, i) => ({ i, f, start: at(f.line, f.column), end: at(f.endLine, f.endColumn) })).filter((s) => s.f.actual !== undefined && s.end > s.start);
  const cuts = [...new Set([0, source.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    const text = esc(source.slice(from, to), true);
    if (over.length === 0) {
      out += text;
      continue;
    }
    const first = over[0]!;
    const title = over.map((s) => `${s.f.ruleId}: ${s.f.message}`).join('\n');
    out += `<a class="m ${over.some((s) => s.f.severity === 'error') ? 'error' : 'warning'}" href="#${id(first.i)}" data-f="${over.map((s) => s.i).join(' ')}" title="${esc(title)}">${text}</a>`;
  }
  return out;
}

function ring(score: number): string {
  const c = 2 * Math.PI * 26;
  const colour = score >= 80 ? '#1a7f37' : score >= 50 ? '#9a6700' : '#cf222e';
  return `<svg width="72" height="72" viewBox="0 0 64 64" role="img" aria-label="score ${score} of 100"><circle cx="32" cy="32" r="26" fill="none" stroke="#eee" stroke-width="8"/><circle cx="32" cy="32" r="26" fill="none" stroke="${colour}" stroke-width="8" stroke-dasharray="${((score / 100) * c).toFixed(1)} ${c.toFixed(1)}" transform="rotate(-90 32 32)"/><text x="32" y="37" text-anchor="middle" font-size="16" font-weight="600">${score}</text></svg>`;
}

function cardHtml(card: ReportCard): string {
  const rows = card.checklist.map((row) => {
    const [cls, mark] = row.state === 'off' ? ['off', '\u2013'] : row.pass ? ['pass', '\u2713'] : ['fail', '\u2717'];
    const detail = row.pass && !row.state && row.id !== 'metrics' ? '' : `: ${esc(row.detail)}`;
    return `<li class="${cls}">${mark} ${esc(itemLabel(row.id))}${row.id === 'length' ? `: ${card.words} words (${card.range[0]}\u2013${card.range[1]})` : detail}</li>`;
  });
  return `<div class="card">${ring(card.score)}<ul>${rows.join('')}</ul></div>`;
}

function findingItem(f: Finding, id: string): string {
  const rule = f.ruleId ? `<a href="${esc(ruleUrl(f.ruleId))}">${esc(f.ruleId)}</a>` : 'letterlint';
  const severity = f.severity === 'error' ? '<span class="err">error</span>' : '<span class="warn">warning</span>';
  const rewrites = f.suggestions.map((s) => `<div class="rw">\u2192 ${esc(s)}</div>`).join('');
  return `<li id="${id}">${severity} ${f.line}:${f.column} ${esc(f.message)} (${rule})${rewrites}</li>`;
}

const count = (r: FileResult, severity: Finding['severity']) => (r.fatal && severity === 'error' ? 1 : r.findings.filter((f) => f.severity === severity).length);

const html: Formatter = (results, { cwd, version, problems }) => {
  const name = (r: FileResult) => (r.filePath === '<text>' ? '<stdin>' : path.relative(cwd, r.filePath) || r.filePath);
  const summary = results.map((r, n) => `<tr><td><a href="#letter-${n}">${esc(name(r))}</a></td><td>${r.card ? r.card.score : '\u2013'}</td><td>${count(r, 'error')}</td><td>${count(r, 'warning')}</td></tr>`);
  const sections = results.map((r, n) => {
    const id = (i: number) => `l${n}-f${i}`;
    if (r.fatal) return `<section id="letter-${n}"><h2>${esc(name(r))}</h2><p class="problems">Not linted: ${esc(r.fatal)}</p></section>`;
    const whole = r.findings.filter((f) => f.actual === undefined).length;
    return [
      `<section id="letter-${n}"><h2>${esc(name(r))}</h2>`,
      r.card ? cardHtml(r.card) : '',
      whole ? `<p>${whole} finding${whole === 1 ? ' is' : 's are'} about the whole letter; see the list below the text.</p>` : '',
      `<div class="letter">${markedText(r.source, r.findings, id)}</div>`,
      r.findings.length ? `<ol class="findings">${r.findings.map((f, i) => findingItem(f, id(i))).join('')}</ol>` : '<p class="pass">No problems.</p>',
      '</section>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>letterlint report</title><style>${STYLE}</style></head>
<body><h1>letterlint report</h1><p>letterlint ${esc(version)}, ${results.length} letter${results.length === 1 ? '' : 's'}</p>
${problems.length ? `<ul class="problems">${problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
<table><thead><tr><th>Letter</th><th>Score</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>${summary.join('')}</tbody></table>
${sections.join('\n')}
</body></html>
`;
};

export default html;
