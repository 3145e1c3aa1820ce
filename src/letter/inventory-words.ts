// The words a list construction is made of (joiners, clause words, the lead-ins that say a list is
// the writer's skills) and the Item every part of the inventory passes on.
import type { Sentence, Word } from '../types.js';

export interface Item {
  /** The technology's canonical name, or the skill's. */
  name: string;
  /** How messages name it: a known technology by its canonical name ("ReactJs" is React), anything else as written. */
  shown: string;
  start: number;
  end: number;
  skill: boolean;
  /** Not a known name: a name-like item among known ones in a list ("Go, Istio, Helm and Kafka"). */
  guessed?: boolean;
  /** A case-sensitive name written in lower case ("python"): counted only in a list written in lower case. */
  lower?: boolean;
  /** A case-sensitive name written in capitals ("JAVA", "SPRING BOOT"): counted beside a known name and another such. */
  upper?: boolean;
  /** The name it is counted under when another spelling of the same thing is listed too. */
  same?: string;
  /** A stack named by its initials: the technologies it stands for. */
  parts?: readonly string[];
}

// Words that join list items; "as well as" and "along with" are read as one joiner.
export const JOINERS = new Set(['and', 'or', 'nor', 'plus']);
export const MULTI_JOINERS: readonly (readonly string[])[] = [
  ['as', 'well', 'as'],
  ['along', 'with'],
];

/**
 * A sentence that opens with a joiner carries on the list before it: "Javascript, HTML, CSS. As
 * well as my knowledge of responsive design." is one list cut by a full stop.
 */
export function continuesList(s: Sentence): boolean {
  const lower = (k: number) => s.words[k]?.lower;
  return lower(0) === 'plus' || MULTI_JOINERS.some((seq) => seq.every((w, k) => lower(k) === w));
}
/**
 * Words that make a piece a clause rather than a list item ("Go, and I love hiking"): pronouns and
 * auxiliaries. A list item holds a name and at most a couple of modifiers ("SQL databases").
 */
export const CLAUSE_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'them', 'my', 'our', 'your', 'their', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'be', 'been', 'will', 'would', 'can', 'could']);
/** Words a list item may carry besides its names: "SQL databases", "modern JavaScript". */
export const MAX_EXTRA = 2;

/**
 * Two-word lead-ins: "experience in", "proficient with", "good command over". Each word of skill
 * with each preposition writers put after it, the non-native ones too ("knowledge on", "skilled at").
 */
const SKILLED = ['skilled', 'proficient', 'experienced', 'versed', 'competent', 'fluent', 'comfortable', 'adept', 'conversant', 'familiar', 'trained', 'knowledgeable', 'good', 'great', 'strong', 'expert', 'excellent'];
const SKILL_HAVING = ['experience', 'expertise', 'skills', 'knowledge', 'proficiency', 'background', 'grounding', 'command', 'mastery', 'exposure', 'grasp', 'familiarity', 'competence', 'fluency'];
export const LEADS = new Set([
  ...SKILLED.flatMap((adjective) => ['in', 'with', 'at', 'on', 'using'].map((preposition) => `${adjective} ${preposition}`)),
  ...SKILL_HAVING.flatMap((noun) => ['in', 'with', 'of', 'on', 'over', 'across', 'using', 'to'].map((preposition) => `${noun} ${preposition}`)),
  'specialize in', 'specialise in', 'specialized in', 'specialised in', 'specializing in', 'specialising in',
  // "my expertise encompasses", "skills include", "strengths are": a skill noun and a verb that lists.
  ...['experience', 'expertise', 'skills', 'skillset', 'background', 'knowledge', 'strengths', 'competencies', 'specialities', 'specialties', 'specialisms', 'areas', 'toolkit', 'toolbox'].flatMap((noun) =>
    ['include', 'includes', 'included', 'including', 'are', 'is', 'span', 'spans', 'spanned', 'spanning', 'cover', 'covers', 'covered', 'covering', 'encompass', 'encompasses', 'encompassed', 'encompassing', 'comprise', 'comprises'].map((verb) => `${noun} ${verb}`),
  ),
]);
/** Spoken languages are no trade's skills: "proficient in English, Spanish, French, German and Hindi". */
export const SPOKEN = new Set([
  'english', 'spanish', 'french', 'german', 'portuguese', 'italian', 'dutch', 'russian', 'ukrainian', 'polish', 'czech', 'turkish',
  'arabic', 'hebrew', 'persian', 'farsi', 'urdu', 'hindi', 'bengali', 'punjabi', 'tamil', 'telugu', 'marathi', 'gujarati', 'chinese',
  'mandarin', 'cantonese', 'japanese', 'korean', 'vietnamese', 'thai', 'indonesian', 'malay', 'tagalog', 'filipino', 'swahili',
  'greek', 'swedish', 'norwegian', 'danish', 'finnish', 'romanian', 'hungarian', 'serbian', 'croatian', 'bulgarian', 'amharic',
  'yoruba', 'igbo', 'hausa', 'zulu', 'afrikaans', 'catalan', 'basque', 'irish', 'welsh', 'nepali', 'sinhala', 'burmese', 'khmer',
]);
export const bareWord = (w: Word) => w.lower.replace(/['\u2019].*$/, '');
