// SARIF 2.1.0, for code-scanning services: one rule descriptor per rule with its help text, a stable
// ruleId, partialFingerprints, and a physical location on every result.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../../rules/index.js';
import { homepage, ruleUrl } from '../../package.js';
import type { Formatter } from './types.js';

/** "no-generic-claims" as "NoGenericClaims": SARIF's rule name is an identifier, its id the stable key. */
const pascal = (id: string) => id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * A letter's location as SARIF wants it: a URI reference relative to the run's folder, each path
 * segment percent-encoded ("Cover Letter - Acme.md" as "Cover%20Letter%20-%20Acme.md", "%" as
 * "%25"), with %SRCROOT% as its base; a file on another drive or root as an absolute file URL.
 */
function locationOf(cwd: string, file: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, file) || path.basename(file);
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const sarif: Formatter = (results, { cwd, version, problems }) => {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const home = homepage();
  // Paths that could not be used at all (missing, unmatched) are notifications of the run.
  const notifications: object[] = problems.map((text) => ({ level: 'error', message: { text } }));
  const out: object[] = [];
  for (const r of results) {
    const artifactLocation = locationOf(cwd, r.filePath);
    const uri = artifactLocation.uri;
    if (r.fatal && !problems.some((p) => p.endsWith(r.fatal!))) {
      notifications.push({
        level: 'error',
        message: { text: r.fatal },
        locations: [{ physicalLocation: { artifactLocation } }],
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
              artifactLocation,
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
            informationUri: home,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: pascal(r.meta.id),
              helpUri: ruleUrl(r.meta.id),
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
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
