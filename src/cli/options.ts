// The lint command's options, declared once. commander builds --help, the subcommands and every
// usage error from this table (src/cli/program.ts); a plain lint run is read from the same table
// with node:util's parseArgs, so the 125 KB of commander and the child_process it loads stay out of
// the run that matters most (one letter from an editor or a hook). Anything the quick reading is
// unsure of goes to commander, which decides as it always has.
import { parseArgs } from 'node:util';
import { FORMATTERS } from '../report/formatters/index.js';
import type { Concurrency } from '../run/pool.js';
import { FOCUSES, SENIORITIES, type Focus, type Seniority } from '../types.js';

export interface Options {
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

export interface OptionSpec {
  /** commander's flags: "-f, --format <name>", "--quiet", "--no-color". */
  flags: string;
  description: string;
  /** Reads a value (given the value so far, for a repeatable option); throws an Error whose message says what was expected. */
  parse?: (value: string, previous: unknown) => unknown;
  default?: unknown;
  choices?: readonly string[];
}

function parseScore(value: string): number {
  // Digits only: Number() reads "" as 0 (turning the gate off) and "0x5A" as 90.
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new Error('expected a whole number from 0 to 100.');
  return n;
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new Error('expected a whole number, -1 or more.');
  return n;
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new Error('expected a whole number of threads, 1 or more, "auto" or "off".');
  return n;
}

const repeat = (value: string, previous: unknown): string[] => [...((previous as string[] | undefined) ?? []), value];

export const LINT_OPTIONS: readonly OptionSpec[] = [
  { flags: '-f, --format <name>', description: `output format: ${Object.keys(FORMATTERS).join(', ')}`, default: 'stylish' },
  { flags: '--stdin-filename <name>', description: 'name for standard input in the report; its extension picks Markdown or text' },
  { flags: '--color', description: 'force colour' },
  { flags: '--no-color', description: 'no colour (also NO_COLOR=1)' },
  { flags: '--quiet', description: 'report errors only; warnings are neither shown nor counted' },
  { flags: '--max-warnings <n>', description: 'exit 1 when there are more than n warnings (-1: no limit)', parse: parseMaxWarnings, default: -1 },
  { flags: '--seniority <level>', description: "the level the letters are pitched at; frontmatter 'seniority:' wins", choices: SENIORITIES },
  { flags: '--focus <area>', description: "the kind of team; adds focus-coverage; frontmatter 'focus:' wins", choices: FOCUSES },
  { flags: '--posting <file>', description: "a job posting the letters answer; adds mirror-posting; frontmatter 'posting:' wins" },
  { flags: '--min-score <n>', description: 'exit 1 for any letter whose report card scores below n (0-100)', parse: parseScore },
  { flags: '-c, --config <path>', description: 'use this configuration file (and what it extends) instead of the cascade of files found' },
  { flags: '--no-config', description: 'use no configuration file: every rule at its defaults' },
  { flags: '--rule <rule>', description: 'set a rule for this run, over the configuration: "word-count: off", or JSON such as \'{"word-count": ["warn", {"max": 450}]}\' (repeatable)', parse: repeat },
  { flags: '--print-config <file>', description: 'print the configuration a letter gets (the files merged, rules, severities, options, profile, letters, postings and ignores) as JSON, and lint nothing' },
  { flags: '--root <folder>', description: 'the project: letters found in folders, frontmatter postings and configuration files are read only inside it (default: the nearest folder up with .git, else the highest with a .letterlintrc)' },
  { flags: '--ignore-pattern <pattern>', description: 'skip letters that match (gitignore syntax, from the working folder; repeatable), besides .letterlintignore and "ignores"', parse: repeat },
  { flags: '--no-error-on-unmatched-pattern', description: 'a folder or pattern without letters is not an error' },
  { flags: '--watch', description: 'lint again whenever a letter, configuration or ignore file is saved; Ctrl-C ends with the last exit code' },
  { flags: '--fix', description: "fix what is certain (a placeholder or another company's name, where the letter's frontmatter gives the right text) and write the letters back" },
  { flags: '--fix-dry-run', description: 'fix as --fix does without writing: JSON gives each fixed letter as "output"' },
  { flags: '-o, --output-file <path>', description: 'write the report to a file instead of standard output' },
  { flags: '--force', description: 'kept for older scripts: --output-file replaces an existing report, as ESLint does' },
  { flags: '--concurrency <n>', description: 'threads that lint: a number, "auto" (one per 50 letters, up to the cores less one, at most 4) or "off"', parse: parseConcurrency, default: 'auto' },
  { flags: '--debug', description: 'print stack traces for internal errors' },
];

/** Words that start a subcommand rather than name a letter (commander reads them). */
export const SUBCOMMANDS: readonly string[] = ['rules', 'init', 'lsp', 'explain', 'help'];

interface Flag {
  spec: OptionSpec;
  /** The Options key: "--no-error-on-unmatched-pattern" → errorOnUnmatchedPattern. */
  key: keyof Options;
  negate: boolean;
  takesValue: boolean;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Each option's long name (as parseArgs sees it), short letter and meaning, read from its flags. */
function flagsOf(specs: readonly OptionSpec[]): { flags: Map<string, Flag>; short: Map<string, string> } {
  const flags = new Map<string, Flag>();
  const short = new Map<string, string>();
  for (const spec of specs) {
    const m = /^(?:-([a-zA-Z]), )?--([a-z-]+)( <[a-z]+>)?$/.exec(spec.flags);
    if (!m) throw new Error(`unreadable option flags: ${spec.flags}`);
    const [, letter, long, value] = m;
    const negate = long.startsWith('no-');
    flags.set(long, { spec, key: camel(negate ? long.slice(3) : long) as keyof Options, negate, takesValue: value !== undefined });
    if (letter) short.set(long, letter);
  }
  return { flags, short };
}

const TABLE = flagsOf(LINT_OPTIONS);
const PARSE_ARGS: Record<string, { type: 'string' | 'boolean'; short?: string; multiple: true }> = {};
for (const [long, flag] of TABLE.flags) {
  const letter = TABLE.short.get(long);
  PARSE_ARGS[long] = { type: flag.takesValue ? 'string' : 'boolean', multiple: true, ...(letter ? { short: letter } : {}) };
}

/**
 * The options and paths of a plain lint run, read as commander would read them; undefined for
 * anything else (a subcommand, --help, --version, an unknown or malformed option, a value that does
 * not parse), which commander then reads and explains.
 */
export function quickParse(args: readonly string[]): { paths: string[]; options: Options } | undefined {
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: [...args], options: PARSE_ARGS, strict: true, allowPositionals: true, tokens: true }));
  } catch {
    return undefined;
  }
  const options: Record<string, unknown> = {};
  for (const flag of TABLE.flags.values()) {
    if (flag.spec.default !== undefined) options[flag.key] = flag.spec.default;
    // A lone "--no-x" means x is on unless it is given (commander's reading).
    else if (flag.negate && !TABLE.flags.has(flag.spec.flags.slice(5))) options[flag.key] = true;
  }
  const paths: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (SUBCOMMANDS.includes(token.value)) return undefined;
      paths.push(token.value);
    } else if (token.kind === 'option') {
      const flag = TABLE.flags.get(token.name);
      if (!flag) return undefined;
      if (!flag.takesValue) {
        options[flag.key] = !flag.negate;
        continue;
      }
      // Strict parseArgs refuses a value that looks like an option ("--max-warnings -1"); commander reads those lines.
      if (token.value === undefined) return undefined;
      if (flag.spec.choices && !flag.spec.choices.includes(token.value)) return undefined;
      try {
        options[flag.key] = flag.spec.parse ? flag.spec.parse(token.value, options[flag.key]) : token.value;
      } catch {
        return undefined;
      }
    }
  }
  return { paths, options: options as unknown as Options };
}
