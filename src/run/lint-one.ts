// One letter, from its decoded text to its result: the part of a run that can go on any thread.
// Everything a job and its settings hold is plain data, so it can be posted to a worker.
import { configFor } from './config.js';
import { ConfigError } from './config-error.js';
import { lintText } from '../engine.js';
import { applyFixes } from './fix.js';
import { formatOf } from '../letter/letter.js';
import { frontmatterOf } from '../text/frontmatter.js';
import { markdownFallback } from '../text/markdown-fallback.js';
import { PostingError, postingOf } from './postings.js';
import { reportCard } from '../report/report-card.js';
import { quote } from '../text/suggest.js';
import type { Root } from './root.js';
import { YamlError, yamlParser } from '../text/yaml.js';
import type { Finding, Focus, Letter, Posting, ReportCard, RunContext, Seniority } from '../types.js';

export interface Job {
  filePath: string;
  /** How the file is named in messages (relative to the working folder). */
  name: string;
  /** Where its configuration is searched from. */
  dir: string;
  text: string;
  /** Its project: nothing found by searching (configuration, a frontmatter posting) is read outside it. */
  root?: Root;
}

/** What every letter of a run shares. */
export interface RunSettings {
  /** A configuration file named with --config, resolved; false with --no-config: no configuration file at all. */
  config?: string | false;
  /** --rule values, laid over each letter's configuration. */
  rules?: readonly string[];
  seniority?: Seniority;
  focus?: Focus;
  posting?: Posting;
  run: RunContext;
  quiet: boolean;
  /** Apply each letter's certain fixes: its result is then the fixed text's, with `output`. */
  fix?: boolean;
}

export type Outcome =
  | {
      findings: Finding[];
      suppressed: Finding[];
      card?: ReportCard;
      source: string;
      warnings: string[];
      /** Other files the letter made the run read (its configuration, its posting), which a report must not overwrite. */
      reads: string[];
      /** With fixing on and something fixed: the fixed text, and each change as "before → after". */
      output?: string;
      fixes?: string[];
    }
  /** Not linted: `line` is the whole message when it names its own file (a configuration file). */
  | { fail: string; line?: string };

export async function lintOne({ filePath, name, dir, text, root }: Job, settings: RunSettings): Promise<Outcome> {
  const warnings: string[] = [];
  const syntax = formatOf(name);
  const fallback = syntax === 'markdown' ? markdownFallback(text) : undefined;
  if (fallback) warnings.push(fallback);
  let linted: Awaited<ReturnType<typeof lintText>>;
  let config: Awaited<ReturnType<typeof configFor>>;
  let output: string | undefined;
  let fixes: string[] | undefined;
  try {
    config = await configFor(dir, settings.config, root, settings.rules);
    const profile = { seniority: settings.seniority ?? config.profile.seniority, focus: settings.focus ?? config.profile.focus };
    const options = { settings: config.settings, profile, run: settings.run, posting: settings.posting, postingFor: (letter: Letter) => postingOf(letter, root), emptyAsWarning: true };
    linted = await lintText(text, filePath, syntax, options);
    if (settings.fix) {
      const { output: fixedText, applied } = applyFixes(text, linted.findings);
      if (applied.length > 0) {
        // What is reported is the fixed letter, as ESLint reports what is left after --fix.
        output = fixedText;
        fixes = applied.map((f) => `${quote(f.actual ?? '')} → ${quote(f.fix!.text)}`);
        linted = await lintText(fixedText, filePath, syntax, options);
      }
    }
  } catch (error) {
    if (error instanceof ConfigError) return { fail: error.message, line: error.message };
    if (error instanceof PostingError) return { fail: error.message };
    throw error;
  }
  const { letter } = linted;
  if (syntax === 'markdown' && !fallback && letter.frontmatter === undefined) {
    const problem = await frontmatterProblem(letter.text);
    if (problem) warnings.push(problem);
  }
  const findings = settings.quiet ? linted.findings.filter((f) => f.severity === 'error') : linted.findings;
  // An empty letter gets its one finding, not a report card of zeros.
  const card = letter.wordCount === 0 ? undefined : reportCard(letter, linted.findings, config.settings, linted.suppressed);
  const reads = [config.file, letter.posting?.path].filter((f): f is string => f !== undefined);
  return { findings, suppressed: linted.suppressed, card, source: letter.text, warnings, reads, ...(output !== undefined ? { output, fixes } : {}) };
}

/** Why a Markdown letter's frontmatter gives no fields, when it has frontmatter. */
async function frontmatterProblem(text: string): Promise<string | undefined> {
  const front = frontmatterOf(text);
  if (!front?.trim()) return undefined;
  const parse = await yamlParser();
  try {
    const value: unknown = parse(front);
    if (value && typeof value === 'object' && !Array.isArray(value)) return undefined;
    return 'frontmatter is not a YAML mapping of fields ("company: Northwind"); it is ignored';
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    return `frontmatter ${error.tooLarge ? 'is too large' : 'is not valid YAML'} (${error.message}); it is ignored`;
  }
}
