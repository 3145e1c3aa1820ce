import { invitations } from './data/hiring.js';
import { memoize } from '../src/memo.js';
import { termIndex } from '../src/phrases.js';
import { fill, quote } from '../src/suggest.js';
import type { Rule } from '../src/types.js';

const index = memoize((list: typeof invitations) => termIndex(list.map((p) => ({ ...p, value: p }))));

const rule: Rule = {
  meta: {
    id: 'closing-invitation',
    description: 'The last paragraph invites no conversation or next step.',
    severity: 'warning',
    docs: {
      why: 'The close is where the reader decides what to do next. A letter that ends on a summary of itself leaves them nothing to do; one that offers a technical conversation gives them the next step.',
      bad: 'Thank you for considering my application.',
      better: 'I would be glad to walk your team through how we found and fixed the duplicate-payout bug, and what I would check first in your settlement flow.',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const last = letter.anatomy.body.at(-1);
    // A one-paragraph letter has no separate close to judge; structure speaks to that.
    if (!last || letter.anatomy.body.length < 2) return;
    const phrases = index(invitations);
    if (last.sentences.some((s) => phrases.matchAll(s.terms).length > 0)) return;
    const text = letter.text.slice(last.start, last.end);
    const firstLine = text.split(/\r?\n|\r/)[0]!;
    report({
      message: `The closing paragraph ${quote(firstLine, 40)} invites no conversation or next step`,
      start: last.start,
      end: last.start + firstLine.length,
      suggestions: [
        fill('End with an invitation to talk shop: "I would be glad to walk you through how {system} <handled the hard part>, and to hear how your team <does the same>."', letter.facts),
      ],
    });
  },
};

export default rule;
