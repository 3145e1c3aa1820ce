import { isStorySentence } from '../src/story.js';
import { fill } from '../src/suggest.js';
import type { Rule } from '../src/types.js';

const rule: Rule = {
  meta: {
    id: 'lead-with-system',
    description: 'The first system story comes only in the third body paragraph or later.',
    severity: 'warning',
    docs: {
      why: 'Readers give a letter two paragraphs. The system you built or owned, and what changed because of it, is the strongest thing in the letter; buried in paragraph four it is often never read.',
      bad: 'Two paragraphs about motivation and values, and the ledger rebuild in the fourth.',
      better: 'The opening names the role and why; the second paragraph is the ledger rebuild: what it was, what you changed, what got better.',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const body = letter.anatomy.body;
    for (let i = 0; i < body.length; i++) {
      const story = body[i]!.sentences.find((s) => isStorySentence(letter, s));
      if (!story) continue;
      if (i < 2) return;
      report({
        message: `The first system story is in body paragraph ${i + 1}; move it up to the second`,
        start: story.start,
        end: story.end,
        suggestions: [fill('Put the story right after the opening: "At <previous company> I owned {system}; I <changed what>, and <metric> went from <before> to <after>." Then cut what it displaces.', letter.facts)],
      });
      return;
    }
  },
};

export default rule;
