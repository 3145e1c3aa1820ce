// From text to the shared view of a letter: prose blocks, sentences, words and terms, with every
// offset pointing into the letter's own text. Markdown goes through remark (mdast) and then
// mdast-util-to-nlcst, the converter under remark-retext, called once on the prose blocks so the
// mdast stays at hand for the letter's anatomy; plain text goes through parse-english, the parser
// under retext-english.
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { toNlcst } from 'mdast-util-to-nlcst';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import { termsOf } from './terms.js';
import type { Block, BlockKind, Comment, Sentence, Word } from './types.js';

export interface Parsed {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  wordCount: number;
  excluded: Array<[number, number]>;
  frontmatter?: string;
  /** HTML comments in Markdown, where inline control directives live. */
  comments: Comment[];
}


/** The comments inside an HTML node's source, with offsets into the letter. */
function commentsIn(value: string, offset: number, out: Comment[]): void {
  for (const m of value.matchAll(/<!--([\s\S]*?)-->/g)) {
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, body: m[1]!.trim() });
  }
}

let markdownProcessor: Processor<MdastRoot> | undefined;
let english: ParseEnglish | undefined;

function parser(): ParseEnglish {
  english ??= new ParseEnglish();
  return english;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+[^\s<>()[\].,;:!?'"]/gi;

export function stripBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

export function parseLetter(text: string, format: 'markdown' | 'text'): Parsed {
  return format === 'markdown' ? parseMarkdown(text) : parsePlain(text);
}

interface Leaf {
  kind: BlockKind;
  node?: MdastNodes;
  start: number;
  end: number;
  list?: number;
}

function parseMarkdown(text: string): Parsed {
  markdownProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze() as unknown as Processor<MdastRoot>;
  const file = new VFile(text);
  const tree = markdownProcessor.parse(file) as MdastRoot;
  const leaves: Leaf[] = [];
  const excluded: Array<[number, number]> = [];
  let frontmatter: string | undefined;
  let lists = 0;
  const comments: Comment[] = [];

  const walk = (node: MdastNodes, list: number | undefined): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        frontmatter = node.value;
        return;
      case 'paragraph':
      case 'heading':
        leaves.push({ kind: node.type, node, start, end, list });
        collectExcluded(node, excluded, comments);
        return;
      case 'list': {
        const id = ++lists;
        for (const item of node.children) walk(item, id);
        return;
      }
      case 'html':
        commentsIn(node.value, start, comments);
        return;
      case 'code':
      case 'table':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as MdastNodes, list);
    }
  };
  walk(tree, undefined);

  let nlcst: NlcstRoot = { type: 'RootNode', children: [] };
  if (leaves.length > 0) {
    const root: MdastRoot = {
      type: 'root',
      children: leaves.map((l) => l.node) as MdastRoot['children'],
      position: { start: leaves[0]!.node!.position!.start, end: leaves.at(-1)!.node!.position!.end },
    };
    nlcst = toNlcst(root, file, ParseEnglish);
  }
  return { ...assemble(text, leaves, nlcst, excluded, frontmatter), comments: comments.sort((a, b) => a.start - b.start) };
}

/** Inline parts of a prose block that are not prose: code, comments, link destinations. */
function collectExcluded(node: MdastNodes, out: Array<[number, number]>, comments: Comment[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as MdastNodes[]) {
    const s = child.position?.start.offset;
    const e = child.position?.end.offset;
    if (s === undefined || e === undefined) continue;
    if (child.type === 'inlineCode' || (child.type === 'html' && child.value.startsWith('<!--'))) {
      out.push([s, e]);
      if (child.type === 'html') commentsIn(child.value, s, comments);
    } else if (child.type === 'image') {
      out.push([s, e]);
    } else if (child.type === 'link') {
      // The link text is prose; everything after it (the destination and title) is not.
      const lastText = child.children.at(-1)?.position?.end.offset;
      out.push([lastText ?? s, e]);
      collectExcluded(child, out, comments);
    } else {
      collectExcluded(child, out, comments);
    }
  }
}

function parsePlain(text: string): Parsed {
  const leaves: Leaf[] = [];
  // Blocks are runs of non-blank lines: parse-english also breaks paragraphs at single line breaks.
  const re = /[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    leaves.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  }
  const nlcst = leaves.length ? parser().parse(text) : ({ type: 'RootNode', children: [] } as NlcstRoot);
  return { ...assemble(text, leaves, nlcst, [], undefined), comments: [] };
}

/** Gather nlcst sentences into their blocks, drop URL words, and count words. */
function assemble(
  text: string,
  leaves: Leaf[],
  nlcst: NlcstRoot,
  excluded: Array<[number, number]>,
  frontmatter: string | undefined,
): Omit<Parsed, 'comments'> {
  for (const leaf of leaves) {
    const slice = text.slice(leaf.start, leaf.end);
    for (const m of slice.matchAll(URL_RE)) excluded.push([leaf.start + m.index, leaf.start + m.index + m[0].length]);
  }
  excluded.sort((a, b) => a[0] - b[0]);
  const isExcluded = exclusionTest(excluded);

  const blocks: Block[] = leaves.map((l) => ({ kind: l.kind, start: l.start, end: l.end, sentences: [], list: l.list }));
  const sentences: Sentence[] = [];
  let wordCount = 0;
  let b = 0;
  for (const paragraph of nlcst.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode' || !node.position) continue;
      const sentence = buildSentence(node, text, isExcluded);
      wordCount += countWords(node, isExcluded);
      if (sentence.words.length === 0) continue;
      while (b < blocks.length - 1 && sentence.start >= blocks[b]!.end) b++;
      const block = blocks[b];
      if (!block) continue;
      // parse-english ends a sentence at the dot of ".NET"; the word took its dot back, so the
      // sentence it starts continues the one before.
      const last = block.sentences.at(-1);
      if (last && sentence.words[0]!.start < last.end) {
        last.end = sentence.end;
        last.words.push(...sentence.words);
        last.terms.push(...sentence.terms);
        continue;
      }
      block.sentences.push(sentence);
      sentences.push(sentence);
    }
  }
  return { text, blocks: blocks.filter((x) => x.sentences.length > 0), sentences, wordCount, excluded, frontmatter };
}

/** A test for overlap with sorted ranges, by binary search over their merged union. */
function exclusionTest(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return (start, end) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]![1] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < merged.length && merged[lo]![0] < end;
  };
}

function buildSentence(node: NlcstSentence, text: string, isExcluded: (s: number, e: number) => boolean): Sentence {
  const words: Word[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue;
    let start = child.position.start.offset!;
    let end = child.position.end.offset!;
    if (isExcluded(start, end)) continue;
    // Keep "C++", "C#" and ".NET" whole: parse-english splits the symbols off.
    while (end < text.length && (text[end] === '+' || text[end] === '#') && end - start < 40) end++;
    if (start > 0 && text[start - 1] === '.' && (start === 1 || /\s/.test(text[start - 2]!))) start--;
    const raw = text.slice(start, end).replace(/[.]+$/, '');
    const word: Word = { text: raw, lower: raw.toLowerCase(), start, end: start + raw.length };
    words.push(word);
  }
  const terms = words.flatMap(termsOf);
  for (const list of [words, terms]) {
    for (let i = 1; i < list.length; i++) {
      if (isBreak(text.slice(list[i - 1]!.end, list[i]!.start))) list[i]!.afterBreak = true;
    }
  }
  return { start: node.position!.start.offset!, end: node.position!.end.offset!, words, terms };
}

/**
 * Whether the text between two words ends a phrase: anything but space, hyphens, slashes, quotes
 * and Markdown emphasis, or a line break that starts a new bullet ("- Go\n- Rust").
 */
function isBreak(between: string): boolean {
  return /[^\s\-\u2010-\u2014/*_'"\u2018-\u201f]/.test(between) || /[\r\n]\s*(?:[-*+\u2022\u2013]|\d+[.)])\s/.test(between);
}

/**
 * Words as a reader or an editor counts them: runs of text between white space that hold a word,
 * so "1,200", "e.g." and "Node.js" are one word each. Inline code and URLs are left out.
 */
function countWords(node: NlcstSentence, isExcluded: (s: number, e: number) => boolean): number {
  let count = 0;
  let inRun = false;
  let counted = false;
  const visit = (children: SentenceContent[]): void => {
    for (const child of children) {
      if (child.type === 'WhiteSpaceNode') {
        inRun = false;
        continue;
      }
      if (!inRun) {
        inRun = true;
        counted = false;
      }
      if (child.type === 'WordNode' && !counted) {
        const p = child.position;
        if (p && !isExcluded(p.start.offset!, p.end.offset!)) {
          count++;
          counted = true;
        }
      }
    }
  };
  visit(node.children);
  return count;
}


/** The stems of a plain phrase (from configuration), tokenised exactly as a letter's words are. */
export function stemsOfPhrase(phrase: string): string[] {
  return parsePlain(phrase).sentences.flatMap((s) => s.terms.map((t) => t.stem));
}
