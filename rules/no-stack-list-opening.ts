import { isStorySentence } from '../src/story.js';
import { fill } from '../src/suggest.js';
import { distinctTechnologies, findTechnologies } from '../src/tech.js';
import type { Rule, Sentence } from '../src/types.js';

interface Options {
  /** How many distinct technologies in one sentence or list make an inventory. */
  min: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-stack-list-opening',
    description: 'The opening is an inventory of technologies instead of a system you owned.',
    severity: 'error',
    docs: {
      why: 'The opening is read most closely, and a list of technologies says nothing the résumé does not. Hiring managers look for ownership: one system you built or ran and what got better. A stack list later in the letter, or one or two technologies inside a story, is fine.',
      bad: 'I have five years of experience with Java, Spring Boot, Kafka, PostgreSQL, Redis and AWS.',
      better: 'At Globex I owned the payouts ledger that moves $40M a day; I moved it from nightly batches to Kafka streams, and reconciliation time fell from six hours to 20 minutes.',
    },
    defaultOptions: { min: 4 },
  },
  check(letter, { min }, report) {
    const opening = letter.anatomy.opening;
    if (!opening) return;
    // A list counts as one inventory, whatever sentences the parser saw in it.
    const units: Sentence[][] = opening.isList ? [opening.sentences] : opening.sentences.map((s) => [s]);
    const openingTellsStory = opening.sentences.some((s) => isStorySentence(letter, s));
    for (const unit of units) {
      const techs = distinctTechnologies(findTechnologies(unit.flatMap((s) => s.words)));
      if (techs.length < min || unit.some((s) => isStorySentence(letter, s))) continue;
      const leads = unit[0] === opening.sentences[0];
      if (openingTellsStory && !leads) continue;
      const names = techs.map((t) => t.tech.name);
      const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')}, \u2026` : names.join(', ');
      report({
        message: `The opening lists ${names.length} technologies (${shown}) instead of a system you owned`,
        start: techs[0]!.start,
        end: Math.max(...techs.map((t) => t.end)),
        suggestions: [
          fill(
            'Lead with one system you owned and what got better: "At <previous company> I owned {system}, which <handles N requests a day>; I <changed what>, and <metric> went from <before> to <after>."',
            letter.facts,
          ),
          'Keep the full stack for the résumé; name only the one or two technologies that mattered, inside that story.',
        ],
      });
      return;
    }
  },
};

export default rule;
