// The remark road, with remark loaded only when a letter needs it: remark is most of the code
// letterlint loads, and most letters take the fast road instead.
import type { Root as MdastRoot } from 'mdast';
import type { Processor } from 'unified';
import { pointer } from './offsets.js';
import { Assembler, type Parsed } from './assemble.js';
import { pandocClosed } from './frontmatter.js';
import { plainMarkdown } from './fast-road.js';
import { plainLeaves } from './plain-text.js';
import { segments, WHOLE_MARKDOWN } from './segments.js';
import { walk, type WalkState } from './mdast.js';

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

/**
 * Markdown through remark: every letter the fast path (fast-road.ts) cannot take. A large one is read in
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
