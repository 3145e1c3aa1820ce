import { mentions } from '../src/posting.js';
import { quote } from '../src/suggest.js';
import type { Rule } from '../src/types.js';

interface Options {
  /** How many of the posting's top terms are weighed. */
  top: number;
  /** Least share of the top terms the letter should mention. */
  minCoverage: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'mirror-posting',
    description: "With a job posting, the posting's most important terms (and its company) that the letter never mentions.",
    severity: 'warning',
    docs: {
      why: 'A posting says what the team worries about in its own words. A letter that answers in those words, about work you have done, is read as written for this job, by people and by the screening software in front of them.',
      bad: 'A posting about "settlement", "reconciliation" and "ledger" answered with a letter about "payments infrastructure".',
      better: 'The same letter, telling how you reconciled settlement files against the ledger.',
    },
    defaultOptions: { top: 10, minCoverage: 60 },
    options: {
      top: { type: 'integer', minimum: 1, description: "how many of the posting's top terms are weighed" },
      minCoverage: { type: 'integer', minimum: 0, description: 'least share of those terms, in percent, the letter should mention' },
    },
  },
  check(letter, { top, minCoverage }, report) {
    const posting = letter.posting;
    if (!posting) return;
    if (posting.company && !letter.text.toLowerCase().includes(posting.company.toLowerCase())) {
      report({
        message: `The posting's company ${quote(posting.company)} is never named in the letter`,
        suggestions: [`Name ${posting.company} in the opening, with the reason you want to work on their problem.`],
      });
    }
    const terms = posting.terms.slice(0, top);
    if (terms.length === 0) return;
    const missing = terms.filter((t) => !mentions(letter, t.stems));
    const coverage = Math.round((100 * (terms.length - missing.length)) / terms.length);
    if (coverage >= minCoverage) return;
    report({
      message: `The letter mentions ${terms.length - missing.length} of the posting's top ${terms.length} terms (${coverage}%); missing: ${missing.slice(0, 5).map((t) => quote(t.display)).join(', ')}`,
      suggestions: [`Use the posting's own words where your work matches them: ${missing.slice(0, 5).map((t) => t.display).join(', ')}. Tie each to something you did, not to a claim.`],
    });
  },
};

export default rule;
