// The plain-text road: blocks are runs of non-blank lines, read by parse-english. Markdown the fast
// road took comes this way too, its simple lists, headings and inline markup read as remark reads them.
import type { SentenceContent } from 'nlcst';
import type { Comment } from '../types.js';
import { inlineParts } from './fast-inline.js';
import { pointer, shiftBy, type Point } from './offsets.js';
import { parser, type Leaf } from './nlcst.js';
import { Assembler, type Parsed } from './assemble.js';
import { headingMarker, itemMarker, RULE } from './fast-road.js';

/** A plain-text separator line: three or more dashes, underscores, equals signs or asterisks, alone. */
const SEPARATOR = /^[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,})[ \t]*$/;

/**
 * `directives`: a plain-text letter, whose lines that are only a letterlint comment are its inline
 * directives. `markdown`: Markdown the fast road takes, whose simple lists and inline markup are
 * read as remark reads them.
 */
export function parsePlain(text: string, { from, frontmatter }: { from: number; frontmatter?: string } = { from: 0 }, directives = false, markdown?: FastMarkdown): Parsed {
  const assembler = new Assembler(text);
  const comments: Comment[] = [];
  assembler.add(plainLeaves(text, from, text.length, pointer(text), directives ? comments : undefined, markdown), markdown?.excluded ?? []);
  return { ...assembler.result(frontmatter), comments, html: [] };
}

/**
 * A line that is only `<!-- letterlint-… -->`: a plain-text letter's inline directive, in the
 * Markdown form, which no ordinary letter holds. Checked by ends, not by a pattern over the line.
 */
function directiveLine(line: string): string | undefined {
  const t = line.trim();
  if (!t.startsWith('<!--') || !t.endsWith('-->') || t.length < 7) return undefined;
  const body = t.slice(4, -3).trim();
  return body.startsWith('letterlint-') && !body.includes('-->') ? body : undefined;
}

/** Markdown that plainMarkdown took: lists are counted on from `lists`; code spans and link destinations go to `excluded`. */
interface FastMarkdown {
  lists: number;
  excluded: Array<[number, number]>;
}

/**
 * The blocks of text[from, to) read as plain text: runs of non-blank lines. With `comments`, a
 * directive line is collected there and read as a blank line, so it is not prose. With `markdown`,
 * an item line is a block of its own in a numbered list, and inline markup is read, as remark does.
 */
export function plainLeaves(text: string, from: number, to: number, points: (offset: number) => Point, comments?: Comment[], markdown?: FastMarkdown): Leaf[] {
  const leaves: Leaf[] = [];
  // Blocks are runs of non-blank lines: parse-english also breaks paragraphs at single line breaks.
  let start = -1;
  let end = -1;
  let list: number | undefined;
  let listKind = '';
  // A heading's leaf runs from its "#" to its line's end, its text between the marker and trailing spaces.
  let heading = -1;
  let headingEnd = -1;
  const flush = () => {
    if (start < 0) return;
    const parts = markdown ? inlineParts(text, start, end, markdown.excluded) : [{ code: false, from: start, to: end }];
    if (!parts) throw new Error('plainLeaves: inline Markdown the fast road did not take');
    const tokens: SentenceContent[] = [];
    for (const part of parts) {
      if (part.code) {
        tokens.push({ type: 'SourceNode', value: text.slice(part.from, part.to), position: { start: points(part.from), end: points(part.to) } });
        continue;
      }
      for (const node of parser().tokenize(text.slice(part.from, part.to))) {
        if ('children' in node) for (const child of node.children) shiftBy(child, part.from, points);
        shiftBy(node, part.from, points);
        tokens.push(node);
      }
    }
    if (heading >= 0) leaves.push({ kind: 'heading', start: heading, end: headingEnd, tokens });
    else leaves.push(list === undefined ? { kind: 'paragraph', start, end, tokens } : { kind: 'paragraph', start, end, list, tokens });
    start = -1;
    heading = -1;
  };
  let marker: ReturnType<typeof itemMarker>;
  let opening: ReturnType<typeof headingMarker>;
  let i = from;
  while (i <= to) {
    let eol = i;
    while (eol < to && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(i, eol);
    const directive = comments && directiveLine(line);
    if (directive) {
      const lead = line.length - line.trimStart().length;
      comments!.push({ start: i + lead, end: i + line.trimEnd().length, body: directive });
      flush();
    } else if (markdown && (marker = itemMarker(line))) {
      flush();
      if (list === undefined || marker.kind !== listKind) list = ++markdown.lists;
      listKind = marker.kind;
      start = i + marker.length;
      end = eol;
      flush();
    } else if (markdown && start < 0 && RULE.test(line)) {
      list = undefined;
    } else if (markdown && (opening = headingMarker(line)) !== undefined) {
      flush();
      list = undefined;
      heading = i;
      headingEnd = eol;
      start = i + opening.from;
      end = i + opening.to;
      flush();
    } else if (!markdown && SEPARATOR.test(line)) {
      // A line of dashes or equals signs in plain text parts what is above it from what is below.
      flush();
    } else if (/\S/.test(line)) {
      if (start < 0) {
        start = i;
        list = undefined;
      }
      end = eol;
    } else {
      flush();
    }
    if (eol >= to) break;
    i = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  flush();
  return leaves;
}
