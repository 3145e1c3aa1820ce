// GitHub Actions workflow commands, one per finding, so findings show as annotations on the diff.
import path from 'node:path';
import { itemLabel } from '../report-card.js';
import type { Formatter } from './types.js';

// As GitHub's own toolkit escapes them: data needs %, CR and LF escaped; property values also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Annotations a letter gets at most. GitHub shows 10 error and 10 warning annotations a step, so one
 * weak letter's 19 errors would hide every other letter's: each letter gets its worst few, and a
 * notice at the end gives the totals.
 */
export const MAX_ANNOTATIONS_PER_FILE = 5;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let unshown = 0;
  let withFindings = 0;
  for (const r of results) {
    const file = path.relative(cwd, r.filePath).split(path.sep).join('/') || r.filePath;
    if (r.fatal) lines.push(`::error file=${escapeProperty(file)},title=letterlint::${escapeData(r.fatal)}`);
    if (r.findings.length > 0) withFindings++;
    for (const f of r.findings) if (f.severity === 'error') errors++;
    warnings += r.findings.filter((f) => f.severity !== 'error').length;
    // Errors before warnings, each in the letter's order.
    const worst = [...r.findings].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || a.line - b.line || a.column - b.column);
    unshown += Math.max(0, worst.length - MAX_ANNOTATIONS_PER_FILE);
    for (const f of worst.slice(0, MAX_ANNOTATIONS_PER_FILE)) {
      const props = [`file=${escapeProperty(file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
      // Columns only make sense on one line; GitHub rejects them on a multi-line span.
      if (f.endLine === f.line) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
      props.push(`title=${escapeProperty(f.ruleId ? `letterlint ${f.ruleId}` : 'letterlint')}`);
      const body = [f.message, ...f.suggestions.map((s) => `\u2192 ${s}`)].join('\n');
      lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(body)}`);
    }
  }
  if (errors + warnings > 0) {
    const hidden = unshown ? `; ${unshown} not shown as annotations (at most ${MAX_ANNOTATIONS_PER_FILE} a letter): run letterlint on them to see every finding` : '';
    const total = `${plural(errors + warnings, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withFindings} of ${plural(results.length, 'letter')}${hidden}`;
    lines.push(`::notice title=letterlint::${escapeData(total)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

export default github;

/** Text from a letter or a file name as one Markdown table cell: nothing in it is markup, a link or HTML. */
function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The job summary (written to $GITHUB_STEP_SUMMARY by the command line): the totals, and each
 * letter's report card as a row, so a reviewer sees every letter's state on the run's page.
 */
export const summary: Formatter = (results, { cwd }) => {
  const count = (severity: 'error' | 'warning') => results.reduce((n, r) => n + r.findings.filter((f) => (f.severity === 'error') === (severity === 'error')).length, 0);
  const rows = results.map((r) => {
    const file = path.relative(cwd, r.filePath).split(path.sep).join('/') || r.filePath;
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const failed = r.card?.checklist.filter((c) => !c.pass && c.state !== 'off').map((c) => itemLabel(c.id) + (c.state === 'suppressed' ? ' (suppressed inline)' : '')) ?? [];
    const score = r.fatal ? 'not linted' : r.card ? `${r.card.score}/100` : '\u2013';
    const detail = r.fatal ? cell(r.fatal) : failed.join(', ') || '\u2013';
    return `| ${cell(file)} | ${score} | ${errors} | ${r.findings.length - errors} | ${detail} |`;
  });
  return [
    '## letterlint',
    '',
    `${plural(count('error'), 'error')} and ${plural(count('warning'), 'warning')} in ${plural(results.length, 'letter')}.`,
    '',
    '| Letter | Score | Errors | Warnings | Checks failed |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
};
