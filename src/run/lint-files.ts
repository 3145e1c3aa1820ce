// A run over letters named by paths, folders and patterns (and standard input): which files are
// the project's letters, what each is linted with, and every letter's result, with the problems
// and warnings to say. The command line and the Node API both run letters through here; neither
// formats nor exits here.
import path from 'node:path';
import { configFor } from './config.js';
import { ConfigError } from './config-error.js';
import { discover, ignoreTest, readIgnoreFile } from './files.js';
import { budgeted, decodeLetter, readLetter, type ReadResult } from './read.js';
import { type Job, type Outcome, type RunSettings } from './lint-one.js';
import { writeFixed } from './fix.js';
import { frontmatterOf } from '../text/frontmatter.js';
import { loadPosting, PostingError } from './postings.js';
import { holdHeapGrowth, lintAll, threadsFor, type Concurrency } from './pool.js';
import { projectLetters, type Project } from './project.js';
import { projectRoot, rootsFor, type Root } from './root.js';
import { trimWhere } from '../text/trim.js';
import type { FileResult, Focus, Globs, Posting, RunContext, Seniority } from '../types.js';

/** Standard input as a letter: raw bytes (decoded as a file is) or text, and the name it goes by. */
export interface StdinLetter {
  raw: string | Buffer;
  /** Names it in the report; its extension picks Markdown or text. Without it: "<text>", as Markdown. */
  name?: string;
}

export interface PathsOptions {
  cwd: string;
  /** A configuration file to use instead of the cascade, resolved; false: none at all. */
  config?: string | false;
  /** --rule values. */
  rules?: readonly string[];
  /** gitignore patterns from `cwd`, besides .letterlintignore and "ignores". */
  ignorePatterns?: readonly string[];
  errorOnUnmatchedPattern?: boolean;
  seniority?: Seniority;
  focus?: Focus;
  /** A posting file every letter answers, as named (relative to cwd). */
  posting?: string;
  quiet?: boolean;
  concurrency?: Concurrency;
  /** The project's top folder (--root); found from cwd when not given. */
  root?: string;
  stdin?: StdinLetter;
  /** Apply certain fixes: 'write' writes fixed letters back (never standard input), 'dry-run' only reports the fixed text as `output`. */
  fix?: 'write' | 'dry-run';
  /** The process is letterlint's own (the command line), so a large run may tune V8's collector (pool.ts holdHeapGrowth). */
  ownProcess?: boolean;
}

export type PathsOutcome =
  | {
      results: FileResult[];
      /** Files that could not be linted and other failures, each one line naming its file. */
      errors: string[];
      /** Those of `errors` that belong to no result: a path that cannot be read, a pattern that matches nothing. */
      unattached: string[];
      /** Said, but not failures: the letter was still linted. */
      warnings: string[];
      /** What --fix changed, a line a letter. */
      fixed: string[];
      /** The letters' paths, and every other file the run read: a report must not overwrite them. */
      letters: string[];
      alsoRead: string[];
    }
  /** The run stopped before linting: `code` 2 for a mistake, 0 when there was simply nothing to lint. */
  | { stop: string; code: 0 | 2 };

/** A company's name is a few words; a longer "company:" is not one, and is not matched in other letters. */
const MAX_COMPANY = 100;

/** The company a letter declares in its frontmatter, read without parsing the letter. */
export function declaredCompany(text: string): string[] {
  const front = frontmatterOf(text);
  // A scan of lines, not a pattern: a lazy name before optional quotes and spaces backtracks.
  const line = front?.split(/\r?\n/).find((l) => l.startsWith('company:'));
  const company = line && trimWhere(line.slice('company:'.length), isQuoteOrBlank, isQuoteOrBlank);
  return company && company.length <= MAX_COMPANY ? [company] : [];
}

const isQuoteOrBlank = (c: string) => c === '"' || c === "'" || c === ' ' || c === '\t';

/** Letters of the project read for their companies beyond those linted: a bound on a hook's work. */
const MAX_KNOWN_LETTERS = 2000;

/** The posting a letter names in its frontmatter ("posting: postings/acme.md"), read without parsing the letter. */
function declaredPosting(text: string): string[] {
  const line = frontmatterOf(text)?.split(/\r?\n/).find((l) => l.startsWith('posting:'));
  const file = line && trimWhere(line.slice('posting:'.length), isQuoteOrBlank, isQuoteOrBlank);
  return file && file.length <= 1000 ? [file] : [];
}


async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Whether the configuration nearest a letter ignores it; a broken configuration is reported when the letter is linted. */
async function ignoredByNearer(file: string, explicit: string | false | undefined, root: Root): Promise<boolean> {
  try {
    const config = await configFor(path.dirname(file), explicit, root);
    return config.ignores.length > 0 && (await ignoreTest(config.ignores))(file);
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}

/** The project a run works in: its top folder, its letters, and what is ignored. */
export interface ProjectView {
  root: Root;
  /** Undefined when the top configuration is broken: it is then reported with each letter. */
  project?: Project;
  /** .letterlintignore at the project's top (and in the working folder), --ignore-pattern, and the top configuration's "ignores". */
  ignores: Globs[];
  ignored: (file: string) => boolean;
}

export async function projectView(options: Pick<PathsOptions, 'cwd' | 'root' | 'config' | 'ignorePatterns'>): Promise<ProjectView> {
  const { cwd } = options;
  const root = await projectRoot(cwd, options.root);
  const project = await projectLetters(root, options.config).catch((error: unknown) => {
    if (error instanceof ConfigError) return undefined;
    throw error;
  });
  const ignores = [await readIgnoreFile(root.path), ...(cwd === root.path ? [] : [await readIgnoreFile(cwd)]), { patterns: options.ignorePatterns ?? [], from: cwd }, ...(project?.ignores ?? [])];
  return { root, project, ignores, ignored: await ignoreTest(ignores) };
}

/** Whether a file is one of the project's letters and no ignore file or configuration skips it. */
export async function isProjectLetter(file: string, view: ProjectView, explicit: string | false | undefined): Promise<boolean> {
  if (view.project && !view.project.isLetter(file)) return false;
  return !view.ignored(file) && !(await ignoredByNearer(file, explicit, view.root));
}

/** The companies the project's other letters declare, so a reused letter that names one is caught. */
export async function otherCompanies(view: ProjectView, linting: ReadonlySet<string>): Promise<string[]> {
  const others = view.project?.declared ? (await view.project.letters()).filter((f) => !linting.has(f)).slice(0, MAX_KNOWN_LETTERS) : [];
  return (await mapLimited(others, 32, readLetter)).flatMap((r) => ('text' in r ? declaredCompany(r.text) : []));
}

/** Lints the letters `paths` name (none: the project's letters, when it declares them). */
export async function lintPaths(paths: readonly string[], options: PathsOptions): Promise<PathsOutcome> {
  const { cwd, stdin } = options;
  const explicit = options.config;
  const flags = options.rules ?? [];
  const view = await projectView(options);
  const { root, project, ignores } = view;
  // With no path, a project that says which files are its letters lints them all.
  const allLetters = paths.length === 0 && !stdin && project?.declared === true;
  if (paths.length === 0 && !stdin && !allLetters) {
    return { stop: 'no letters given; try "letterlint draft.md", "letterlint --help", or a letters/ folder (or "letters" in the configuration) to lint with no path', code: 2 };
  }
  const discovered = await discover(allLetters ? await project!.letters() : paths, { cwd, ignores, errorOnUnmatched: options.errorOnUnmatchedPattern !== false, root });
  const errors = discovered.errors;
  const unattached = [...errors];
  // Whatever a hook or a CI job passes, only the project's letters are linted: README.md and postings are skipped quietly,
  // and so is a letter that a configuration file below the top one ignores.
  const files: string[] = [];
  for (const f of discovered.files) if (await isProjectLetter(f, view, explicit)) files.push(f);
  if (allLetters && files.length === 0) return { stop: `no letters in ${root.path} (see "letters" in the configuration)`, code: 2 };
  const skipped = discovered.files.length - files.length;
  if (files.length === 0 && skipped > 0 && !stdin && errors.length === 0) {
    // A hook that staged only a README or a posting: nothing to do, and said once.
    return { stop: `nothing to lint: ${skipped === 1 ? 'the file named is' : `the ${skipped} files named are`} not among this project's letters (see "letters" in the configuration)`, code: 0 };
  }
  const results: FileResult[] = [];
  let posting: Posting | undefined;
  if (options.posting) {
    try {
      posting = await loadPosting(path.resolve(cwd, options.posting), options.posting);
    } catch (error) {
      if (!(error instanceof PostingError)) throw error;
      return { stop: error.message, code: 2 };
    }
  }
  const inputs: Array<{ filePath: string; read: ReadResult; name: string; dir: string; stdin?: boolean }> = [];
  if (stdin) {
    const name = stdin.name ?? '<text>';
    const filePath = stdin.name ? path.resolve(cwd, name) : '<text>';
    const read = typeof stdin.raw === 'string' ? budgeted(stdin.raw) : decodeLetter(stdin.raw);
    inputs.push({ filePath, read, name: stdin.name ?? 'stdin.md', dir: path.dirname(path.resolve(cwd, name)), stdin: true });
  }
  const reads = await mapLimited(files, 32, readLetter);
  files.forEach((file, i) => inputs.push({ filePath: file, read: reads[i]!, name: path.relative(cwd, file) || file, dir: path.dirname(file) }));
  // A file a letter names as its posting ("posting: postings/acme.md") is a posting, not a letter.
  const postings = new Set(inputs.flatMap((x) => ('text' in x.read ? declaredPosting(x.read.text).map((p) => path.resolve(x.dir, p)) : [])));
  for (let i = inputs.length - 1; i >= 0; i--) if (postings.has(inputs[i]!.filePath)) inputs.splice(i, 1);
  // Letters in one run know each other's companies, so a reused letter that names another is caught;
  // in a project that declares its letters, every letter counts, so a hook on one staged letter knows the rest.
  const others = await otherCompanies(view, new Set(files));
  const run: RunContext = { companies: new Set([...inputs.flatMap((x) => ('text' in x.read ? declaredCompany(x.read.text) : [])), ...others]) };

  // Said on standard error, but not failures: the letter was still linted.
  const warnings: string[] = [];
  const shownName = (x: { filePath: string; name: string }) => (x.filePath === '<text>' ? '<stdin>' : x.name);
  const jobs: Job[] = [];
  const rootOf = rootsFor(root);
  const roots = new Map<string, Root>();
  for (const x of inputs) {
    if ('error' in x.read) continue;
    if (x.read.warning) warnings.push(`${shownName(x)}: ${x.read.warning}`);
    const letterRoot = await rootOf(x.dir);
    roots.set(x.filePath, letterRoot);
    jobs.push({ filePath: x.filePath, name: x.name, dir: x.dir, text: x.read.text, root: letterRoot });
  }
  const settings: RunSettings = { config: explicit, rules: flags, seniority: options.seniority, focus: options.focus, posting, run, quiet: options.quiet === true, fix: options.fix !== undefined };
  const fixed: string[] = [];
  if (options.ownProcess) await holdHeapGrowth(jobs.length);
  const outcomes = await lintAll(jobs, settings, threadsFor(options.concurrency ?? 'auto', jobs.length));
  let k = 0;
  // Besides the letters: --posting, --config, and what the letters' configuration and frontmatter named.
  const alsoRead = [posting?.path, explicit].filter((f): f is string => typeof f === 'string');
  for (const x of inputs) {
    const shown = shownName(x);
    const outcome: Outcome = 'error' in x.read ? { fail: x.read.error } : outcomes[k++]!;
    if ('fail' in outcome) {
      const line = outcome.line ?? `${shown}: ${outcome.fail}`;
      if (!errors.includes(line)) errors.push(line);
      results.push({ filePath: x.filePath, source: '', findings: [], fatal: outcome.fail });
      continue;
    }
    for (const w of outcome.warnings) warnings.push(`${shown}: ${w}`);
    alsoRead.push(...outcome.reads);
    results.push({ filePath: x.filePath, source: outcome.source, findings: outcome.findings, suppressed: outcome.suppressed, card: outcome.card, ...(outcome.output !== undefined ? { output: outcome.output } : {}) });
    if (outcome.output === undefined || options.fix !== 'write' || x.stdin || !('text' in x.read)) continue;
    const problem = await writeFixed(x.filePath, x.read.text, outcome.output, roots.get(x.filePath)!);
    if (problem) errors.push(`${shown}: ${problem}`);
    else fixed.push(`fixed ${shown}: ${outcome.fixes!.join(', ')}`);
  }
  const letters = inputs.map((x) => x.filePath).filter((f) => f !== '<text>');
  return { results, errors, unattached, warnings, fixed, letters, alsoRead };
}
