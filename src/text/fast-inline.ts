// The inline Markdown the fast road reads itself: `*emphasis*`, `**strong**` (or with `_`),
// `` `code` `` and `[text](destination)`, each on one line, in the shapes where CommonMark leaves no
// choice (an opening `*` after a space and before a letter, the closing one after a letter or a
// stop); and the characters that are only text where they stand ("R&D", "< 5 ms", "snake_case",
// "~40%", "a | b": remark here reads CommonMark without GFM). Any other use of these characters
// sends the letter to remark. test/parse-fast.test.ts holds the two roads equal on generated letters.

/** A run of the block read as one unit: text remark gives as one text node, or a code span. */
export interface InlinePart {
  code: boolean;
  from: number;
  to: number;
}

const isLineEnd = (c: string | undefined) => c === '\n' || c === '\r';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || isLineEnd(c);
const isAlnum = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
// Before an opening `*`: start of line, a space, or an opening bracket or quote (still only "left-flanking").
const OPENS_AFTER = new Set([' ', '\t', '\n', '\r', '(', '"']);
// After a closing `*` that follows a letter: a space, the line's end, or punctuation.
const CLOSES_BEFORE = new Set([' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', ')', '"', "'"]);
const STOPS = new Set(['.', ',', ';', ':', '!', '?', ')']);
// Markup the fast road never reads itself: outside a code span, any of these sends the letter to remark.
const OTHER_MARKUP = new Set(['_', '<', '\\', '&', '~', '|']);
const SPECIAL = /[*`[\]_<\\&~|]/g;
// What may follow "<" in a tag, a comment or an autolink: after anything else "<" is text.
const TAG_START = /[A-Za-z/!?]/;
// "&" starts a character reference only in these shapes; elsewhere it is text ("R&D", "Q & A").
// Sticky: set lastIndex to where to look. Shared with the remark road's offset alignment (src/text/offsets.ts).
export const REFERENCE = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;
// A backslash before one of these escapes it; before anything else it is text.
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const NOT_IN_DESTINATION = new Set([' ', '\t', '<', '>', '(', '"', "'", '`', '*', '[', ']', '\\']);

/**
 * The parts of text[from, to) in order, with code spans and link destinations pushed to `excluded`
 * (as the remark road excludes them); undefined when the range holds inline Markdown the fast road
 * does not take.
 */
export function inlineParts(text: string, from: number, to: number, excluded: Array<[number, number]>): InlinePart[] | undefined {
  const parts: InlinePart[] = [];
  const pushText = (a: number, b: number) => {
    if (b > a) parts.push({ code: false, from: a, to: b });
  };
  let segment = from;
  // The last search for a "]": from where to where it looked, and what it found. A "[" inside that
  // stretch finds the same, so a line of many "[" is scanned once, not once for each.
  let searched = -1;
  let searchedTo = -1;
  let found = -1;
  let i = from;
  while (i < to) {
    // Plain text is skipped at once: only these characters can start markup.
    const next = nextSpecial(text, i);
    if (next < 0 || next >= to) break;
    i = next;
    const c = text[i]!;
    const before = i > from ? text[i - 1] : '\n';
    if (c === '`') {
      const end = codeEnd(text, i, to);
      if (end < 0) return undefined;
      pushText(segment, i);
      parts.push({ code: true, from: i, to: end });
      excluded.push([i, end]);
      segment = i = end;
    } else if (c === '*' || c === '_') {
      let run = 1;
      while (text[i + run] === c) run++;
      // An underscore between two letters or digits neither opens nor closes: "snake_case" is text.
      if (c === '_' && isAlnum(before) && isAlnum(text[i + run])) {
        i += run;
        continue;
      }
      const n = run;
      const close = n <= 2 && OPENS_AFTER.has(before!) && isAlnum(text[i + n]) ? emphasisEnd(text, i + n, c, n, to) : -1;
      if (close < 0) return undefined;
      pushText(segment, i);
      pushText(i + n, close);
      segment = i = close + n;
    } else if (c === '[') {
      if (!(i > searched && i < searchedTo)) {
        found = bracketEnd(text, i, to);
        searched = i;
        searchedTo = found >= 0 ? found : lineEnd(text, i, to);
      }
      const close = found;
      if (close < 0 || text[close + 1] !== '(') {
        i++;
        continue;
      }
      const end = before === '!' || before === ']' ? -1 : linkEnd(text, i, close, to);
      if (end < 0) return undefined;
      pushText(segment, i);
      pushText(i + 1, close);
      excluded.push([close, end]);
      segment = i = end;
    } else if (isText(text, i, to)) {
      i++;
    } else if (OTHER_MARKUP.has(c) || (c === ']' && text[i + 1] === '(')) {
      // Or "](" that no simple link took.
      return undefined;
    } else {
      i++;
    }
  }
  pushText(segment, to);
  return parts;
}

// The last search for a markup character: from where, and where it found one (-1: none). A search
// runs on past the block it was asked for, so the blocks after it, asked in order, reuse what it
// found: a long letter with one "*" at its end is scanned once, not once for each block.
let searchedFor = { text: '', from: 0, at: -1 };

function nextSpecial(text: string, i: number): number {
  const last = searchedFor;
  if (last.text === text && last.from <= i && (last.at < 0 || i <= last.at)) return last.at;
  SPECIAL.lastIndex = i;
  const at = SPECIAL.test(text) ? SPECIAL.lastIndex - 1 : -1;
  searchedFor = { text, from: i, at };
  return at;
}

/** The end of a one-backtick code span opening at `i` on this line, or -1. */
function codeEnd(text: string, i: number, to: number): number {
  if (text[i + 1] === '`' || text[i - 1] === '`') return -1;
  for (let j = i + 1; j < to && !isLineEnd(text[j]); j++) {
    if (text[j] !== '`') continue;
    return j > i + 1 && text[j + 1] !== '`' ? j + 1 : -1;
  }
  return -1;
}

/**
 * Whether the character at `i`, one of "<", "&", "\\", "~" or "|", is text where it stands: not a
 * tag, reference, escape, hard break or fence. A single "~" is text wherever it stands (fences need
 * three at a line's start); so is "|", which only GFM reads as a table.
 */
function isText(text: string, i: number, to: number): boolean {
  const next = i + 1 < to ? text[i + 1]! : '\n';
  switch (text[i]) {
    case '<':
      return !TAG_START.test(next);
    case '&':
      REFERENCE.lastIndex = i;
      return !REFERENCE.test(text);
    case '\\':
      return !isLineEnd(next) && !ASCII_PUNCTUATION.test(next);
    case '~':
      return next !== '~' && text[i - 1] !== '~';
    case '|':
      return true;
    default:
      return false;
  }
}

/** Where the closing run of `n` delimiters `d` ("*" or "_") starts for an opening before `i`, on this line, or -1. */
function emphasisEnd(text: string, i: number, d: string, n: number, to: number): number {
  for (let k = i; k < to && !isLineEnd(text[k]); k++) {
    const c = text[k];
    if (c === '`' || c === '[' || c === ']' || c === '*' || OTHER_MARKUP.has(c!)) {
      if (c !== d) return -1;
    } else {
      continue;
    }
    if (text.slice(k, k + n) !== d.repeat(n) || text[k + n] === d) return -1;
    const last = text[k - 1];
    const next = k + n < to ? text[k + n] : '\n';
    const closes = isAlnum(last) ? CLOSES_BEFORE.has(next!) : STOPS.has(last!) && isSpace(next);
    return closes ? k : -1;
  }
  return -1;
}

/** Where the line holding `i` ends (its line break, or `to`). */
function lineEnd(text: string, i: number, to: number): number {
  let k = i;
  while (k < to && !isLineEnd(text[k])) k++;
  return k;
}

/** The first "]" after `i` on this line, or -1. */
function bracketEnd(text: string, i: number, to: number): number {
  for (let k = i + 1; k < to && !isLineEnd(text[k]); k++) if (text[k] === ']') return k;
  return -1;
}

/** The end of "[text](destination)" with `close` at its "]": plain text, a plain destination, or -1. */
function linkEnd(text: string, open: number, close: number, to: number): number {
  if (close === open + 1) return -1;
  for (let k = open + 1; k < close; k++) if ('[`*'.includes(text[k]!) || OTHER_MARKUP.has(text[k]!)) return -1;
  for (let k = close + 2; k < to && !isLineEnd(text[k]); k++) {
    if (text[k] === ')') return k > close + 2 ? k + 1 : -1;
    if (NOT_IN_DESTINATION.has(text[k]!)) return -1;
  }
  return -1;
}
