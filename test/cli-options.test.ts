// The quick reading of a lint command line must agree with commander's wherever it answers: the same
// letters and the same options, on ordinary lines and on generated ones full of odd flags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/main.js';
import { quickParse } from '../src/cli/options.js';
import { program } from '../src/cli/program.js';

const io: Io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', stdinIsTTY: true, stdoutIsTTY: false, cwd: '/', env: {} };

/** commander's reading, or undefined where it stops with a usage error, help or the version. */
function commanderReads(args: string[]): { paths: string[]; options: Record<string, unknown> } | undefined {
  const cmd = program(io);
  cmd.action(() => {});
  try {
    cmd.parse(['node', 'letterlint', ...args]);
  } catch {
    return undefined;
  }
  return { paths: cmd.args, options: { ...cmd.opts() } };
}

const ORDINARY = [
  ['draft.md'],
  [],
  ['-'],
  ['--format', 'json', 'letters/'],
  ['-f', 'sarif', '--output-file', 'out.sarif', 'a.md', 'b.txt'],
  ['--format=json', '--quiet', '--max-warnings', '0', 'letters/**/*.md'],
  ['--no-color', '--rule', 'word-count: off', '--rule', '{"require-metrics": "warn"}', 'a.md'],
  ['--color', '--no-color', 'a.md'],
  ['--no-config', '--concurrency', 'off', '--seniority', 'senior', '--focus', 'data', 'a.md'],
  ['-c', 'cfg.yaml', '--ignore-pattern', 'old/', '--ignore-pattern', '*.txt', '--no-error-on-unmatched-pattern', '.'],
  ['--min-score', '70', '--posting', 'job.md', '--root', '.', '--stdin-filename', 'x.txt', '--debug'],
  ['--fix', '--watch', '--force', '-o', 'r.json', '--print-config', 'a.md'],
  ['a.md', '--', '--not-an-option.md'],
];

describe('the quick command-line reading', () => {
  it('reads every ordinary lint line, exactly as commander does', () => {
    for (const args of ORDINARY) {
      const quick = quickParse(args);
      expect(quick, args.join(' ')).toBeDefined();
      expect(quick, args.join(' ')).toEqual(commanderReads(args));
    }
  });

  it('leaves subcommands, help, the version and usage errors to commander', () => {
    for (const args of [['rules'], ['explain', 'word-count'], ['init', '--pre-commit'], ['lsp', '--stdio'], ['help'], ['-h'], ['--help'], ['-v'], ['--version'], ['--bogus', 'a.md'], ['--format'], ['--seniority', 'guru', 'a.md'], ['--min-score', '101'], ['--max-warnings', 'x'], ['--concurrency', '0'], ['--quiet=yes']]) {
      expect(quickParse(args), args.join(' ')).toBeUndefined();
    }
  });

  it('never disagrees with commander on generated lines', () => {
    const token = fc.constantFrom(
      '-f', 'json', '--format', '--format=json', '-fjson', '-f=json', '--quiet', '--no-color', '--color', '--max-warnings', '5', '-1',
      '--max-warnings=-1', '--rule', 'word-count: off', '--ignore-pattern', 'x/**', '--no-config', '-c', 'cfg.yaml', '--config=c.yaml',
      '--concurrency', '2', 'auto', '0', '--seniority', 'senior', 'bogus', '--min-score', '80', '101', 'draft.md', '-', '--', '--unknown',
      '-h', '-v', 'rules', '--debug', '--watch', '-o', 'out.json', '--fix', '--fix-dry-run', '--no-error-on-unmatched-pattern',
      '--print-config', '--stdin-filename', 'x.txt', '--root', '.', '--posting', '--focus', 'data', '-qf', '-fo', '--no-quiet', '',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (args) => {
        const quick = quickParse(args);
        if (quick !== undefined) expect(quick).toEqual(commanderReads(args));
      }),
      { numRuns: 3000 },
    );
  });
});
