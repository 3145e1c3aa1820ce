// The parts of a letter, read once and shared by every rule: contact header, headings, greeting,
// body paragraphs (a list and the line that introduces it count as one), and sign-off.
import type { Anatomy, Block } from '../types.js';
import type { Format } from './letter.js';
import { startsSmall, wordsOnLine } from '../text/latin.js';
import { atBreaks, endsOnStop, linesOf, splitBlock, type Line } from './anatomy-blocks.js';
import { isGreetingLine } from './anatomy-greeting.js';
import { isSubjectLine, isTitleBlock, leadingContact } from './anatomy-header.js';
import { BULLET, joinSpacedLines, lineParagraphs, partedByIndent, partedByLine, toParts } from './anatomy-paragraphs.js';
import { isEarlyClosing, isLoneSignoff, isOwnClosing, isSignoffLine, OWN_CLOSING_AFTER } from './anatomy-signoff.js';

// "P.S.", "PS:", "P.P.S." at the start of a block, after any Markdown emphasis.
const POSTSCRIPT = /^[\s*_>]*P\.?\s?(?:P\.?\s?)?S\b/;

/** Words a line of prose has, more than a letterhead's line ("12 Elm Street", "Jordan Avery"). */
const PROSE_LINE = 8;

/**
 * "…I would be a great addition\nto the eLearning team.": a line in lower case after a line of
 * prose that ends mid-sentence carries that sentence on, however much it looks like "To the team,".
 */
function carriesOn(before: Line | undefined, line: Line): boolean {
  return before !== undefined && startsSmall(line.text) && wordsOnLine(before.text) > PROSE_LINE && !endsOnStop(before.text);
}

/** How many of the last blocks a sign-off is looked for in. */
const SIGNOFF_BLOCKS = 4;

/** How many blocks a greeting is looked for in, at most: a letterhead of short lines, then the greeting. */
const MAX_HEADER_BLOCKS = 16;

/**
 * Reads the parts of a letter. Blocks may be split (a greeting or sign-off line that shares a
 * paragraph with body text), so the blocks as split are returned too.
 */
export function readAnatomy(text: string, parsed: readonly Block[], format: Format): { anatomy: Anatomy; blocks: Block[] } {
  const broken = parsed.flatMap((b) => atBreaks(text, b));
  // Rendered Markdown joins lines that no blank line parts, and its reader sees one paragraph.
  const blocks = format === 'text' ? partedByLine(text, broken.flatMap((b) => partedByIndent(text, b))) : broken;
  // "## Dear Hiring Manager," is a greeting set as a heading: it is read as the greeting it is.
  const greetingHeading = blocks.slice(0, 8).find((b) => b.kind === 'heading' && linesOf(text, b).some((l) => isGreetingLine(l.text)));
  const headings = blocks.filter((b) => b.kind === 'heading' && b !== greetingHeading);
  const prose = blocks.filter((b) => b.kind !== 'heading' || b === greetingHeading);

  // Greeting: the first short "Dear …," line among the first blocks; the rest of its block is body.
  let greeting: Block | undefined;
  let bodyFrom = 0;
  // Among the first eight blocks, or further while every block before is a short header line (a
  // letterhead with a blank line after each line of two addresses runs past eight).
  for (let i = 0; i < Math.min(prose.length, MAX_HEADER_BLOCKS) && !greeting; i++) {
    if (i >= 8 && prose.slice(0, i).some((b) => wordsOnLine(text.slice(b.start, b.end)) > 12)) break;
    const lines = linesOf(text, prose[i]!);
    const at = lines.findIndex((l, k) => isGreetingLine(l.text) && !carriesOn(lines[k - 1], l));
    if (at < 0) continue;
    const block = prose[i]!;
    const from = lines[at]!.start;
    const next = lines[at + 1];
    const pieces: Block[] = [];
    let rest = block;
    if (from > block.start) {
      const [pre, post] = splitBlock(text, block, from);
      pieces.push(pre);
      rest = post;
    }
    if (next) {
      const [line, after] = splitBlock(text, rest, next.start);
      greeting = line;
      pieces.push(line, after);
    } else {
      greeting = rest;
      pieces.push(rest);
    }
    prose.splice(i, 1, ...pieces);
    bodyFrom = prose.indexOf(greeting) + 1;
  }

  const header = greeting ? prose.slice(0, bodyFrom - 1) : leadingContact(text, prose);
  if (!greeting) bodyFrom = header.length;

  // Sign-off: a closing line in one of the last blocks; everything from it on is the sign-off. The
  // items of one list count as one block ("Sincerely,", the name, then three profile links).
  let signoffAt = prose.length;
  for (let i = prose.length - 1, seen = 0; i >= bodyFrom && seen < SIGNOFF_BLOCKS; i--) {
    if (prose[i]!.list === undefined || prose[i + 1]?.list !== prose[i]!.list) seen++;
    const lines = linesOf(text, prose[i]!);
    // The lines after a candidate, read only for a line that could be a closing of the writer's own,
    // and only when few are left (a name and contact lines): a block of many short "Abc," lines
    // would otherwise be read once per line.
    let later: string[] | undefined;
    const after = (k: number): string[] | undefined => {
      later ??= prose.slice(i + 1).flatMap((b) => linesOf(text, b).map((l) => l.text));
      const left = lines.length - k - 1 + later.length;
      return left > 0 && left <= OWN_CLOSING_AFTER ? [...lines.slice(k + 1).map((l) => l.text), ...later] : undefined;
    };
    const at = lines.findIndex((l, k) => isSignoffLine(l.text) || isOwnClosing(l.text, () => after(k)));
    if (at < 0) continue;
    // A closing line alone with the letter's prose still after it was set early (a LaTeX class): no sign-off.
    if (lines.length === 1 && prose.slice(i + 1).reduce((n, b) => n + wordsOnLine(text.slice(b.start, b.end)), 0) > 40) continue;
    if (at > 0) {
      const [body, close] = splitBlock(text, prose[i]!, lines[at]!.start);
      prose.splice(i, 1, body, close);
      signoffAt = i + 1;
    } else {
      signoffAt = i;
    }
    break;
  }

  signoffAt -= joinSpacedLines(text, prose, bodyFrom, signoffAt);

  // A "P.S." after the closing is the writer's prose again, not contact details.
  let postscriptAt = prose.findIndex((b, i) => i >= signoffAt && POSTSCRIPT.test(text.slice(b.start, b.end)));
  if (postscriptAt < 0) postscriptAt = prose.length;
  // Without a closing line ("Thank you for your time.", the name, then "P.S. …"), a P.S. among the
  // last blocks still ends the body: it is an afterthought, not the close.
  if (signoffAt === prose.length) {
    const late = prose.findIndex((b, i) => i > bodyFrom && i >= prose.length - SIGNOFF_BLOCKS && POSTSCRIPT.test(text.slice(b.start, b.end)));
    if (late >= 0) signoffAt = postscriptAt = late;
  }

  // A writer who already parts paragraphs with blank lines does not mean a line break as one.
  // A closing line alone before the body ("Best regards," that a LaTeX class set after the greeting) is no paragraph.
  const bodyBlocks = prose.slice(bodyFrom, signoffAt).filter((b) => b.sentences.length > 0 && !isLoneSignoff(text, b));
  // "Thanking you.\nYours truly," or "Thank you for your consideration." right after the greeting, with the
  // letter's prose after it: a closing a LaTeX class set early, not the opening.
  if (bodyBlocks.length > 1 && isEarlyClosing(text, bodyBlocks[0]!)) header.push(bodyBlocks.shift()!);
  // "RE: Backend Engineer (Go, Kafka)" right after the greeting is the letter's subject, not its opening.
  if (bodyBlocks.length > 1 && isSubjectLine(text.slice(bodyBlocks[0]!.start, bodyBlocks[0]!.end))) header.push(bodyBlocks.shift()!);
  // So are title lines before it that say no sentence: "Claud D. Park · Cover Letter", "About Me",
  // "**To:** The Canonical Hiring Manager", a recipient's name left by a LaTeX class.
  while (bodyBlocks.length > 1 && isTitleBlock(text, bodyBlocks[0]!)) header.push(bodyBlocks.shift()!);
  const byLine = bodyBlocks.filter((b) => b.list === undefined).length < 3;
  // Otherwise the first block still may hold the lines of several paragraphs, where a list set apart
  // by Markdown ends it ("I am writing…\nCertified analyst with…\nIn my recent work:\n- …"): the opening is its first.
  const leadsIn = (i: number) => {
    const next = bodyBlocks[i + 1];
    return next !== undefined && (next.list !== undefined || linesOf(text, next).every((l) => BULLET.test(text.slice(l.start, l.end))));
  };
  const parted = byLine ? bodyBlocks.flatMap((b, i) => lineParagraphs(text, b, leadsIn(i))) : leadsIn(0) ? [...lineParagraphs(text, bodyBlocks[0]!, true), ...bodyBlocks.slice(1)] : bodyBlocks;
  const body = toParts(text, parted.filter((b) => b.sentences.length > 0));
  const anatomy: Anatomy = {
    header,
    headings,
    greeting,
    body,
    opening: body[0],
    signoff: prose.slice(signoffAt, postscriptAt),
    postscript: prose.slice(postscriptAt),
  };
  return { anatomy, blocks: [...headings, ...prose].sort((a, b) => a.start - b.start) };
}
