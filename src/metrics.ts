// Numbers in prose, each judged: a measured outcome or scale figure, or a number that is not one
// (a year, a version, tenure, a phone number, an ordinal). The numeric literal itself is found by
// a regular expression, since "1,200", "$2.4M" and "420ms" are shapes of characters; what it
// means is decided from the words around it.
import {
  changeWords, comparatives, countNouns, currencySymbols, currencyWords, numberWords, percentWords, sizeUnits,
  tenureUnits, timeUnits, versionWords,
} from '../rules/data/metrics.js';
import { findTechnologies } from './tech.js';
import { normalise, stem } from './terms.js';
import type { NumberMention, Sentence, Word } from './types.js';


const stems = (list: readonly string[]): Set<string> => new Set(list.map((w) => stem(normalise(w))));
let vocab: ReturnType<typeof buildVocab> | undefined;
function buildVocab() {
  return {
    count: stems(countNouns),
    time: stems(timeUnits),
    size: stems(sizeUnits),
    percent: stems(percentWords),
    currency: stems(currencyWords),
    comparative: new Set(comparatives),
    tenure: stems(tenureUnits),
    version: stems(versionWords),
    change: new Set(changeWords),
  };
}

const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_./:#'-])([${currencySymbols}]\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d])`,
  'gu',
);
const ATTACHED = /^\s?(ms|µs|ns|s|secs?|m|mins?|h|hrs?|k|K|M|B|bn|x|X|×|%|[KMGTP]i?B|[kmgtp]b|rps|qps|tps)(?![\p{L}\d])/u;
const SHAPE_NOT_METRIC = /^(?:[/.:-]\d|(?:st|nd|rd|th)\b|\+\s?years?\b)/i;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,4}|\+\d{7,15}/g;
// Words before a four-digit number that make it a year: "in 2019", "since 2021", "March 2020".
const YEAR_WORDS = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'during', 'of', 'early', 'late', 'mid', 'before', 'after',
  'around', 'circa', 'summer', 'spring', 'fall', 'autumn', 'winter', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'q1', 'q2', 'q3', 'q4', 'to', 'and',
]);
const RATE = new Set(['per', 'a', 'an', 'each', 'every']);
const STOP = new Set(['of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'and', 'or', 'by', 'per', 'a', 'an', 'the']);

/** Every number in the given sentences, judged. */
export function findNumbers(text: string, sentences: readonly Sentence[]): NumberMention[] {
  vocab ??= buildVocab();
  const out: NumberMention[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    const phones = [...slice.matchAll(PHONE)].filter((m) => m[0].replace(/\D/g, '').length >= 7);
    const inPhone = (i: number) => phones.some((p) => i >= p.index! && i < p.index! + p[0].length);
    const techEnds = new Set(findTechnologies(sentence.words).map((t) => t.end));
    const beforeAfter = fromToRanges(sentence);

    for (const m of slice.matchAll(NUMBER)) {
      const start = sentence.start + m.index!;
      let end = start + m[0].length;
      const rest = text.slice(end, sentence.end);
      const yearLike = !m[1] && !m[3] && /^(19[5-9]\d|20\d\d)$/.test(m[2]!);
      let metric = false;
      if (inPhone(m.index!) || SHAPE_NOT_METRIC.test(rest)) {
        metric = false;
      } else if (m[1]) {
        metric = true;
      } else {
        const attached = ATTACHED.exec(rest);
        if (attached) end += attached[0].length;
        const prev = wordBefore(sentence.words, start);
        if (attached) metric = !(yearLike && attached[1] === 's');
        else if (beforeAfter.some(([s, e]) => start >= s && start < e)) metric = true;
        else if (prev && (techEnds.has(prev.end) || vocab.version.has(stem(prev.lower)))) metric = false;
        else if (yearLike && prev && YEAR_WORDS.has(prev.lower)) metric = false;
        else metric = judgeByNextWords(wordsAfter(sentence.words, end), text, end) ?? false;
      }
      out.push({ start, end, text: text.slice(start, end), metric });
    }

    for (let i = 0; i < sentence.words.length; i++) {
      const word = sentence.words[i]!;
      if (vocab.change.has(word.lower) && !/^(down|as|up)$/.test(sentence.words[i + 1]?.lower ?? '')) {
        out.push({ start: word.start, end: word.end, text: word.text, metric: true });
        continue;
      }
      if (numberWords[word.lower] === undefined) continue;
      const next = sentence.words.slice(i + 1, i + 4);
      const inRange = beforeAfter.some(([s, e]) => word.start >= s && word.start < e);
      const metric = inRange || (judgeByNextWords(next, text, word.end) ?? false);
      const shown = metric || next[0] === undefined ? word : next[0];
      out.push({ start: word.start, end: shown.end, text: text.slice(word.start, shown.end), metric });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Reads up to three words after a number. True: a unit or counted noun; false: tenure ("years");
 * undefined: nothing that makes it a figure.
 */
function judgeByNextWords(next: readonly Word[], text: string, from: number): boolean | undefined {
  const v = vocab!;
  let last = from;
  for (let k = 0; k < next.length && k < 3; k++) {
    const word = next[k]!;
    // A comma or full stop between the number and the noun breaks the link.
    if (/[,.;:()!?]/.test(text.slice(last, word.start))) return undefined;
    last = word.end;
    const s = stem(normalise(word.text.replace(/['\u2019]s$/, '')));
    const lower = word.lower;
    if (v.tenure.has(s)) return false;
    if (k === 0 && (v.percent.has(s) || (lower === 'per' && next[1]?.lower === 'cent'))) return true;
    if (k === 0 && (lower === 'times' || lower === 'fold')) return v.comparative.has(next[1]?.lower ?? '');
    if (k <= 1 && (v.time.has(s) || v.size.has(s) || v.currency.has(s))) return true;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word.text);
    if (v.count.has(s) && !capitalised) return true;
    if (RATE.has(lower) && next[k + 1] && (v.time.has(stem(next[k + 1]!.lower)) || v.tenure.has(stem(next[k + 1]!.lower)))) {
      return true;
    }
    if (STOP.has(lower)) return undefined;
  }
  return undefined;
}

/** "from 1.8 s to 420 ms", "from nine seconds to two": both ends are figures, whatever their units. */
function fromToRanges(sentence: Sentence): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const words = sentence.words;
  for (let i = 0; i < words.length - 2; i++) {
    if (words[i]!.lower !== 'from' || !isNumeric(words[i + 1]!)) continue;
    for (let j = i + 2; j < Math.min(words.length - 1, i + 6); j++) {
      if (words[j]!.lower === 'to' && isNumeric(words[j + 1]!)) {
        ranges.push([words[i]!.start, words[j + 1]!.end]);
        break;
      }
    }
  }
  return ranges;
}

function isNumeric(word: Word): boolean {
  if (/^(19[5-9]\d|20\d\d)$/.test(word.text)) return false;
  return /^[$€£¥]?\d/.test(word.text) || numberWords[word.lower] !== undefined || word.lower === 'one';
}

function wordsAfter(words: readonly Word[], offset: number): Word[] {
  const i = words.findIndex((w) => w.start >= offset);
  return i < 0 ? [] : words.slice(i, i + 3);
}

function wordBefore(words: readonly Word[], offset: number): Word | undefined {
  let found: Word | undefined;
  for (const w of words) {
    if (w.end <= offset) found = w;
    else break;
  }
  return found;
}
