import { isStorySentence } from '../src/letter/story.js';
import { quote, fill } from '../src/text/suggest.js';
import type { Letter, Rule } from '../src/types.js';

export const hasMetric = (letter: Letter): boolean => letter.numbers.some((n) => n.metric);

const rule: Rule = {
  meta: {
    id: 'require-metrics',
    description: 'The letter has no measured outcome or scale figure (latency, percentage, volume, before/after).',
    severity: 'error',
    docs: {
      why: 'Numbers are how a hiring manager judges scale and impact. "Improved performance" could mean anything; "cut p99 from 1.8 s to 420 ms for 40,000 merchants" is a story they can ask about. Figures in words count too ("millions of requests", "from hours to minutes", "twice as fast"); dates, versions, years of experience, grades, asked-for pay and the number of people you managed or mentored do not.',
      bad: 'I improved the performance of our reporting service and made it much more scalable.',
      better: 'I cut the reporting service\'s p95 from 9 s to 1.2 s while its daily queries grew from 200,000 to 1.1 million.',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    if (hasMetric(letter)) return;
    // Early in a career the scope of what was built (a service, its tests, for whom) stands in for
    // figures: a story without numbers passes, and no story at all is a warning, not an error.
    const early = letter.profile.seniority === 'early-career';
    if (early && letter.sentences.some((s) => isStorySentence(letter, s))) return;
    const others = letter.numbers.map((n) => quote(n.text, 24));
    const listed = [...new Set(others)].slice(0, 3).join(', ');
    report({
      message:
        others.length > 0
          ? `No measured outcome or scale figure: the letter's numbers (${listed}) are dates, versions, tenure, headcounts and the like, not results`
          : 'No measured outcome or scale figure anywhere in the letter',
      ...(early ? { severity: 'warning' as const } : {}),
      suggestions: [
        fill('Add an outcome: "I cut <metric, e.g. p99 latency> on {system} from <before> to <after> by <the change you made>."', letter.facts),
        fill('Add the scale: "{system} handles <N> requests a day / serves <N> users / spans <N> services / stores <N> TB."', letter.facts),
      ],
    });
  },
};

export default rule;
