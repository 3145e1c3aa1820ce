import { focusConcerns } from './data/hiring.js';
import { memoize } from '../src/text/memo.js';
import { termIndex } from '../src/text/phrases.js';
import type { Focus, Rule } from '../src/types.js';

const concernsOf = memoize((list: ReadonlyArray<{ concern: string; patterns: readonly string[] }>) =>
  termIndex(list.flatMap((c) => c.patterns.map((pattern) => ({ pattern, value: c.concern })))),
);

/** "a payments role", "an infrastructure role", "an AI role". */
function roleOf(focus: Focus): string {
  const name = focus === 'ai' ? 'AI' : focus;
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} role`;
}

interface Options {
  /** How many of the focus's concerns the letter must speak to. */
  min: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'focus-coverage',
    description: "With a focus (payments, ai, data, security, infrastructure, product), the letter misses what that area's hiring managers read for.",
    severity: 'warning',
    docs: {
      why: 'Each kind of backend team reads for its own risks: a payments team for idempotency and reconciliation, a data team for lineage and backfills. Naming the two or three that your story touched shows you know what can go wrong in their world.',
      bad: 'A payments letter that never mentions duplicate charges, reconciliation, the ledger or the audit trail.',
      better: 'A payments letter whose system story makes retries idempotent and reconciles the ledger against the bank every night.',
    },
    defaultOptions: { min: 2 },
    options: { min: { type: 'integer', minimum: 1, description: "how many of the focus's concerns the letter must speak to" } },
  },
  check(letter, { min }, report) {
    const focus: Focus | undefined = letter.profile.focus;
    if (!focus) return;
    const list = focusConcerns[focus];
    const index = concernsOf(list);
    const covered = new Set(letter.sentences.flatMap((s) => index.matchAll(s.terms).map((m) => m.value)));
    const needed = Math.min(min, list.length);
    if (covered.size >= needed) return;
    const missing = list.map((c) => c.concern).filter((c) => !covered.has(c));
    report({
      message: `For ${roleOf(focus)} the letter speaks to ${covered.size} of ${list.length} concerns (${list.map((c) => c.concern).join(', ')}); aim for ${needed}`,
      suggestions: [`Show where your story touched ${missing.slice(0, 3).join(', ')}: one sentence each on what could go wrong and what you built for it.`],
    });
  },
};

export default rule;
