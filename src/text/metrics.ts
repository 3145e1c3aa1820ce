// Numbers in prose, each judged: a measured outcome or scale figure, or a number that is not one
// (a year, a version, tenure, a phone number, an ordinal). The numeric literal itself is found by
// a regular expression, since "1,200", "$2.4M" and "420ms" are shapes of characters; what it
// means is decided from the words around it.
import { currencySymbols } from '../../rules/data/metrics.js';
import { frameMentions, mergeMentions } from './metric-frames.js';
import { markHeadcounts, markOthersFigures, markOwnOutput, markOwnShares } from './metric-judgements.js';
import { fromToRanges, holder, wordAt, wordsAfter, YEAR } from './metric-spans.js';
import { countedThing, judgeByNextWords } from './metric-units.js';
import { numberWord, stemOf, vocabulary } from './metric-vocab.js';
import { findTechnologies } from './tech.js';
import { stem } from './terms.js';
import type { NumberMention, Sentence, Word } from '../types.js';
import { capitalised, LatinFirst, latinFirst } from './latin.js';
import { isWordSpace, unmarked } from './trim.js';

// A number, with an optional currency sign, thousands separators, decimals and a range ("20-30%").
// "sub-100ms" is a figure; other numbers right after a hyphen ("COVID-19") are not numbers of their own.
const NUMBER = new LatinFirst(
  `(?:(?<=\\bsub-)|(?<![\\p{L}\\p{N}_./:#'\u2013-]))([${currencySymbols}]\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:[-\u2013]\\d+(?:\\.\\d+)?)?(?!\\d)`,
  'gu',
);
// "27μs" is written with the Greek mu as often as with the micro sign; "60fps" is a frame rate.
const ATTACHED = latinFirst(/^\s?(ms|µs|μs|ns|s|secs?|m|mins?|h|hrs?|k|K|M|B|bn|x|X|×|%|[KMGTP]i?B|[kmgtp]b|rps|qps|tps|fps|FPS|[kKMG]Wh?|K?LOC|kloc)(?![\p{L}\d])/u);
// "$16.27b", "$2b": after a currency sign a lower-case b is billions, as "B" and "bn" are anywhere;
// elsewhere "4b" is a section, a phase or a flat ("Phase 2b", "Flat 4b").
const MONEY_BILLIONS = latinFirst(/^b(?![\p{L}\d])/u);
const STARTS_LETTER = latinFirst(/^\p{L}/u);
const SHAPE_NOT_METRIC = /^(?:[/.:-]\d|\+\s?years?\b)/i;
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
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
// "Quarter" is left out: "slipped by a quarter" is a stretch of time (see tenureUnits).
const FRACTIONS = new Set(['third', 'thirds', 'fifth', 'fifths', 'tenth', 'tenths']);
const MAGNITUDES = new Set(['hundred', 'thousand', 'lakh', 'million', 'crore', 'billion', 'trillion']);

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
export function findNumbers(text: string, sentences: readonly Sentence[], company?: string): NumberMention[] {
  const v = vocabulary();
  const out: NumberMention[] = [];
  // The reader's company by its first word, as sentences name it: "Hollowell operates…".
  const companyWord = company?.trim().split(/\s+/)[0]?.toLowerCase() || undefined;
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
      const attached = ATTACHED.exec(rest) ?? (m[1] ? MONEY_BILLIONS.exec(rest) : null);
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
        // "roughly 600 mailboxes", "250000+ addresses": hundreds of a thing the lexicon does not know are
        // scale all the same; not a standard's number ("NIST SP 800-171 requirements").
        metric = judgeByNextWords(next, text, end, words, own, unit, value) ?? (m[2]!.includes(',') || (value >= 100 && !yearLike && !/[-\u2013]/.test(m[0]) && !/^[A-Z]{2,}$/.test(prev?.text ?? '') && countedThing(next[0], text, text[end] === '+' ? end + 1 : end)));
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
    markOthersFigures(sentence, merged, companyWord);
    for (const m of merged) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "of the time", "the time": what follows a share of time taken. */
function ofTheTime(words: readonly Word[], at: number): boolean {
  const k = words[at]?.lower === 'of' ? at + 1 : at;
  return words[k]?.lower === 'the' && words[k + 1]?.lower === 'time';
}

/** A rank whose list has a two-word name: "Fortune Global 500", "Top Global 100". */
function namedRank(words: readonly Word[], at: number): boolean {
  const name = words[at - 1];
  return name !== undefined && capitalised(name.text) && vocabulary().rank.has(words[at - 2]?.lower ?? '');
}

/** "221B Baker Street": capitalised words after the number, ending in a street word. */
function isStreet(next: readonly Word[]): boolean {
  const capital = (w: Word | undefined) => w !== undefined && capitalised(w.text);
  if (!capital(next[0])) return false;
  return vocabulary().street.has(next[0]!.lower) || (capital(next[1]) && vocabulary().street.has(next[1]!.lower));
}

/** A reduction verb among the few words before `at`. */
function reducedBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) if (vocabulary().reduction.has(stemOf(words[k]))) return true;
  return false;
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
