// The Node API, `import { lintText, lintFiles } from 'letterlint'`: the command line's run (the
// configuration cascade, ignore files, the project's letters, workers) without its printing and
// exit codes. Its declarations are shipped beside the bundle (dist/bundle/api.d.ts), so every type
// a caller sees is declared here or in types.ts, which imports nothing.
import path from 'node:path';
import { FORMATTERS } from './report/formatters/index.js';
import { lintPaths, type PathsOptions } from './run/lint-files.js';
import { version } from './package.js';
import { rules as allRules } from '../rules/index.js';
import type { FileResult, Focus, OptionSpec, RuleDocs, Seniority, Severity } from './types.js';

export type { FileResult as LintResult, Finding, ReportCard, Severity, Seniority, Focus, OptionSpec, RuleDocs } from './types.js';

export interface LintOptions {
  /** The folder paths, patterns and configuration are found from. Default: process.cwd(). */
  cwd?: string;
  /** A configuration file to use instead of the cascade (and what it extends); false for none at all. */
  config?: string | false;
  /**
   * Rules over any configuration, as --rule: `{ 'word-count': 'off' }`, `{ 'word-count': ['warn', { max: 450 }] }`,
   * or a list of --rule strings.
   */
  rules?: Record<string, unknown> | readonly string[];
  seniority?: Seniority;
  focus?: Focus;
  /** A job posting file every letter answers (frontmatter "posting:" wins). */
  posting?: string;
  /** Errors only: warnings are left out of the results. */
  quiet?: boolean;
  /** Apply certain fixes to the text (never to the files): a fixed letter's result has `output`, and its findings are the fixed text's. */
  fix?: boolean;
}

export interface LintFilesOptions extends LintOptions {
  /** gitignore patterns from cwd, besides .letterlintignore and "ignores". */
  ignorePatterns?: readonly string[];
  /** Default true: a folder or pattern without letters is an error. */
  errorOnUnmatchedPattern?: boolean;
  /** Threads that lint: a number, 'auto' (the default) or 'off'. */
  concurrency?: number | 'auto' | 'off';
}

export interface LintTextOptions extends LintOptions {
  /**
   * Where the text would live: it names the result, its extension picks Markdown or plain text
   * (.txt), and its folder's configuration applies. Default: "<text>", read as Markdown.
   */
  filePath?: string;
}

/** Why a run could not go ahead (a pattern that matches nothing, an unreadable posting); `problems` has each, one line. */
export class LetterlintError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'LetterlintError';
  }
}

export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
  docs: RuleDocs;
  options: Readonly<Record<string, OptionSpec>>;
  defaultOptions: Readonly<Record<string, unknown>>;
}

/** Every rule, in the order `letterlint rules` lists them. */
export const rules: readonly RuleInfo[] = allRules.map(({ meta }) => ({
  id: meta.id,
  description: meta.description,
  severity: meta.severity,
  docs: meta.docs,
  options: meta.options as Record<string, OptionSpec>,
  defaultOptions: meta.defaultOptions as Record<string, unknown>,
}));

function common(options: LintOptions): PathsOptions {
  const given = options.rules;
  const flags = given === undefined ? [] : Array.isArray(given) ? [...(given as readonly string[])] : [JSON.stringify(given)];
  return {
    cwd: options.cwd ?? process.cwd(),
    config: typeof options.config === 'string' ? path.resolve(options.cwd ?? process.cwd(), options.config) : options.config,
    rules: flags,
    seniority: options.seniority,
    focus: options.focus,
    posting: options.posting,
    quiet: options.quiet === true,
    fix: options.fix ? 'dry-run' : undefined,
  };
}

/** Lints the letters that paths, folders and glob patterns name; none: the project's letters, when it declares them. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const outcome = await lintPaths(patterns, {
    ...common(options),
    ignorePatterns: options.ignorePatterns,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern !== false,
    concurrency: options.concurrency ?? 'auto',
  });
  if ('stop' in outcome) {
    if (outcome.code === 0) return [];
    throw new LetterlintError([outcome.stop]);
  }
  // A letter that could not be linted is a result with `fatal`, as in ESLint; a path that found nothing has no result to carry it.
  if (outcome.unattached.length > 0) throw new LetterlintError(outcome.unattached);
  return outcome.results;
}

/** Lints one letter's text, with the configuration of the folder `filePath` is in. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  if (typeof text !== 'string') throw new TypeError('lintText: expected the letter as a string');
  const outcome = await lintPaths([], { ...common(options), concurrency: 'off', stdin: { raw: text, name: options.filePath } });
  if ('stop' in outcome) throw new LetterlintError([outcome.stop]);
  return outcome.results[0]!;
}

export type FormatName = 'stylish' | 'json' | 'compact' | 'github' | 'sarif' | 'html';

/** A report format, as the command line prints it: `await (await loadFormatter('json'))(results)`. */
export async function loadFormatter(name: FormatName): Promise<(results: readonly FileResult[], options?: { cwd?: string; color?: boolean }) => Promise<string>> {
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!load) throw new LetterlintError([`unknown format "${String(name)}"; use ${Object.keys(FORMATTERS).join(', ')}`]);
  const format = await load();
  return async (results, options = {}) => {
    await format.prepare?.(results);
    return format.default(results, { cwd: options.cwd ?? process.cwd(), color: options.color === true, version: version(), problems: [] });
  };
}
