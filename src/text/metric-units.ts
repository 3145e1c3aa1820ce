// The words after a number that make it a figure or not: a unit, a counted noun, tenure, a schedule,
// a rate, or the shape of a thing ("a 3-tier architecture").
import { titleCased, latinFirst } from './latin.js';
import { RATE, STOP } from './metric-terms.js';
import { stemOf, vocabulary } from './metric-vocab.js';
import { isWordSpace } from './trim.js';
import type { Word } from '../types.js';

const SMALL_WORD = latinFirst(/^\p{Ll}+$/u);
const STRUCTURE = new Set(['step', 'stage', 'phase', 'tier', 'layer', 'level', 'part', 'point']);
// Words before a duration that make it a plan, not a measurement: "my first 90 days".
const PLAN_WORDS = new Set(['first', 'next']);
// Words before a number that, with a careerNoun after it, make it a stretch of a career: "my last two jobs".
const CAREER_WORDS = new Set(['last', 'previous', 'past', 'prior']);
const EMPLOYERS = new Set(['company', 'companies', 'employer', 'employers', 'firm', 'firms', 'startup', 'startups', 'agency', 'agencies']);
const CAREER_AT = new Set(['in', 'at', 'across', 'for', 'with']);
// People the writer worked or lived beside, never the scale of the work: "me and two friends built", "my three siblings".
const COMPANIONS = new Set(['friend', 'friends', 'classmate', 'classmates', 'roommate', 'roommates', 'flatmate', 'flatmates', 'sibling', 'siblings', 'brother', 'brothers', 'sister', 'sisters', 'cousin', 'cousins', 'kid', 'kids', 'child', 'children', 'son', 'sons', 'daughter', 'daughters', 'cofounder', 'cofounders', 'co-founder', 'co-founders']);
const HELD_POSTS = new Set(['co-op', 'coop', 'co-ops', 'coops', 'internship', 'internships', 'placement', 'placements', 'apprenticeship', 'apprenticeships']);

/** A plural noun in lower case right after the number: "600 mailboxes", not "500 Startups" or "100 of them". */
export function countedThing(word: Word | undefined, text: string, from: number): boolean {
  return word !== undefined && isWordSpace(text, from, word.start) && /^[a-z]{3,}s$/.test(word.text) && !STOP.has(word.lower) && !/(?:ss|us|is)$/.test(word.text);
}

/**
 * Reads up to three words after a number. True: a unit or counted noun; false: tenure ("years") or a
 * schedule; undefined: nothing that makes it a figure. `at` is the index of the number's own word.
 */
export function judgeByNextWords(
  next: readonly Word[],
  text: string,
  from: number,
  words: readonly Word[],
  at: number,
  // Set to the unit or counted noun that made the number a figure, so the mention can quote it.
  unit: { word?: Word } = {},
  // The number's value, where it matters: see the modifier case below.
  value = Infinity,
): boolean | undefined {
  const v = vocabulary();
  const before = words[at - 1]?.lower ?? '';
  // "by a factor of three"
  if (before === 'of' && words[at - 2]?.lower === 'factor') return true;
  // "my last two jobs", "the previous three roles": a stretch of a career, not a count of work
  // ("across the last 30 large events" is a window of measurement and stays).
  if (CAREER_WORDS.has(before) && next.slice(0, 2).some((w) => v.career.has(stemOf(w)))) return false;
  // "over five years in two fintech companies", "across two product companies": the places a career
  // passed through, not customers won; checked before the loop reads "product" as the thing counted.
  if (value <= 5 && CAREER_AT.has(before) && next.slice(0, 2).some((w) => EMPLOYERS.has(w.lower)) && !/[,.;:()!?]/.test(text.slice(from, next[0]?.start ?? from))) return false;
  let last = from;
  for (let k = 0; k < next.length && k < 3; k++) {
    const word = next[k]!;
    // A comma or full stop between the number and the noun breaks the link.
    if (/[,.;:()!?]/.test(text.slice(last, word.start))) return undefined;
    last = word.end;
    const s = stemOf(word);
    const lower = word.lower;
    if (v.tenure.has(s) || (k <= 1 && COMPANIONS.has(lower))) return false;
    // "four co-op jobs", "two summer placements": posts held, a stretch of a career like "my last two jobs".
    if (k <= 1 && HELD_POSTS.has(lower)) return false;
    // "an 8-step SDLC", "a 3-tier architecture": the shape of a thing, not a figure.
    if (k === 0 && STRUCTURE.has(lower) && text.slice(from, word.start) === '-') return false;
    if (k === 0 && (v.percent.has(s) || (lower === 'per' && next[1]?.lower === 'cent'))) return (unit.word = lower === 'per' ? next[1] : word), true;
    if (k === 0 && lower === 'fold') return true;
    // "three times faster", "20 times a day", "cut latency by 3 times"; not "promoted two times".
    if (k === 0 && lower === 'times') {
      // "downloaded 10,000 times": a count of uses; "promoted two times" is not.
      return value >= 100 || before === 'by' || v.comparative.has(next[1]?.lower ?? '') || (RATE.has(next[1]?.lower ?? '') && v.time.has(stemOf(next[2])));
    }
    if (k <= 1 && v.time.has(s)) {
      unit.word = word;
      // "10-day forecasts", "a 24-hour contest": a hyphenated length names a kind of thing, not a measurement.
      // "a 7-week modernization" is the time the work took.
      const modifier = k === 0 && text[from] === '-' && continues(word, next[1], text) && !v.timedWork.has(stemOf(next[1]));
      // "sprints of two weeks": the length of a schedule, said after it.
      const scheduleBefore = before === 'of' && v.schedule.has(stemOf(words[at - 2]));
      return !(modifier || scheduleBefore || v.schedule.has(stemOf(next[k + 1])) || PLAN_WORDS.has(before));
    }
    if (k <= 1 && (v.size.has(s) || v.currency.has(s))) return (unit.word = word), true;
    const named = titleCased(word.text);
    // A singular noun after a number above one modifies the next word, which must be the thing counted:
    // "8 core machines", "2 million user accounts", but not "three core areas", "two key reasons".
    if (v.count.has(s) && !named) {
      const modifies = isSingular(word) && continues(word, next[k + 1], text);
      if (!modifies) return (unit.word = word), true;
      // The head decides: "25+ report types", "40 store managers". A head the lexicon does not know
      // counts from ten up ("31 schema changes"); below, it is more often a list of aspects ("three core areas").
      const head = next[k + 1]!;
      // A hyphenated count describes the head ("a 10-page design doc"), so only the head decides.
      const hyphened = k === 0 && text[from] === '-';
      if (v.kind.has(stemOf(head)) || v.count.has(stemOf(head)) || v.headcountForms.has(head.lower) || (value >= 10 && !hyphened)) {
        return (unit.word = head), true;
      }
    }
    // "120 seats per event": a rate.
    if (k > 0 && lower === 'per') return true;
    if (RATE.has(lower) && next[k + 1] && (v.time.has(stemOf(next[k + 1])) || v.tenure.has(stemOf(next[k + 1])))) {
      return true;
    }
    if (STOP.has(lower)) return undefined;
  }
  return undefined;
}

const isSingular = (word: Word): boolean => !word.lower.endsWith('s') && word.lower !== 'people';

/** The word after `word`, joined by one space and written in lower-case letters, as a noun phrase runs on. */
function continues(word: Word, after: Word | undefined, text: string): boolean {
  if (!after || !isWordSpace(text, word.end, after.start) || !SMALL_WORD.test(after.text)) return false;
  return !STOP.has(after.lower) && !RATE.has(after.lower);
}
