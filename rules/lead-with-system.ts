import { isStorySentence } from '../src/letter/story.js';
import { storyIn } from '../src/letter/paragraph-story.js';
import { isHeadingLine } from '../src/letter/anatomy-paragraphs.js';
import { fill } from '../src/text/suggest.js';
import type { Rule } from '../src/types.js';

/** Body words before the story that a reader takes in as one sentence, however many paragraphs they make. */
const READ_AT_A_GLANCE = 20;

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
    // A letter with no system story at all is left to the rules that ask for one.
    if (!body.some((p) => p.sentences.some((s) => isStorySentence(letter, s)))) return;
    // Paragraphs as a reader counts them: a line such as "Why Behavox?" or "Experience:" is a heading.
    let n = 0;
    let before = 0;
    for (let i = 0; i < body.length; i++) {
      if (isHeadingLine(letter.text, body[i]!)) continue;
      const story = storyIn(letter, body[i]!, n >= 2);
      n++;
      if (!story) {
        before += body[i]!.sentences.reduce((sum, s) => sum + s.words.length, 0);
        continue;
      }
      // Short paragraphs before it ("I found it through a friend.", an epigraph) are read at a glance.
      if (n <= 2 || before <= READ_AT_A_GLANCE) return;
      report({
        message: `The first system story is in body paragraph ${n}; move it up to the second`,
        start: story.start,
        end: story.end,
        suggestions: [fill('Put the story right after the opening: "At <previous company> I owned {system}; I <changed what>, and <metric> went from <before> to <after>." Then cut what it displaces.', letter.facts)],
      });
      return;
    }
  },
};

export default rule;
