// Inline control in HTML comments (in a plain-text letter, each alone on its line), as ESLint's,
// without its trap of comments that silently do nothing: a rule name that does not exist, and a
// disable that suppressed nothing, are reported.
//
//   <!-- letterlint-disable rule-a rule-b -->  …  <!-- letterlint-enable -->
//   <!-- letterlint-disable-next-line rule -->
//   <!-- letterlint-disable -->  before the first paragraph: the whole letter
import type { Comment, Finding } from './types.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: every rule. */
  rules: string[];
  comment: Comment;
  /** For disable-next-line: the line it covers. */
  line?: number;
  used: boolean;
}

const DIRECTIVE = /^letterlint-(disable-next-line|disable|enable)(?:\s+([\s\S]*?))?(?:\s+--\s[\s\S]*)?$/;

type Locate = (offset: number) => { line: number; column: number };

function finding(message: string, suggestion: string, severity: Finding['severity'], comment: Comment, locate: Locate): Finding {
  const a = locate(comment.start);
  const b = locate(comment.end);
  return { ruleId: null, severity, message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, suggestions: [suggestion] };
}

/**
 * Applies the directives in `comments` to `findings`: returns the findings that stay, plus one for
 * each unknown rule name and each disable that suppressed nothing. `nextLine` gives, for a line,
 * the next line that holds text (a comment is usually followed by a blank line in Markdown).
 */
export function applyDirectives(
  findings: readonly Finding[],
  comments: readonly Comment[],
  known: ReadonlySet<string>,
  locate: Locate,
  offsetOf: (f: Finding) => number,
  nextLine: (line: number) => number,
  /** Receives each finding a directive removed: the report card counts them. */
  suppressed: Finding[] = [],
): Finding[] {
  const problems: Finding[] = [];
  const directives: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) {
      // "letterlint-disable-line" and other near misses would otherwise do nothing, silently.
      if (/^letterlint-/.test(comment.body)) {
        const word = comment.body.split(/\s/)[0]!;
        problems.push(finding(`Unknown letterlint comment "${word}"`, 'Use letterlint-disable, letterlint-enable or letterlint-disable-next-line.', 'error', comment, locate));
      }
      continue;
    }
    const names = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const rules: string[] = [];
    for (const name of names) {
      if (known.has(name)) rules.push(name);
      else {
        const message = `Unknown rule "${name}" in a letterlint comment`;
        problems.push(finding(message, `Use a rule id as "letterlint rules" lists it: ${[...known].join(', ')}.`, 'error', comment, locate));
      }
    }
    // A comment that named only unknown rules disables nothing, rather than everything.
    if (names.length > 0 && rules.length === 0) continue;
    const kind = m[1] as Directive['kind'];
    directives.push({ kind, rules, comment, used: false, line: kind === 'disable-next-line' ? nextLine(locate(comment.end).line) : undefined });
  }
  if (directives.length === 0) return [...findings, ...problems];

  const kept = findings.filter((f) => {
    const keep = survives(f);
    if (!keep) suppressed.push(f);
    return keep;
  });
  function survives(f: Finding): boolean {
    const at = offsetOf(f);
    const covers = (d: Directive) => d.rules.length === 0 || d.rules.includes(f.ruleId!);
    const next = directives.find((d) => d.kind === 'disable-next-line' && d.line === f.line && covers(d));
    if (next) return !(next.used = true);
    // The last disable or enable before the finding that speaks of its rule decides.
    let last: Directive | undefined;
    for (const d of directives) {
      if (d.comment.start > at) break;
      if (d.kind !== 'disable-next-line' && covers(d)) last = d;
    }
    if (last?.kind === 'disable') return !(last.used = true);
    return true;
  }
  for (const d of directives) {
    if (d.kind === 'enable' || d.used) continue;
    const what = d.rules.length ? d.rules.join(', ') : 'any rule';
    const message = `Unused letterlint-${d.kind} comment: nothing from ${what} was reported here`;
    problems.push(finding(message, 'Remove the comment, so that it does not hide a future problem.', 'warning', d.comment, locate));
  }
  return [...kept, ...problems];
}
