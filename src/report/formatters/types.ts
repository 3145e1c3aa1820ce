import type { FileResult } from '../../types.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** letterlint's own version, for formats that name the tool. */
  version: string;
  /** Paths and files that could not be linted, one line each ("missing.md: no such file or folder"). */
  problems: readonly string[];
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/** A format's module: the formatter, and what must be loaded before it runs, if anything. */
export interface FormatterModule {
  default: Formatter;
  /** Markdown for the CI job's summary page, written when $GITHUB_STEP_SUMMARY names a file. */
  summary?: Formatter;
  prepare?: (results: readonly FileResult[]) => Promise<void>;
  /** The same report as `default`, a piece at a time, for writing as it is made. */
  pieces?: (results: readonly FileResult[], context: FormatContext) => Iterable<string>;
}
