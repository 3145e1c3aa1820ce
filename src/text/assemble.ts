// Either road's blocks to the parsed letter, a batch at a time: a large letter's tokens and nlcst
// are let go as soon as they are read.
import type { Block, Comment, Sentence } from '../types.js';
import { firstIndex } from './search.js';
import { toNlcst, type Leaf } from './nlcst.js';
import { buildSentence, countWords } from './words.js';

export interface Parsed {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  wordCount: number;
  excluded: Array<[number, number]>;
  frontmatter?: string;
  /** HTML comments in Markdown, where inline control directives live. */
  comments: Comment[];
  /** Markdown's HTML blocks other than comments ("<Your Name>" alone on a line): not prose, but text a reader sees. */
  html: Array<[number, number]>;
}

const URL_START = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;
const URL_TRAILING = /[.,;:!?'"]/;

/** URLs in [start, end): as URL_START, less trailing punctuation; linear (no backtracking). */
function urlsIn(text: string, start: number, end: number, out: Array<[number, number]>): void {
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(URL_START)) {
    let stop = m.index + m[0].length;
    while (stop > m.index && URL_TRAILING.test(slice[stop - 1]!)) stop--;
    const prefix = /^www\./i.test(m[0]) ? 4 : m[0].indexOf('//') + 2;
    if (stop - m.index >= prefix + 2) out.push([start + m.index, start + stop]);
  }
}

/**
 * Gathers blocks' sentences, drops URL words, and counts words, a batch of blocks at a time (one
 * segment of a large letter): each block's tokens and nlcst are let go as soon as they are read, so
 * a large letter's garbage dies young instead of all of it living until the end.
 */
export class Assembler {
  private readonly blocks: Block[] = [];
  private readonly sentences: Sentence[] = [];
  private readonly excluded: Array<[number, number]> = [];
  private wordCount = 0;

  constructor(private readonly text: string) {}

  /** Blocks in document order, after those added before; `ranges` are the excluded spans inside them. */
  add(leaves: readonly Leaf[], ranges: Array<[number, number]>): void {
    const text = this.text;
    for (const leaf of leaves) urlsIn(text, leaf.start, leaf.end, ranges);
    ranges.sort((a, b) => a[0] - b[0]);
    for (const range of ranges) this.excluded.push(range);
    const isExcluded = exclusionTest(ranges);
    for (const leaf of leaves) {
      const block: Block = { kind: leaf.kind, start: leaf.start, end: leaf.end, sentences: [], list: leaf.list };
      for (const paragraph of toNlcst(leaf).children) {
        if (paragraph.type !== 'ParagraphNode') continue;
        for (const node of paragraph.children) {
          if (node.type !== 'SentenceNode' || !node.position) continue;
          const sentence = buildSentence(node, text, isExcluded);
          this.wordCount += countWords(node, isExcluded);
          if (sentence.words.length === 0) continue;
          // parse-english ends a sentence at the dot of ".NET"; the word took its dot back, so the
          // sentence it starts continues the one before.
          const last = block.sentences.at(-1);
          if (last && sentence.words[0]!.start < last.end) {
            last.end = sentence.end;
            for (const w of sentence.words) last.words.push(w);
            for (const t of sentence.terms) last.terms.push(t);
            continue;
          }
          block.sentences.push(sentence);
          this.sentences.push(sentence);
        }
      }
      if (block.sentences.length > 0) this.blocks.push(block);
    }
  }

  result(frontmatter: string | undefined): Omit<Parsed, 'comments' | 'html'> {
    const excluded = this.excluded.sort((a, b) => a[0] - b[0]);
    return { text: this.text, blocks: this.blocks, sentences: this.sentences, wordCount: this.wordCount, excluded, frontmatter };
  }
}

/** A test for overlap with sorted ranges, by binary search over their merged union. */
function exclusionTest(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return (start, end) => {
    const lo = firstIndex(merged, (range) => range[1] <= start);
    return lo < merged.length && merged[lo]![0] < end;
  };
}
