// ESLint's JSON formatter shape, so tools that read ESLint output read ours.
import type { Formatter } from './types.js';

import type { FileResult, Finding } from '../../types.js';

const message = (f: Finding) => ({
  ruleId: f.ruleId,
  severity: f.severity === 'error' ? 2 : 1,
  message: f.message,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  suggestions: f.suggestions.map((desc) => ({ desc })),
  ...(f.actual !== undefined ? { actual: f.actual } : {}),
  ...(f.fix !== undefined ? { fix: f.fix } : {}),
});

const entry = (r: FileResult) => {
  const messages = r.fatal ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal, line: 1, column: 1 }] : r.findings.map(message);
  const errorCount = r.fatal ? 1 : r.findings.filter((f) => f.severity === 'error').length;
  return {
    filePath: r.filePath,
    messages,
    // As ESLint lists what a disable comment hid, so a reviewer can see it.
    suppressedMessages: (r.suppressed ?? []).map((f) => ({ ...message(f), suppressions: [{ kind: 'directive', justification: '' }] })),
    errorCount,
    fatalErrorCount: r.fatal ? 1 : 0,
    warningCount: r.findings.filter((f) => f.severity === 'warning').length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    // As ESLint's --fix-dry-run: the letter's text with its fixes applied, only when something was fixed.
    ...(r.output !== undefined ? { output: r.output } : {}),
    ...(r.card ? { letter: { words: r.card.words, score: r.card.score, checklist: r.card.checklist } } : {}),
  };
};

/** The same array, a letter at a time, so thousands of letters are not one string at once. */
export function* pieces(results: readonly FileResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < results.length; i++) yield (i === 0 ? '[' : ',') + JSON.stringify(entry(results[i]!));
  yield ']\n';
}

const json: Formatter = (results) => [...pieces(results)].join('');

export default json;
