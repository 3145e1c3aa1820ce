// When a Markdown letter is read as plain text instead: remark's time grows faster than the input
// on deep nesting, dense inline markers and long lists, and no letter comes near these limits.
import { plainMarkdown } from './fast-road.js';

/** Deeper than this (quotes and list items inside each other) no letter goes (three levels is a lot); remark slows down with depth: 1.5 MB of 16-deep list lines took 50 s. */
export const MAX_MARKDOWN_DEPTH = 8;

/**
 * Why a Markdown letter is read as plain text instead, or undefined when it is read as Markdown: a
 * line nested deeper than any letter is, or a paragraph thick with inline markers (remark's time
 * grows faster than either).
 */
export function markdownFallback(text: string): string | undefined {
  // The fast road reads its Markdown exactly and in linear time: remark's limits are not for it.
  if (plainMarkdown(text)) return undefined;
  const depth = nestingDepth(text, MAX_MARKDOWN_DEPTH);
  if (depth > MAX_MARKDOWN_DEPTH) return `Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep; read as plain text`;
  if (inlineMarkers(text) > MAX_INLINE_MARKERS) return `more than ${MAX_INLINE_MARKERS} emphasis markers or link brackets in one paragraph; read as plain text`;
  if (listItems(text) > MAX_LIST_ITEMS) return `more than ${MAX_LIST_ITEMS} list items; read as plain text`;
  if (indentedThroughout(text)) return 'every line is indented, which Markdown shows as one code block; read as plain text';
  return undefined;
}

/** Lines it takes before a letter indented throughout is read as one (a short snippet is code). */
const INDENTED_LINES = 3;

/**
 * A letter pasted with four spaces or a tab before every line is one code block to Markdown, and a
 * letter all the same to its writer and reader. Not HTML so indented ("    <p>Dear…</p>"), which the
 * Markdown road reads as HTML paragraphs.
 */
function indentedThroughout(text: string): boolean {
  let lines = 0;
  let i = 0;
  while (i < text.length) {
    const eol = text.indexOf('\n', i);
    const end = eol < 0 ? text.length : eol;
    let j = i;
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 13)) j++;
    if (j < end) {
      // Not blank: four spaces or a tab before its first character, and no tag to open it.
      if ((j - i < 4 && text.charCodeAt(j) !== 9) || text.charCodeAt(j) === 60) return false;
      lines++;
    }
    i = end + 1;
  }
  return lines >= INDENTED_LINES;
}

/**
 * More list items than this no letter has (a dozen bullets is a long letter). remark reads a list
 * whole, with no place to cut it into segments, and spends about 20 µs a byte on one: 160 KB of
 * nested bullets took 5 s as Markdown and takes 1 s as plain text.
 */
export const MAX_LIST_ITEMS = 1000;

/** Lines that open a list item ("- ", "* ", "+ ", "1. ", "2) "), after any indentation or quote markers. */
function listItems(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length && count <= MAX_LIST_ITEMS) {
    let j = i;
    for (let c = text.charCodeAt(j); c === 32 || c === 9 || c === 62; c = text.charCodeAt(++j));
    const c = text.charCodeAt(j);
    const next = text.charCodeAt(j + 1);
    if ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) count++;
    else if (c >= 48 && c <= 57) {
      let k = j;
      while (k < text.length && k - j < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
      const d = text.charCodeAt(k);
      if ((d === 46 || d === 41) && (text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 9)) count++;
    }
    const eol = text.indexOf('\n', j);
    i = eol < 0 ? text.length : eol + 1;
  }
  return count;
}

/**
 * More emphasis markers ("*", "_") or link brackets ("[", "](") than this in one paragraph no
 * letter has (a dozen is a lot); remark resolves them in time that grows faster than their number
 * (1.5 MB of "*_" took 22 s, of "[a](" 15 s).
 */
export const MAX_INLINE_MARKERS = 2000;

/** The most emphasis markers and link brackets in one paragraph (a run of text between blank lines). */
function inlineMarkers(text: string): number {
  let max = 0;
  let count = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line with nothing but spaces before this break ends the paragraph.
      if (blank) count = 0;
      blank = true;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      blank = false;
      if (c === 42 || c === 95 || c === 91 /* * _ [ */) {
        count++;
        if (count > max) max = count;
      }
    }
  }
  return max;
}

/**
 * An upper bound on the container nesting of the deepest line (block quote markers, list markers,
 * and the indentation before them, which a nested list needs at least two columns of per level),
 * scanning only each line's prefix; stops early once past `limit`.
 */
function nestingDepth(text: string, limit: number): number {
  let max = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let column = 0;
    let markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        column++;
        i++;
      } else if (c === 9) {
        column += 4 - (column % 4);
        i++;
      } else if (c === 62 /* > */) {
        markers++;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpaceOrEnd(text.charCodeAt(i + 1))) {
        markers++;
        i++;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) /* . ) */ && isSpaceOrEnd(text.charCodeAt(j + 1))) {
          markers++;
          i = j + 1;
        } else break;
      } else break;
    }
    // Indentation nests only under a marker on the same line ("      - item"); a line that is only
    // indented (a right-aligned date) opens nothing.
    const depth = markers === 0 ? 0 : markers + (column >> 1);
    if (depth > max) max = depth;
    if (max > limit) return max;
    // On to the next line.
    while (i < n) {
      const c = text.charCodeAt(i++);
      if (c === 10) break;
      if (c === 13) {
        if (text.charCodeAt(i) === 10) i++;
        break;
      }
    }
  }
  return max;
}

function isSpaceOrEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
