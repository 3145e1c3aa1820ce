// A sentence's words and terms as rules read them ("C++" and ".NET" whole, code and URLs left out),
// and words counted as a reader counts them, which is not as nlcst splits them.
import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { JOINER, termsOf } from './terms.js';
import type { Sentence, Term, Word } from '../types.js';
import { trimStopsEnd } from './trim.js';

export function buildSentence(node: NlcstSentence, text: string, isExcluded: (s: number, e: number) => boolean): Sentence {
  const words: Word[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue;
    let start = child.position.start.offset!;
    let end = child.position.end.offset!;
    if (isExcluded(start, end)) continue;
    // Keep "C++", "C#" and ".NET" whole: parse-english splits the symbols off. A dot after a space,
    // a slash or a bracket starts the name: "C#/.NET", "(.NET 8)".
    while (end < text.length && (text[end] === '+' || text[end] === '#') && end - start < 40) end++;
    if (start > 0 && text[start - 1] === '.' && (start === 1 || /[\s/(]/.test(text[start - 2]!))) start--;
    let raw = text.slice(start, end);
    if (raw.endsWith('.')) raw = trimStopsEnd(raw);
    if (raw === '') continue;
    const word: Word = { text: raw, lower: raw.toLowerCase(), start, end: start + raw.length };
    words.push(word);
  }
  const terms: Term[] = [];
  for (const word of words) termsOf(word, terms);
  for (const list of [words, terms]) {
    for (let i = 1; i < list.length; i++) {
      const from = list[i - 1]!.end;
      const to = list[i]!.start;
      // Nearly every gap is one space (or nothing, between a word's pieces): no break, no slice.
      if (to <= from || (to === from + 1 && text.charCodeAt(from) === 32)) continue;
      if (list === terms && to === from + 1 && JOINER.test(text[from]!)) terms[i]!.joined = true;
      if (isBreak(text.slice(from, to))) list[i]!.afterBreak = true;
    }
  }
  return { start: node.position!.start.offset!, end: node.position!.end.offset!, words, terms };
}

/**
 * Whether the text between two words ends a phrase: anything but space, hyphens, slashes, quotes
 * and Markdown emphasis, or a line break that starts a new bullet ("- Go\n- Rust").
 */
function isBreak(between: string): boolean {
  return /[^\s\-\u2010-\u2014/*_'"\u2018-\u201f]/.test(between) || /[\r\n]\s*(?:[-*+\u2022\u2013]|\d+[.)])\s/.test(between);
}

/**
 * Words as a reader or an editor counts them: runs of text between white space that hold a word,
 * so "1,200", "e.g." and "Node.js" are one word each. Inline code and URLs are left out.
 */
export function countWords(node: NlcstSentence, isExcluded: (s: number, e: number) => boolean): number {
  let count = 0;
  let inRun = false;
  let counted = false;
  const visit = (children: SentenceContent[]): void => {
    for (const child of children) {
      if (child.type === 'WhiteSpaceNode') {
        inRun = false;
        continue;
      }
      if (!inRun) {
        inRun = true;
        counted = false;
      }
      if (child.type === 'WordNode' && !counted) {
        const p = child.position;
        if (p && !isExcluded(p.start.offset!, p.end.offset!)) {
          count++;
          counted = true;
        }
      }
    }
  };
  visit(node.children);
  return count;
}
