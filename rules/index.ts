// The registry, in the order findings are explained in the docs.
import type { Rule } from '../src/types.js';
import noGenericClaims from './no-generic-claims.js';
import noStackListOpening from './no-stack-list-opening.js';
import requireMetrics from './require-metrics.js';
import wordCount from './word-count.js';
import requireFailureModes from './require-failure-modes.js';
import noPlaceholders from './no-placeholders.js';
import specificOpening from './specific-opening.js';
import leadWithSystem from './lead-with-system.js';
import noUnsupportedExpertise from './no-unsupported-expertise.js';
import closingInvitation from './closing-invitation.js';
import noKeywordStuffing from './no-keyword-stuffing.js';
import structure from './structure.js';
import staleCompany from './stale-company.js';
import focusCoverage from './focus-coverage.js';
import mirrorPosting from './mirror-posting.js';

export const rules: readonly Rule<any>[] = [
  noGenericClaims,
  noStackListOpening,
  requireMetrics,
  wordCount,
  requireFailureModes,
  noPlaceholders,
  specificOpening,
  leadWithSystem,
  noUnsupportedExpertise,
  closingInvitation,
  noKeywordStuffing,
  structure,
  staleCompany,
  focusCoverage,
  mirrorPosting,
];
