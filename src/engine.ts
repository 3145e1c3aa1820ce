// The pipeline: text → letter → every rule → findings with line and column.
import { rules as allRules } from '../rules/index.js';
import { applyDirectives } from './directives.js';
import { buildLetter, withSpaces, type Format } from './letter/letter.js';
import { frontmatterOf, stripBom } from './text/frontmatter.js';
import { loadMarkdownFor } from './text/remark.js';
import type { Finding, Letter, Posting, Profile, Report, Rule, RuleSetting, RunContext } from './types.js';
import { flatMapping, yamlParser, type YamlParse } from './text/yaml.js';

export interface LintOptions {
  /** The rules to run with their severity and options; every rule at its defaults when omitted. */
  settings?: readonly RuleSetting[];
  profile?: Profile;
  run?: RunContext;
  /** A posting given for the whole run (--posting); a letter's frontmatter "posting:" wins. */
  posting?: Posting;
  /**
   * The posting a letter's frontmatter names ("posting: acme.md"), read by the caller: the engine
   * reads no file, so what a letter may name (inside its project only) is the run's to decide.
   */
  postingFor?: (letter: Letter) => Promise<Posting | undefined>;
  /**
   * Report a letter without a word of prose as one warning instead of running the rules on it (the
   * command line does; a rule's own tests see what the rule does with such a letter).
   */
  emptyAsWarning?: boolean;
}

/** Every rule at its default severity and options. */
export function defaultSettings(rules: readonly Rule<any>[] = allRules): RuleSetting[] {
  return rules.map((rule) => ({ rule, severity: rule.meta.severity, options: rule.meta.defaultOptions }));
}

let defaults: RuleSetting[] | undefined;
const knownRules: ReadonlySet<string> = new Set(allRules.map((r) => r.meta.id));

let yamlParse: YamlParse | undefined;

/** Lints one letter's text. The path names it in findings; the format decides the parser. */
export async function lintText(raw: string, path: string, format: Format, options: LintOptions = {}): Promise<{ letter: Letter; findings: Finding[]; suppressed: Finding[] }> {
  // The letter as its reader sees it, with the same offsets (see withSpaces).
  const text = withSpaces(stripBom(raw));
  const front = format === 'markdown' ? frontmatterOf(text) : undefined;
  // Plain "key: value" lines are read here; the yaml package is loaded only for anything more.
  if (front !== undefined && !flatMapping(front)) yamlParse ??= await yamlParser();
  await loadMarkdownFor(text, format);
  const parseYaml = (source: string) => flatMapping(source) ?? yamlParse?.(source);
  const letter = buildLetter(path, text, format, { parseYaml, profile: options.profile, run: options.run });
  letter.posting = (await options.postingFor?.(letter)) ?? options.posting;
  if (options.emptyAsWarning && letter.wordCount === 0) return { letter, findings: [emptyLetter(text)], suppressed: [] };
  const locate = locator(text);
  const anchor = wholeLetterAnchor(letter);
  const summaryAt = (offset: number, ruleId: string, severity: Finding['severity']): Finding => {
    const { line, column } = locate(offset);
    return { ruleId, severity, message: '', line, column, endLine: line, endColumn: column, suggestions: [] };
  };
  let findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const offsets = new Map<Finding, number>();
  // With inline directives a finding may yet be disabled, so the cap waits until they are applied.
  const capNow = letter.comments.length === 0;
  const unshown = new Map<string, Finding>();
  for (const { rule, severity, options: ruleOptions } of options.settings ?? (defaults ??= defaultSettings())) {
    let count = 0;
    rule.check(letter, ruleOptions, (r: Report) => {
      if (capNow && ++count > MAX_FINDINGS_PER_RULE) {
        // Past the cap only the count goes on: building each finding is most of the cost of a letter of 500,000 "XX".
        if (count === MAX_FINDINGS_PER_RULE + 1) unshown.set(rule.meta.id, summaryAt(r.start ?? anchor[0], rule.meta.id, r.severity ?? severity));
        unshown.get(rule.meta.id)!.message = `${count - MAX_FINDINGS_PER_RULE} more of this rule's findings in the letter are not shown`;
        return;
      }
      const start = r.start ?? anchor[0];
      const end = r.end ?? anchor[1];
      const a = locate(start);
      const b = locate(end);
      const finding: Finding = {
        ruleId: rule.meta.id,
        severity: r.severity ?? severity,
        message: r.message,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        suggestions: r.suggestions,
        ...(r.start !== undefined ? { actual: text.slice(start, end) } : {}),
        ...(r.fix !== undefined && r.start !== undefined && r.end !== undefined ? { fix: { range: [r.start, r.end] as [number, number], text: r.fix } } : {}),
      };
      findings.push(finding);
      offsets.set(finding, start);
    });
  }
  if (letter.comments.length > 0) {
    findings = capFindings(applyDirectives(findings, letter.comments, knownRules, locate, (f) => offsets.get(f)!, nextTextLine(text), suppressed), locate, (f) => offsets.get(f)!);
  }
  findings.push(...unshown.values());
  // Rule ids are ASCII, so code-unit order is their alphabetical order; localeCompare would start
  // an ICU collator (8–11 ms of a one-letter run) to say the same.
  findings.sort((x, y) => x.line - y.line || x.column - y.column || byCodeUnits(x.ruleId ?? '', y.ruleId ?? ''));
  return { letter, findings, suppressed };
}

export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A rule reports at most this many findings in one letter, then one line that says how many more
 * there are: no real letter comes near it, and a pasted log of 500,000 "XX" would otherwise print
 * half a million lines and spend seconds building them.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** The cap applied after inline directives: the first findings of each rule in the letter's order, then the count of the rest. */
function capFindings(findings: Finding[], locate: (offset: number) => { line: number; column: number }, offsetOf: (f: Finding) => number): Finding[] {
  const byRule = new Map<string, Finding[]>();
  // Findings of no rule (about the directives themselves) are never capped.
  const out: Finding[] = findings.filter((f) => f.ruleId === null);
  for (const f of findings.filter((x) => x.ruleId !== null).sort((x, y) => offsetOf(x) - offsetOf(y))) {
    const list = byRule.get(f.ruleId!) ?? [];
    list.push(f);
    byRule.set(f.ruleId!, list);
  }
  for (const [ruleId, list] of byRule) {
    out.push(...list.slice(0, MAX_FINDINGS_PER_RULE));
    const first = list[MAX_FINDINGS_PER_RULE];
    if (!first) continue;
    const { line, column } = locate(offsetOf(first));
    const message = `${list.length - MAX_FINDINGS_PER_RULE} more of this rule's findings in the letter are not shown`;
    out.push({ ruleId, severity: first.severity, message, line, column, endLine: line, endColumn: column, suggestions: [] });
  }
  return out;
}

/**
 * A letter without a word of prose (empty, white space, frontmatter, code or comments only) gets one
 * warning saying so, not an error from every whole-letter rule: as for an empty file in ESLint or
 * Vale there is nothing to judge, so it does not fail a hook; but it is said, and --max-warnings 0
 * fails it.
 */
function emptyLetter(text: string): Finding {
  const message = text.trim() === '' ? 'The letter is empty; there is nothing to lint' : 'The letter has no prose to lint, only frontmatter, code, comments or links';
  return { ruleId: null, severity: 'warning', message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [] };
}

/** A whole-letter finding points at the first line of the body (or of the text). */
function wholeLetterAnchor(letter: Letter): [number, number] {
  const first = letter.anatomy.opening?.start ?? letter.blocks[0]?.start ?? 0;
  const lineEnd = letter.text.slice(first).search(/\r|\n/);
  return [first, lineEnd < 0 ? letter.text.length : first + lineEnd];
}

/** For a line, the next line below it that holds text. */
function nextTextLine(text: string): (line: number) => number {
  const lines = text.split(/\r\n|\r|\n/);
  return (line) => {
    let next = line + 1;
    while (next <= lines.length && lines[next - 1]!.trim() === '') next++;
    return next;
  };
}

/** Offsets to 1-based line and column, counting \r\n, \r and \n as line endings. */
export function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
