// The full command line, read by commander: --help, --version, the subcommands (rules, init, lsp,
// explain) and every usage error. Loaded only when src/cli/options.ts's quick reading of a plain
// lint run is unsure, so a lint run does not pay for commander.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Io } from './main.js';
import { lint } from './lint.js';
import { LINT_OPTIONS, type Options } from './options.js';
import { explainRule, rulesList } from './docs.js';
import { printable } from '../report/formatters/printable.js';
import { init, PRE_COMMIT_CONFIG, STARTER_CONFIG } from './init.js';
import { version } from '../package.js';
import { closest } from '../text/suggest.js';
import { rules } from '../../rules/index.js';

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

export function program(io: Io): Command {
  const cmd = new Command('letterlint')
    .description('Lint cover letters: generic claims, stack-list openings, missing metrics and failure modes, length, placeholders.')
    .argument('[paths...]', 'letters, folders or quoted glob patterns; "-" reads standard input');
  for (const spec of LINT_OPTIONS) {
    const option = new Option(spec.flags, spec.description);
    const parse = spec.parse;
    if (parse) {
      option.argParser((value: string, previous: unknown) => {
        try {
          return parse(value, previous);
        } catch (error) {
          throw new InvalidArgumentError((error as Error).message);
        }
      });
    }
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.choices) option.choices(spec.choices);
    cmd.addOption(option);
  }
  return cmd
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

/** What the command line asks for: an exit code now (help, version, a usage error), or the run to do. */
export function readCommandLine(argv: readonly string[], io: Io): { code: number } | { outcome?: () => Promise<number>; debug: boolean } {
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
    if (error instanceof CommanderError) return { code: error.exitCode === 0 ? 0 : 2 };
    throw error;
  }
  return { outcome, debug: cmd.opts<Options>().debug === true };
}
