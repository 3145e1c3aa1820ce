// Where a large Markdown text is cut so that remark reads it in bounded segments: remark slows down
// sharply on some long shapes, and a letter handed over by a hook must come back in seconds.
import { FRONTMATTER } from './frontmatter.js';

/** Markdown up to this size is parsed whole; every letter is far smaller. */
export const WHOLE_MARKDOWN = 16 * 1024;
/** Larger Markdown is parsed in segments of about this size, cut at a blank line where there is one. */
const SEGMENT = 512;

/**
 * Where to cut a large Markdown text into segments of about SEGMENT: before a line that starts a new
 * top-level paragraph or heading after a blank line, outside code fences and HTML comments; when
 * none comes by twice that, after any line; a line longer than that at spaces. Frontmatter stays
 * whole in the first segment.
 */
export function segments(text: string): number[] {
  const cuts = [0];
  const n = text.length;
  const front = FRONTMATTER.exec(text);
  let start = 0;
  let i = front ? front[0].length : 0;
  let fence: string | undefined;
  let comment = false;
  let afterBlank = false;
  while (i < n) {
    // One line: [i, eol); the next one starts at `next`.
    let eol = i;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const next = eol < n ? (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : n;
    const line = text.slice(i, Math.min(eol, i + 2 * SEGMENT));
    const blank = !/\S/.test(line);
    const free = fence === undefined && !comment;
    if (free && afterBlank && i - start >= SEGMENT && /^[^\s>*+\-\d|]/.test(line)) {
      cuts.push(i);
      start = i;
    }
    if (eol - i > 2 * SEGMENT) {
      // A very long line: cut it at spaces, so that no segment is large.
      for (const at of cutLine(text, Math.max(start, i), eol)) cuts.push(at);
      start = cuts.at(-1)!;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(line)) fence = undefined;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else if (marker) {
      fence = marker;
    } else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) {
      comment = true;
    }
    // No good place came: cut after this line (even a code block or a comment, in the end).
    const limit = fence === undefined && !comment ? 2 * SEGMENT : 32 * SEGMENT;
    if (next - start >= limit && next < n) {
      cuts.push(next);
      start = next;
    }
    afterBlank = blank;
    i = next;
  }
  cuts.push(n);
  return cuts;
}

/** Cuts inside one long line [from, to): after spaces about every SEGMENT, else anywhere outside a surrogate pair. */
function cutLine(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let start = from;
  while (to - start > 2 * SEGMENT) {
    let at = text.indexOf(' ', start + SEGMENT);
    if (at < 0 || at >= start + 2 * SEGMENT) {
      at = start + SEGMENT;
      if (isLowSurrogate(text.charCodeAt(at))) at++;
    } else {
      // After the run of spaces, so the next segment does not start indented (as code).
      while (at < to && (text[at] === ' ' || text[at] === '\t')) at++;
    }
    if (at >= to) break;
    out.push(at);
    start = at;
  }
  return out;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
