// Where each token stands in the letter's own text: offsets as unist points, and a parsed value's
// characters lined up with their source, so that escapes, character references and line prefixes
// cannot shift a word (rules report and fix by these offsets).
import type { SentenceContent } from 'nlcst';
import { ASCII_PUNCTUATION, REFERENCE } from './fast-inline.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Offsets to unist points in the whole text. Offsets mostly come in order, so the last line is
 * tried first, and the last point is given again for the same offset (points are shared, never
 * changed: parse-latin's plugins only ever reassign them).
 */
export function pointer(text: string): (offset: number) => Point {
  let starts: number[] | undefined;
  let last = 0;
  let previous: Point = { line: 1, column: 1, offset: 0 };
  return (offset) => {
    if (offset === previous.offset) return previous;
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    if (starts[last]! <= offset) {
      lo = last;
      // Most offsets are on the same line or the next.
      if (last + 1 > hi || starts[last + 1]! > offset) hi = last;
      else if (last + 2 > hi || starts[last + 2]! > offset) lo = hi = last + 1;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    last = lo;
    previous = { line: lo + 1, column: offset - starts[lo]! + 1, offset };
    return previous;
  };
}

/** For each character of a parsed value, where its source starts and ends in the text. */
interface Alignment {
  from: Int32Array;
  to: Int32Array;
}

/**
 * Lines up a text node's value with its source [s, e): the value drops backslashes of escapes,
 * decodes character references, and leaves out the prefixes of continuation lines (indentation,
 * "> ") and trailing spaces. Linear; every offset stays inside [s, e].
 */
export function align(value: string, text: string, s: number, e: number): Alignment {
  const n = value.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  let j = s;
  let i = 0;
  while (i < n) {
    const v = value[i]!;
    let matched = 0;
    while (j < e) {
      const c = text[j]!;
      if (c === '&') {
        REFERENCE.lastIndex = j;
        const ref = REFERENCE.exec(text);
        if (ref && j + ref[0].length <= e && !value.startsWith(ref[0], i)) {
          // A decoded reference: one UTF-16 unit, or two for an astral character or a combining pair.
          const after = j + ref[0].length;
          let units = 1;
          const code = value.charCodeAt(i);
          if (code >= 0xd800 && code <= 0xdbff) units = 2;
          else if (after >= e) units = n - i;
          else if (i + 2 <= n && value[i + 1] !== text[after] && value[i + 2] === text[after]) units = 2;
          for (let k = 0; k < units && i + k < n; k++) {
            from[i + k] = j;
            to[i + k] = after;
          }
          matched = Math.min(units, n - i);
          j = after;
          break;
        }
      }
      if (c === v) {
        from[i] = j;
        to[i] = j + 1;
        matched = 1;
        j++;
        break;
      }
      if (c === '\\' && j + 1 < e && text[j + 1] === v && ASCII_PUNCTUATION.test(v)) {
        from[i] = j;
        to[i] = j + 2;
        matched = 1;
        j += 2;
        break;
      }
      if (c === ' ' || c === '\t' || c === '>' || c === '\r' || c === '\n') {
        j++;
        continue;
      }
      // Something the value spells differently: take it one for one.
      from[i] = j;
      to[i] = j + 1;
      matched = 1;
      j++;
      break;
    }
    if (matched === 0) {
      from[i] = e;
      to[i] = e;
      matched = 1;
    }
    i += matched;
  }
  return { from, to };
}

/** Places tokenised nodes (offsets into the value) into the text, and appends them to `out`. */
export function place(nodes: SentenceContent[], { from, to }: Alignment, points: (offset: number) => Point, out: SentenceContent[]): void {
  const n = from.length;
  const span = (position: { start: { offset?: number }; end: { offset?: number } } | undefined) => {
    const a = position?.start.offset ?? 0;
    const b = position?.end.offset ?? a;
    const start = a < n ? from[a]! : n > 0 ? to[n - 1]! : 0;
    const end = b > a ? Math.max(start, to[Math.min(b, n) - 1]!) : start;
    return { start: points(start), end: points(end) };
  };
  for (const node of nodes) {
    const old = node.position;
    node.position = span(old);
    if ('children' in node) {
      for (const child of node.children) {
        const same = child.position?.start.offset === old?.start.offset && child.position?.end.offset === old?.end.offset;
        child.position = same ? { start: node.position.start, end: node.position.end } : span(child.position);
      }
    }
    out.push(node);
  }
}

/**
 * A token of a piece moved to its place in the letter: its offsets from the piece's start become
 * points in the letter. Its position object is the tokenizer's own and its alone, so it is set in
 * place (a letter has thousands of tokens); the points themselves are shared and never changed.
 */
export function shiftBy(x: { position?: { start: { offset?: number }; end: { offset?: number } } }, base: number, points: (offset: number) => Point): void {
  const p = x.position;
  if (!p) {
    x.position = { start: points(base), end: points(base) };
    return;
  }
  const end = base + (p.end.offset ?? 0);
  p.start = points(base + (p.start.offset ?? 0));
  p.end = points(end);
}
