// Trimming by scanning from each end. A pattern such as /[\s*_]+$/ is tried from every start in a
// run of those characters, so a long run takes quadratic time (a line of 200,000 spaces between two
// words took 51 s); a scan takes one pass.

const isSpace = (c: string) => /\s/.test(c);

/** `text` without the characters `atStart` accepts at its start and `atEnd` accepts at its end. */
export function trimWhere(text: string, atStart: (c: string) => boolean, atEnd: (c: string) => boolean): string {
  let from = 0;
  let to = text.length;
  while (from < to && atStart(text[from]!)) from++;
  while (to > from && atEnd(text[to - 1]!)) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

const never = () => false;
const emphasis = (c: string) => c === '*' || c === '_';

/**
 * A line without the Markdown around its words: quote, heading and emphasis markers at its start,
 * emphasis and a backslash hard break at its end, and the spaces among them.
 */
export function trimMarkers(line: string): string {
  const trimmed = trimWhere(line, (c) => c === '>' || c === '#' || emphasis(c) || isSpace(c), (c) => c === '\\' || emphasis(c) || isSpace(c));
  const indent = LATEX_INDENT.exec(trimmed);
  return indent ? trimMarkers(trimmed.slice(indent[0].length)) : trimmed;
}

/** LaTeX's paragraph commands at a line's start, left in a letter written for pandoc: "\\noindent Best,". */
const LATEX_INDENT = /^\\(?:no)?indent(?![A-Za-z])[ \t]*/;

/** A line without emphasis markers at its end ("**Payments platform, 2021-2023**"). */
export const trimEmphasisEnd = (line: string): string => trimWhere(line, never, emphasis);

/** A word without the full stops at its end. */
export const trimStopsEnd = (word: string): string => trimWhere(word, never, (c) => c === '.');

/** The non-empty lines of text[start, end), each without its Markdown markers. */
export function markedLines(text: string, start: number, end: number): string[] {
  return text.slice(start, end).split(/\r\n|\r|\n/).map(trimMarkers).filter(Boolean);
}

/**
 * Whether text[from, to) joins two words of one phrase: spaces, the line break of a hard-wrapped
 * paragraph (one line break, spaces around it), and emphasis markers, so a figure and its noun read
 * the same however the writer's lines are broken or what they set in bold ("+300\nproblems",
 * "**60%** Python"). A blank line ends the phrase.
 */
export function isWordSpace(text: string, from: number, to: number): boolean {
  // Nearly every gap is one space.
  if (to === from + 1 && text.charCodeAt(from) === 32) return true;
  let breaks = 0;
  let spaced = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 42 || c === 95) continue; // "*", "_"
    else if (c !== 32 && c !== 9 && c !== 13) return false;
    spaced = true;
  }
  return spaced && breaks <= 1;
}

/**
 * Text with its emphasis markers as spaces, for a pattern that reads words around a figure ("1000
 * **hours** of practice", "**24 hours** a day"): one space for one marker, so offsets stay the text's.
 */
export const unmarked = (text: string): string => (text.includes('*') || text.includes('_') ? text.replace(/[*_]/g, ' ') : text);
