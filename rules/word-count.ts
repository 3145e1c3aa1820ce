import { storyScore } from '../src/letter/story.js';
import { quote } from '../src/text/suggest.js';
import type { Letter, Part, Rule } from '../src/types.js';
import { hasMetric } from './require-metrics.js';
import { mentionsFailureModes } from './require-failure-modes.js';

const words = (n: number): string => `${n} word${n === 1 ? '' : 's'}`;

interface Options {
  min: number;
  max: number;
}

/** The body paragraph that does least for the letter: least story, and furthest from the one that tells it. */
function weakestPart(letter: Letter): Part | undefined {
  const body = letter.anatomy.body;
  if (body.length < 2) return undefined;
  const scores = body.map((p) => storyScore(letter, p.sentences));
  const story = scores.indexOf(scores.reduce((best, s) => Math.max(best, s), -Infinity));
  let weakest = -1;
  body.forEach((_, i) => {
    if (i === story) return;
    const better = weakest < 0 || scores[i]! < scores[weakest]! || (scores[i] === scores[weakest] && Math.abs(i - story) > Math.abs(weakest - story));
    if (better) weakest = i;
  });
  return body[weakest];
}

/** The range a letter is held to: senior and staff letters carry more scope and may run 50 words longer. */
export function wordRange(letter: Letter, { min, max }: Options): [number, number] {
  const seniority = letter.profile.seniority;
  return [min, seniority === 'senior' || seniority === 'staff' ? max + 50 : max];
}

const rule: Rule<Options> = {
  meta: {
    id: 'word-count',
    description: 'The letter runs shorter than 250 or longer than 400 words.',
    severity: 'error',
    docs: {
      why: 'Under about 250 words there is no room for a real system story; over about 400, the reader skims and the story gets lost. The count covers greeting and sign-off, and leaves out frontmatter, code, HTML comments and URLs.',
      bad: 'A 120-word letter that lists skills, or a 600-word letter that retells the résumé.',
      better: 'About 300 words: a specific opening, one system story with numbers, a fit paragraph, and a close.',
    },
    defaultOptions: { min: 250, max: 400 },
    options: {
      min: { type: 'integer', minimum: 0, description: 'fewest words before the letter is too short' },
      max: { type: 'integer', minimum: 1, description: 'most words before the letter is too long' },
    },
    checkOptions: ({ min, max }) => (min > max ? `min (${min}) is more than max (${max})` : undefined),
  },
  check(letter, options, report) {
    const [min, max] = wordRange(letter, options);
    const count = letter.wordCount;
    if (count > max) {
      const part = weakestPart(letter);
      const where = part
        ? `start with the paragraph that begins ${quote(letter.text.slice(part.start, part.end), 40)}: it carries the least of your system story`
        : 'cut repeated claims and anything the résumé already says';
      report({
        message: `The letter has ${words(count)}; keep it within ${min}\u2013${max}`,
        suggestions: [`Cut about ${words(count - max)}: ${where}.`],
      });
    } else if (count < min) {
      const adds: string[] = [];
      if (!hasMetric(letter)) adds.push('the measured result of your system story (before and after, and its scale)');
      if (!mentionsFailureModes(letter)) adds.push('one sentence on a failure mode you designed for (what broke, what you built, what it protected)');
      if (adds.length === 0) adds.push('why this company and role, tied to something specific in the posting', 'the trade-off you weighed in your system story');
      report({
        message: `The letter has ${words(count)}; keep it within ${min}\u2013${max}`,
        suggestions: [`Add about ${words(min - count)}: ${adds.join('; and ')}.`],
      });
    }
  },
};

export default rule;
