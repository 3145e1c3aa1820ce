// Numbers in prose, each judged: a measured outcome or scale figure, or a number that is not one
// (a year, a version, tenure, a phone number, an ordinal). The numeric literal itself is found by
// a regular expression, since "1,200", "$2.4M" and "420ms" are shapes of characters; what it
// means is decided from the words around it.
import {
  addressWords, changeWords, comparatives, countNouns, currencySymbols, currencyWords, durationFillers, foldKinds, growthVerbs, measureNouns, shiftVerbs, headcountNouns, moneyNouns,
  careerNouns, compensationWords, gradedWork, gradeWords, kindNouns, payRateWords, selfShareWords, studyWords, timedWork,
  headcountOnlyNouns, headcountVerbs, magnitudes, multiplierOnlyMagnitudes, numberWords, percentWords, rankWords,
  reductionVerbs, savingVerbs, scheduleNouns, sizeUnits, streetWords, teamNouns, tenureUnits, timeScale, timeUnits, upgradeWords, vagueAmounts, versionWords,
} from '../../rules/data/metrics.js';
import { frameMentions, mergeMentions } from './metric-frames.js';
import { markHeadcounts, markOthersFigures, markOwnOutput, markOwnShares } from './metric-judgements.js';
import { findTechnologies } from './tech.js';
import { normalise, stem } from './terms.js';
import type { NumberMention, Sentence, Word } from '../types.js';
import { firstIndex } from './search.js';
import { capitalised, LatinFirst, latinFirst, titleCased } from './latin.js';
import { isWordSpace, unmarked } from './trim.js';

const stems = (list: readonly string[]): Set<string> => new Set(list.map((w) => stem(normalise(w))));
// A Map, since it is looked up by the letter's words: "constructor" is no number.
const NUMBER_WORDS = new Map(Object.entries(numberWords));
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** The value of a number word, hyphenated compounds included ("twenty-five"); "one" alone is none. */
function numberWord(lower: string): number | undefined {
  const simple = NUMBER_WORDS.get(lower);
  if (simple !== undefined) return simple;
  const dash = lower.indexOf('-');
  if (dash < 0) return undefined;
  const tens = lower.slice(0, dash);
  const unit = lower.slice(dash + 1);
  return TENS.has(tens) && UNITS.has(unit) ? NUMBER_WORDS.get(tens)! + (unit === 'one' ? 1 : NUMBER_WORDS.get(unit)!) : undefined;
}

/**
 * Each word with its plural, as a frame in words compares them: written forms, not stems, since a
 * stem meets unrelated words ("books" and "booking" both fold to "book").
 */
function forms(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of list) {
    const n = normalise(word);
    out.add(n).add(n + 's').add(n + 'es');
    if (/[^aeiou]y$/.test(n)) out.add(n.slice(0, -1) + 'ies');
  }
  return out;
}

export type Vocab = ReturnType<typeof buildVocab>;
let vocab: Vocab | undefined;
function buildVocab() {
  return {
    numberWord,
    // Plurals compared as written: the stemmer folds "hundred" to "hundr" but "hundreds" to "hundred".
    pluralMagnitude: new Set(magnitudes.map((m) => m + 's')),
    pluralAmount: new Set(vagueAmounts.map((m) => m + 's')),
    multiplierOnly: new Set(multiplierOnlyMagnitudes.map((m) => m + 's')),
    saving: stems(savingVerbs),
    // Each unit's length in seconds, by written form.
    timeLength: new Map(timeScale.flatMap(({ seconds, units }) => [...forms(units)].map((u) => [u, seconds] as const))),
    filler: new Set(durationFillers),
    // Written forms for the frames in words (src/text/metric-frames.ts).
    countForms: forms(countNouns),
    timeForms: forms(timeUnits),
    tenureForms: forms(tenureUnits),
    amountForms: forms([...sizeUnits, ...currencyWords]),
    headcountForms: forms(headcountNouns),
    headcountOnly: forms(headcountOnlyNouns),
    manage: stems(headcountVerbs),
    team: forms(teamNouns),
    foldKind: forms(foldKinds),
    money: forms(moneyNouns),
    timedWork: stems(timedWork),
    career: stems(careerNouns),
    kind: stems(kindNouns),
    selfShare: forms(selfShareWords),
    compensation: forms(compensationWords),
    payRate: new Set(payRateWords),
    grade: forms(gradeWords),
    gradedWork: forms(gradedWork),
    study: stems(studyWords),
    rank: new Set(rankWords),
    count: stems(countNouns),
    time: stems(timeUnits),
    schedule: stems(scheduleNouns),
    size: stems(sizeUnits),
    percent: stems(percentWords),
    currency: stems(currencyWords),
    comparative: new Set(comparatives),
    tenure: stems(tenureUnits),
    version: stems(versionWords),
    change: new Set(changeWords),
    address: new Set(addressWords),
    street: new Set(streetWords),
    upgrade: new Set(upgradeWords),
    reduction: stems(reductionVerbs),
    growth: stems(growthVerbs),
    shift: stems(shiftVerbs),
    measure: stems(measureNouns),
  };
}

// A number, with an optional currency sign, thousands separators, decimals and a range ("20-30%").
// "sub-100ms" is a figure; other numbers right after a hyphen ("COVID-19") are not numbers of their own.
const NUMBER = new LatinFirst(
  `(?:(?<=\\bsub-)|(?<![\\p{L}\\p{N}_./:#'\u2013-]))([${currencySymbols}]\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:[-\u2013]\\d+(?:\\.\\d+)?)?(?!\\d)`,
  'gu',
);
// "27μs" is written with the Greek mu as often as with the micro sign; "60fps" is a frame rate.
const ATTACHED = latinFirst(/^\s?(ms|µs|μs|ns|s|secs?|m|mins?|h|hrs?|k|K|M|B|bn|x|X|×|%|[KMGTP]i?B|[kmgtp]b|rps|qps|tps|fps|FPS|[kKMG]Wh?|K?LOC|kloc)(?![\p{L}\d])/u);
const STARTS_LETTER = latinFirst(/^\p{L}/u);
const SMALL_WORD = latinFirst(/^\p{Ll}+$/u);
const HYPHEN_WORD = latinFirst(/^-(\p{L}+)/u);
const STRUCTURE = new Set(['step', 'stage', 'phase', 'tier', 'layer', 'level', 'part', 'point']);
const SHAPE_NOT_METRIC = /^(?:[/.:-]\d|\+\s?years?\b)/i;
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
const YEAR = /^(19[5-9]\d|20\d\d)$/;
// Stretches of a sentence whose numbers are never figures: phone numbers, clock times, "24 hours a day",
// "nine to five".
// International ("+44 7700 900412"), with an area code in brackets ("(555) 123-4567"), a national
// trunk prefix ("07700 900412"), or three or more digit groups ("555-123-4567").
const PHONE =
  /\+\d{1,3}(?:[\s.-]?\(?\d{1,6}\)?){2,5}|\(\d{2,5}\)[\s.-]?\d{2,6}(?:[\s.-]\d{2,6}){0,3}|\b0\d{2,4}[\s.-]\d{3,8}(?:[\s.-]\d{3,4})?|\d{2,5}(?:[\s.-]\d{2,6}){2,4}/g;
const CLOCK = /\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?/gi;
const ALWAYS_ON =
  /\b(?:(?:24|twenty-four)\s*(?:hours?|h)\s+(?:a|per)\s+day|(?:7|seven)\s*days?\s+(?:a|per)\s+week|24\s*[x×]\s*7|(?:24|twenty-four)-hour\s+(?:support|coverage|on-call|service|operations?)|(?:9|nine)[- ]to[- ](?:5|five))\b/gi;
// Words before a four-digit number that make it a year: "in 2019", "since 2021", "March 2020".
const YEAR_WORDS = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'during', 'of', 'early', 'late', 'mid', 'before', 'after',
  'around', 'circa', 'summer', 'spring', 'fall', 'autumn', 'winter', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'q1', 'q2', 'q3', 'q4', 'to', 'and',
]);
// Words before "90s" that make it a decade, not ninety seconds.
const DECADE_WORDS = new Set(['the', 'early', 'mid', 'late']);
/** Companies whose names are written like a figure: "at 3M", "the 3M Innovation Center" (not "3M users"). */
const FIGURE_NAMES = new Set(['3M']);
/** Words before a company's name: "at 3M", "join 3M", "the 3M campus". */
const BEFORE_A_NAME = new Set(['at', 'the', 'join', 'joined', 'joining', 'with', 'for', 'from', 'by']);
/** Words after a name that are no counted noun: "at 3M in 2021", "At 3M we…". */
const AFTER_A_NAME = new Set(['in', 'at', 'on', 'we', 'i', 'and', 'or', 'as', 'for', 'to', 'where', 'when', 'during', 'since', 'until', 'from', 'with', 'by', 'was', 'is', 'my', 'our', 'the', 'a', 'an', 'which', 'that', 'who', 'because', 'after', 'before']);
// Words before a duration that make it a plan, not a measurement: "my first 90 days".
const PLAN_WORDS = new Set(['first', 'next']);
// Words before a number that, with a careerNoun after it, make it a stretch of a career: "my last two jobs".
const CAREER_WORDS = new Set(['last', 'previous', 'past', 'prior']);
const EMPLOYERS = new Set(['company', 'companies', 'employer', 'employers', 'firm', 'firms', 'startup', 'startups', 'agency', 'agencies']);
const CAREER_AT = new Set(['in', 'at', 'across', 'for', 'with']);
const HELD_POSTS = new Set(['co-op', 'coop', 'co-ops', 'coops', 'internship', 'internships', 'placement', 'placements', 'apprenticeship', 'apprenticeships']);
// "Quarter" is left out: "slipped by a quarter" is a stretch of time (see tenureUnits).
const FRACTIONS = new Set(['third', 'thirds', 'fifth', 'fifths', 'tenth', 'tenths']);
const MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'over', 'under', 'just', 'some', 'below', 'above']);
const RATE = new Set(['per', 'a', 'an', 'each', 'every']);
const STOP = new Set(['of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'and', 'or', 'by', 'per', 'a', 'an', 'the']);

const stemOf = (word: Word | undefined): string => (word ? stem(normalise(word.text.replace(/['\u2019]s?$/, ''))) : '');

/** How many ASCII digits the text holds, counting no further than `enough`. */
function countDigits(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Every number in the given sentences, judged. */
export function findNumbers(text: string, sentences: readonly Sentence[]): NumberMention[] {
  const v = (vocab ??= buildVocab());
  const out: NumberMention[] = [];
  for (const sentence of sentences) {
    const words = sentence.words;
    const slice = text.slice(sentence.start, sentence.end);
    const span = (m: RegExpMatchArray) => [sentence.start + m.index!, sentence.start + m.index! + m[0].length] as const;
    // Most sentences hold no digit, and few hold the seven a phone number needs; the digit patterns
    // need them, and scanning for them is most of the cost.
    const digitCount = countDigits(slice, 7);
    const digits = digitCount > 0;
    const phones = digitCount >= 7 ? [...slice.matchAll(PHONE)].filter((m) => m[0].replace(/\D/g, '').length >= 7).map(span) : [];
    const clocks = digits ? [...slice.matchAll(CLOCK)] : [];
    // "24/7" and "seven days a week": written in digits, or with one of these two words.
    const alwaysOn = digits || /twenty-four|seven|five/i.test(slice) ? [...unmarked(slice).matchAll(ALWAYS_ON)] : [];
    const masked = [...phones, ...[...clocks, ...alwaysOn].map(span)].sort((a, b) => a[0] - b[0]);
    const techs = findTechnologies(words);
    const techEnds = new Set(techs.map((t) => t.end));
    const ranges = fromToRanges(words, techEnds);
    // Each pass asks about offsets in increasing order, so each gets its own cursors.
    const phoneAt = holder(phones);
    let isMasked = holder(masked);
    let inRange = holder(ranges);
    // Words already inside a number's mention ("2 million"), so the word pass does not count them again.
    const covered = new Set<number>();
    // Phone numbers already quoted, by start.
    const quoted = new Set<number>();
    // This sentence's mentions: frames in words join them, and headcounts are judged over them all.
    const mine: NumberMention[] = [];
    const push = (start: number, end: number, metric: boolean) => mine.push({ start, end, text: text.slice(start, end), metric });
    // Whether the sentence speaks of study, asked once however many numbers it holds.
    let aboutStudy: boolean | undefined;

    for (const m of digits ? slice.matchAll(NUMBER.for(slice)) : []) {
      const start = sentence.start + m.index!;
      const digits = start + (m[1]?.length ?? 0);
      const own = wordAt(words, digits);
      // Not inside a prose word: inline code, a URL or a link destination.
      if (own < 0) continue;
      // A phone number is one mention, quoted whole.
      const phone = phoneAt(start);
      if (phone) {
        if (!quoted.has(phone[0])) push(phone[0], phone[1], false);
        quoted.add(phone[0]);
        continue;
      }
      let end = start + m[0].length;
      // Only the start of what follows is read (a unit, a suffix): a short window keeps a long sentence linear.
      const rest = text.slice(end, Math.min(sentence.end, end + 32));
      const attached = ATTACHED.exec(rest);
      const ordinal = ORDINAL.exec(rest);
      if (attached) end += attached[0].length;
      if (ordinal) end += ordinal[0].length;
      const prev = words[own - 1];
      const next = wordsAfter(words, end, rest);
      // "2 million users" is one figure.
      if (!attached && MAGNITUDES.has(next[0]?.lower ?? '') && isWordSpace(text, end, next[0]!.start)) {
        end = next[0]!.end;
        covered.add(next[0]!.start);
      }
      const yearLike = !m[1] && !m[3] && YEAR.test(m[2]!);
      let metric: boolean;
      // "Dynamics 365", "Office 365": a number that is part of a product's name.
      if (isMasked(digits) || ordinal || SHAPE_NOT_METRIC.test(rest) || techs.some((t) => t.start <= digits && digits < t.end)) metric = false;
      // "at 3M", "the 3M Innovation Center": a company, unless a counted noun follows ("3M users").
      else if (!m[1] && FIGURE_NAMES.has(text.slice(start, end)) && BEFORE_A_NAME.has(prev?.lower ?? '') && (!/^[a-z]/.test(next[0]?.text ?? '') || AFTER_A_NAME.has(next[0]!.lower))) metric = false;
      // Letters run on that are no unit ("1AA", "2FA", "5G", "4xx"): a code, not a number.
      else if (!attached && STARTS_LETTER.test(rest)) continue;
      else if (v.address.has(prev?.lower ?? '') || isStreet(next)) metric = false;
      else if (m[1]) metric = true;
      else if (attached) {
        const decade = attached[1] === 's' && (yearLike || (/^[1-9]0$/.test(m[2]!) && DECADE_WORDS.has(prev?.lower ?? '')));
        metric = !decade;
      } else if (inRange(start)) metric = true;
      else if (prev && (techEnds.has(prev.end) || v.version.has(stem(prev.lower)) || v.rank.has(prev.lower) || namedRank(words, own))) metric = false;
      else if (yearLike && prev && YEAR_WORDS.has(prev.lower)) metric = false;
      // Thousands separators ("1,200") are written for quantities, not for years, versions or phone numbers.
      else {
        const unit: { word?: Word } = {};
        const value = Number(m[2]!.replace(/,/g, ''));
        // "roughly 600 mailboxes": hundreds of a thing the lexicon does not know are scale all the same;
        // not a standard's number ("NIST SP 800-171 requirements").
        metric = judgeByNextWords(next, text, end, words, own, unit, value) ?? (m[2]!.includes(',') || (value >= 100 && !yearLike && !/[-\u2013]/.test(m[0]) && !/^[A-Z]{2,}$/.test(prev?.text ?? '') && countedThing(next[0], text, end)));
        if (metric && unit.word && unit.word.end > end) end = unit.word.end;
      }
      // "1,000 hours of hands-on experience", "200 hours of training": time spent learning is tenure, not an
      // outcome. Read after the unit when the unit was taken into the figure.
      if (metric && !attached && SPENT_LEARNING.test(unmarked(text.slice(end, Math.min(sentence.end, end + 60))))) metric = false;
      // "30 units of college credit", "120 credits", "4 more units" in a sentence about study: a transcript, not an outcome.
      if (metric && !attached && isCredit(unmarked(text.slice(start, Math.min(sentence.end, end + 40))), () => (aboutStudy ??= STUDY.test(slice)))) metric = false;
      // "5 years", "5+ years": quote tenure with its unit, so the rule's message reads as what it is.
      if (!metric && !attached && next[0] && v.tenure.has(stemOf(next[0])) && /^\+?\s*$/.test(text.slice(end, next[0].start))) {
        end = next[0].end;
      }
      push(start, end, metric);
    }

    isMasked = holder(masked);
    inRange = holder(ranges);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const lower = word.lower;
      const before = words[i - 1]?.lower;
      const after = words[i + 1]?.lower ?? '';
      if (covered.has(word.start)) continue;
      if (v.change.has(lower)) {
        // "doubled down", "doubled as the on-call lead", "a twofold purpose" are not measured changes.
        // "The reason behind this choice is twofold." says it has two parts.
        const parts = lower.endsWith('fold') && BE.has(before ?? '') && /^[\s*_]*[.:;!?]/.test(text.slice(word.end, word.end + 4));
        if (!/^(down|as|up)$/.test(after) && !v.foldKind.has(after) && !parts) push(word.start, word.end, true);
        continue;
      }
      // "reduced pages by half", "cut p99 latency in half" (but not "split the team in half").
      if (lower === 'half' && (before === 'by' || (before === 'in' && reducedBefore(words, i - 1)))) {
        push(words[i - 1]!.start, word.end, true);
        continue;
      }
      // "in a third of the time", "half the time it took": a share of the time before.
      if ((FRACTIONS.has(lower) || lower === 'half' || lower === 'quarter') && /^(?:a|one|two|three|in)$/.test(before ?? '') && ofTheTime(words, i + 1)) {
        push(word.start, words[i + (words[i + 1]?.lower === 'of' ? 3 : 2)]!.end, true);
        continue;
      }
      // "fell by a third", "by two thirds" (an ordinal alone, "the third platform", is no figure).
      if (FRACTIONS.has(lower) && words[i - 2]?.lower === 'by' && /^(?:a|one|two|three)$/.test(before ?? '')) {
        push(words[i - 2]!.start, word.end, true);
        continue;
      }
      // "an order of magnitude faster"
      if (lower === 'magnitude' && before === 'of' && /^orders?$/.test(words[i - 2]?.lower ?? '')) {
        push(words[i - 2]!.start, word.end, true);
        continue;
      }
      // "twice as fast", "twice the throughput"
      if ((lower === 'twice' || lower === 'thrice') && v.comparative.has(after)) {
        push(word.start, word.end, true);
        continue;
      }
      // "two thirds" is quoted by the fraction, above.
      if (numberWord(lower) === undefined || FRACTIONS.has(after)) continue;
      const next = words.slice(i + 1, i + 4);
      let end = word.end;
      if (MAGNITUDES.has(next[0]?.lower ?? '')) {
        end = next[0]!.end;
        covered.add(next[0]!.start);
      }
      const unit: { word?: Word } = {};
      const metric =
        !isMasked(word.start) &&
        !v.rank.has(before ?? '') &&
        (inRange(word.start) !== undefined || (judgeByNextWords(next, text, word.end, words, i, unit, numberWord(lower)) ?? false));
      if (metric && unit.word && unit.word.end > end) end = unit.word.end;
      // A figure is quoted alone; anything else with the word that explains it ("five years").
      if (!metric && next[0] && end === word.end && isWordSpace(text, end, next[0].start)) end = next[0].end;
      push(word.start, end, metric);
    }
    const merged = mergeMentions(mine, frameMentions(text, sentence, v), text);
    markHeadcounts(sentence, merged, v);
    markOwnShares(text, sentence, merged, v, new Set(techs.map((t) => t.start)));
    markOwnOutput(sentence, merged);
    markOthersFigures(sentence, merged);
    for (const m of merged) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A plural noun in lower case right after the number: "600 mailboxes", not "500 Startups" or "100 of them". */
function countedThing(word: Word | undefined, text: string, from: number): boolean {
  return word !== undefined && isWordSpace(text, from, word.start) && /^[a-z]{3,}s$/.test(word.text) && !STOP.has(word.lower) && !/(?:ss|us|is)$/.test(word.text);
}

/** "of the time", "the time": what follows a share of time taken. */
function ofTheTime(words: readonly Word[], at: number): boolean {
  const k = words[at]?.lower === 'of' ? at + 1 : at;
  return words[k]?.lower === 'the' && words[k + 1]?.lower === 'time';
}

/** A rank whose list has a two-word name: "Fortune Global 500", "Top Global 100". */
function namedRank(words: readonly Word[], at: number): boolean {
  const name = words[at - 1];
  return name !== undefined && capitalised(name.text) && vocab!.rank.has(words[at - 2]?.lower ?? '');
}

/**
 * Reads up to three words after a number. True: a unit or counted noun; false: tenure ("years") or a
 * schedule; undefined: nothing that makes it a figure. `at` is the index of the number's own word.
 */
function judgeByNextWords(
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
  const v = vocab!;
  const before = words[at - 1]?.lower ?? '';
  // "by a factor of three"
  if (before === 'of' && words[at - 2]?.lower === 'factor') return true;
  // "my last two jobs", "the previous three roles": a stretch of a career, not a count of work
  // ("across the last 30 large events" is a window of measurement and stays).
  if (CAREER_WORDS.has(before) && next.slice(0, 2).some((w) => v.career.has(stemOf(w)))) return false;
  let last = from;
  for (let k = 0; k < next.length && k < 3; k++) {
    const word = next[k]!;
    // A comma or full stop between the number and the noun breaks the link.
    if (/[,.;:()!?]/.test(text.slice(last, word.start))) return undefined;
    last = word.end;
    const s = stemOf(word);
    const lower = word.lower;
    if (v.tenure.has(s)) return false;
    // "four co-op jobs", "two summer placements": posts held, a stretch of a career like "my last two jobs".
    if (k <= 1 && HELD_POSTS.has(lower)) return false;
    // "over five years in two fintech companies": the places a career passed through, not customers won.
    if (k <= 1 && value <= 5 && EMPLOYERS.has(lower) && CAREER_AT.has(before)) return false;
    // "an 8-step SDLC", "a 3-tier architecture": the shape of a thing, not a figure.
    if (k === 0 && STRUCTURE.has(lower) && text.slice(from, word.start) === '-') return false;
    if (k === 0 && (v.percent.has(s) || (lower === 'per' && next[1]?.lower === 'cent'))) return (unit.word = lower === 'per' ? next[1] : word), true;
    if (k === 0 && lower === 'fold') return true;
    // "three times faster", "20 times a day"; not "promoted two times".
    if (k === 0 && lower === 'times') {
      // "downloaded 10,000 times": a count of uses; "promoted two times" is not.
      return value >= 100 || v.comparative.has(next[1]?.lower ?? '') || (RATE.has(next[1]?.lower ?? '') && v.time.has(stemOf(next[2])));
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

/**
 * Which of `ranges` (sorted by start) holds an offset, for offsets asked in increasing order: a cursor
 * that only moves forward, so a sentence's numbers cost linear time however many there are.
 */
function holder(ranges: ReadonlyArray<readonly [number, number]>): (offset: number) => readonly [number, number] | undefined {
  let k = 0;
  return (offset) => {
    while (k < ranges.length && ranges[k]![1] <= offset) k++;
    const r = ranges[k];
    return r && r[0] <= offset ? r : undefined;
  };
}

/** "221B Baker Street": capitalised words after the number, ending in a street word. */
function isStreet(next: readonly Word[]): boolean {
  const capital = (w: Word | undefined) => w !== undefined && capitalised(w.text);
  if (!capital(next[0])) return false;
  return vocab!.street.has(next[0]!.lower) || (capital(next[1]) && vocab!.street.has(next[1]!.lower));
}

/** A reduction verb among the few words before `at`. */
function reducedBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) if (vocab!.reduction.has(stemOf(words[k]))) return true;
  return false;
}

/** "from 1.8 s to 420 ms", "from nine seconds to two": both ends are figures, whatever their units. */
function fromToRanges(words: readonly Word[], techEnds: ReadonlySet<number>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < words.length - 2; i++) {
    if (words[i]!.lower !== 'from') continue;
    // "from about 150 to 520", "from more than 40 findings to 3": a hedge may stand before either end.
    const first = HEDGES.has(words[i + 1]!.lower) ? i + 2 : TWO_WORD_HEDGES.has(`${words[i + 1]!.lower} ${words[i + 2]?.lower}`) ? i + 3 : i + 1;
    if (!words[first] || !isNumeric(words[first]!)) continue;
    // "upgraded Postgres from 9.6 to 15" is a version change.
    const lead = words.slice(Math.max(0, i - 3), i);
    if (lead.some((w) => techEnds.has(w.end) || vocab!.upgrade.has(w.lower))) continue;
    for (let j = first + 1; j < Math.min(words.length - 1, first + 5); j++) {
      if (words[j]!.lower !== 'to') continue;
      const last = HEDGES.has(words[j + 1]!.lower) ? j + 2 : j + 1;
      // "moved our clusters from 1.24 to 1.27": two minor versions of one release line.
      if (words[last] && isNumeric(words[last]!) && !versionPair(words[first]!.text, words[last]!.text)) ranges.push([words[i]!.start, words[last]!.end]);
      break;
    }
  }
  return ranges;
}

const TWO_WORD_HEDGES = new Set(['more than', 'less than', 'fewer than', 'up to']);

/** "1.24" and "1.27": versions, not measurements (same major number, a minor of two digits or more). */
function versionPair(a: string, b: string): boolean {
  const x = /^v?(\d+)\.(\d{2,})(?:\.\d+)?$/.exec(a);
  const y = /^v?(\d+)\.(\d{2,})(?:\.\d+)?$/.exec(b);
  return x !== null && y !== null && x[1] === y[1];
}

function isNumeric(word: Word): boolean {
  if (YEAR.test(word.text)) return false;
  return /^[$€£¥]?\d/.test(word.text) || numberWord(word.lower) !== undefined || word.lower === 'one';
}

/** The index of the word that holds `offset`, or -1. Words are in order, so this is a binary search. */
function wordAt(words: readonly Word[], offset: number): number {
  const i = firstStartingAfter(words, offset) - 1;
  return i >= 0 && offset < words[i]!.end ? i : -1;
}

/** The index of the first word that starts after `offset`. */
function firstStartingAfter(words: readonly Word[], offset: number): number {
  return firstIndex(words, (w) => w.start <= offset);
}

/** Time spent on practice or learning after a figure: tenure in hours. Bounded, so it never backtracks far. */
const SPENT_LEARNING = latinFirst(/^\+?\s*(?:(?:hours?|days?|weeks?|months?)\s+)?of\s+(?:[\p{L}-]{1,20}\s+){0,2}(?:experience|practice|training|study|studying|coursework|instruction|learning|coding|programming|teaching|tutoring)\b/iu);

/** Forms of "be" before a "-fold" word that says a thing has parts: "the reason is twofold". */
const BE = new Set(['is', 'are', 'was', 'were']);
const CREDITS = /^[\d,.]+\+?\s+(?:more\s+)?(?:credits?|credit[\s-]hours?|semester[\s-]hours?|ects)\b|^[\d,.]+\s+(?:more\s+)?units?\s+of\s+(?:[a-z-]{1,15}\s+){0,2}credits?\b/i;
const STUDY_UNITS = /^[\d,.]+\s+(?:more\s+)?units?\b/i;
const STUDY = /\b(?:gpa|college|university|coursework|semester|degree|transcript)\b/i;
/** A count of academic credit: `from` starts at the number; `aboutStudy` tells whether its sentence speaks of study. */
function isCredit(from: string, aboutStudy: () => boolean): boolean {
  return CREDITS.test(from) || (STUDY_UNITS.test(from) && aboutStudy());
}

/**
 * The three words after a number ending at `end`. The rest of a hyphenated word comes first:
 * "40-percent", "3-fold", "2-week".
 */
function wordsAfter(words: readonly Word[], end: number, rest: string): Word[] {
  const i = firstStartingAfter(words, end - 1);
  const after = words.slice(i, i + 3);
  const tail = HYPHEN_WORD.exec(rest);
  if (!tail) return after;
  const piece = tail[1]!;
  return [{ text: piece, lower: piece.toLowerCase(), start: end + 1, end: end + 1 + piece.length }, ...after.slice(0, 2)];
}
