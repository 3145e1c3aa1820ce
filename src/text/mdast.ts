// remark's tree (mdast) to prose blocks, without recursion: paragraphs and headings with their words
// placed by the source text, HTML paragraphs as prose, and what inside them is not prose.
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { SentenceContent } from 'nlcst';
import type { Comment } from '../types.js';
import { align, place, type Point } from './offsets.js';
import { parser, type Leaf } from './nlcst.js';

/** The comments inside an HTML node's source, with offsets into the letter. */
function commentsIn(value: string, offset: number, out: Comment[]): void {
  for (const m of value.matchAll(/<!--([\s\S]*?)-->/g)) {
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, body: m[1]!.trim() });
  }
}

export interface WalkState {
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
export function walk(tree: MdastRoot, base: number, state: WalkState): void {
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
      case 'heading': {
        const tokens = leafTokens(node, base, state);
        state.leaves.push({ kind: node.type, start, end, list, tokens });
        collectExcluded(node, base, state.excluded, state.comments);
        // "**<Company Name>**" alone: a paragraph with no word of prose is no block of the letter, but
        // what Markdown took for inline HTML in it is HTML a reader may still see.
        if (!tokens.some((t) => t.type === 'WordNode')) state.html.push(...inlineHtml(node, base));
        break;
      }
      case 'list': {
        const id = ++state.lists;
        for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, id]);
        break;
      }
      case 'html':
        commentsIn(node.value, start, state.comments);
        if (!node.value.startsWith('<!--')) htmlBlock(state, start, end, list);
        break;
      case 'code':
        // A letter's HTML pasted with its page's indentation is a code block to Markdown, and still
        // the letter its writer meant: "    <p>I am writing to apply…</p>". Code in a letter is fenced.
        if (indentedHtml(state.text, start, end)) {
          commentsIn(state.text.slice(start, end), start, state.comments);
          htmlBlock(state, start, end, list);
        }
        break;
      case 'table':
      case 'definition':
      case 'thematicBreak':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as MdastNodes, list]);
    }
  }
}

/** "<p>I am applying…</p>": a page written in HTML paragraphs is prose a reader sees; the rest of the block is HTML. */
function htmlBlock(state: WalkState, start: number, end: number, list: number | undefined): void {
  const paragraphs = htmlParagraphs(state.text, start, end);
  for (const [from, to] of paragraphs) state.leaves.push({ kind: 'paragraph', start: from, end: to, list, tokens: htmlTokens(state, from, to) });
  if (paragraphs.length === 0) state.html.push([start, end]);
  else state.html.push(...outside(start, end, paragraphs));
}

/** An indented (not fenced) code block that starts with an HTML tag and holds a "<p>" paragraph. */
function indentedHtml(text: string, start: number, end: number): boolean {
  const block = text.slice(start, end);
  if (!/^[ \t]*<[a-z!]/i.test(block)) return false;
  P_OPEN.lastIndex = 0;
  return P_OPEN.test(block);
}

/** The ranges of the inline HTML nodes inside a node, in order. */
function inlineHtml(node: MdastNodes, base: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: MdastNodes[] = [node];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if (parent.type === 'html' && parent.position?.start.offset !== undefined && parent.position.end.offset !== undefined) out.push([base + parent.position.start.offset, base + parent.position.end.offset]);
    if ('children' in parent) for (let i = parent.children.length - 1; i >= 0; i--) stack.push(parent.children[i] as MdastNodes);
  }
  return out;
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
