import { failureMentions, type FailureOptions } from '../src/text/failure-language.js';
import { toldFailure } from '../src/text/failure-told.js';
import { fill } from '../src/text/suggest.js';
import type { Letter, Rule } from '../src/types.js';

type Options = FailureOptions;

const DEFAULTS: Options = { extraTerms: [] };

/**
 * True when any sentence of the letter (outside contact header and sign-off) uses operational
 * language, or a paragraph tells a fault and its fix in everyday words.
 */
export function mentionsFailureModes(letter: Letter, options: Options = DEFAULTS): boolean {
  const { header, signoff } = letter.anatomy;
  const outside = new Set([...header, ...signoff].flatMap((b) => b.sentences));
  if (letter.sentences.some((s) => !outside.has(s) && failureMentions(s.terms, options).length > 0)) return true;
  return letter.blocks.some((b) => toldFailure(b.sentences.filter((s) => !outside.has(s)).map((s) => s.terms)));
}

const rule: Rule<Options> = {
  meta: {
    id: 'require-failure-modes',
    description: 'The letter never mentions failure modes, reliability, correctness or operations.',
    severity: 'error',
    docs: {
      why: 'Hiring managers look for engineers who think about what happens when things break, in the words of their field: retries, duplicates, timeouts and incidents on a backend team; crash-free sessions and ANRs in mobile; regression evals and hallucination rates in ML; flaky tests and escaped defects in QA; vulnerabilities and incident response in security; backfills, late data and lineage in data; error rates and rollbacks in frontend. One sentence on a failure you designed for sets you apart from letters that only describe the happy path. Calling yourself "reliable" or your code "robust" does not count, nor does a speed-up or a duplicated chore.',
      bad: 'I built the webhook service that notifies merchants of payments.',
      better: 'I built the webhook service so that a delivery that arrives twice is applied once, keyed on an idempotency key, with retries and a dead-letter queue for merchants that time out.',
    },
    defaultOptions: DEFAULTS,
    options: {
      extraTerms: { type: 'strings', description: 'more operational phrases that count, as plain words ("shadow traffic")' },
    },
  },
  check(letter, options, report) {
    if (mentionsFailureModes(letter, options)) return;
    report({
      message: 'Nothing in the letter speaks of failure modes, reliability, correctness or operations',
      suggestions: [
        fill(
          'Add one sentence on what broke or could break, what you built so it did not, and what that protected: "When <a dependency timed out / an event arrived twice>, {system} <retried with backoff / deduplicated on an idempotency key>, so <no double charges / no lost jobs> in <N months>."',
          letter.facts,
        ),
      ],
    });
  },
};

export default rule;
