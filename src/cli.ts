// The command line: flags → files → lint → report → exit code (0 clean, 1 problems, 2 could not run).
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, configFor, configView, ruleFlagLayer, type RuleFlags } from './config.js';
import { explainRule, rulesList } from './docs.js';
import { appendSummary, readStream, writeReport } from './files.js';
import { printable } from './formatters/printable.js';
import { init, PRE_COMMIT_CONFIG, STARTER_CONFIG } from './init.js';
import { lintPaths, type StdinLetter } from './lint-files.js';
import type { WatchedRun } from './watch.js';
import { version } from './package.js';
import { FORMATTERS } from './formatters/index.js';
import type { FormatterModule } from './formatters/types.js';
import { type Concurrency } from './pool.js';
import { projectLetters } from './project.js';
import { projectRoot } from './root.js';
import { closest } from './suggest.js';
import { rules } from '../rules/index.js';
import { FOCUSES, SENIORITIES, type Focus, type Seniority } from './types.js';

const EXAMPLES = `
Examples:
  letterlint draft.md                     lint one letter
  letterlint letters/                     every .md, .markdown and .txt letter under a folder
  letterlint "letters/**/*.md"            a quoted glob pattern
  cat draft.txt | letterlint --stdin-filename draft.txt
  letterlint --format json letters/ > report.json
  letterlint --format sarif --output-file letterlint.sarif letters/
  letterlint rules                        every rule, its default severity and what it catches
  letterlint explain require-metrics      why a rule matters, with a bad and a better example
  letterlint init --pre-commit            a starter configuration and a pre-commit hook
  letterlint lsp --stdio                  a language server, for diagnostics in an editor as you type

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 a usage error, a path that cannot be read, a pattern that matches nothing, or an internal failure.`;

interface Options {
  format: string;
  stdinFilename?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings: number;
  debug?: boolean;
  outputFile?: string;
  force?: boolean;
  config?: string | false;
  printConfig?: string;
  rule?: string[];
  fix?: boolean;
  fixDryRun?: boolean;
  watch?: boolean;
  ignorePattern?: string[];
  errorOnUnmatchedPattern?: boolean;
  seniority?: Seniority;
  focus?: Focus;
  posting?: string;
  minScore?: number;
  concurrency?: Concurrency;
  root?: string;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input: raw bytes, decoded as a letter file is, or text already decoded. */
  readStdin: () => Promise<string | Buffer>;
  stdinIsTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
}

function parseScore(value: string): number {
  // Digits only: Number() reads "" as 0 (turning the gate off) and "0x5A" as 90.
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new InvalidArgumentError('expected a whole number from 0 to 100.');
  return n;
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number, -1 or more.');
  return n;
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more, "auto" or "off".');
  return n;
}

function program(io: Io): Command {
  return new Command('letterlint')
    .description('Lint cover letters: generic claims, stack-list openings, missing metrics and failure modes, length, placeholders.')
    .argument('[paths...]', 'letters, folders or quoted glob patterns; "-" reads standard input')
    .option('-f, --format <name>', `output format: ${Object.keys(FORMATTERS).join(', ')}`, 'stylish')
    .option('--stdin-filename <name>', 'name for standard input in the report; its extension picks Markdown or text')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--quiet', 'report errors only; warnings are neither shown nor counted')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)', parseMaxWarnings, -1)
    .addOption(new Option('--seniority <level>', "the level the letters are pitched at; frontmatter 'seniority:' wins").choices(SENIORITIES))
    .addOption(new Option('--focus <area>', "the kind of team; adds focus-coverage; frontmatter 'focus:' wins").choices(FOCUSES))
    .option('--posting <file>', "a job posting the letters answer; adds mirror-posting; frontmatter 'posting:' wins")
    .option('--min-score <n>', 'exit 1 for any letter whose report card scores below n (0-100)', parseScore)
    .option('-c, --config <path>', 'use this configuration file (and what it extends) instead of the cascade of files found')
    .option('--no-config', 'use no configuration file: every rule at its defaults')
    .option('--rule <rule>', 'set a rule for this run, over the configuration: "word-count: off", or JSON such as \'{"word-count": ["warn", {"max": 450}]}\' (repeatable)', (r: string, all: string[] = []) => [...all, r])
    .option('--print-config <file>', 'print the configuration a letter gets (the files merged, rules, severities, options, profile, letters, postings and ignores) as JSON, and lint nothing')
    .option('--root <folder>', 'the project: letters found in folders, frontmatter postings and configuration files are read only inside it (default: the nearest folder up with .git, else the highest with a .letterlintrc)')
    .option('--ignore-pattern <pattern>', 'skip letters that match (gitignore syntax, from the working folder; repeatable), besides .letterlintignore and "ignores"', (p: string, all: string[] = []) => [...all, p])
    .option('--no-error-on-unmatched-pattern', 'a folder or pattern without letters is not an error')
    .option('--watch', 'lint again whenever a letter, configuration or ignore file is saved; Ctrl-C ends with the last exit code')
    .option('--fix', "fix what is certain (a placeholder or another company's name, where the letter's frontmatter gives the right text) and write the letters back")
    .option('--fix-dry-run', 'fix as --fix does without writing: JSON gives each fixed letter as "output"')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('--force', 'kept for older scripts: --output-file replaces an existing report, as ESLint does')
    .option('--concurrency <n>', 'threads that lint: a number, "auto" (one per 50 letters, up to the cores less one, at most 4) or "off"', parseConcurrency, 'auto')
    .option('--debug', 'print stack traces for internal errors')
    .version(version(), '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    // Options after a command name belong to it: "init --force" is init's, not --output-file's.
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(usageError(message)) });
}

/** commander's "error: unknown option '--x'\n(Did you mean --y?)" as letterlint's own one line. */
export function usageError(message: string): string {
  const text = message.trim().replace(/^error:\s*/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' ');
  // An unknown option is quoted as typed: escaped like every other line, so it cannot carry a terminal escape.
  return `letterlint: ${printable(text.replace('(Did you mean', '(did you mean'))}\n`;
}

function useColor(options: Options, io: Io): boolean {
  if (options.color !== undefined) return options.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

let stderrClosed = false;

/** The real process as Io. */
export function processIo(): Io {
  // A reader that closes standard error early (letterlint … 2>&1 | head -1) is not an error either:
  // what is left to say is dropped, and the exit code stays the run's. (Standard output is
  // handled the same way in bin/letterlint.js.)
  if (process.stderr.listenerCount('error') === 0) {
    process.stderr.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stderrClosed = true;
    });
  }
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void (stderrClosed || process.stderr.write(s)),
    readStdin: () => readStream(process.stdin),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const cmd = program(io);
  let outcome: (() => Promise<number>) | undefined;
  cmd.action(() => {
    outcome = () => lint(cmd.args, cmd.opts<Options>(), io);
  });
  cmd
    .command('rules')
    .description('list every rule with its default severity and what it catches')
    .action(() => {
      outcome = async () => (io.stdout(rulesList()), 0);
    });
  cmd
    .command('init')
    .description(`write a commented starter ${STARTER_CONFIG} here (and ${PRE_COMMIT_CONFIG} with --pre-commit)`)
    .option('--pre-commit', `also write ${PRE_COMMIT_CONFIG} that runs letterlint before each commit`)
    .option('--force', 'replace files that already exist')
    .action((opts: { preCommit?: boolean; force?: boolean }) => {
      outcome = async () => {
        const { lines, ok } = await init(io.cwd, { preCommit: opts.preCommit === true, force: opts.force === true });
        for (const line of lines) (line.startsWith('letterlint:') ? io.stderr : io.stdout)(line + '\n');
        return ok ? 0 : 2;
      };
    });
  cmd
    .command('lsp')
    .description('serve the Language Server Protocol on standard input and output, for editors: diagnostics as you type, hovers and quick fixes')
    .option('--stdio', 'talk over standard input and output (the only way; accepted because language clients pass it)')
    .action(() => {
      outcome = async () => {
        // Loaded only for this command: the language server's packages never slow a lint.
        const { serve } = await import('./lsp.js');
        return serve();
      };
    });
  cmd
    .command('explain')
    .description("print a rule's docs: why it matters, a bad and a better example, options, how to turn it off")
    .argument('<rule>', 'a rule id, as "letterlint rules" lists them')
    .action((id: string) => {
      outcome = async () => {
        const text = explainRule(id);
        if (text === undefined) {
          const guess = closest(id, rules.map((r) => r.meta.id));
          io.stderr(`letterlint: ${printable(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; "letterlint rules" lists them`)}\n`);
          return 2;
        }
        io.stdout(text);
        return 0;
      };
    });
  try {
    cmd.parse(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const debug = cmd.opts<Options>().debug === true;
  try {
    return outcome ? await outcome() : 0;
  } catch (error) {
    if (debug) io.stderr(`${(error as Error)?.stack ?? error}\n`);
    else io.stderr(`letterlint: internal error: ${(error as Error)?.message ?? error} (run with --debug for details)\n`);
    return 2;
  }
}

async function lint(args: string[], options: Options, io: Io): Promise<number> {
  // Own keys only: "--format constructor" must not find Object.prototype.constructor.
  const formatter = Object.hasOwn(FORMATTERS, options.format) ? FORMATTERS[options.format] : undefined;
  if (!formatter) {
    io.stderr(`letterlint: unknown format "${options.format}"; use ${Object.keys(FORMATTERS).join(', ')}\n`);
    return 2;
  }
  return run(args, options, io, await formatter());
}

/** --print-config: the resolved configuration for one letter, as JSON on standard output. */
async function printConfig(file: string, explicit: string | false | undefined, io: Io, rootOption: string | undefined, flags: RuleFlags): Promise<number> {
  const full = path.resolve(io.cwd, file);
  const root = await projectRoot(io.cwd, rootOption);
  try {
    const config = await configFor(path.dirname(full), explicit, root, flags);
    const project = await projectLetters(root, explicit);
    io.stdout(JSON.stringify({ ...configView(config), isLetter: project.isLetter(full) }, null, 2) + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`letterlint: ${printable(error.message)}\n`);
    return 2;
  }
}

async function run(args: string[], options: Options, io: Io, format: FormatterModule): Promise<number> {
  const explicitStdin = args.includes('-') || options.stdinFilename !== undefined;
  const useStdin = args.includes('-') || (args.length === 0 && !io.stdinIsTTY);
  const explicit = options.config === undefined || options.config === false ? options.config : path.resolve(io.cwd, options.config);
  const flags = options.rule ?? [];
  if (options.printConfig !== undefined) return printConfig(options.printConfig, explicit, io, options.root, flags);
  // A mistyped --rule stops the run before any letter is read, as a usage error.
  if (flags.length > 0) {
    try {
      await ruleFlagLayer(flags);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`letterlint: ${printable(error.message)}\n`);
      return 2;
    }
  }
  if (options.fix && useStdin) {
    io.stderr('letterlint: --fix cannot write standard input back; use --fix-dry-run with --format json to get the fixed text\n');
    return 2;
  }
  let stdin: StdinLetter | undefined;
  if (useStdin) {
    const raw = await io.readStdin();
    if (raw.length === 0 && !explicitStdin && args.length === 0) {
      // Nothing named and nothing piped: most likely a hook or script that lost its file list.
      io.stderr('letterlint: no letters given, and standard input is empty; try "letterlint draft.md" or "letterlint --help"\n');
      return 2;
    }
    stdin = { raw, name: options.stdinFilename };
  }
  if (options.watch) {
    if (stdin) {
      io.stderr('letterlint: --watch lints files as they are saved; it cannot watch standard input\n');
      return 2;
    }
    const { watchRuns } = await import('./watch.js');
    return watchRuns(() => lintOnce(args, options, io, format, explicit, flags, undefined), {
      say: io.stderr,
      // Only a terminal is cleared: a report piped or written to a file keeps every run.
      clear: io.stdoutIsTTY && !options.outputFile ? () => io.stdout('\u001b[2J\u001b[3J\u001b[H') : undefined,
      report: options.outputFile === undefined ? undefined : path.resolve(io.cwd, options.outputFile),
    });
  }
  return (await lintOnce(args, options, io, format, explicit, flags, stdin)).code;
}

/** One run over the letters: the report, the lines on standard error, and the exit code; with the files it read, for --watch. */
async function lintOnce(args: string[], options: Options, io: Io, format: FormatterModule, explicit: string | false | undefined, flags: string[], stdin: StdinLetter | undefined): Promise<WatchedRun> {
  const linted = await lintPaths(args.filter((a) => a !== '-'), {
    cwd: io.cwd,
    config: explicit,
    rules: flags,
    ignorePatterns: options.ignorePattern,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern !== false,
    seniority: options.seniority,
    focus: options.focus,
    posting: options.posting,
    quiet: options.quiet === true,
    concurrency: options.concurrency,
    root: options.root,
    stdin,
    fix: options.fix ? 'write' : options.fixDryRun ? 'dry-run' : undefined,
  });
  if ('stop' in linted) {
    io.stderr(`letterlint: ${printable(linted.stop)}\n`);
    return { code: linted.code, files: [], folders: [io.cwd] };
  }
  const { results, errors, warnings, fixed, letters, alsoRead } = linted;
  // The working folder too, so a letter saved there for the first time is seen.
  const done = (code: number): WatchedRun => ({ code, files: [...letters, ...alsoRead], folders: [io.cwd] });

  await format.prepare?.(results);
  const report = format.default(results, { cwd: io.cwd, color: !options.outputFile && useColor(options, io), version: version(), problems: errors });
  if (options.outputFile) {
    const out = path.resolve(io.cwd, options.outputFile);
    const written = await writeReport(out, report, { letters, others: alsoRead });
    if (written) errors.push(`${options.outputFile}: ${written}`);
  } else {
    io.stdout(report);
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format.summary && summaryFile) {
    const written = await appendSummary(summaryFile, format.summary(results, { cwd: io.cwd, color: false, version: version(), problems: errors }));
    if (written) warnings.push(`GITHUB_STEP_SUMMARY: ${written}; the job summary is not written`);
  }
  for (const line of fixed) io.stderr(`letterlint: ${printable(line)}\n`);
  for (const line of warnings) io.stderr(`letterlint: warning: ${printable(line)}\n`);
  for (const line of errors) io.stderr(`letterlint: ${printable(line)}\n`);

  const errorCount = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warningCount = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  const low = options.minScore === undefined ? [] : results.filter((r) => r.card && r.card.score < options.minScore!);
  for (const r of low) io.stderr(`letterlint: ${printable(path.relative(io.cwd, r.filePath) || r.filePath)}: score ${r.card!.score} is below --min-score ${options.minScore}\n`);
  if (errors.length > 0) return done(2);
  if (errorCount > 0 || low.length > 0) return done(1);
  if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
    io.stderr(`letterlint: ${warningCount} warning${warningCount === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`);
    return done(1);
  }
  return done(0);
}
