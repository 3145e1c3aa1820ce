import { irregularPast, ownershipVerbs, systemNouns } from './data/story.js';
import { isStorySentence, sentenceHasMetric, tellsOneSystem } from '../src/story.js';
import { fill } from '../src/suggest.js';
import { keysOfDataWord } from '../src/terms.js';
import type { Letter, Part, Rule, Sentence, Term } from '../src/types.js';

let vocab: { verbs: Set<string>; nouns: Set<string>; past: Set<string> } | undefined;
function words() {
  vocab ??= {
    verbs: new Set(ownershipVerbs.flatMap(keysOfDataWord)),
    nouns: new Set(systemNouns.flatMap(keysOfDataWord)),
    past: new Set(irregularPast),
  };
  return vocab;
}

/** Words that may stand between "I" and the verb: "I also moved", "we then migrated", "I had rebuilt". */
const BETWEEN = new Set(['also', 'then', 'have', 'had', 'eventually', 'later', 'quickly', 'recently', 'personally', 'first', 'finally', 'just', 'once', 'soon']);
/** A verb followed by these has no object: "I moved to Berlin", "I ran into", "I led with". */
const NO_OBJECT = new Set(['to', 'into', 'onto', 'from', 'on', 'in', 'at', 'with', 'away', 'out', 'up', 'over', 'back', 'for']);
/** Words that point at one system: "the", "our", "my". */
const POINTERS = new Set(['the', 'our', 'my', 'that', 'this']);

const isPast = (t: Term): boolean => words().past.has(t.norm) || /[^e]ed$/.test(t.norm);
/** A singular system noun in lower case: "service", "queue", "API"; not "Platform Engineer" or "systems". */
function isSystemNoun(text: string, t: Term): boolean {
  return words().nouns.has(t.stem) && !/^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end)) && !/[^su]s$/.test(t.norm);
}

/**
 * A sentence that tells what the writer did to a system, in words the shared story test does not
 * reach: "I replaced the unbounded push with explicit backpressure: the API now checks queue depth."
 */
function toldInPast(text: string, s: Sentence): boolean {
  const terms = s.terms;
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.norm !== 'i' && terms[i]!.norm !== 'we') continue;
    let v = i + 1;
    while (v < terms.length && v - i <= 3 && BETWEEN.has(terms[v]!.norm)) v++;
    const verb = terms[v];
    if (!verb || !words().verbs.has(verb.stem) || !isPast(verb)) continue;
    const next = terms[v + 1];
    if (!next || NO_OBJECT.has(next.norm)) continue;
    if (terms.slice(v + 1).some((t) => isSystemNoun(text, t))) return true;
  }
  return false;
}

/** A before-and-after about one system: "Before the tool existed, … Now developers run a command." */
function beforeAndAfter(text: string, part: Part): boolean {
  const prose = text.slice(part.start, part.end);
  const contrast = /\bbefore\b[\s\S]*\bnow\b|\bused to\b|\bno longer\b|\bwent from\b/i.test(prose);
  if (!contrast) return false;
  return part.sentences.some((s) =>
    s.terms.some((t, k) => isSystemNoun(text, t) && s.terms.slice(Math.max(0, k - 3), k).some((p) => POINTERS.has(p.norm))),
  );
}

/**
 * The sentence that tells the paragraph's story, if it tells one. In the first two paragraphs any
 * story counts, so the rule stays quiet; later, only one that clearly tells of one system blames
 * the paragraph (`late`): a false "move it up" is worse than a missed one.
 */
function storyIn(letter: Letter, part: Part, late: boolean): Sentence | undefined {
  const strict = part.sentences.find((s) => isStorySentence(letter, s) && (!late || tellsOneSystem(letter.text, s) || sentenceHasMetric(letter, s)));
  if (strict || late) return strict;
  const loose = part.sentences.find((s) => toldInPast(letter.text, s));
  if (loose) return loose;
  return beforeAndAfter(letter.text, part) ? part.sentences[0] : undefined;
}

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
    for (let i = 0; i < body.length; i++) {
      const story = storyIn(letter, body[i]!, i >= 2);
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
