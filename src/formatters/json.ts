// ESLint's JSON formatter shape, so tools that read ESLint output read ours.
import type { Formatter } from './types.js';

const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const messages = r.fatal
        ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal, line: 1, column: 1 }]
        : r.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity === 'error' ? 2 : 1,
            message: f.message,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            suggestions: f.suggestions.map((desc) => ({ desc })),
            ...(f.actual !== undefined ? { actual: f.actual } : {}),
          }));
      const errorCount = r.fatal ? 1 : r.findings.filter((f) => f.severity === 'error').length;
      return {
        filePath: r.filePath,
        messages,
        suppressedMessages: [],
        errorCount,
        fatalErrorCount: r.fatal ? 1 : 0,
        warningCount: r.findings.filter((f) => f.severity === 'warning').length,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
        ...(r.card ? { letter: { words: r.card.words, score: r.card.score, checklist: r.card.checklist } } : {}),
      };
    }),
  ) + '\n';

export default json;
