// Values the bundle computes once, when it is built: src/bundle.mjs gives this module their values,
// so a run does not compute them at start-up. In tsc's output and the tests they are absent, and
// each is computed on first use; test/prebuilt.test.ts checks the bundle's equal those.
import type { TechTable } from './tech.js';

export interface Prebuilt {
  /** For each failure family, its terms expanded into plain phrase patterns: [term index, pattern]. */
  failurePatterns?: ReadonlyArray<ReadonlyArray<readonly [number, string]>>;
  /** Unicode property classes narrowed to U+0000–U+024F, as class bodies (src/text/latin.ts). */
  latinClasses?: Record<string, string>;
  /** The technology lexicon's own spellings as patterns, its whole-name keys and folded names (src/text/tech.ts). */
  techTable?: TechTable;
}

export const prebuilt: Prebuilt = {};
