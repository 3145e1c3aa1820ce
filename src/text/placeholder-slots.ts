// Whether the text inside brackets, emphasis or a variable's sigils is a slot left to fill in ("Your
// Name", "COMPANY_NAME", "X", a note to self) or the writer's own words in that markup.
import { bracketInstructions, capitalSlots, doubtWords, editorialStarts, questionWords, writingUnits, slotMarkers, slotWords } from '../../rules/data/placeholders.js';
import { capitalised, latinFirst } from './latin.js';

export const SLOT_WORDS = new Set(slotWords);
export const WRITING_UNITS = new Set(writingUnits);
const BRACKET_INSTRUCTIONS = new Set(bracketInstructions);
const EDITORIAL = new Set(editorialStarts);
export const MARKERS = new Set(slotMarkers);
const CAPITAL_SLOTS = new Set(capitalSlots);
const BLANK_LINE = /\n[ \t]*\r?\n/;

/** The words of bracketed text, lower case, letters and digits only. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s_/-]+/)
    .map((w) => w.replace(/['\u2019]s$/, '').replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/** "X", "XX", "N", "#", "??", and "X years", "N%": a number still to fill in. */
function isNumberSlot(text: string): boolean {
  return /^(?:X{1,4}|N|#{1,3}|\?{1,3})$/.test(text) || (/^(?:X{1,4}|N|#)(?:%|\s)/.test(text) && text.split(/\s+/).length <= 4);
}

const TITLED_NAME = latinFirst(/^\p{Lu}[\p{L}'\u2019.-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'\u2019.-]*)){0,3}$/u);

/**
 * A template's brackets left around what was filled in: "Dear [Gosia],", a header line "[Auto &
 * General]". A name in title case, after "Dear" or standing alone on its line.
 */
export function filledName(inner: string, text: string, at: number, length: number): boolean {
  if (!TITLED_NAME.test(inner)) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 20), at);
  const lineEnd = text.indexOf('\n', at + length);
  const after = text.slice(at + length, lineEnd < 0 ? Math.min(text.length, at + length + 20) : Math.min(lineEnd, at + length + 20));
  return /\bDear[ \t]+$/.test(before) || (at - lineStart <= 20 && /^[ \t>*_]*$/.test(text.slice(lineStart, at)) && /^[ \t*_,.\\]*$/.test(after));
}

/** Nouns a letter's role or company slot stands beside: "the [X] position", "the role at [X]". */
const POSTS = 'position|role|job|opening|internship|vacancy|post';
// Before the bracket: "the position of", "the role at/with", "advertised on", "joining"; after it: "position", "role".
// Spaces or a line break, as a hard-wrapped line gives ("the role\nof [X]"): the frame reads the same.
const SLOT_BEFORE = new RegExp(`(?:\\b(?:${POSTS})\\s+(?:of|at|with|for)|\\b(?:advertised|posted|listed|found|seen)\\s+(?:on|at|in|via))\\s+$`, 'i');
const SLOT_AFTER = new RegExp(`^\\s+(?:${POSTS})\\b`, 'i');
const ARTICLE_BEFORE = /\b(?:the|a|an|your)\s+$/i;
/** A short phrase of words, as a filled-in name or title is: no markup, code or options ("[leftmargin=*]"). */
const FILLED = latinFirst(/^[ \t]?[\p{L}\p{N}][\p{L}\p{N} .&'\u2019-]{0,38}[ \t]?$/u);

/**
 * A template's brackets left around what was filled in, in a sentence: "the position of [data
 * scientist] with [Globex] as advertised on [Indeed.com]", "the [Backend Engineer] role". Only where a
 * slot stands beside the post it names, or where the job was advertised; a shortcut reference link
 * ("[Globex]" with "[Globex]: https://…" below) is a link, not a slot.
 */
export function filledInFrame(raw: string, text: string, at: number, length: number): boolean {
  const inner = oneLine(raw);
  const words = inner.trim().split(/\s+/);
  // "the position of [the] word": an editor's insertion starts with an article or a pronoun.
  if (!FILLED.test(inner) || words.length > 4 || EDITORIAL.has(words[0]!.toLowerCase())) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + length, at + length + 15);
  const framed = SLOT_BEFORE.test(before) || (ARTICLE_BEFORE.test(before) && SLOT_AFTER.test(after));
  return framed && !text.toLowerCase().includes(`\n[${raw.toLowerCase()}]:`);
}

/** "$COMPANY", "%ROLE%", "COMPANY_NAME": variable syntax (a sigil or an underscore) around a slot word. */
export function isVariable(whole: string, name: string): boolean {
  const marked = whole !== name || name.includes('_');
  return marked && name.split('_').some((w) => SLOT_WORDS.has(w.toLowerCase()));
}

/** "COMPANY_NAME", "HIRING MANAGER": a label in capitals. */
function isCapitalLabel(text: string): boolean {
  if (!/^[A-Z][A-Z_ ]+$/.test(text) || !/[A-Z]{3}/.test(text)) return false;
  // "COMPANY_NAME" is a variable; words in capitals are a label only when one names a slot ("YOUR NAME"), not a name ("TA ANH TU").
  return text.includes('_') || (text.includes(' ') && wordsOf(text).some((w) => SLOT_WORDS.has(w)));
}

/**
 * Bracketed text is a slot when it names one ("Your Name"), is a capitalised label
 * ("COMPANY_NAME"), a number to fill in ("X", "N%"), or a note to self ("add a number", "insert
 * metric"). An editor's insertion into a quotation ("[the team]") is not, unless it says so.
 */
/** The longest note to self in square brackets, in words, when it speaks to the writer. */
const NOTE_WORDS = 60;
const HOME_ROW = new Set('asdfghjkl');
/** Share of neighbouring letters both on the home row, and the vowels' share, at which a word is keys mashed. */
const MASH_ROW = 0.7;
const MASH_VOWELS = 0.22;
/** "blasdhfbsakbfdjskabfkdbsaklfdsa": no real word of ten letters or more keeps to the home row so (of the dev half's 2,926, the highest is 0.60, a name). */
export function keyMash(word: string): boolean {
  const w = word.toLowerCase();
  if (/^(?:asdf){2,}$/.test(w)) return true;
  if (w.length < 10) return false;
  let row = 0;
  for (let i = 0; i + 1 < w.length; i++) if (HOME_ROW.has(w[i]!) && HOME_ROW.has(w[i + 1]!)) row++;
  const vowels = w.replace(/[^aeiou]/g, '').length;
  return row / (w.length - 1) >= MASH_ROW && vowels / w.length <= MASH_VOWELS;
}

/** Words of a template's question to the writer, inside brackets: what to pick, not what was picked. */
const TEMPLATE_CUES = new Set(['specific', 'relevant', 'tailor', 'customize', 'customise', 'highlight', 'mention']);

/** Bracketed text as one line: a hard-wrapped line inside the brackets ("[Data Engineering\n/ Analytics]") reads as a space. */
const oneLine = (text: string): string => (text.includes('\n') ? text.split('\n').map((l) => l.trim()).join(' ') : text);

export function isSlot(inner: string): boolean {
  const trimmed = inner.trim().replace(/\\$/, '');
  if (BLANK_LINE.test(trimmed)) return false;
  const text = oneLine(trimmed);
  if (isNumberSlot(text) || isCapitalLabel(text)) return true;
  // "[Data Engineering / Analytics]": choices offered, none made.
  if (/\S \/ \S/.test(text) && wordsOf(text).length <= 8) return true;
  // "[●]", "[…]", "[ ]": a blank left to fill in.
  // Not "[...]", an editor's cut in a quotation.
  if (/^[\s\u2022\u25cf\u25cb\u25a0\u25a1_]{1,40}$/.test(inner)) return true;
  const words = wordsOf(text);
  if (words.length === 0) return false;
  // "[mention your availability, time zone, and preferred communication methods]": a note to self runs long,
  // and longer still when it speaks to the writer ("[Customize this section with … why you're interested …]").
  // A doubt to settle before sending: "<<double-check her title before sending>>", "[confirm the team name]".
  const doubt = (words[0] === 'double' && words[1] === 'check') || DOUBTS.has(words[0]!);
  if (words.length >= 2 && (BRACKET_INSTRUCTIONS.has(words[0]!) || doubt) && (words.length <= 12 || (words.length <= NOTE_WORDS && words.some((w) => w === 'you' || w === 'your')))) return true;
  // "[specific reason related to the company]", "[relevant tech stack]", "[Platform where you saw the ad,
  // e.g., LinkedIn]": words that only a template asks with, or an example offered to copy.
  // Not an editor's insertion into a quotation: "they [the relevant team] would call".
  if (words.length >= 2 && words.length <= NOTE_WORDS && !EDITORIAL.has(words[0]!) && (words.some((w) => TEMPLATE_CUES.has(w)) || /\be\.g\.|\beg,/i.test(text))) return true;
  // "[2-3 sentences about your biggest achievement]": a note that asks for writing.
  if (words.length <= NOTE_WORDS && words.some((w) => WRITING_UNITS.has(w)) && words.some((w) => w === 'you' || w === 'your' || w === 'why' || w === 'about')) return true;
  if (words.length > 5 || !words.some((w) => SLOT_WORDS.has(w))) return false;
  return !EDITORIAL.has(words[0]!) || words.some((w) => MARKERS.has(w));
}

const QUESTIONS = new Set(questionWords);
/** Doubts count in brackets only: a link's "Verify your email" is its text. */
const DOUBTS = new Set(doubtWords);
/** Words of a title's own authors: "How we cut…", "Why I moved our jobs…". */
const AUTHORS = new Set(['we', 'i', 'our', 'my', 'us']);

/**
 * Link text is held to more: a real link says "my blog", "your write-up", "LinkedIn". Only an
 * instruction ("insert link"), a number slot, a capitalised label, a label of slot words that says
 * it is one ("Company Name", "team name here"), or a bare capitalised "Company" counts.
 */
export function isLinkSlot(inner: string): boolean {
  const trimmed = inner.trim();
  if (BLANK_LINE.test(trimmed)) return false;
  const text = oneLine(trimmed);
  if (isNumberSlot(text) || isCapitalLabel(text)) return true;
  const words = wordsOf(text);
  // "[How we cut our listing page in half](…)": a post's title, told by its writers, is no question to fill in.
  if (words.length >= 2 && words.length <= 8 && BRACKET_INSTRUCTIONS.has(words[0]!) && !(QUESTIONS.has(words[0]!) && words.some((w) => AUTHORS.has(w)))) return true;
  if (words.length >= 2 && words.length <= 5 && words.every((w) => SLOT_WORDS.has(w)) && words.some((w) => MARKERS.has(w))) return true;
  return words.length === 1 && capitalised(text) && /^(?:company|employer|organi[sz]ation|role|position|recipient)$/.test(words[0]!);
}

const TITLE_WORD = latinFirst(/^\p{Lu}\p{Ll}+$/u);

/** Emphasised text that is a slot label: "role title", "organization name", "COMPANY". */
export function isLabel(inner: string): boolean {
  const text = inner.trim();
  const words = wordsOf(text);
  // "COMPANY", and "_Company_" for the nouns that only ever stand for a name there.
  if (words.length === 1) return (/^[A-Z]{3,}$/.test(text) && SLOT_WORDS.has(words[0]!)) || (TITLE_WORD.test(text) && CAPITAL_SLOTS.has(text.toUpperCase()));
  return isCapitalLabel(text) || (words.length <= 5 && words.every((w) => SLOT_WORDS.has(w)) && words.some((w) => MARKERS.has(w)));
}
