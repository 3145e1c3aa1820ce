// The registry, in the order findings are explained in the docs.
import type { Rule } from '../src/types.js';
import noGenericClaims from './no-generic-claims.js';
import noStackListOpening from './no-stack-list-opening.js';
import requireMetrics from './require-metrics.js';
import wordCount from './word-count.js';
import requireFailureModes from './require-failure-modes.js';
import noPlaceholders from './no-placeholders.js';

export const rules: readonly Rule<any>[] = [
  noGenericClaims,
  noStackListOpening,
  requireMetrics,
  wordCount,
  requireFailureModes,
  noPlaceholders,
];
