// The default report: findings grouped by file, each with the line it points at, the span
// underlined, and the rewrites to try. Reads the same with or without colour.
import path from 'node:path';
import { Chalk } from 'chalk';
import { itemLabel } from '../report-card.js';
import type { FileResult, Finding, ReportCard } from '../../types.js';
import { printable, shownPath } from './printable.js';
import type { FormatContext, Formatter } from './types.js';
import { prepareWidth, width } from './width.js';

/** How much of a long line to show around the span. */
const EXCERPT_WIDTH = 100;

export { printable };

/** The line with the span underlined, cut to a window around the span when the line is long. */
function excerpt(lines: readonly string[], f: Finding): [string, string] {
  const raw = (lines[f.line - 1] ?? '').replace(/\t/g, ' ');
  let from = f.column - 1;
  let to = f.endLine === f.line ? Math.max(f.endColumn - 1, from + 1) : raw.length;
  let text = raw;
  let prefix = '';
  if (text.length > EXCERPT_WIDTH) {
    const start = Math.max(0, Math.min(from - 20, text.length - EXCERPT_WIDTH));
    text = text.slice(start, start + EXCERPT_WIDTH);
    from -= start;
    to = Math.min(to - start, text.length);
    if (start > 0) prefix = '\u2026';
    if (start + EXCERPT_WIDTH < raw.length) text += '\u2026';
  }
  const shown = prefix + printable(text);
  const pad = width(prefix + printable(text.slice(0, from)));
  const marks = Math.max(1, width(printable(text.slice(from, to))));
  return [shown, ' '.repeat(pad) + '^'.repeat(marks)];
}

/** A word-count gauge: the range marked, the letter's count placed on it. */
function gauge(words: number, [min, max]: [number, number]): string {
  const width = 30;
  const end = Math.round(max * 1.25);
  const at = (n: number) => Math.min(width - 1, Math.round((n / end) * (width - 1)));
  const cells = Array.from({ length: width }, (_, i): string => (i >= at(min) && i <= at(max) ? '\u2501' : '\u2500'));
  cells[at(words)] = '\u25cf';
  return `${cells.join('')} ${min}\u2013${max}`;
}

function card(rc: ReportCard, c: InstanceType<typeof Chalk>): string[] {
  const lines = ['', `  ${c.bold(`Report card: ${rc.score}/100`)}`];
  for (const item of rc.checklist) {
    const mark = item.state === 'off' ? c.dim('\u2013') : item.pass ? c.green('\u2713') : c.red('\u2717');
    const detail = item.id === 'length' && !item.state ? `${rc.words} words  ${gauge(rc.words, rc.range)}` : item.detail;
    // A pass needs no explanation, except for what it counted.
    const shown = item.pass && !item.state && item.id !== 'metrics' && item.id !== 'length' ? '' : `: ${printable(detail)}`;
    lines.push(`    ${mark} ${itemLabel(item.id)}${shown}`);
  }
  return lines;
}

/**
 * The report a piece at a time (a file's block, then the summary), so a run over thousands of
 * letters can write each as it is made instead of holding the whole report: 2,000 letters print
 * 4.5 MB.
 */
export function* pieces(results: readonly FileResult[], { cwd, color }: Pick<FormatContext, 'cwd' | 'color'>): Generator<string> {
  const c = new Chalk({ level: color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let withProblems = 0;
  let first = true;
  // A single letter gets its report card even when clean: that is a draft being worked on.
  const single = results.length === 1;
  for (const result of results) {
    if (result.fatal || (result.findings.length === 0 && !single)) continue;
    if (result.findings.length > 0) withProblems++;
    const out = [c.underline(shownPath(path.relative(cwd, result.filePath) || result.filePath))];
    const lines = result.source.split(/\r\n|\r|\n/);
    const gutter = String(result.findings.reduce((n, f) => Math.max(n, f.line), 0)).length;
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
      const severity = f.severity === 'error' ? c.red('error') : c.yellow('warning');
      out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${severity}  ${printable(f.message)}  ${c.dim(f.ruleId ?? 'letterlint')}`);
      const blank = ' '.repeat(gutter);
      // A whole-letter finding has no span worth underlining.
      if (f.actual !== undefined) {
        const [line, marks] = excerpt(lines, f);
        out.push(`    ${c.dim(String(f.line).padStart(gutter) + ' |')} ${line}`);
        out.push(`    ${c.dim(blank + ' |')} ${c.red(marks)}`);
      }
      for (const s of f.suggestions) out.push(`    ${blank}   ${c.green('\u2192')} ${printable(s)}`);
    }
    if (result.card) out.push(...card(result.card, c));
    yield (first ? '' : '\n') + out.join('\n') + '\n';
    first = false;
  }
  const linted = results.filter((r) => !r.fatal).length;
  // Nothing could be linted: the reasons are on standard error, and a summary would only mislead.
  if (linted === 0) return;
  const files = `${linted} file${linted === 1 ? '' : 's'}`;
  const total = errors + warnings;
  let summary: string;
  if (total === 0) {
    summary = c.green(`\u2714 No problems in ${files}`);
  } else {
    const text = `\u2716 ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${withProblems} of ${files}`;
    summary = c.bold(errors > 0 ? c.red(text) : c.yellow(text));
  }
  yield (first ? '' : '\n') + summary + '\n';
}

const stylish: Formatter = (results, context) => [...pieces(results, context)].join('');

/** Loads what measuring the letters' lines needs; call before formatting. */
export const prepare = (results: readonly FileResult[]): Promise<void> => prepareWidth(results.map((r) => r.source));

export default stylish;
