// Where a placeholder's match stands, read from the few characters around it: on a line of its own,
// in a web address, inside a longer name, in a sentence. Each look is bounded, so a long line costs
// no more than a short one.
import { capitalised, latinFirst, titleCased } from './latin.js';
import { quotationAround, quotedWords } from './quotation.js';

/** A word after which a name or a place should follow: "advertised on (website)", "found on (where you found the job)". */
const PLACE_BEFORE = /(?:\b(?:on|at|via|through|from|in|for|about|with|to|as|see|is|here)|:)[ \t]*$/i;
export const placeBefore = (text: string, at: number) => PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at));

/**
 * Whether the match at `at` stands in a web address: the word it is part of starts with a scheme,
 * "www." or a host name ("linkedin.com/in/…"), not a bare path ("the /username route"). The look
 * back is bounded, so a long run of "/yourname" is not scanned once per match.
 */
const ADDRESS_REACH = 300;
export function inWebAddress(text: string, at: number): boolean {
  let k = at;
  const floor = Math.max(0, at - ADDRESS_REACH);
  while (k > floor && !/[\s(<[]/.test(text[k - 1]!)) k--;
  return /^(?:https?:\/\/|www\.|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,10}\/)/i.test(text.slice(k, at));
}

/** A match a capitalised word follows: part of a longer name ("Zip Code Wilmington", "the Jane Doe Foundation"). */
export function inLongerName(m: RegExpMatchArray, text: string): boolean {
  const end = m.index! + m[0].length;
  return /^[ \t]/.test(text[end] ?? '') && titleCased(text.slice(end + 1, end + 3));
}

/** A capital letter after spaces or tabs at `end`: the start of the name the slot word is part of. */
export function capitalAfter(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i > end && capitalised(text.slice(i, i + 2));
}

/** Whether [start, end) is all its line holds, after at most an "Address:" label and some emphasis. */
export function addressLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(Math.max(lineStart, start - 30), start);
  const after = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 10) : Math.min(lineEnd, end + 10));
  return start - lineStart <= 30 && /^[ \t*_]*(?:address[ \t]*:[ \t]*)?$/i.test(before) && /^[ \t*_.]*$/.test(after);
}

/** Whether [start, end) is wrapped in quotation marks: '"TBD"', '“TODO”'. */
export function quoted(text: string, start: number, end: number): boolean {
  return /["'\u2018\u201c]/.test(text[start - 1] ?? '') && /["'\u2019\u201d]/.test(text[end] ?? '');
}

/** What may stand before a date format on its line: emphasis, a "Date:" label. */
const DATE_PREFIX = /^[ \t*_]{0,8}(?:date[ \t]{0,4}:[ \t]{0,4})?$/i;
const DATE_SUFFIX = /^[ \t*_.]{0,8}(?:\r?\n|$)/;
/** The widest prefix DATE_PREFIX takes: the line start is looked for no further back. */
const DATE_REACH = 30;
/** Whether [start, end) stands alone on its line, after at most a "Date:" label and some emphasis. */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - DATE_REACH);
  const window = text.slice(from, start);
  const nl = window.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  return DATE_PREFIX.test(window.slice(nl + 1)) && DATE_SUFFIX.test(text.slice(end, end + 12));
}

/** What may stand before a count to fill in: a lower-case word ("have X years"), a sentence opener ("With X years"), or nothing. */
export function countSlotAfter(before: string): boolean {
  const word = /(\S*)[ \t]+$/.exec(before)?.[1];
  if (word === undefined) return before.trim() === '';
  return /^[a-z]+$/.test(word) || COUNT_OPENERS.has(word) || /[.!?:(]$/.test(word);
}
const COUNT_OPENERS = new Set(['With', 'Over', 'For', 'After', 'In', 'Having', 'About', 'Nearly', 'Almost', 'Across', 'Through']);

const LAST_WORD = latinFirst(/([\p{L}]+)[^\p{L}\n]*$/u);
const NEXT_WORD = latinFirst(/^[^\p{L}\n]*([\p{L}]+)/u);

/** A capitalised run whose neighbouring words are not in capitals: not a heading or an acronym's company. */
export function amongLowerCase(text: string, start: number, end: number): boolean {
  const before = LAST_WORD.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  const lower = (w: string | undefined) => w !== undefined && w !== w.toUpperCase();
  // Beside another word in capitals it is part of a name or a heading: "the ACME PRODUCT team", "PROJECT README".
  const capitals = (w: string | undefined) => w !== undefined && w.length > 1 && w === w.toUpperCase();
  return (lower(before) || lower(after)) && !capitals(before) && !capitals(after);
}

/** A run at [start, end) with a word or punctuation beside it on its line: "a *** for", "Dear ___,". */
export function inSentence(text: string, start: number, end: number): boolean {
  return /[^\s*_] $/.test(text.slice(Math.max(0, start - 2), start)) || /^(?: [^\s*_]|[,.;:!?])/.test(text.slice(end, end + 2));
}

/** "- [X] shipped": a Markdown task box, not a slot; `at` is the bracket's offset in the letter. */
export function isTaskBox(text: string, at: number): boolean {
  // Only the few characters before it: a long line costs nothing.
  const before = text.slice(Math.max(0, at - 10), at);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && at > 10) return false;
  return /^[ \t>]*[-*+][ \t]+$/.test(before.slice(newline + 1));
}

/** Words that say a name is withheld on purpose: an NDA, a confidential client, a name the writer may not give. */
const WITHHELD = /\b(?:NDA|non-disclosure|confidential(?:ity)?|(?:can(?:no|['\u2019])t|not allowed to|unable to|not able to|not permitted to|not free to) (?:name|write|mention|disclose|share)|I(?:['\u2019]ll| will)? call (?:them|it|the (?:client|company|employer)))\b/i;
/** How far from a placeholder-like company name the writer's reason may stand: the sentence around it, about. */
const ALIAS_REACH = 250;

/**
 * Whether some "Company X" of the letter has the writer's reason for it beside it ("which I'll call
 * Company X here because my contract has an NDA"): then each one is that client, named so on purpose.
 */
export function aliasExplained(text: string): boolean {
  for (const m of text.matchAll(/\bCompany[ \t]+[XYZ]\b/g)) if (WITHHELD.test(text.slice(Math.max(0, m.index! - ALIAS_REACH), m.index! + ALIAS_REACH))) return true;
  return false;
}

/**
 * Words a quotation must hold besides the slot to be a quotation of text, not a quoted slot
 * ('"{position}"', '"[Company]"'): two, as in 'sued "John Doe defendants 1–10"'.
 */
const QUOTED_WORDS = 2;

/**
 * Whether [start, end) stands inside a quotation on its line that holds other words: 'the alert read
 * "A new {position} role matches your search"' quotes what a program printed, 'emails that all
 * started with "Dear [First Name], I noticed…"' what the writer stopped sending, '"Household income:
 * ______"' a form's line.
 */
export function inQuotation(text: string, start: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  const sides = quotationAround(text, text.lastIndexOf('\n', start - 1) + 1, lineEnd < 0 ? text.length : lineEnd, start, end);
  if (sides === undefined) return false;
  const words = quotedWords(`${sides[0]} ${sides[1]}`);
  if (words >= QUOTED_WORDS) return true;
  // 'an offer that still began "Dear [First Name]"': one other word will do after a verb that quotes.
  const quoteAt = start - sides[0].length - 1;
  return words >= 1 && QUOTING.test(text.slice(Math.max(0, quoteAt - 20), quoteAt));
}
/** Words before a quotation that say it is quoted text: "began", "read", "said", "started with". */
const QUOTING = /\b(?:began|begins|started|starts|opened|opens|read|reads|said|says|with)[ \t]*$/i;
