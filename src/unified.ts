// letterlint as one unified plugin, `unified().use(remarkParse).use(letterlint)`, for remark-cli,
// unified-engine and unified-language-server: the Node API's lintText on the file, its findings as
// vfile messages. Its declarations (dist/bundle/unified.d.ts) name no unified or vfile type.
import path from 'node:path';
import { LetterlintError, lintText, type LintOptions } from './api.js';
import { ruleUrl } from './package.js';
import { printable } from './report/formatters/printable.js';

/** What lintText takes, less `fix`: findings of a fixed text would point into text the file does not hold. */
export type UnifiedOptions = Omit<LintOptions, 'fix'>;

/**
 * The part of a vfile message the plugin fills in (vfile-message's VFileMessage has it all), declared
 * here so that the package needs neither vfile nor unified: the user's pipeline brings them.
 */
export interface UnifiedMessage {
  fatal?: boolean | null | undefined;
  actual?: string | undefined;
  expected?: string[] | undefined;
  url?: string | undefined;
  note?: string | undefined;
}

interface Point {
  line: number;
  column: number;
}

/** The part of a vfile (vfile 6's VFile) the plugin reads and reports to. */
export interface UnifiedFile {
  /** Where the file is; none (undefined) for text that has no file, which is read as Markdown, as lintText does. */
  path?: string | undefined;
  /** The folder `path` is relative to. */
  cwd: string;
  /** The text: vfile decodes a Uint8Array value as UTF-8. */
  toString(): string;
  message(reason: string, options: { place?: { start: Point; end: Point }; ruleId?: string; source?: string }): UnifiedMessage;
}

/**
 * The plugin: each finding becomes a message with the finding's ruleId, `source: 'letterlint'`,
 * place, `actual` (the quoted text, when there is one), `expected` (the rewrites) and `url` (the rule's
 * section of the README); errors are fatal messages and warnings are not, as remark-lint maps severity 2 and 1.
 * A letter letterlint could not lint (a configuration it cannot use, a posting it cannot read) is one
 * fatal message with no rule: process() still resolves, and remark-cli reports it and exits 1.
 */
export default function letterlint(options: UnifiedOptions = {}) {
  // The tree is left alone: letterlint parses the text itself, into the blocks, sentences and letter
  // anatomy its rules read, as the command line does, so that a letter gets the same findings however it is linted.
  return async function transform(_tree: unknown, file: UnifiedFile): Promise<void> {
    let result;
    try {
      result = await lintText(file.toString(), {
        ...options,
        fix: false,
        cwd: options.cwd ?? file.cwd,
        filePath: file.path ? path.resolve(file.cwd, file.path) : undefined,
      });
    } catch (error) {
      if (!(error instanceof LetterlintError)) throw error;
      for (const problem of error.problems) file.message(printable(problem), { source: 'letterlint' }).fatal = true;
      return;
    }
    if (result.fatal !== undefined) file.message(printable(result.fatal), { source: 'letterlint' }).fatal = true;
    for (const f of result.findings) {
      // Reporters print the reason and the note as they are, and both quote the letter, which is
      // untrusted: as in letterlint's own formats, no escape sequence or line break gets through.
      const message = file.message(printable(f.message), {
        place: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } },
        ...(f.ruleId ? { ruleId: f.ruleId } : {}),
        source: 'letterlint',
      });
      message.fatal = f.severity === 'error';
      if (f.actual !== undefined) message.actual = f.actual;
      if (f.suggestions.length > 0) {
        message.expected = [...f.suggestions];
        // The rewrites are the point of a finding; vfile-reporter prints a note with --verbose.
        message.note = f.suggestions.map((s) => `Try: ${printable(s)}`).join('\n');
      }
      if (f.ruleId) message.url = ruleUrl(f.ruleId);
    }
  };
}
