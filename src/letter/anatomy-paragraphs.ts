// The body's paragraphs as a reader sees them: a list with the line that introduces it, lines a
// word processor or a PDF set apart, and bold titles that are headings in all but syntax.
import { trimEmphasisEnd, trimWhere } from '../text/trim.js';
import type { Block, Part, Sentence } from '../types.js';
import { latinFirst, wordsOnLine } from '../text/latin.js';
import { endsOnStop, joinBlocks, linesOf, splitBlock, stripTags, type Line } from './anatomy-blocks.js';

export const BULLET = /^\s*(?:[-*+\u2022\u2013]|\d+[.)])\s+/;
/** A paragraph that opens with a short label and a separator: "Data Reporting | Producing…", "**Testing:** I wrote…". */
const LABELLED = latinFirst(/^\s*(?:\*\*|__)?\p{Lu}[^|:\n]{0,40}(?:\*\*|__)?[ \t]*(?:\||:)/u);
const isLabelled = (text: string, block: Block): boolean => LABELLED.test(text.slice(block.start, Math.min(block.end, block.start + 60)));

/** A paragraph of one short line that asks or announces rather than says: "Why Behavox?", "Experience:", "About Me". */
export function isHeadingLine(text: string, part: Part): boolean {
  const raw = text.slice(part.start, part.end).trim();
  if (raw.includes('\n') || part.isList) return false;
  return announces(raw);
}

const announces = (raw: string): boolean => raw.split(/\s+/).length <= 6 && /[?:]$|[^.!?\s"'\u201d)]$/.test(raw);

/** Body lines ending mid-sentence a layout must have before its blank lines are read as line spacing. */
const MIN_SPACED_LINES = 4;
/** A letter has a few dozen lines of body at most; past that the blocks are left as they are. */
const MAX_SPACED_BLOCKS = 200;
const closers = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '*', '_']);
/** Whether a line ends a sentence or a clause, before any closing quote, bracket or emphasis. */
const endsClause = (line: string): boolean => /[.!?:;]$/.test(trimWhere(line.trimEnd(), () => false, (c) => closers.has(c)));

/**
 * Text pulled from a PDF may leave a blank line after every wrapped line ("…as advertised\n\non
 * [Job Board]. I am a…"): a reader sees the paragraphs the sentences make, not one per line. When
 * most body blocks are single lines that stop mid-sentence, each such line is joined with the next.
 * Joins in prose[from, to) in place; returns how many blocks fewer there are.
 */
export function joinSpacedLines(text: string, prose: Block[], from: number, to: number): number {
  const range = prose.slice(from, to);
  if (range.length > MAX_SPACED_BLOCKS) return 0;
  const lineOf = (b: Block) => {
    const lines = b.kind === 'paragraph' && b.list === undefined && b.sentences.length > 0 ? linesOf(text, b) : [];
    return lines.length === 1 ? lines[0]!.text : undefined;
  };
  const broken = range.filter((b) => {
    const line = lineOf(b);
    return line !== undefined && wordsOnLine(line) >= 6 && !endsClause(line);
  }).length;
  if (broken < MIN_SPACED_LINES || broken * 2 < range.length) return 0;
  const out: Block[] = [];
  for (const block of range) {
    const last = out.at(-1);
    // Its end is enough to tell, and keeps a long block from being copied once a line.
    const open = last !== undefined && !endsClause(text.slice(Math.max(last.start, last.end - 80), last.end));
    if (last && open && lineOf(block) !== undefined) out[out.length - 1] = joinBlocks(last, block);
    else out.push(block);
  }
  prose.splice(from, range.length, ...out);
  return range.length - out.length;
}

/**
 * Paragraphs set one to a line with no blank line between them, as letters pasted from a word
 * processor are: every line a long run ending in a full stop, some of several sentences. A reader
 * sees a paragraph per line, though Markdown joins them; a hard-wrapped paragraph, whose lines end
 * mid-sentence, stays one.
 */
export function lineParagraphs(text: string, block: Block, leadsIn = false): Block[] {
  if (block.kind !== 'paragraph' || block.list !== undefined) return [block];
  const lines = linesOf(text, block);
  // A lead-in line and the "- " items under it ("…qualities are:\n- Quick to learn") stand as one
  // paragraph among the lines, as a list with its lead-in does in the body.
  const units: Line[][] = [];
  for (const line of lines) {
    if (units.length > 0 && BULLET.test(text.slice(line.start, line.end))) units.at(-1)!.push(line);
    else units.push([line]);
  }
  const prose = units.filter((u) => u.length === 1).map((u) => u[0]!);
  // Most lines are long; a short one that is a whole sentence may stand among them ("I have attached
  // my résumé.", and "Thank you for your time." to close). Hard-wrapped prose has lines that end
  // mid-sentence, so the lines must end sentences.
  const long = units.length - prose.length + prose.filter((l) => wordsOnLine(l.text) >= LONG_LINE).length;
  // A letter has a few dozen paragraphs at most; past that it is one block, and the splitting below
  // (each split walks the rest of the block) stays bounded.
  // One very long line may end without a stop ("…Azure"); hard-wrapped lines are far shorter.
  // A last line that introduces the list after the block ("In my recent work:") ends what it says.
  const unended = prose.filter((l) => !ENDS_SENTENCE.test(l.text.slice(-4)) && !(leadsIn && l === lines.at(-1) && l.text.trimEnd().endsWith(':')));
  // The last line may end with a name after the thanks ("Thank you for your time. Sam Lee").
  const only = unended.length === 1 ? unended[0]! : undefined;
  const lastShort = only !== undefined && only === lines.at(-1) && wordsOnLine(only.text) <= SHORT_LAST_LINE;
  const runOn = unended.length === 0 || (only !== undefined && ((wordsOnLine(only.text) >= 25 && only !== lines.at(-1)) || lastShort));
  if (units.length < 2 || lines.length > MAX_LINE_PARAGRAPHS || long * 2 < units.length || !runOn) return [block];
  // One sentence to a line is a style of writing Markdown, not of paragraphs: a paragraph line holds more.
  if (!prose.some((l) => block.sentences.filter((s) => s.start >= l.start && s.end <= l.end).length >= 2)) return [block];
  const out: Block[] = [];
  let rest = block;
  for (const [line] of units.slice(1)) {
    const [head, tail] = splitBlock(text, rest, line!.start);
    out.push(head);
    rest = tail;
  }
  out.push(rest);
  return out;
}

/** Leading spaces and tabs of a line: a tab counts as four. */
function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

/** An indented line that may start a paragraph: set in, then a capital, a digit or an opening quote. */
const SET_IN = /^[ \t]{2,12}["'\u201c\u2018(]?[A-Z0-9]/;

/**
 * A typed letter marks each paragraph by setting its first line in, with no blank line before it:
 * "…as the role asks.\n    At Globex I rebuilt…". In plain text, a block is cut before each line set
 * further in than the block's least indented line, after a line that ends a sentence; not before the
 * run-on lines of a list item, and not in a block whose lines are all set in alike.
 */
export function partedByIndent(text: string, block: Block): Block[] {
  if (block.kind !== 'paragraph' || block.list !== undefined) return [block];
  const raw = linesOf(text, block).map((l) => ({ line: l, source: text.slice(l.start, l.end) }));
  // A letter typed at sixty columns runs to a few dozen lines; past that the block is left whole, and
  // the cutting below (each cut walks the rest of the block) stays bounded.
  if (raw.length < 2 || raw.length > MAX_TYPED_LINES) return [block];
  const least = raw.reduce((min, r) => Math.min(min, indentOf(r.source)), Infinity);
  const out: Block[] = [];
  let rest = block;
  for (let k = 1; k < raw.length; k++) {
    const { line, source } = raw[k]!;
    const before = raw[k - 1]!.source;
    // A list item's run-on lines stand under its text ("- Traced the…\n  contention…"); only a line set in further is a paragraph.
    const item = BULLET.exec(before);
    const under = item ? Math.max(least, indentOf(before) + item[0].trimStart().length) : least;
    if (!SET_IN.test(source) || indentOf(source) <= under || !endsOnStop(before)) continue;
    const [head, tail] = splitBlock(text, rest, line.start);
    out.push(head);
    rest = tail;
  }
  out.push(rest);
  return out;
}

/**
 * A letter whose writer set no blank line between paragraphs, as a word processor's plain-text
 * export does: a paragraph to a line, with a title or a greeting on short lines above them and the
 * closing, name and contacts below. Those lines are set apart first and the paragraphs read as
 * lineParagraphs reads them, before the greeting, header and sign-off are looked for. A writer who
 * parts paragraphs with blank lines does not mean a line break as one, so only a letter with fewer
 * than three blocks that hold a paragraph-length line is read so.
 */
export function partedByLine(text: string, blocks: readonly Block[]): Block[] {
  let paragraphs = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph' && b.list === undefined && linesOf(text, b).some((l) => wordsOnLine(l.text) >= LONG_LINE) && ++paragraphs >= 3) return [...blocks];
  }
  return blocks.flatMap((b) => edgedLineParagraphs(text, b));
}

function edgedLineParagraphs(text: string, block: Block): Block[] {
  if (block.kind !== 'paragraph' || block.list !== undefined) return [block];
  const lines = linesOf(text, block);
  // A few dozen paragraphs, a letterhead above and a sign-off below at most: past that it is one
  // block, and the reading below (each line's sentences counted) stays bounded.
  if (lines.length > 2 * MAX_LINE_PARAGRAPHS) return [block];
  const sentencesOn = (l: Line) => block.sentences.filter((s) => s.start >= l.start && s.end <= l.end).length;
  // A line that is a paragraph's: more than a title's words, ending a sentence or running long.
  const ends = (l: Line) => ENDS_SENTENCE.test(l.text.slice(-4));
  const says = (l: Line) => wordsOnLine(l.text) > SHORT_LINE && (ends(l) || wordsOnLine(l.text) >= RUN_ON_LINE);
  let first = lines.findIndex(says);
  if (first < 0) return [block];
  // A short whole sentence above it is the letter's too; a title, a date or a greeting is not.
  while (first > 0 && ends(lines[first - 1]!)) first--;
  let last = lines.length - 1;
  while (!says(lines[last]!)) last--;
  // Most such lines must hold a paragraph: several sentences, or one long one. A closing written a
  // sentence to a line ("Please see my resume…\nI can be reached…") stays one paragraph.
  const said = lines.slice(first, last + 1).filter(says);
  const paragraphs = said.filter((l) => sentencesOn(l) >= 2 || wordsOnLine(l.text) >= RUN_ON_LINE).length;
  if (said.length < 2 || paragraphs * 2 <= said.length) return [block];
  // A short whole sentence after the last paragraph ("Thank you for your time.") is the letter's; the
  // closing ("I look forward to hearing from you,", "Cheers,") and what follows it are not.
  let tail = last + 1;
  while (tail < lines.length && ends(lines[tail]!)) tail++;
  // The closing starts on a short line or on one that ends on a comma; a longer line that runs on
  // without a stop is the letter's, and is read with the paragraphs.
  if (tail < lines.length && wordsOnLine(lines[tail]!.text) > SHORT_LINE && !lines[tail]!.text.trimEnd().endsWith(',')) tail = lines.length;
  // Cut before the first paragraph line, at each heading among them ("Why I'm a strong fit:"), and
  // after the last; each run of paragraph lines is then read as lineParagraphs reads a block.
  const cuts = [lines[first]!.start];
  for (let k = first + 1; k <= last; k++) {
    if (announces(lines[k]!.text) || announces(lines[k - 1]!.text)) cuts.push(lines[k]!.start);
  }
  if (tail < lines.length) cuts.push(lines[tail]!.start);
  const pieces: Block[] = [];
  let rest = block;
  for (const cut of cuts) {
    if (cut <= rest.start) continue;
    const [before, after] = splitBlock(text, rest, cut);
    pieces.push(before);
    rest = after;
  }
  pieces.push(rest);
  const inner = pieces.filter((p) => p.start >= lines[first]!.start && p.start < (lines[tail]?.start ?? block.end));
  const read = new Map(inner.map((p) => [p, lineParagraphs(text, p)]));
  // Only a layout of paragraph lines is set apart: a heading among them, or lines lineParagraphs parts.
  if (inner.length < 2 && ![...read.values()].some((parts) => parts.length > 1)) return [block];
  return pieces.flatMap((p) => read.get(p) ?? [p]);
}

/** Lines of a block read for indented paragraphs, at most. */
const MAX_TYPED_LINES = 200;
/** Lines of a block read as a paragraph each, at most. */
const MAX_LINE_PARAGRAPHS = 40;
/** Words a line may hold and still be a title, a greeting, a closing or a name set above or below paragraph lines. */
const SHORT_LINE = 8;
/** Words that make a line a paragraph's, where paragraphs are set one to a line. */
const LONG_LINE = 15;
/** Words of a line that holds a paragraph of one long sentence, or runs on without a stop. */
const RUN_ON_LINE = 25;

/** Words a paragraph's last line may take without ending a sentence: a thanks and a name. */
const SHORT_LAST_LINE = 12;

const ENDS_SENTENCE = /[.!?]["'\u201d\u2019)\]]?$/;

const BOLD_LINE = /^(\*\*|__)([^*_\n]{1,80})\1:?$/;
/** A short line all in bold that says no sentence: "**Relevant experience:**", "__Why Northwind__". */
function isBoldTitle(raw: string): boolean {
  const m = BOLD_LINE.exec(raw.trim());
  return m !== null && !/[.!?,]$/.test(m[2]!.trim()) && wordsOnLine(m[2]!) <= 8;
}

export function toParts(text: string, blocks: readonly Block[]): Part[] {
  const parts: Part[] = [];
  for (const block of blocks) {
    const last = parts.at(-1);
    const lastBlock = last?.blocks.at(-1);
    const lines = linesOf(text, block);
    const bullets = lines.filter((l) => BULLET.test(text.slice(l.start, l.end))).length;
    // In plain text a list is a run of "- " lines; set off by a blank line, it is still one list. An
    // item may run on to lines of its own ("- MATLAB:\nSimulink, DSP toolbox").
    const plainList = block.list === undefined && bullets > 0 && isPlainList(text, block);
    const sameList =
      (block.list !== undefined && lastBlock?.list === block.list) ||
      (plainList && lastBlock !== undefined && lastBlock.list === undefined && isPlainList(text, lastBlock));
    const introduced =
      (block.list !== undefined || plainList) && last !== undefined && !last.isList && introduces(text.slice(last.start, last.end));
    // "I've done this in two projects:" and the paragraph it announces are read as one; so are the
    // labelled paragraphs it announces ("Skills include:" then "Data Reporting | Producing…").
    // Only the run's first paragraph and the new one are read: every paragraph between joined as one of them.
    const lead = last?.blocks[0];
    const announces = lead !== undefined && text.slice(lead.start, lead.end).trimEnd().endsWith(':');
    const labelledRun = announces && last!.blocks.length >= 2 && isLabelled(text, last!.blocks[1]!) && isLabelled(text, block);
    const announced = !introduced && !sameList && last !== undefined && !last.isList && (last.blocks.length === 1 ? announces : labelledRun);
    if (last && (sameList || introduced || announced)) {
      last.blocks.push(block);
      last.end = block.end;
      for (const s of block.sentences) last.sentences.push(s);
      if (!announced) last.isList = true;
      continue;
    }
    const bulleted = bullets >= 2;
    parts.push({ blocks: [block], start: block.start, end: block.end, sentences: [...block.sentences], isList: block.list !== undefined || bulleted });
  }
  // "**Why I'm a great fit:**" alone, with no list under it, is a heading in all but syntax: no body paragraph.
  const titles = parts.filter((p) => p.blocks.length === 1 && isBoldTitle(text.slice(p.start, p.end)));
  return titles.length < parts.length ? parts.filter((p) => !titles.includes(p)) : parts;
}

/**
 * A line that introduces the list after it: one ending in a colon, or a short title without a
 * sentence's closing stop ("**Payments platform, 2021-2023**" above the bullets of that job).
 */
function introduces(raw: string): boolean {
  // Its last line without a closing "<br>": "…some of them here - <br>".
  const cut = raw.trimEnd().lastIndexOf('\n') + 1;
  const prose = raw.slice(0, cut) + stripTags(raw.slice(cut));
  // "…some of them here:" and the same with a dash: "As a Tech Lead, I do -".
  const end = prose.trimEnd();
  if (end.endsWith(':') || (/[-\u2013\u2014]/.test(end.at(-1) ?? '') && /\s/.test(end.at(-2) ?? ''))) return true;
  const line = trimEmphasisEnd(prose.trim());
  return line.length <= 100 && !line.includes('\n') && !/[.!?]$/.test(line) && wordsOnLine(line) <= 10;
}

/** A plain-text block that is list items: it opens with a bullet, and any line without one runs the item on. */
function isPlainList(text: string, block: Block): boolean {
  const lines = linesOf(text, block);
  return lines.length > 0 && BULLET.test(text.slice(lines[0]!.start, lines[0]!.end));
}

/** A list's sentences without the paragraph that introduces it ("These are what I use:"). */
export function itemSentences(text: string, part: Part): Sentence[] {
  const [first, ...rest] = part.blocks;
  const intro = rest.length > 0 && first!.list === undefined && !isPlainList(text, first!);
  return intro ? rest.flatMap((b) => b.sentences) : part.sentences;
}
