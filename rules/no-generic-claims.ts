import { claimFamilies, type ClaimFamily } from './data/generic-claims.js';
import { PhraseIndex } from '../src/phrases.js';
import { quote, fill } from '../src/suggest.js';
import { keysOfDataWord } from '../src/terms.js';
import type { Rule, Term } from '../src/types.js';

// Adverbs that may be inserted inside a claim: "I truly, deeply thrive in a fast-paced environment".
const ADVERBS = new Set(['very', 'really', 'truly', 'so', 'quite', 'always', 'also', 'genuinely', 'deeply', 'highly', 'extremely', 'incredibly', 'particularly', 'especially', 'most', 'more', 'even', 'still', 'just', 'consistently']);
const NOT_ADVERBS = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'family', 'supply', 'apply', 'reply', 'rely', 'fly', 'italy', 'july']);
const skippable = (t: Term): boolean => ADVERBS.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ly') && !NOT_ADVERBS.has(t.norm));

let index: PhraseIndex<ClaimFamily, Term> | undefined;
function claims(): PhraseIndex<ClaimFamily, Term> {
  index ??= new PhraseIndex(
    claimFamilies.flatMap((family) =>
      family.patterns.map((p) => {
        const spec = typeof p === 'string' ? { pattern: p } : p;
        return { ...spec, value: family, notFollowedBy: [...(family.notFollowedBy ?? []), ...(spec.notFollowedBy ?? [])] };
      }),
    ),
    (w) => keysOfDataWord(w)[0]!,
    (t) => [t.stem],
    { skippable, afterBreak: (t) => t.afterBreak === true },
  );
  return index;
}

const rule: Rule = {
  meta: {
    id: 'no-generic-claims',
    description: 'Generic self-claims ("passionate about", "team player", "fast-paced environment") instead of evidence.',
    severity: 'error',
    docs: {
      why: 'Every applicant says they are passionate, detail-oriented team players; a hiring manager skips these words and looks for what you did. One concrete problem, change and result says the same thing and is believed.',
      bad: "I'm a results-driven self-starter who thrives in a fast-paced environment.",
      better: 'When checkout latency spiked during sales, I moved pricing lookups into a read-through cache, which cut p99 from 900 ms to 180 ms.',
    },
    defaultOptions: {},
  },
  check(letter, _options, report) {
    for (const sentence of letter.sentences) {
      const terms = sentence.terms;
      for (const m of claims().matchAll(terms)) {
        const family = m.value;
        const start = terms[m.from]!.start;
        const end = terms[m.coreTo - 1]!.end;
        const actual = letter.text.slice(start, end);
        const same = actual.toLowerCase().replace(/[\s-]+/g, ' ') === family.label.replace(/-/g, ' ');
        report({
          message: `Generic claim ${quote(actual)}${same ? '' : ` (${family.label})`}: trade it for one piece of evidence`,
          start,
          end,
          suggestions: [fill(family.rewrite, letter.facts)],
        });
      }
    }
  },
};

export default rule;
