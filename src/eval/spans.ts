// Span by span, on the dev half only: of the phrases the labellers marked (generic claims, stack
// lists, figures, failure language, placeholders), which ones a detector reaches. A letter is
// caught by any one of its clichés, so the letter-level tables hide the phrasings a lexicon lacks;
// a test letter may hold only such a one. The test half's spans are never read here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../engine.js';
import { failureMentions } from '../text/failure-language.js';
import type { RealLetter } from './eval.js';
import type { Finding, Letter } from '../types.js';

export const SPAN_KINDS = ['generic', 'stack', 'metrics', 'failure', 'placeholders'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** The rule whose findings reach a kind of span; figures and failure language are read from the letter itself. */
const RULE_OF: Partial<Record<SpanKind, string>> = { generic: 'no-generic-claims', stack: 'no-stack-list-opening', placeholders: 'no-placeholders' };

/** A finding's [start, end) offsets from its lines and columns, the text's line starts read once. */
function offsets(text: string): (f: Finding) => [number, number] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  return (f) => [at(f.line, f.column), at(f.endLine ?? f.line, f.endColumn ?? f.column)];
}

/** What the detectors reach in a letter, per kind of span. */
function reached(text: string, letter: Letter, findings: readonly Finding[]): Record<SpanKind, Array<[number, number]>> {
  const out = Object.fromEntries(SPAN_KINDS.map((k) => [k, [] as Array<[number, number]>])) as Record<SpanKind, Array<[number, number]>>;
  const offsetsOf = offsets(text);
  for (const kind of SPAN_KINDS) {
    const rule = RULE_OF[kind];
    if (rule) out[kind] = findings.filter((f) => f.ruleId === rule).map(offsetsOf);
  }
  out.metrics = letter.numbers.filter((n) => n.metric).map((n) => [n.start, n.end]);
  out.failure = letter.sentences.flatMap((s) => failureMentions(s.terms).map((m): [number, number] => [s.terms[m.from]!.start, s.terms[m.to - 1]!.end]));
  return out;
}

export interface SpanCoverage {
  kind: SpanKind;
  reached: number;
  total: number;
  /** The spans no detector touches: letter id and the quoted text. */
  missed: Array<{ id: string; text: string }>;
}

/** Span coverage on the dev letters present in `dir/text`. */
export async function spanCoverage(letters: readonly RealLetter[], textDir: string): Promise<SpanCoverage[]> {
  const cover = SPAN_KINDS.map((kind): SpanCoverage => ({ kind, reached: 0, total: 0, missed: [] }));
  for (const l of letters) {
    if (l.split !== 'dev' || !SPAN_KINDS.some((k) => l.spans[k].length > 0)) continue;
    const file = path.join(textDir, l.file);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const { letter, findings } = await lintText(text, file, l.file.endsWith('.md') ? 'markdown' : 'text');
    const got = reached(letter.text, letter, findings);
    for (const c of cover) {
      for (const [a, b] of l.spans[c.kind]) {
        c.total++;
        if (got[c.kind].some(([x, y]) => x < b && a < y)) c.reached++;
        else c.missed.push({ id: l.id, text: text.slice(a, b) });
      }
    }
  }
  return cover;
}

/** `npm run eval -- --spans`: the dev half's span coverage and its unreached spans, as text. */
export async function spanReport(letters: readonly RealLetter[], textDir: string): Promise<string> {
  const cover = await spanCoverage(letters, textDir);
  const lines = ['## Real letters, dev half: labelled spans the detectors reach', '', '| kind | reached | of |', '| --- | --- | --- |'];
  for (const c of cover) lines.push(`| ${c.kind} | ${c.reached} | ${c.total} |`);
  for (const c of cover) if (c.missed.length) lines.push('', `Unreached ${c.kind} spans:`, ...c.missed.map((m) => `  ${m.id}  ${JSON.stringify(m.text)}`));
  return lines.join('\n') + '\n';
}
