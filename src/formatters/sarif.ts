// SARIF 2.1.0, for code-scanning services: one rule descriptor per rule with its help text, a stable
// ruleId, partialFingerprints, and a physical location on every result.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import type { Formatter } from './types.js';

const sarif: Formatter = (results, { cwd, version, problems }) => {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const uriOf = (file: string) => (path.relative(cwd, file) || file).split(path.sep).join('/');
  // Paths that could not be used at all (missing, unmatched) are notifications of the run.
  const notifications: object[] = problems.map((text) => ({ level: 'error', message: { text } }));
  const out: object[] = [];
  for (const r of results) {
    const uri = uriOf(r.filePath);
    if (r.fatal && !problems.some((p) => p.endsWith(r.fatal!))) {
      notifications.push({
        level: 'error',
        message: { text: r.fatal },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }],
      });
    }
    // Fingerprints follow the quoted text, not the line, so a finding keeps its identity when lines move.
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      // A whole-letter finding is one per rule and file; its message carries counts that change.
      const key = `${f.ruleId}\u0000${uri}\u0000${f.actual ?? ''}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      out.push({
        ...(f.ruleId ? { ruleId: f.ruleId } : {}),
        ...(f.ruleId ? { ruleIndex: index.get(f.ruleId) } : {}),
        level: f.severity === 'error' ? 'error' : 'warning',
        message: { text: [f.message, ...f.suggestions.map((s) => `Try: ${s}`)].join('\n') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { 'letterlint/v1': createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32) },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'letterlint',
            version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.docs.why },
              help: {
                text: `${r.meta.docs.why}\nBad: ${r.meta.docs.bad}\nBetter: ${r.meta.docs.better}`,
                markdown: `${r.meta.docs.why}\n\n- Bad: ${r.meta.docs.bad}\n- Better: ${r.meta.docs.better}`,
              },
              defaultConfiguration: { level: r.meta.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
