// A prose block's tokens to nlcst sentences and paragraphs, as parse-english would give, in bounded
// batches and without recursion; one parse-english serves both roads, so their words agree.
import type { Paragraph as NlcstParagraph, Root as NlcstRoot, RootContent, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { BlockKind } from '../types.js';

let english: ParseEnglish | undefined;

export function parser(): ParseEnglish {
  english ??= new ParseEnglish();
  return english;
}

export interface Leaf {
  kind: BlockKind;
  start: number;
  end: number;
  list?: number;
  /** The block's words, whitespace and punctuation, placed in the letter's text. */
  tokens: SentenceContent[];
}

/** Tokens parsed as one unit at most; longer blocks are cut at a sentence end or a space. */
const BATCH = 1000;
const TERMINAL = /^[!.?\u2026\u203d]+$/;
const NEW_LINE = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;

/** nlcst for one block, as parse-english would give: sentences, then paragraphs. Takes the block's tokens. */
export function toNlcst(leaf: Leaf): NlcstRoot {
  const root: NlcstRoot = { type: 'RootNode', children: [] };
  const tokens = leaf.tokens;
  leaf.tokens = [];
  let from = 0;
  while (from < tokens.length) {
    let cut = tokens.length;
    if (cut - from > BATCH) {
      cut = -1;
      for (let k = from + BATCH - 1; k > from + BATCH / 2 && cut < 0; k--) {
        const t = tokens[k - 1]!;
        if (tokens[k]!.type === 'WhiteSpaceNode' && t.type === 'PunctuationNode' && TERMINAL.test(t.value)) cut = k + 1;
      }
      for (let k = from + BATCH - 1; k > from + BATCH / 2 && cut < 0; k--) if (tokens[k]!.type === 'WhiteSpaceNode') cut = k + 1;
      if (cut < 0) cut = from + BATCH;
    }
    for (const node of contentToRoot(tokens.slice(from, cut)).children) root.children.push(node);
    from = cut;
  }
  return root;
}

/** mdast-util-to-nlcst's sentenceContentToRoot: one sentence, split at terminal marks, then at line breaks. */
function contentToRoot(nodes: SentenceContent[]): NlcstRoot {
  const p = parser();
  const span = () => ({ start: { ...nodes[0]!.position!.start }, end: { ...nodes.at(-1)!.position!.end } });
  const sentence: NlcstSentence = { type: 'SentenceNode', children: nodes, position: span() };
  for (const plugin of p.tokenizeSentencePlugins) plugin(sentence);
  const paragraph: NlcstParagraph = { type: 'ParagraphNode', children: splitNode(sentence, 'PunctuationNode', TERMINAL), position: span() };
  for (const plugin of p.tokenizeParagraphPlugins) plugin(paragraph);
  const root: NlcstRoot = { type: 'RootNode', children: splitNode(paragraph, 'WhiteSpaceNode', NEW_LINE), position: span() };
  for (const plugin of p.tokenizeRootPlugins) plugin(root);
  return root;
}

function nodeText(node: RootContent): string {
  if ('value' in node) return node.value;
  let out = '';
  const stack: RootContent[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('value' in n) out += n.value;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function splitNode<T extends NlcstSentence | NlcstParagraph>(node: T, childType: RootContent['type'], expression: RegExp): T[] {
  const result: T[] = [];
  let start = 0;
  const children = node.children as RootContent[];
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!;
    if (index === children.length - 1 || (token.type === childType && expression.test(nodeText(token)))) {
      const first = children[start]!;
      const parent = { type: node.type, children: children.slice(start, index + 1) } as T;
      if (first.position && token.position) parent.position = { start: first.position.start, end: token.position.end };
      result.push(parent);
      start = index + 1;
    }
  }
  return result;
}
