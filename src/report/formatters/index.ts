// The report formats by name, each loaded only when a run asks for it.
import type { FormatterModule } from './types.js';

export const FORMATTERS: Readonly<Record<string, () => Promise<FormatterModule>>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  html: () => import('./html.js'),
};
