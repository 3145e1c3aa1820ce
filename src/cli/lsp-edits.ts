// What the language server says about a letter, as plain data: findings as diagnostics, the report
// card as one more, a finding's hover, and the edits of its code actions. Kept apart from the
// server's wiring (lsp.ts) so it is checked without a client, and so it imports no LSP package.
import { rules } from '../../rules/index.js';
import { ruleUrl } from '../package.js';
import type { FileResult, Finding } from '../types.js';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  /** 1 error, 2 warning, 3 information, as LSP numbers them. */
  severity: 1 | 2 | 3;
  code: string;
  codeDescription?: { href: string };
  source: 'letterlint';
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
}

/** The report card's diagnostic: not a rule's, so editors can tell it apart. */
export const CARD = 'report-card';

/** A finding's range in LSP terms: lines and characters from 0, the end exclusive, in UTF-16 units as JavaScript counts. */
export function rangeOf(f: Finding): Range {
  return { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
}

export function diagnosticsOf(result: FileResult, uri: string): Diagnostic[] {
  const out: Diagnostic[] = result.findings.map((f) => {
    const range = rangeOf(f);
    return {
      range,
      severity: f.severity === 'error' ? 1 : 2,
      code: f.ruleId ?? 'letterlint-comment',
      ...(f.ruleId ? { codeDescription: { href: ruleUrl(f.ruleId) } } : {}),
      source: 'letterlint',
      message: f.message,
      relatedInformation: f.suggestions.map((s) => ({ location: { uri, range }, message: `Rewrite: ${s}` })),
    };
  });
  const card = result.card;
  if (card) {
    const failed = card.checklist.filter((row) => !row.pass && row.state !== 'off').map((row) => row.id);
    const firstLine = result.source.split(/\r?\n|\r/, 1)[0] ?? '';
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
      severity: 3,
      code: CARD,
      source: 'letterlint',
      message: `Report card: ${card.score}/100, ${card.words} words${failed.length ? `; to work on: ${failed.join(', ')}` : '; every row passes'}`,
    });
  }
  return out;
}

/** The hover for a finding: the rule's why, and its bad and better examples. */
export function hoverOf(f: Finding): string {
  const rule = rules.find((r) => r.meta.id === f.ruleId);
  if (!rule) return f.message;
  const { meta } = rule;
  return [
    `**${meta.id}**: ${meta.description}`,
    '',
    meta.docs.why,
    '',
    `*Bad:* ${meta.docs.bad}`,
    '',
    `*Better:* ${meta.docs.better}`,
    ...f.suggestions.map((s) => `\n→ ${s}`),
  ].join('\n');
}

function contains(r: Range, p: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(r.start, p) && before(p, r.end);
}

/** The findings whose range holds `p`. */
export function findingsAt(findings: readonly Finding[], p: Position): Finding[] {
  return findings.filter((f) => f.ruleId !== null && contains(rangeOf(f), p));
}

/** The line and character of an offset into `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - start };
}

export interface Action {
  title: string;
  kind: 'quickfix';
  isPreferred?: boolean;
  edits: TextEdit[];
}

/** The code actions for a finding: its certain fix, then disabling its rule for the paragraph and for the letter. */
export function actionsFor(f: Finding, text: string): Action[] {
  const out: Action[] = [];
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (f.fix) {
    const range = { start: positionAt(text, f.fix.range[0] + bom), end: positionAt(text, f.fix.range[1] + bom) };
    out.push({ title: `Replace ${JSON.stringify(f.actual ?? '')} with ${JSON.stringify(f.fix.text)}`, kind: 'quickfix', isPreferred: true, edits: [{ range, newText: f.fix.text }] });
  }
  if (!f.ruleId) return out;
  const lines = text.split(/\r\n|\r|\n/);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let first = Math.min(f.line - 1, lines.length - 1);
  let last = first;
  while (first > 0 && lines[first - 1]!.trim() !== '') first--;
  while (last + 1 < lines.length && lines[last + 1]!.trim() !== '') last++;
  out.push({
    title: `Disable ${f.ruleId} for this paragraph`,
    kind: 'quickfix',
    edits: [
      { range: point(first, 0), newText: `<!-- letterlint-disable ${f.ruleId} -->${eol}` },
      { range: point(last, lines[last]!.length), newText: `${eol}<!-- letterlint-enable ${f.ruleId} -->` },
    ],
  });
  out.push({ title: `Disable ${f.ruleId} for this letter`, kind: 'quickfix', edits: [{ range: point(bodyStart(lines), 0), newText: `<!-- letterlint-disable ${f.ruleId} -->${eol}${eol}` }] });
  return out;
}

const point = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

/** The first line after the frontmatter: a comment there covers the whole letter. */
function bodyStart(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  // Closed by "---", or by "..." as pandoc allows.
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i]!)) return i + 1;
  return 0;
}
