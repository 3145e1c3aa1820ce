// Which Markdown letters skip remark: those whose body holds only what the plain-text road reads
// exactly as remark does (test/parse-fast.test.ts holds the two to the same result).
import { inlineParts } from './fast-inline.js';
import { FRONTMATTER } from './frontmatter.js';

// Markdown syntax a body must not hold for the fast path: references anywhere (a bracket is text
// unless a link follows it or a definition names it: "[Company]" stays text); inline markup other
// than the simple shapes of src/text/fast-inline.ts; at a line's start, indentation, headings, quotes,
// rules, setext underlines and list markers other than simple lists; a line of white space only
// (blank to one reader, text to another); line separators JavaScript counts as line ends and
// Markdown does not; NUL (replaced).
const MARKUP = /[\u0000\u0085\u2028\u2029]|\]\[|\]:/;
// Inline markup the fast road reads itself in its simple shapes, or sees inside a code span (src/text/fast-inline.ts).
const INLINE = /[*`_<\\&~|]|\]\(/;
// What starts a block other than a paragraph, at a line's start: indentation, a heading, a quote, a
// setext underline or rule, a list marker. "+44 20 7946", "-Sam" and "=> x" are text.
const BLOCK_START = /^(?:[ \t#>]|=+[ \t]*$|[-+*](?:[ \t]|$)|-+[ \t]*$|\d{1,9}[.)](?:[ \t]|$))/;
// A thematic break the fast road takes: dashes only, after a blank line (after text they underline a heading).
export const RULE = /^-{3,}[ \t]*$/;
const LINE_START = new RegExp(BLOCK_START.source, 'm');
const WHITE_LINE = /^[^\S\r\n]+$/m;

/**
 * A Markdown letter with no Markdown in its body (paragraphs of plain sentences, as most letters
 * are) reads exactly as plain text: its blocks are its runs of non-blank lines. Such a letter skips
 * remark, which is about a third of the time spent on a letter; test/parse-fast.test.ts checks,
 * on generated letters, that both roads give the same result. Returns where the body starts and
 * the frontmatter, or undefined when remark must read the letter.
 */
export function plainMarkdown(text: string, canHaveFrontmatter = true): FastRoad | undefined {
  // Asked of the same letter by the loader, the fallback check and the parser: answered once.
  if (lastAsked && text === lastAsked.text && canHaveFrontmatter === lastAsked.canHaveFrontmatter) return lastAsked.answer;
  const answer = fastRoad(text, canHaveFrontmatter);
  lastAsked = { text, canHaveFrontmatter, answer };
  return answer;
}

type FastRoad = { from: number; frontmatter?: string };
let lastAsked: { text: string; canHaveFrontmatter: boolean; answer: FastRoad | undefined } | undefined;

function fastRoad(text: string, canHaveFrontmatter: boolean): FastRoad | undefined {
  // micromark drops a leading byte-order mark and counts offsets from after it.
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const front = canHaveFrontmatter && text.startsWith('---') ? FRONTMATTER.exec(text) : null;
  // Frontmatter that is never closed leaves remark reading what follows its own way ("1) a" is no list).
  if (canHaveFrontmatter && !front && text.startsWith('---')) return undefined;
  const from = front ? front[0].length : 0;
  const body = from > 0 ? text.slice(from) : text;
  if (MARKUP.test(body) || WHITE_LINE.test(body)) return undefined;
  if (LINE_START.test(body) && !simpleLists(body)) return undefined;
  // Every construct it reads ends on its line, so the whole body is checked in one pass.
  if (INLINE.test(body) && !inlineParts(body, 0, body.length, [])) return undefined;
  return front ? { from, frontmatter: front[1] ?? '' } : { from };
}

const ITEM = /^(?:[-*+]|\d{1,9}[.)]) (?=\S)/;

/**
 * A list item the fast road reads as remark does: "- " or "1. " (one space), then text that starts
 * no other block. Returns the marker's length and its kind ("-", "." or ")": another kind starts
 * another list), or undefined.
 */
export function itemMarker(line: string): { length: number; kind: string } | undefined {
  const m = ITEM.exec(line);
  if (!m || BLOCK_START.test(line.slice(m[0].length))) return undefined;
  return { length: m[0].length, kind: m[0].at(-2)! };
}

const HEADING = /^#{1,6}[ \t]+(?=\S)/;

/**
 * An ATX heading the fast road reads as remark does ("## Why Northwind"): where its text starts and
 * ends in the line (after the opening run and spaces, before trailing spaces), or undefined. Its
 * text must not end in "#", so there is no closing sequence to strip.
 */
export function headingMarker(line: string): { from: number; to: number } | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  let to = line.length;
  while (line.charCodeAt(to - 1) === 0x20 || line.charCodeAt(to - 1) === 0x09) to--;
  return line.charCodeAt(to - 1) === 0x23 ? undefined : { from: m[0].length, to };
}

/**
 * Whether every line that starts a block in `body` is a list item or a heading the fast road
 * takes: items one line each, after a blank line, a heading or another item (an item cannot
 * interrupt a paragraph here), and never followed by a line of text (which remark would join to
 * the item); a heading is one line, and may interrupt a paragraph; a rule of dashes stands after a blank line.
 */
function simpleLists(body: string): boolean {
  let previous: 'blank' | 'text' | 'item' = 'blank';
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (line === '' || headingMarker(line) !== undefined || (previous === 'blank' && RULE.test(line))) {
      previous = 'blank';
    } else if (itemMarker(line)) {
      if (previous === 'text') return false;
      previous = 'item';
    } else {
      if (previous === 'item' || BLOCK_START.test(line)) return false;
      previous = 'text';
    }
  }
  return true;
}
