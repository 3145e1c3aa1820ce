import { hasWholeWord } from '../src/text/names.js';
import { mentions } from '../src/letter/posting.js';
import { quote } from '../src/text/suggest.js';
import type { Letter, Posting, Rule } from '../src/types.js';


/**
 * Whether the letter's prose (not its frontmatter) names the company: the whole name, or its
 * first word ("Acme" for "Acme Pay"), as a word of its own.
 */
export function namesCompany(letter: Letter, company: string): boolean {
  const first = company.replace(/^the\s+/i, '').split(/\s+/)[0]!;
  // The whole name in any case; its first word only as written ("Trade" of The Trade Desk, not "trade-offs").
  const names: Array<[string, boolean]> = [[company, true], ...(first.length >= 3 && first !== company ? [[first, false] as [string, boolean]] : [])];
  return letter.sentences.some((s) => {
    const text = letter.text.slice(s.start, s.end);
    return names.some(([name, ignoreCase]) => hasWholeWord(text, name, ignoreCase));
  });
}

/** How many of the posting's top terms the letter mentions, and the missing ones, most important first. */
export function postingCoverage(letter: Letter, top: number): { total: number; covered: number; percent: number; missing: Posting['terms'][number][] } | undefined {
  const terms = letter.posting?.terms.slice(0, top) ?? [];
  if (terms.length === 0) return undefined;
  const missing = terms.filter((t) => !mentions(letter, t.stems));
  const covered = terms.length - missing.length;
  return { total: terms.length, covered, percent: Math.round((100 * covered) / terms.length), missing };
}

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
    if (posting.company && !namesCompany(letter, posting.company)) {
      report({
        message: `The posting's company ${quote(posting.company)} is never named in the letter`,
        suggestions: [`Name ${posting.company} in the opening, with the reason you want to work on their problem.`],
      });
    }
    const coverage = postingCoverage(letter, top);
    if (!coverage || coverage.percent >= minCoverage) return;
    const missing = coverage.missing;
    report({
      message: `The letter mentions ${coverage.covered} of the posting's top ${coverage.total} terms (${coverage.percent}%); missing: ${missing.slice(0, 5).map((t) => quote(t.display)).join(', ')}`,
      suggestions: [`Use the posting's own words where your work matches them: ${missing.slice(0, 5).map((t) => t.display).join(', ')}. Tie each to something you did, not to a claim.`],
    });
  },
};

export default rule;
