// A lint run from parsed options: configuration, the letters, the report, and the exit code
// (0 clean, 1 problems, 2 could not run). Both ways of reading the command line end here.
import path from 'node:path';
import type { Io } from './main.js';
import type { Options } from './options.js';
import { configFor, configView } from '../run/config.js';
import { ConfigError } from '../run/config-error.js';
import { ruleFlagLayer, type RuleFlags } from '../run/config-merge.js';
import { appendSummary, writeReport } from '../run/write.js';
import { printable } from '../report/formatters/printable.js';
import { FORMATTERS } from '../report/formatters/index.js';
import type { FormatterModule } from '../report/formatters/types.js';
import { lintPaths, type StdinLetter } from '../run/lint-files.js';
import { version } from '../package.js';
import { projectLetters } from '../run/project.js';
import { projectRoot } from '../run/root.js';
import type { WatchedRun } from './watch.js';

function useColor(options: Options, io: Io): boolean {
  if (options.color !== undefined) return options.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

export async function lint(args: string[], options: Options, io: Io): Promise<number> {
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
    ownProcess: true,
  });
  if ('stop' in linted) {
    io.stderr(`letterlint: ${printable(linted.stop)}\n`);
    return { code: linted.code, files: [], folders: [io.cwd] };
  }
  const { results, errors, warnings, fixed, letters, alsoRead } = linted;
  // The working folder too, so a letter saved there for the first time is seen.
  const done = (code: number): WatchedRun => ({ code, files: [...letters, ...alsoRead], folders: [io.cwd] });

  await format.prepare?.(results);
  const context = { cwd: io.cwd, color: !options.outputFile && useColor(options, io), version: version(), problems: errors };
  if (options.outputFile) {
    const out = path.resolve(io.cwd, options.outputFile);
    const written = await writeReport(out, format.default(results, context), { letters, others: alsoRead });
    if (written) errors.push(`${options.outputFile}: ${written}`);
  } else if (format.pieces) {
    for (const piece of format.pieces(results, context)) io.stdout(piece);
  } else {
    io.stdout(format.default(results, context));
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
