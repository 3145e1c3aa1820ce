import type { FileResult } from '../types.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
