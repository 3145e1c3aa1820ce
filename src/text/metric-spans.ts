// Where a number stands among its sentence's words: the word that holds an offset, the words after
// it, and the ranges ("from 1.8 s to 420 ms") and masked stretches that hold it, read by cursor.
import { latinFirst } from './latin.js';
import { numberWord, vocabulary } from './metric-vocab.js';
import { firstIndex } from './search.js';
import type { Word } from '../types.js';

const HYPHEN_WORD = latinFirst(/^-(\p{L}+)/u);
export const YEAR = /^(19[5-9]\d|20\d\d)$/;
const HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'over', 'under', 'just', 'some', 'below', 'above']);

/**
 * Which of `ranges` (sorted by start) holds an offset, for offsets asked in increasing order: a cursor
 * that only moves forward, so a sentence's numbers cost linear time however many there are.
 */
export function holder(ranges: ReadonlyArray<readonly [number, number]>): (offset: number) => readonly [number, number] | undefined {
  let k = 0;
  return (offset) => {
    while (k < ranges.length && ranges[k]![1] <= offset) k++;
    const r = ranges[k];
    return r && r[0] <= offset ? r : undefined;
  };
}

/** "from 1.8 s to 420 ms", "from nine seconds to two": both ends are figures, whatever their units. */
export function fromToRanges(words: readonly Word[], techEnds: ReadonlySet<number>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < words.length - 2; i++) {
    if (words[i]!.lower !== 'from') continue;
    // "from about 150 to 520", "from more than 40 findings to 3": a hedge may stand before either end.
    const first = HEDGES.has(words[i + 1]!.lower) ? i + 2 : TWO_WORD_HEDGES.has(`${words[i + 1]!.lower} ${words[i + 2]?.lower}`) ? i + 3 : i + 1;
    if (!words[first] || !isNumeric(words[first]!)) continue;
    // "upgraded Postgres from 9.6 to 15" is a version change.
    const lead = words.slice(Math.max(0, i - 3), i);
    // Not "our Lighthouse performance score from 60 to 95": a measure of the tool's, named between.
    if (lead.some((w) => techEnds.has(w.end) || vocabulary().upgrade.has(w.lower)) && !lead.some((w) => MEASURES.has(w.lower))) continue;
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
/** What is measured of a tool, not its version: "the Lighthouse score", "Postgres query time". */
const MEASURES = new Set(['score', 'scores', 'time', 'times', 'latency', 'rate', 'rates', 'size', 'count', 'coverage', 'usage', 'cost', 'costs', 'load', 'p95', 'p99', 'throughput']);

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
export function wordAt(words: readonly Word[], offset: number): number {
  const i = firstStartingAfter(words, offset) - 1;
  return i >= 0 && offset < words[i]!.end ? i : -1;
}

/** The index of the first word that starts after `offset`. */
function firstStartingAfter(words: readonly Word[], offset: number): number {
  return firstIndex(words, (w) => w.start <= offset);
}

/**
 * The three words after a number ending at `end`. The rest of a hyphenated word comes first:
 * "40-percent", "3-fold", "2-week".
 */
export function wordsAfter(words: readonly Word[], end: number, rest: string): Word[] {
  const i = firstStartingAfter(words, end - 1);
  const after = words.slice(i, i + 3);
  const tail = HYPHEN_WORD.exec(rest);
  if (!tail) return after;
  const piece = tail[1]!;
  return [{ text: piece, lower: piece.toLowerCase(), start: end + 1, end: end + 1 + piece.length }, ...after.slice(0, 2)];
}
