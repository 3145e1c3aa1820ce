// The parts of a letter, read once and shared by every rule: contact header, headings, greeting,
// body paragraphs (a list and the line that introduces it count as one), and sign-off.
import { trimEmphasisEnd, trimMarkers, trimWhere } from '../text/trim.js';
import type { Anatomy, Block, Part, Sentence } from '../types.js';
import { latinFirst, wordsOnLine } from '../text/latin.js';

// "Respected Sir," and "Respected HR Team," are the greeting of many letters written in South Asia.
const GREETING = /^(?:dear|respected|hello|hi|hey|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|to)\b/i;
// "Thanks for reading," closes a letter; "Thank you for reading." ends its last paragraph.
const SIGNOFF =
  /^(?:(?:with )?(?:best|kind|warm|warmest|kindest)(?: regards| wishes)?|(?:with )?regards|(?:yours )?(?:sincerely|faithfully|truly|respectfully)(?: yours| regards)?|respectfully|cheers|thanks|thank you|thanking you|many thanks|with thanks|with gratitude|with appreciation|appreciatively|gratefully|warmly|(?:yours )?cordially|all the best|take care)\s*[,.!\u2014-]?$|^(?:thanks|thank you) for reading\s*[,\u2014-]?$/i;
// "P.S.", "PS:", "P.P.S." at the start of a block, after any Markdown emphasis.
const POSTSCRIPT = /^[\s*_>]*P\.?\s?(?:P\.?\s?)?S\b/;
const BULLET = /^\s*(?:[-*+\u2022\u2013]|\d+[.)])\s+/;
/** A paragraph that opens with a short label and a separator: "Data Reporting | Producing…", "**Testing:** I wrote…". */
const LABELLED = latinFirst(/^\s*(?:\*\*|__)?\p{Lu}[^|:\n]{0,40}(?:\*\*|__)?[ \t]*(?:\||:)/u);
const isLabelled = (text: string, block: Block): boolean => LABELLED.test(text.slice(block.start, Math.min(block.end, block.start + 60)));
const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{6,}\d|linkedin|github\.com/i;
/** A line that carries contact details: an email address, a link, a phone number, a profile. */
export const hasContact = (line: string): boolean => CONTACT.test(line);

interface Line {
  start: number;
  end: number;
  text: string;
}

/** How many of the last blocks a sign-off is looked for in. */
const SIGNOFF_BLOCKS = 4;

/** How many blocks a greeting is looked for in, at most: a letterhead of short lines, then the greeting. */
const MAX_HEADER_BLOCKS = 16;

/** Lines of a block, without Markdown markers at their start. */
function linesOf(text: string, block: Block): Line[] {
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
function stripTags(line: string): string {
  if (line.length > 400 || !line.includes('<')) return line;
  return line.replace(/^\s*(?:<[^<>]{0,120}>\s*)+/, '').replace(/(?:\s*<[^<>]{0,120}>)+\s*$/, '');
}

const ADDRESSEES = /\b(?:manager|managers|team|recruiter|recruiters|committee|department|recruitment|recruiting|panel)\.$/i;

// Greetings with no opening word of GREETING, told by their comma: "Hiring Manager,", "Ladies and
// Gentlemen,", "Good day,". Without the comma "Hiring Manager" is a line of the recipient's address.
const BARE_GREETING = /^(?:(?:the\s+)?hiring\s+(?:manager|managers|team|committee)|ladies\s+and\s+gentlemen|good\s+day|howdy|hiya)\s*[,:!]$/i;

function isGreetingLine(line: string): boolean {
  if (BARE_GREETING.test(line)) return true;
  if (!GREETING.test(line)) return false;
  const words = wordsOnLine(line);
  if (/^to\b/i.test(line) && !/^to whom/i.test(line)) {
    // "To the Acme hiring team:", "To Sam,"; not "To keep payouts moving during the outage,".
    const addressed = /^to\s+the\b/i.test(line) || ADDRESSED_TO.test(line);
    // "To the Hiring Manager." with a stop, when it ends with whom it addresses.
    const stopped = /\.$/.test(line) && words <= 6 && ADDRESSEES.test(line);
    return words <= 10 && (/[,:]$/.test(line) || stopped) && addressed;
  }
  // "To Whom It May Concern" needs no comma: nothing else starts that way.
  return words <= 12 && (/^(?:dear|to whom it may concern)\b/i.test(line) || /[,:!\u2014-]$/.test(line) || words <= 4);
}

// A name after the closing on its line: "Priya", "Marco A. da Silva", "Anne van der Berg".
const ADDRESSED_TO = latinFirst(/^\S+\s+\p{Lu}/u);
const NAME_AFTER = latinFirst(/\s*[,\u2014\u2013-]\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|da|de|di|do|dos|du|van|von|der|den|del|la|le|bin|al)){0,4}$/u);

/** "Best,", "Kind regards,", and the same with the name on the line: "Best, Priya", "Thanks \u2014 Sam Lee". */
function isSignoffLine(raw: string): boolean {
  // A sign-off is a short line; the name pattern below backtracks on a long one ("-A-A-A… x").
  if (raw.length > 120) return false;
  // "Respectfully,</br>": a line break written as HTML ends the line, it is not part of it.
  const line = raw.replace(/\s*<\/?br\s*\/?>$/i, '');
  const bare = line.replace(NAME_AFTER.for(line), ',');
  return SIGNOFF.test(bare) && wordsOnLine(bare) <= 4;
}

/** A name on a line of its own: "Dana Whitfield", "— Dana", "Dr. Ana María López-Reyes". */
export const NAME_LINE = latinFirst(/^(?:[\u2014\u2013-]\s*)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}$/u);

/** Words a closing of the writer's own ("Talk soon,", "Until next time,") may have. */
const OWN_CLOSING_WORDS = 3;
const OWN_CLOSING = latinFirst(/^\p{Lu}[^,.!?:;]*,$/u);

/**
 * A closing no list holds ("Talk soon,", "Looking forward,", "Onward,"): a short capitalised line
 * ending in a comma, with the writer's name on the next line and nothing after it but short lines
 * (contact details). `after` gives the lines that follow it to the end of the letter, when they are
 * few; it is asked only of a line that could be a closing.
 */
function isOwnClosing(line: string, after: () => readonly string[] | undefined): boolean {
  if (!OWN_CLOSING.test(line) || wordsOnLine(line) > OWN_CLOSING_WORDS) return false;
  const rest = after();
  return rest !== undefined && NAME_LINE.test(rest[0]!) && rest.every((l) => wordsOnLine(l) <= 8 && !/[.!?]$/.test(l));
}
/** Lines after a closing of the writer's own at most: the name and a few lines of contact details. */
const OWN_CLOSING_AFTER = 6;

/** The part of a sentence between two offsets, with the words and terms that start inside it. */
/** A paragraph of one short line that asks or announces rather than says: "Why Behavox?", "Experience:", "About Me". */
export function isHeadingLine(text: string, part: Part): boolean {
  const raw = text.slice(part.start, part.end).trim();
  if (raw.includes('\n') || part.isList) return false;
  return raw.split(/\s+/).length <= 6 && /[?:]$|[^.!?\s"'\u201d)]$/.test(raw);
}

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
function splitBlock(text: string, block: Block, offset: number): [Block, Block] {
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

/**
 * Reads the parts of a letter. Blocks may be split (a greeting or sign-off line that shares a
 * paragraph with body text), so the blocks as split are returned too.
 */
export function readAnatomy(text: string, parsed: readonly Block[]): { anatomy: Anatomy; blocks: Block[] } {
  const blocks = parsed.flatMap((b) => atBreaks(text, b));
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
    const at = lines.findIndex((l) => isGreetingLine(l.text));
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
function joinSpacedLines(text: string, prose: Block[], from: number, to: number): number {
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

/** Two blocks as one, the sentence the first leaves open carried on by the second's first. */
function joinBlocks(a: Block, b: Block): Block {
  const open = a.sentences.at(-1)!;
  const [next, ...rest] = b.sentences;
  const joined: Sentence = { start: open.start, end: next!.end, words: [...open.words, ...next!.words], terms: [...open.terms, ...next!.terms] };
  return { ...a, end: b.end, sentences: [...a.sentences.slice(0, -1), joined, ...rest] };
}

/**
 * Paragraphs set one to a line with no blank line between them, as letters pasted from a word
 * processor are: every line a long run ending in a full stop, some of several sentences. A reader
 * sees a paragraph per line, though Markdown joins them; a hard-wrapped paragraph, whose lines end
 * mid-sentence, stays one.
 */
function lineParagraphs(text: string, block: Block, leadsIn = false): Block[] {
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
  const long = units.length - prose.length + prose.filter((l) => wordsOnLine(l.text) >= 15).length;
  // A letter has a few dozen paragraphs at most; past that it is one block, and the splitting below
  // (each split walks the rest of the block) stays bounded.
  // One very long line may end without a stop ("…Azure"); hard-wrapped lines are far shorter.
  // A last line that introduces the list after the block ("In my recent work:") ends what it says.
  const unended = prose.filter((l) => !ENDS_SENTENCE.test(l.text.slice(-4)) && !(leadsIn && l === lines.at(-1) && l.text.trimEnd().endsWith(':')));
  // The last line may end with a name after the thanks ("Thank you for your time. Sam Lee").
  const only = unended.length === 1 ? unended[0]! : undefined;
  const lastShort = only !== undefined && only === lines.at(-1) && wordsOnLine(only.text) <= SHORT_LAST_LINE;
  const runOn = unended.length === 0 || (only !== undefined && ((wordsOnLine(only.text) >= 25 && only !== lines.at(-1)) || lastShort));
  if (units.length < 2 || lines.length > 40 || long * 2 < units.length || !runOn) return [block];
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

/** Words a paragraph's last line may take without ending a sentence: a thanks and a name. */
const SHORT_LAST_LINE = 12;

const ENDS_SENTENCE = /[.!?]["'\u201d\u2019)\]]?$/;

/** Without a greeting, leading short blocks that carry contact details or a date are the header. */
const SUBJECT = /^[\s*_#>]{0,6}(?:re|subject|regarding|ref|reference)[\s*_]{0,4}:/i;
const SUBJECT_WORDS = 24;

const BOLD_LINE = /^(\*\*|__)([^*_\n]{1,80})\1:?$/;
/** A short line all in bold that says no sentence: "**Relevant experience:**", "__Why Northwind__". */
function isBoldTitle(raw: string): boolean {
  const m = BOLD_LINE.exec(raw.trim());
  return m !== null && !/[.!?,]$/.test(m[2]!.trim()) && wordsOnLine(m[2]!) <= 8;
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

/**
 * A block cut where "<br>" tags leave a blank line on the page (two or more between one line's
 * words and the next's): "…ideal candidate.\n<br>\n<br>\nAs a student…" is two paragraphs to a
 * reader, one to Markdown.
 */
function atBreaks(text: string, block: Block): Block[] {
  if (!text.slice(block.start, block.end).includes('<')) return [block];
  const out: Block[] = [];
  let rest = block;
  let prev: Line | undefined;
  for (const line of linesOf(text, block)) {
    const breaks = prev ? trailingBreaks(text.slice(prev.start, prev.end)) + (text.slice(prev.end, line.start).match(BR)?.length ?? 0) : 0;
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

function isLoneSignoff(text: string, block: Block): boolean {
  const lines = linesOf(text, block);
  return lines.length === 1 && isSignoffLine(lines[0]!.text);
}

/** Thanks that close a letter, alone on a line: "Thank you for your consideration.", "Thanks in advance!". */
const THANKS_LINE = /^(?:thank you|thanks|thanking you|many thanks)(?: (?:again|in advance|very much|so much))?(?: for your (?:time|consideration|attention|interest))?(?: and (?:consideration|attention|time))?[.!,]?$/i;

/** A block of at most three lines, each a closing or a thanks: the \closing a LaTeX class set after the greeting. */
function isEarlyClosing(text: string, block: Block): boolean {
  const lines = linesOf(text, block);
  return lines.length <= 3 && lines.every((l) => isSignoffLine(l.text) || THANKS_LINE.test(l.text.trim()));
}

/** A subject line: one short line that starts "RE:" or "Subject:". */
function isSubjectLine(raw: string): boolean {
  return SUBJECT.test(raw) && !raw.trim().includes('\n') && wordsOnLine(raw) <= SUBJECT_WORDS;
}

/** A block of a few short lines none of which ends a sentence or a clause, nor announces what follows ("What I would bring:"). */
function isTitleBlock(text: string, block: Block): boolean {
  if (block.list !== undefined) return false;
  const lines = linesOf(text, block);
  return lines.length <= 4 && lines.every((l) => wordsOnLine(l.text) <= 8 && !/[.!?,;:]["'\u201d\u2019)*_]*$/.test(l.text.trimEnd()));
}

/** An address line's last word may be an abbreviation with its full stop: "Acme Inc.", "12 Harbor Rd.", "137 University Ave. W.". */
const ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|LLC|LLP|PLC|GmbH|AG|SA|St|Rd|Ave|Blvd|Ste|Apt|Ct|Ln|Dr|Pkwy|Hwy|Pl|Sq|Jr|Sr|N|S|E|W)\.$/;
const endsSentence = (line: string) => /[.!?]$/.test(line) && !ABBREVIATION_END.test(line);

/** Blocks a letterhead without a greeting after it may take. */
const LETTERHEAD_BLOCKS = 8;
/** Words on a line of contact details: "Email: a@b.io | Phone: +1 555 0100 | GitHub: …" runs long. */
const CONTACT_LINE_WORDS = 30;
/** Fields set side by side: "Delhi, India | +91 …", "Berlin · a@b.io", "a@b.io \\ +52 …". */
const FIELD_SEPARATOR = /\s[|\u00b7\u2022\\]\s/g;

/**
 * A line a letterhead holds, not a line of the letter: a short one that ends no sentence, or a
 * longer one of contact details or of fields set side by side.
 */
function isHeaderLine(line: string): boolean {
  // Nor a line that announces what follows: "Tools I use:".
  if (endsSentence(line) || /:[*_]*$/.test(line.trimEnd())) return false;
  const words = wordsOnLine(line);
  if (words <= 8) return true;
  if (words > CONTACT_LINE_WORDS) return false;
  return CONTACT.test(line) || hasFields(line);
}

/** A month's name or its abbreviation: "Aug", "August", "Sept.". */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/** A date as a letterhead gives it: "Friday August 19, 2022", "20 March 2024", "25/01/2021". */
const DATE = new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH},?\\s\\d{4}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b`, 'i');

/** Two or more fields set side by side on the line. */
const hasFields = (line: string): boolean => (line.match(FIELD_SEPARATOR)?.length ?? 0) >= 2;

/** What only a letterhead's block holds: contact details, a date, fields side by side, or a line of a few words. */
const marksLetterhead = (line: string): boolean => CONTACT.test(line) || wordsOnLine(line) <= 4 || DATE.test(line) || hasFields(line);

function leadingContact(text: string, prose: readonly Block[]): Block[] {
  const out: Block[] = [];
  // A letterhead may set each line apart (name, street, town, phone, email, date, the recipient's lines).
  for (const block of prose.slice(0, LETTERHEAD_BLOCKS)) {
    // "Subject: Application for …" above the address lines is part of the header, and does not end it.
    if (isSubjectLine(text.slice(block.start, block.end))) {
      out.push(block);
      continue;
    }
    const lines = linesOf(text, block);
    if (!lines.every((l) => isHeaderLine(l.text)) || !lines.some((l) => marksLetterhead(l.text))) break;
    out.push(block);
  }
  // A lone short line followed by nothing else is the letter itself, not a header.
  return out.length === prose.length ? [] : out;
}

function toParts(text: string, blocks: readonly Block[]): Part[] {
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

/**
 * A greeting written as an HTML block before the body ("<p class="dear">Dear Prisma team,</p>"):
 * Markdown keeps HTML out of the blocks, but a reader sees the greeting all the same.
 */
export function greetsInHtml(text: string, html: ReadonlyArray<[number, number]>, before: number): boolean {
  return html.some(([start, end]) => start < before && text.slice(start, Math.min(end, start + 2000)).split('\n').some((l) => isGreetingLine(stripTags(l).trim())));
}

/** A greeting set as the document's title in frontmatter ("title: Dear Hiring Manager,"), as a pandoc letter renders it above the body. */
export function greetsInTitle(frontmatter: Readonly<Record<string, unknown>> | undefined): boolean {
  const title = frontmatter?.title;
  return typeof title === 'string' && isGreetingLine(title.trim());
}

/** A closing alone on its line, with no name after it: "Sincerely,", "Best regards". */
export const isBareClosing = (line: string): boolean => line.length <= 120 && SIGNOFF.test(line.replace(/\s*<\/?br\s*\/?>$/i, '').trim());
