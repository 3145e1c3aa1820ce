import type { Rule } from '../src/types.js';

interface Options {
  min: number;
  max: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'structure',
    description: 'Fewer than 3 or more than 6 body paragraphs, no greeting, or no sign-off.',
    severity: 'warning',
    docs: {
      why: 'A letter is read as a letter: a greeting, an opening, a system story, a fit paragraph, a close, and a sign-off. One block of text, or ten short paragraphs, hides that shape.',
      bad: 'One long paragraph with no greeting and no name at the end.',
      better: '"Dear Ms. Okafor," then four paragraphs (why this role, the system story, the fit, the invitation), then "Best," and your name.',
    },
    defaultOptions: { min: 3, max: 6 },
    options: {
      min: { type: 'integer', minimum: 1, description: 'fewest body paragraphs' },
      max: { type: 'integer', minimum: 1, description: 'most body paragraphs' },
    },
    checkOptions: ({ min, max }) => (min > max ? `min (${min}) is more than max (${max})` : undefined),
  },
  check(letter, { min, max }, report) {
    const { greeting, signoff, body } = letter.anatomy;
    if (letter.sentences.length === 0) return;
    if (!greeting) {
      report({
        message: 'No greeting: the letter starts without addressing anyone',
        suggestions: ['Start with "Dear <name>," or, when you cannot find a name, "Dear <company> hiring team,".'],
      });
    }
    if (signoff.length === 0) {
      report({
        message: 'No sign-off: the letter ends without a closing and your name',
        suggestions: ['End with a closing line and your name: "Best,", then your name on the next line.'],
      });
    }
    if (body.length < min || body.length > max) {
      const advice =
        body.length < min
          ? 'Give each part its own paragraph: why this company and role; the system story; why you fit; an invitation to talk.'
          : 'Merge or cut paragraphs until the shape shows: why this role, one system story, the fit, the close.';
      report({
        message: `The letter has ${body.length} body paragraph${body.length === 1 ? '' : 's'}; ${min}\u2013${max} read best`,
        suggestions: [advice],
      });
    }
  },
};

export default rule;
