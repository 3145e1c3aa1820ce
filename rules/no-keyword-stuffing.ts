import { quote } from '../src/text/suggest.js';
import { itemSentences } from '../src/letter/anatomy-paragraphs.js';
import { distinctTechnologies, findTechnologies } from '../src/text/tech.js';
import type { Rule } from '../src/types.js';

interface Options {
  /** Most distinct technologies a letter may name. */
  max: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-keyword-stuffing',
    description: 'More distinct technologies than a reader can take in, or a body paragraph that is mostly a list of them.',
    severity: 'warning',
    docs: {
      why: 'A letter that names every tool on the résumé reads as written for a keyword filter, and hides the two or three that matter for this role. Name the ones your story needs.',
      bad: 'I also know Go, Rust, Java, Kotlin, Scala, Kafka, Pulsar, Flink, Spark, Redis, Postgres, MySQL, Cassandra and DynamoDB.',
      better: 'The rebuild moved the ledger from MySQL to Postgres, chosen for its serialisable transactions.',
    },
    defaultOptions: { max: 12 },
    options: { max: { type: 'integer', minimum: 1, description: 'most distinct technologies in one letter' } },
  },
  check(letter, { max }, report) {
    const { body, opening } = letter.anatomy;
    const all = distinctTechnologies(body.flatMap((p) => p.sentences.flatMap((s) => findTechnologies(s.words))));
    if (all.length > max) {
      report({
        message: `The letter names ${all.length} technologies; keep it to the ${max} or fewer your story needs`,
        suggestions: [`Keep the technologies the system story uses (say ${all.slice(0, 3).map((t) => t.tech.name).join(', ')}) and leave the rest to the résumé.`],
      });
    }
    // The opening has its own rule (no-stack-list-opening); here, the paragraphs after it.
    // A list is judged whole; a paragraph apart from the one that announces it ("These are what I use:").
    const units = body.filter((part) => part !== opening).flatMap((part) => (part.isList ? [itemSentences(letter.text, part)] : part.blocks.map((b) => b.sentences)));
    for (const sentences of units) {
      const words = sentences.reduce((n, s) => n + s.words.length, 0);
      const mentions = sentences.flatMap((s) => findTechnologies(s.words));
      const techs = distinctTechnologies(mentions);
      const techWords = mentions.reduce((n, m) => n + letter.text.slice(m.start, m.end).split(/\s+/).length, 0);
      if (techs.length < 5 || techWords * 2 < words) continue;
      const start = mentions[0]!.start;
      const end = mentions.reduce((end, m) => Math.max(end, m.end), start);
      report({
        message: `A paragraph that is mostly a list of ${techs.length} technologies, starting ${quote(letter.text.slice(start, end), 40)}`,
        start,
        end,
        suggestions: ['Turn the list into one sentence about what you built with the two that matter here, and why you chose them.'],
      });
    }
  },
};

export default rule;
