import type { FileResult } from '../types.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** letterlint's own version, for formats that name the tool. */
  version: string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
