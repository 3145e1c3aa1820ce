// From text to the shared view of a letter: prose blocks, sentences, words and terms, with every
// offset pointing into the letter's own text. Markdown goes through remark (mdast); each prose block
// is then turned into nlcst the way mdast-util-to-nlcst (the converter under remark-retext) does it,
// but one block at a time, without recursion, and with every word placed by the source text rather
// than by the parsed value, so escapes, character references and blockquote or list prefixes inside
// a paragraph cannot shift a position. Plain text goes through parse-english, the parser under
// retext-english, one run of non-blank lines at a time.
//
// Nothing here may take more than linear time or recurse with the input's depth: a letter is handed
// over by a hook or a CI job, and whatever it holds (a 1 MB line, 10,000 nested quotes) must come
// back in seconds. remark itself slows down sharply on some shapes (long nested lists, deep
// nesting, long runs of unmatched emphasis), so a large Markdown file is read in bounded segments,
// and one nested too deeply for any letter is read as plain text.
import type { Sentence } from '../types.js';
import type { Parsed } from './assemble.js';
import { plainMarkdown } from './fast-road.js';
import { parsePlain } from './plain-text.js';
import { markdownFallback } from './markdown-fallback.js';
import { parseMarkdownTree } from './remark.js';

export function parseLetter(text: string, format: 'markdown' | 'text'): Parsed {
  if (format === 'text') return parsePlain(text, { from: 0 }, true);
  if (markdownFallback(text) !== undefined) return parsePlain(text);
  return parseMarkdown(text);
}

function parseMarkdown(text: string): Parsed {
  const plain = plainMarkdown(text);
  if (plain) return parsePlain(text, plain, false, { lists: 0, excluded: [] });
  return parseMarkdownTree(text);
}

/** The sentences of plain text that is no block of the letter (the words of an HTML block), tokenised as a letter's are. */
export function plainSentences(text: string): Sentence[] {
  return parsePlain(text).sentences;
}

/** The stems of a plain phrase (from configuration), tokenised exactly as a letter's words are. */
export function stemsOfPhrase(phrase: string): string[] {
  return parsePlain(phrase).sentences.flatMap((s) => s.terms.map((t) => t.stem));
}
