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
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { SentenceContent } from 'nlcst';
import type { Processor } from 'unified';
import type { Comment, Sentence } from '../types.js';
import { align, place, pointer, type Point } from './offsets.js';
import { parser, type Leaf } from './nlcst.js';
import { Assembler, type Parsed } from './assemble.js';
import { pandocClosed } from './frontmatter.js';
import { plainMarkdown } from './fast-road.js';
import { parsePlain, plainLeaves } from './plain-text.js';
import { markdownFallback } from './markdown-fallback.js';
import { segments, WHOLE_MARKDOWN } from './segments.js';

/** The comments inside an HTML node's source, with offsets into the letter. */
function commentsIn(value: string, offset: number, out: Comment[]): void {
  for (const m of value.matchAll(/<!--([\s\S]*?)-->/g)) {
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, body: m[1]!.trim() });
  }
}

/** remark, with and without frontmatter: loaded by loadMarkdownFor() only when a letter needs it. */
let remark: { withFrontmatter: Processor<MdastRoot>; body: Processor<MdastRoot> } | undefined;

/**
 * Loads remark if parsing this text needs it. Most letters take the fast road (plainMarkdown) and
 * never do, and remark is most of the code letterlint loads, so a plain letter starts faster.
 * Call before parseLetter(), which is synchronous.
 */
export async function loadMarkdownFor(text: string, format: 'markdown' | 'text'): Promise<void> {
  if (remark || format === 'text' || plainMarkdown(text)) return;
  await loadMarkdown();
}

/** Loads remark whatever the letter (tests that compare the two roads). */
export async function loadMarkdown(): Promise<void> {
  if (remark) return;
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
  ]);
  remark = {
    withFrontmatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze() as unknown as Processor<MdastRoot>,
    body: unified().use(remarkParse).freeze() as unknown as Processor<MdastRoot>,
  };
}

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

/**
 * Markdown through remark: every letter the fast path above cannot take. A large one is read in
 * segments, and its plain segments take the fast path unless `fastSegments` is false (for the test
 * that the two agree).
 */
export function parseMarkdownTree(text: string, fastSegments = true): Parsed {
  if (!remark) throw new Error('parseLetter: remark is not loaded; await loadMarkdownFor(text, format) first');
  const { withFrontmatter, body } = remark;
  const state: WalkState = { text, leaves: [], excluded: [], comments: [], html: [], lists: 0, frontmatter: undefined, points: pointer(text) };
  const cuts = text.length <= WHOLE_MARKDOWN ? [0, text.length] : segments(text);
  const assembler = new Assembler(text);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!;
    // Only the first segment can hold frontmatter; a later one that starts with "---" is a rule.
    const processor = k === 0 ? withFrontmatter : body;
    const segment = cuts.length === 2 ? text : text.slice(from, cuts[k + 1]);
    // A segment of plain paragraphs in a large letter takes the fast road, as a whole plain letter does.
    const plain = fastSegments && cuts.length > 2 ? plainMarkdown(segment, k === 0) : undefined;
    if (plain) {
      if (plain.frontmatter !== undefined) state.frontmatter = plain.frontmatter;
      const markdown = { lists: state.lists, excluded: [] };
      assembler.add(plainLeaves(text, from + plain.from, cuts[k + 1]!, state.points, undefined, markdown), markdown.excluded);
      state.lists = markdown.lists;
      continue;
    }
    const tree = processor.parse(k === 0 ? pandocClosed(segment) : segment) as MdastRoot;
    // micromark drops a leading byte-order mark and counts offsets from the character after it.
    walk(tree, from + (text.charCodeAt(from) === 0xfeff ? 1 : 0), state);
    assembler.add(state.leaves, state.excluded);
    state.leaves = [];
    state.excluded = [];
  }
  return { ...assembler.result(state.frontmatter), comments: state.comments.sort((a, b) => a.start - b.start), html: state.html };
}

interface WalkState {
  text: string;
  leaves: Leaf[];
  excluded: Array<[number, number]>;
  comments: Comment[];
  html: Array<[number, number]>;
  lists: number;
  frontmatter: string | undefined;
  points: (offset: number) => Point;
}

/** The prose blocks of one (segment's) tree, in document order, without recursion. */
function walk(tree: MdastRoot, base: number, state: WalkState): void {
  const stack: Array<[MdastNodes, number | undefined]> = [[tree, undefined]];
  while (stack.length > 0) {
    const [node, list] = stack.pop()!;
    const start = base + (node.position?.start.offset ?? 0);
    const end = node.position?.end.offset === undefined ? start : base + node.position.end.offset;
    switch (node.type) {
      case 'yaml':
        state.frontmatter = node.value;
        break;
      case 'paragraph':
      case 'heading':
        state.leaves.push({ kind: node.type, start, end, list, tokens: leafTokens(node, base, state) });
        collectExcluded(node, base, state.excluded, state.comments);
        break;
      case 'list': {
        const id = ++state.lists;
        for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, id]);
        break;
      }
      case 'html': {
        commentsIn(node.value, start, state.comments);
        if (node.value.startsWith('<!--')) break;
        // "<p>I am applying…</p>": a page written in HTML paragraphs is prose a reader sees.
        const paragraphs = htmlParagraphs(state.text, start, end);
        for (const [from, to] of paragraphs) state.leaves.push({ kind: 'paragraph', start: from, end: to, list, tokens: htmlTokens(state, from, to) });
        // What is left of the block (tags, other elements) is counted as HTML, as before.
        if (paragraphs.length === 0) state.html.push([start, end]);
        else state.html.push(...outside(start, end, paragraphs));
        break;
      }
      case 'code':
      case 'table':
      case 'definition':
      case 'thematicBreak':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as MdastNodes, list]);
    }
  }
}

/** An opening "<p>" (with attributes) and a closing "</p>", bounded so a long run of "<" scans no further than one tag. */
const P_OPEN = /<p(?:\s[^<>]{0,500})?>/gi;
const P_CLOSE = /<\/p\s{0,20}>/gi;
/** Inline tags inside a paragraph, which a reader does not see: "<b>", "<a href=…>", "<br/>". */
const INLINE_TAG = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/gi;
const HTML_ENTITY = /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
/** The HTML with its comments (an unclosed one runs to the end) blanked to spaces: found by position, in one pass. */
export function blankComments(html: string): string {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', at)) {
    const close = html.indexOf('-->', open + 4);
    const end = close < 0 ? html.length : close + 3;
    out += html.slice(at, open) + ' '.repeat(end - open);
    at = end;
  }
  return out + html.slice(at);
}
/** Paragraphs longer than this are left as HTML: no letter's paragraph is. */
const MAX_HTML_PARAGRAPH = 20_000;

/** The inner ranges of the "<p>…</p>" elements of an HTML block [start, end), in order. */
function htmlParagraphs(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const block = text.slice(start, end);
  P_OPEN.lastIndex = 0;
  for (let open = P_OPEN.exec(block); open; open = P_OPEN.exec(block)) {
    const from = open.index + open[0].length;
    P_CLOSE.lastIndex = from;
    const close = P_CLOSE.exec(block);
    const to = close ? close.index : block.length;
    if (to - from > MAX_HTML_PARAGRAPH) break;
    // A paragraph nested in another element's text is read once, from its own "<p>".
    if (to > from && /\S/.test(block.slice(from, to))) out.push([start + from, start + to]);
    P_OPEN.lastIndex = close ? close.index + close[0].length : block.length;
  }
  return out;
}

/** [start, end) less the ranges (sorted, inside it). */
function outside(start: number, end: number, ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = start;
  for (const [a, b] of ranges) {
    if (a > at) out.push([at, a]);
    at = b;
  }
  if (end > at) out.push([at, end]);
  return out;
}

/** An HTML paragraph's words: its text with the inline tags blanked out, so every offset stays its own. */
function htmlTokens(state: WalkState, from: number, to: number): SentenceContent[] {
  // Character references are blanked too ("&nbsp;" is no word); "&amp;" keeps its "&".
  const value = blankComments(state.text.slice(from, to))
    .replace(INLINE_TAG, (tag) => ' '.repeat(tag.length))
    .replace(HTML_ENTITY, (ref) => (ref.toLowerCase() === '&amp;' ? '&' : ' ') + ' '.repeat(ref.length - 1));
  // The value is the source with characters blanked, never moved: each character stands at its own offset.
  const at = Int32Array.from({ length: value.length }, (_, i) => from + i);
  const out: SentenceContent[] = [];
  place(parser().tokenize(value), { from: at, to: at.map((o) => o + 1) }, state.points, out);
  return out;
}

/** Inline parts of a prose block that are not prose: code, comments, link destinations. */
function collectExcluded(node: MdastNodes, base: number, out: Array<[number, number]>, comments: Comment[]): void {
  const stack: MdastNodes[] = [node];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if (!('children' in parent)) continue;
    for (const child of parent.children as MdastNodes[]) {
      if (child.position?.start.offset === undefined || child.position.end.offset === undefined) continue;
      const s = base + child.position.start.offset;
      const e = base + child.position.end.offset;
      if (child.type === 'inlineCode' || (child.type === 'html' && child.value.startsWith('<!--'))) {
        out.push([s, e]);
        if (child.type === 'html') commentsIn(child.value, s, comments);
      } else if (child.type === 'image') {
        out.push([s, e]);
      } else if (child.type === 'link') {
        // The link text is prose; everything after it (the destination and title) is not.
        const lastText = child.children.at(-1)?.position?.end.offset;
        out.push([lastText === undefined ? s : base + lastText, e]);
        stack.push(child);
      } else {
        stack.push(child);
      }
    }
  }
}

/**
 * One prose block's nlcst sentence content, as mdast-util-to-nlcst builds it (text tokenised,
 * inline code as source, image alt text, breaks as white space, a line change between siblings as
 * a paragraph break), walked with a stack instead of recursion.
 */
function leafTokens(leaf: MdastNodes, base: number, state: WalkState): SentenceContent[] {
  const { text, points } = state;
  const out: SentenceContent[] = [];
  if (!('children' in leaf)) return out;
  type Frame = { kids: MdastNodes[]; i: number; end?: { line: number; offset?: number } };
  const stack: Frame[] = [{ kids: leaf.children as MdastNodes[], i: 0 }];
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.i >= frame.kids.length) {
      stack.pop();
      continue;
    }
    const child = frame.kids[frame.i++]!;
    const position = child.position;
    if (frame.end && position && position.start.line !== frame.end.line && frame.end.offset !== undefined) {
      const lines = position.start.line - frame.end.line;
      const s = base + frame.end.offset;
      out.push({ type: 'WhiteSpaceNode', value: '\n'.repeat(Math.max(2, lines)), position: { start: points(s), end: points(Math.min(s + Math.max(lines, 0), text.length)) } });
    }
    frame.end = position?.end;
    if (position?.start.offset === undefined || position.end.offset === undefined) continue;
    const s = base + position.start.offset;
    const e = base + position.end.offset;
    if (child.type === 'inlineCode') {
      out.push({ type: 'SourceNode', value: text.slice(s, e), position: { start: points(s), end: points(e) } });
    } else if ('children' in child) {
      stack.push({ kids: child.children as MdastNodes[], i: 0 });
    } else if ((child.type === 'image' || child.type === 'imageReference') && child.alt) {
      place(parser().tokenize(child.alt), align(child.alt, text, Math.min(s + 2, e), e), points, out);
    } else if (child.type === 'break') {
      out.push({ type: 'WhiteSpaceNode', value: '\n', position: { start: points(s), end: points(Math.min(s + 1, e)) } });
    } else if (child.type === 'text') {
      place(parser().tokenize(child.value), align(child.value, text, s, e), points, out);
    }
  }
  return out;
}

/** The sentences of plain text that is no block of the letter (the words of an HTML block), tokenised as a letter's are. */
export function plainSentences(text: string): Sentence[] {
  return parsePlain(text).sentences;
}

/** The stems of a plain phrase (from configuration), tokenised exactly as a letter's words are. */
export function stemsOfPhrase(phrase: string): string[] {
  return parsePlain(phrase).sentences.flatMap((s) => s.terms.map((t) => t.stem));
}
