import { expertiseClaims } from './data/hiring.js';
import { memoize } from '../src/memo.js';
import { termIndex } from '../src/phrases.js';
import { quote } from '../src/suggest.js';
import type { Rule } from '../src/types.js';

const claims = memoize((list: typeof expertiseClaims) => termIndex(list.map((c) => ({ ...c, value: c }))));

const rule: Rule = {
  meta: {
    id: 'no-unsupported-expertise',
    description: 'Claims of mastery that set an interview trap: "expert in", "world-class", "rockstar", "10x engineer".',
    severity: 'error',
    docs: {
      why: 'A hiring manager reads "expert in Kafka" as an invitation to ask the hardest Kafka question they know. Say what you have done with it and how deep you went; the interview then goes where you are strong.',
      bad: 'I am an expert in Kubernetes and a rockstar backend developer.',
      better: 'I have run our Kubernetes clusters for three years, including the move to a new network plugin and the 2 a.m. pages that came with it.',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const index = claims(expertiseClaims);
    for (const sentence of letter.sentences) {
      for (const m of index.matchAll(sentence.terms)) {
        const start = sentence.terms[m.from]!.start;
        const end = sentence.terms[m.coreTo - 1]!.end;
        report({
          message: `Claim of expertise ${quote(letter.text.slice(start, end))} invites the hardest question in the interview`,
          start,
          end,
          suggestions: ['Say what you did and how deep it went: "I have run <technology> in production for <time>, including <the hardest thing you did with it>."'],
        });
      }
    }
  },
};

export default rule;
