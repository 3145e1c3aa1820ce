// A block's lines, and blocks cut or joined where a reader sees other paragraphs than Markdown does
// (a greeting on a body's first line, "<br>" tags, lines spaced by a PDF).
import { trimMarkers } from '../text/trim.js';
import type { Block, Sentence } from '../types.js';

export interface Line {
  start: number;
  end: number;
  text: string;
}

/** A line's end on a stop, a comma, a colon or a semicolon, before closing quotes, brackets and emphasis. */
const STOP_END = /[.!?,;:]["'\u201d\u2019)*_]*$/;
/** Whether a line ends what it says: a sentence, a clause, a greeting's comma or a lead-in's colon. */
export const endsOnStop = (line: string): boolean => STOP_END.test(line.trimEnd());

/** Lines of a block, without Markdown markers at their start. */
export function linesOf(text: string, block: Block): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  const slice = text.slice(block.start, block.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // HTML around a line ("<p class="dear">Dear Sam,</p>", "Sincerely,<br>") is markup, not words.
    const clean = trimMarkers(stripTags(m[0]));
    if (clean) out.push({ start: block.start + m.index, end: block.start + m.index + m[0].length, text: clean });
  }
  return out;
}

/** A line without the HTML tags at its start and end; tags are short, so long lines are left alone. */
export function stripTags(line: string): string {
  if (line.length > 400 || !line.includes('<')) return line;
  return line.replace(/^\s*(?:<[^<>]{0,120}>\s*)+/, '').replace(/(?:\s*<[^<>]{0,120}>)+\s*$/, '');
}

/** The part of a sentence between two offsets, with the words and terms that start inside it. */
export function sliceSentence(s: Sentence, from: number, to: number): Sentence {
  return {
    start: Math.max(s.start, from),
    end: Math.min(s.end, to),
    words: s.words.filter((w) => w.start >= from && w.start < to),
    terms: s.terms.filter((t) => t.start >= from && t.start < to),
  };
}

/**
 * Splits a block in two at `offset` (the start of a line), dividing its sentences and words. The
 * first piece ends where its last line does, without the line break.
 */
export function splitBlock(text: string, block: Block, offset: number): [Block, Block] {
  let cut = offset;
  while (cut > block.start && /\s/.test(text[cut - 1]!)) cut--;
  const before: Sentence[] = [];
  const after: Sentence[] = [];
  for (const s of block.sentences) {
    if (s.end <= offset) before.push(s.end > cut ? { ...s, end: cut } : s);
    else if (s.start >= offset) after.push(s);
    else {
      const head = sliceSentence(s, s.start, cut);
      const tail = sliceSentence(s, offset, s.end);
      if (head.words.length) before.push(head);
      if (tail.words.length) after.push(tail);
    }
  }
  return [
    { ...block, end: cut, sentences: before },
    { ...block, start: offset, sentences: after },
  ];
}

/** Two blocks as one, the sentence the first leaves open carried on by the second's first. */
export function joinBlocks(a: Block, b: Block): Block {
  const open = a.sentences.at(-1)!;
  const [next, ...rest] = b.sentences;
  const joined: Sentence = { start: open.start, end: next!.end, words: [...open.words, ...next!.words], terms: [...open.terms, ...next!.terms] };
  return { ...a, end: b.end, sentences: [...a.sentences.slice(0, -1), joined, ...rest] };
}

const BR = /<br[ \t]*\/?>/gi;
const ONE_BR = /^<br[ \t]*\/?>$/i;

/** How many "<br>" tags end the line (read back from its end: a pattern anchored at the end would scan a long line once per tag). */
function trailingBreaks(line: string): number {
  let n = 0;
  let end = line.length;
  for (;;) {
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (line[end - 1] !== '>') return n;
    const open = line.lastIndexOf('<', end - 1);
    if (open < 0 || end - open > 12 || !ONE_BR.test(line.slice(open, end))) return n;
    n++;
    end = open;
  }
}

/** A line that is nothing but a Markdown hard break: a backslash alone, as pandoc writes an empty line of a Word document. */
const BREAK_LINE = /^[ \t]*\\[ \t]*$/;
/** A line that ends on a backslash hard break ("…my skills.\\"), the backslash not itself escaped. */
const ENDS_ON_BREAK = /(?:^|[^\\])\\[ \t]*$/;

/**
 * A block cut where line breaks leave a blank line on the page (two or more between one line's
 * words and the next's): "…ideal candidate.\n<br>\n<br>\nAs a student…", or pandoc's
 * "…ideal candidate.\\\n\\\nAs a student…" (backslash hard breaks), is two paragraphs to a
 * reader, one to Markdown.
 */
export function atBreaks(text: string, block: Block): Block[] {
  const source = text.slice(block.start, block.end);
  if (!source.includes('<') && !source.includes('\\')) return [block];
  const out: Block[] = [];
  let rest = block;
  let prev: Line | undefined;
  for (const line of linesOf(text, block)) {
    const gap = prev ? text.slice(prev.end, line.start) : '';
    // Backslash breaks: the one ending the line before, and lines between that are nothing else.
    const slashes = prev ? (ENDS_ON_BREAK.test(text.slice(prev.start, prev.end)) ? 1 : 0) + gap.split(/\r?\n/).filter((l) => BREAK_LINE.test(l)).length : 0;
    const breaks = prev ? trailingBreaks(text.slice(prev.start, prev.end)) + (gap.match(BR)?.length ?? 0) + slashes : 0;
    if (breaks >= 2 && line.start > rest.start) {
      const [before, after] = splitBlock(text, rest, line.start);
      if (before.sentences.length > 0) out.push(before);
      rest = after;
    }
    prev = line;
  }
  out.push(rest);
  return out;
}
