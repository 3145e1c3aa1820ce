import {
  bareSlots,
  bracketInstructions,
  slotLabelLines,
  capitalSlots,
  companyNouns,
  draftMarkers,
  exampleCompanies,
  exampleCompanyLetters,
  editorialStarts,
  exampleMailboxes,
  templateMailboxes,
  sampleNames,
  exampleMailDomains,
  examplePhones,
  htmlTags,
  instructionWords,
  writingUnits,
  markerNouns,
  slotMarkers,
  slotWords,
} from './data/placeholders.js';
import { escapeRegExp } from '../src/text/names.js';
import { quote } from '../src/text/suggest.js';
import { fixValue } from '../src/letter/facts.js';
import type { Facts, Letter, Rule } from '../src/types.js';
import { firstIndex } from '../src/text/search.js';
import { capitalised, latinFirst, titleCased } from '../src/text/latin.js';

const SPACED_WORD = latinFirst(/^[ \t]+\p{L}/u);

const SLOT_WORDS = new Set(slotWords);

/** The halves of a template variable in lower camel case: "company" + "Name", "email" + "Address". */
const CAMEL_FIRST = ['company', 'job', 'hiring', 'recipient', 'email', 'phone', 'first', 'last', 'full', 'position', 'role', 'your', 'employer', 'contact', 'street', 'zip', 'postal', 'manager', 'candidate', 'applicant'];
const CAMEL_SECOND = ['Name', 'Title', 'Address', 'Number', 'Email', 'Phone', 'Role', 'Position', 'Code', 'City', 'Manager', 'Company'];
const HTML = new Set(htmlTags);
const INSTRUCTIONS = new Set(instructionWords);
const WRITING_UNITS = new Set(writingUnits);
const BRACKET_INSTRUCTIONS = new Set(bracketInstructions);
const EDITORIAL = new Set(editorialStarts);
const MARKERS = new Set(slotMarkers);
const MARKER_NOUNS = new Set(markerNouns);
const CAPITAL_SLOTS = new Set(capitalSlots);
/** Slot nouns that alone in parentheses stand for what is to be filled in: "join (Company) as a (position)", "(number) years", "via (source)". */
const TO_BE_DONE = /^to be (?:customi[sz]ed|personali[sz]ed|tailored|filled|completed|updated|written|added|inserted)\b/i;
/** Words of filler Latin ("lorem ipsum dolor sit amet, consectetur adipiscing elit…") that are no English word. */
const LOREM = 'consectetur|adipiscing|eiusmod|tincidunt|suspendisse|vestibulum|pellentesque|fringilla|faucibus|ullamcorper|venenatis|sollicitudin|vulputate|curabitur|phasellus|maecenas|nullam|egestas|dignissim|lobortis|porttitor|tristique|viverra|sagittis|laoreet|malesuada|condimentum|incididunt';
const LOREM_WORD = new RegExp(`\\b(?:${LOREM})\\b`, 'gi');
const WH = new Set(['where', 'what', 'which', 'how', 'why', 'who', 'when']);
/** A note to check something, in parentheses: "(check if they use Scala)", "(verify the name??)", "(confirm spelling)". */
const CHECK_NOTE = /^(?:(?:double[ -]?)?check|verify|confirm)[ \t]+(?:if|whether|that|the|their|his|her|spelling|name)\b|\?\?$/i;
/** Nouns after "XYZ" that make it the three axes, not a sample company: "XYZ coordinates", "an XYZ stage". */
const AXIS_NOUNS = new Set(['coordinate', 'coordinates', 'axis', 'axes', 'plane', 'planes', 'space', 'stage', 'table', 'format', 'file', 'files', 'data', 'values', 'rotation', 'translation', 'position', 'positions']);
const PAREN_SLOTS = new Set(['company', 'employer', 'organization', 'organisation', 'position', 'role', 'number', 'amount', 'percentage', 'source', 'date']);
/**
 * Slot nouns that in parentheses are a slot only where a name or an address should follow a word:
 * "as advertised on (website)", "my portfolio is at (link)"; "the shop's front end (website)" is an aside.
 */
const PAREN_PLACES = new Set(['website', 'link', 'url']);
/** A word after which a name or a place should follow: "advertised on (website)", "found on (where you found the job)". */
const PLACE_BEFORE = /(?:\b(?:on|at|via|through|from|in|for|about|with|to|as|see|is|here)|:)[ \t]*$/i;
const placeBefore = (text: string, at: number) => PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at));

const EXAMPLE_MAIL = new RegExp(
  `(?<![\\w.+-])(?:(?:${exampleMailboxes.map(escapeRegExp).join('|')})@(?:${exampleMailDomains.map(escapeRegExp).join('|')})|(?:${templateMailboxes.map(escapeRegExp).join('|')})@[a-z0-9-]{1,30}(?:\\.[a-z]{2,10}){1,2})(?![\\w-]|\\.\\w)`,
  'gi',
);
const EXAMPLE_PHONE = new RegExp(
  `(?<!\\w)(?:${examplePhones.map((p) => p.split('-').map(escapeRegExp)).map(([a, b, c]) => `\\(?${a}\\)?[-. ]?${b}[-. ]?${c}`).join('|')})(?!\\w)`,
  'g',
);

const BARE_LINES = new Set(slotLabelLines.map((slot) => slot.toLowerCase()));
/** The first word of each phrase, once: a stretch holding none of them cannot hold a phrase. */
const firstWords = (phrases: readonly string[]) => [...new Set(phrases.map((p) => p.split(/[ ,]/)[0]!))];
/** Each template phone number's first digit group, as written: one must be in a stretch that holds the number. */
const EXAMPLE_PHONE_NEEDS = [...new Set(examplePhones.map((p) => p.split('-')[0]!))];

/** Each finder returns the inner text of a candidate, or undefined when the candidate is legitimate. */
interface Finder {
  re: RegExp;
  /** `m` is matched in `text`, the stretch being scanned, which starts at `from` in the letter's `all`. */
  slot: (m: RegExpMatchArray, text: string, all: string, from: number) => string | undefined;
  /** Characters one of which every match holds: a stretch without any is not scanned (most are not). */
  needs?: readonly string[];
  /** Found in link destinations and code spans too, which a reader sees or follows: "github.com/yourusername". */
  inLinks?: boolean;
  /** A capitalised common noun, a slot only in a letter that never names the company: "at your Company". */
  unlessNamed?: boolean;
}

// "https://github.com/yourusername/app", "yourname.github.io": the template's account in a web address.
const URL_ACCOUNT = /(?<=\/)(your[-_]?(?:user[-_]?name|name|handle|profile|account|id)|user[-_]?name)(?=[/)\s?#.]|$)/gi;
/**
 * Whether the match at `at` stands in a web address: the word it is part of starts with a scheme,
 * "www." or a host name ("linkedin.com/in/…"), not a bare path ("the /username route"). The look
 * back is bounded, so a long run of "/yourname" is not scanned once per match.
 */
const ADDRESS_REACH = 300;
function inWebAddress(text: string, at: number): boolean {
  let k = at;
  const floor = Math.max(0, at - ADDRESS_REACH);
  while (k > floor && !/[\s(<[]/.test(text[k - 1]!)) k--;
  return /^(?:https?:\/\/|www\.|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,10}\/)/i.test(text.slice(k, at));
}

/** A match a capitalised word follows: part of a longer name ("Zip Code Wilmington", "the Jane Doe Foundation"). */
function inLongerName(m: RegExpMatchArray, text: string): boolean {
  const end = m.index! + m[0].length;
  return /^[ \t]/.test(text[end] ?? '') && titleCased(text.slice(end + 1, end + 3));
}

/** A capital letter after spaces or tabs at `end`: the start of the name the slot word is part of. */
function capitalAfter(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i > end && capitalised(text.slice(i, i + 2));
}

const FINDERS: Finder[] = [
  // Brackets may hold a line break, as a hard-wrapped line gives ("[Hiring Manager\nName]"), never a blank line.
  // [Company], but not a link's "[text](url)" or "[text][ref]", nor "[1]", nor a task box "- [X]"
  { needs: ['['], re: /(?<!\])\[([^[\]]{1,400})\](?![([])/g, slot: (m, text, all, from) => ((isSlot(m[1]!) || filledName(m[1]!, text, m.index!, m[0].length) || filledInFrame(m[1]!, all, from + m.index!, m[0].length)) && !isTaskBox(all, from + m.index!) ? m[1] : undefined) },
  // 【Company】, «Company», 〈Role〉: the same slot in the brackets of other scripts.
  { needs: ['\u3010', '\u00ab', '\u3008'], re: /[\u3010\u00ab\u3008]([^\u3010\u3011\u00ab\u00bb\u3008\u3009\n]{1,60})[\u3011\u00bb\u3009]/g, slot: (m) => (isSlot(m[1]!) ? m[1] : undefined) },
  // #company#, #role#: a mail-merge field between hashes.
  { needs: ['#'], re: /(?<![\w#])#([A-Za-z][A-Za-z_ ]{1,30})#(?![\w#])/g, slot: (m) => (wordsOf(m[1]!).every((w) => SLOT_WORDS.has(w)) ? m[0] : undefined) },
  // "Dear N/A,", "Dear TBD,": a field the template had no value for.
  { needs: ['Dear'], re: /\bDear[ \t]+(N\/A|TBD|TBA|None|Name)[ \t]*,/g, slot: (m) => m[1] },
  // "Dear NAME,", "Hi FIRSTNAME,": a merge field in capitals where the greeting's name should be.
  { needs: ['Dear', 'Hi', 'Hello', 'Hey'], re: /\b(?:Dear|Hi|Hello|Hey)[ \t]{1,4}((?:FIRST[ \t_]?|LAST[ \t_]?|FULL[ \t_]?)?NAME|FIRSTNAME|LASTNAME|SURNAME|RECIPIENT|RECRUITER)(?=[ \t]{0,4}[,:!])/g, slot: (m) => m[1] },
  // "Dear Mr. X,", "Dear Ms. Y,": a title with the template's letter for a name.
  { needs: ['Dear', 'Hi', 'Hello'], re: /\b(?:Dear|Hi|Hello)[ \t]{1,4}(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]{1,4}([XYZ])(?=[ \t]{0,4}[,:])/g, slot: (m) => m[0] },
  // "Street, City, Country": the address line of a template.
  // Alone on its line, or after "Address:": "the Street, City and Country fields" is a form described.
  { needs: ['Street'], re: /\bStreet,[ \t]{0,4}City\b(?:,[ \t]{0,4}(?:Country|State|Zip|ZIP|Postcode))?/g, slot: (m, text) => (addressLine(text, m.index!, m.index! + m[0].length) ? m[0] : undefined) },
  // "Dear Mr. or Ms.,": the template's choice of title, with no name after it.
  { needs: ['Dear'], re: /\bDear[ \t]+(M(?:r|rs|s)\.?[ \t]+or[ \t]+M(?:r|rs|s)\.?)(?=[ \t]*[,:]|[ \t]*$)/gm, slot: (m) => m[1] },
  // "(edit this)", "** change this **", "[fix me]": a short note to revise the text beside it.
  { needs: ['(', '[', '*'], re: /[([*]{1,2}[ \t]*((?:edit|change|fix|rewrite|update|tweak|shorten|expand|revise|reword)[ \t]+(?:this|me|here|that)(?:[ \t]+(?:part|bit|line|section|sentence|paragraph))?)[ \t]*[)\]*]{1,2}/gi, slot: (m) => m[0] },
  // "with [x] years": a count in brackets, still to fill in.
  { needs: ['['], re: /\[(?:x{1,3}|X{1,3}|N|n|#)\](?=\+?[ \t]+(?:years?|months?|weeks?)\b)/g, slot: (m) => m[0] },
  // [Company Name](https://…), [insert link](…): a link whose text is a slot label or an instruction
  { needs: ['['], re: /(?<!\])\[([^[\]]{1,60})\](?=[([])/g, slot: (m) => (isLinkSlot(m[1]!) ? m[1] : undefined) },
  // <Company>, but not real HTML, autolinks or emails
  {
    needs: ['<'],
    re: /<([^<>]{1,60})>/g,
    slot: (m) => {
      const inner = m[1]!;
      if (/^[/!?]|:\/\/|@|^mailto:/i.test(inner)) return undefined;
      // A tag, as written in lower case or with attributes: "<br>", "<p align=center>", "<h1 class="name">".
      if (HTML.has(inner.split(/[\s/]/)[0]!.toLowerCase()) && (inner === inner.toLowerCase() || inner.includes('='))) return undefined;
      if (/=["']/.test(inner)) return undefined;
      // "<..>", "<???>": left blank.
      if (/^[.\u2026?_]{1,10}$/.test(inner)) return inner;
      // "<%SIGNATURE%>", "<%= name %>": a template engine's tag left in.
      if (/^%=?[ \t]*[A-Za-z_]{2,40}[ \t]*%$/.test(inner)) return inner;
      return isSlot(inner) ? inner : undefined;
    },
  },
  { needs: ['{{'], re: /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g, slot: (m) => m[1] },
  // "join {} as a {}", "I worked at ??? as a ???": a format string's empty field, or question marks, for a name.
  // Only where a name stands ("join {}", "as a {}") and before a stop or a joining word: "the {} placeholder
  // in format strings" talks about code.
  { needs: ['{}', '???'], re: /(?<=\b(?:at|join|joining|for|with|from|Dear|as(?:[ \t]{1,4}an?)?)[ \t]{1,4})(?:\{\}|\?{3,10})(?=[ \t]{0,4}(?:[.,;:!)]|$)|[ \t]{1,4}(?:as|and|team|role|position)\b)/gm, slot: (m) => m[0] },
  // __COMPANY__, __TIME_PERIOD__: a template variable (bold to Markdown, but no one bolds a label in capitals).
  { needs: ['__'], re: /(?<!\w)__([A-Z][A-Z0-9_]{1,40})__(?!\w)/g, slot: (m) => m[1] },
  // *role title*, _organization name_: a slot label in emphasis.
  { needs: ['*', '_'], re: /(?<![*_\w])([*_]{1,2})([^*_\n]{1,40})\1(?![*_\w])/g, slot: (m) => (isLabel(m[2]!) ? m[2] : undefined) },
  // "working as a *** for the summer", "Dear ___,": a blank to fill in, standing as a word of a sentence.
  { needs: ['***', '___'], re: /(?<![*_\w])(\*{3,40}|_{3,40})(?![*_\w])/g, slot: (m, text) => (inSentence(text, m.index!, m.index! + m[0].length) ? m[1] : undefined) },
  // "for the _ Position at _": one or two underscores standing as a word between words.
  { needs: [' _'], re: /(?<=[ \t])_{1,2}(?=[ \t]+[^\s_*]|[.,;:!?]?(?:[ \t]*$|[ \t]+\S))/gm, slot: (m) => m[0] },
  // email@example.com, 123-456-7890: contact details only templates give.
  { needs: ['@'], re: EXAMPLE_MAIL, slot: (m) => m[0] },
  { needs: EXAMPLE_PHONE_NEEDS, re: EXAMPLE_PHONE, slot: (m) => m[0] },
  // "{position}", "{One paragraph about relevant qualifications}": a slot, or a note that asks for writing.
  // "{related_experience}": a template's variable, in snake case, is a slot whatever its words.
  { needs: ['{'], re: /(?<!\{)\{([A-Za-z_][\w .-]{0,80})\}(?!\})/g, slot: (m) => (isSlot(m[1]!) || /^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(m[1]!) ? m[1] : undefined) },
  // "******link******": a slot word fenced with asterisks, as a plain-text template marks it.
  { needs: ['***'], re: /(?<![*\w])\*{3,20}([A-Za-z][A-Za-z ]{0,30})\*{3,20}(?![*\w])/g, slot: (m) => (isSlot(m[1]!) ? m[0] : undefined) },
  // "the ... position at ... .", "contributing to .....'s growth": dots standing where a name should,
  // after an article (with space on both sides), before a possessive, or before a stop of their own.
  // Not "the... well" or "we tried again ... and it worked": dots that trail off or pause.
  { needs: ['...', '\u2026'], re: /(?<=\b(?:the|a|an|your|The|A|An|Your)[ \t]+)(?:\.{3,10}|\u2026[.\u2026]{0,9})(?=[ \t]+[A-Za-z])/g, slot: (m) => m[0] },
  { needs: ['...', '\u2026'], re: /(?<![.\u2026\w])(?:\.{3,10}|\u2026[.\u2026]{0,9})(?=['\u2019]s\b|[ \t]+[.,;:](?![.\w]))/g, slot: (m) => m[0] },
  // "by X%", "saved $XX": a figure still to fill in, in running text (before the bare
  // markers, so "$XX,XXX" is one slot).
  { needs: ['X'], re: /(?<![\w$])(?:\$X{1,3}(?:,X{3})*\b|X{1,3}%)/g, slot: (m) => m[0] },
  // "by N%", "a team of X engineers": a count to fill in, after a word that takes a figure and before
  // a counted noun or a per cent sign ("Windows X users" and "with X" the platform are not).
  { needs: ['N%', 'X'], re: /(?<=\b(?:by|to|of|than|over|about|around|nearly|approximately)[ \t]{1,4})(?:N%(?![ \t]{1,4}of\b)|X{1,3}\+?(?=[ \t]{1,4}[a-z]{3,20}s\b))/g, slot: (m) => m[0] },
  // "X years of experience", "XX+ months": a count still to fill in before a unit of time.
  // After a lower-case word or a sentence's start, not a name's end: "Mac OS X years ago", "SpaceX".
  { needs: ['X', 'N', '#'], re: /(?<![\w$.#-])(?:X{1,3}|N|#{1,3})\+?(?=[ \t]+(?:years?|months?|weeks?)\b)/g, slot: (m, text) => (countSlotAfter(text.slice(Math.max(0, m.index! - 20), m.index!)) ? m[0] : undefined) },
  // XXX, TODO; but "a TODO list", "TODO apps": the thing, not a note; nor "TODO.md", a file's name.
  {
    needs: ['XX', 'XYZ', 'TODO', 'TBD', 'FIXME'],
    re: new RegExp(`\\b(${draftMarkers.map(escapeRegExp).join('|')})\\b`, 'g'),
    slot: (m, text) => {
      // "1,100 TODO and FIXME comments": markers counted and named, not left in; the noun may follow a second marker.
      if (/\d[ \t]{1,2}$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) return undefined;
      // "every new TODO must link a ticket": a code comment spoken of, with its determiner.
      if (!/^X/.test(m[1]!) && /\b(?:a|the|every|each|new|any|old|stale|open|no)[ \t]{1,2}$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) return undefined;
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40).replace(/^[ \t]{0,2}(?:and|or|\/|,)[ \t]{0,2}(?:TODO|FIXME|XXX|TBD)\b/, '');
      if (/^\.[A-Za-z]{1,4}\b/.test(after)) return undefined;
      const noun = /^[ \t-]*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
      if (noun !== undefined && (MARKER_NOUNS.has(noun) || (m[1] === 'XYZ' && AXIS_NOUNS.has(noun)))) return undefined;
      // '"TBD" was the usual answer': the word quoted is talked about, not left in.
      return !/^X+$|^XYZ$/.test(m[1]!) && quoted(text, m.index!, m.index! + m[0].length) ? undefined : m[1];
    },
  },
  // Not inside a longer name: "Zip Code Wilmington" is a school.
  { needs: firstWords(bareSlots), re: new RegExp(`\\b(${bareSlots.map(escapeRegExp).join('|')})\\b`, 'g'), slot: (m, text) => (inLongerName(m, text) ? undefined : m[1]) },
  // Keys mashed to fill a gap ("blasdhfbsakbfdjska", "LKJJKKLJKLJK", "asdfasdf"): a long run of home-row
  // letters with few vowels, no word of any language; not a name in an address ("khaledlakhdher@…").
  { re: /(?<![\w@.])[A-Za-z]{8,60}(?![\w@])/g, slot: (m) => (keyMash(m[0]) ? m[0] : undefined) },
  // Filler text left in, not filler talked about ("mockups full of lorem ipsum"): it opens a line or a
  // sentence, or runs on ("lorem ipsum dolor").
  { re: /\blorem ipsum\b/gi, slot: (m, text) => (/^[ \t]+dolor\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8)) || /(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!)) ? m[0] : undefined) },
  // Filler Latin without its first words ("Suspendisse commodo, massa eu congue tincidunt"): two of
  // its words no English sentence holds, quoted once per block, from the first.
  { re: LOREM_WORD, slot: (m, text) => (m.index === text.search(LOREM_WORD) && new Set(text.match(LOREM_WORD)!.map((w) => w.toLowerCase())).size >= 2 ? m[0] : undefined) },
  // "mm/dd/yyyy", "Date: DD.MM.YYYY": a date format standing where the date should, alone on its line
  // (a sentence may name a format: "the importer accepts dd/mm/yyyy dates").
  // The line around it is read in a bounded window: a pattern that looked back over white space
  // was tried from every offset of a line of a million spaces.
  { needs: ['/', '.', '-'], re: /\b(?:(?:mm|dd)([/.-])(?:mm|dd)\1(?:yyyy|yy)|yyyy-mm-dd)\b/gi, slot: (m, text) => (aloneOnLine(text, m.index!, m.index! + m[0].length) ? m[0] : undefined) },
  // "Mmm. dd, yyyy", "Month DD, YYYY": a date's format written out where the date should be.
  { needs: ['yy', 'YY'], re: /\b(?:Mmm\.?|MMM\.?|Month) (?:dd|DD|d|D),? (?:yyyy|YYYY)\b/g, slot: (m, text) => (aloneOnLine(text, m.index!, m.index! + m[0].length) ? m[0] : undefined) },
  // "January 5, 20XX", "since 20XX": a year still to fill in, after a month or a preposition of time
  // (not "the RTX 20XX cards", a family of products).
  { needs: ['0XX', '9XX', '0xx', '9xx'], re: /(?<=\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?:[ \t]{1,4}\d{1,2}(?:st|nd|rd|th)?,?)?|[Ii]n|[Ss]ince|[Uu]ntil|[Dd]ate:?)[ \t]{1,4})(?:19|20)(?:XX|xx)\b/g, slot: (m) => m[0] },
  // "which serves #### users a month": a count still to fill in after a word on its line (a Markdown
  // heading's hashes open their line).
  { needs: ['###'], re: /(?<=[A-Za-z,][ \t]{1,4})#{3,10}(?=[ \t]{1,4}[a-z])/g, slot: (m) => m[0] },
  // "NOTE: check name", "Note: add the Q3 figures": a reminder on a line of its own.
  { needs: ['NOTE', 'Note', 'NB'], re: /^[ \t]{0,4}(?:NOTE|Note|NB)[ \t]{0,2}:[ \t]{0,4}(?:check|verify|confirm|add|insert|update|remember|fix|change|replace|mention|look up)\b[^\n]{0,80}$/gm, slot: (m) => m[0].trim() },
  // "Job Reference: ####": a number still to fill in after a label's colon.
  { needs: ['###'], re: /(?<=:[ \t]{0,2})#{3,10}(?![\w#])/g, slot: (m) => m[0] },
  // "(xxx) xxx-xxxx", "(###)###-####", "xxx xxx xxxx": a phone number's mask, with any dash or space.
  { needs: ['xxx', 'XXX', '###'], re: /(?<![\w#])\(?(?:[xX]{3}|#{3})\)?[ \t.\u2010\u2011\u2013-]?(?:[xX]{3}|#{3})[ \t.\u2010\u2011\u2013-](?:[xX]{3,4}|#{3,4})(?![\w#])/g, slot: (m) => m[0] },
  // "City, ST, ZIP", "City, State ZIP Code": an address line of the template.
  { needs: ['City'], re: /\bCity,[ \t]*(?:ST|State)\b,?[ \t]*(?:ZIP|Zip|zip)(?:[ \t]?[Cc]ode)?\b/g, slot: (m) => m[0] },
  // "123 Main Street", "123 Pleasant Lane": the house number every template uses.
  { needs: ['123 '], re: /\b123 (?:Main|Any|Anywhere|Pleasant|Fake|Example|Your|Elm|Maple|Oak)(?: [A-Z][a-z]+)? (?:St|Street|Lane|Ln|Ave|Avenue|Road|Rd|Drive|Dr|Blvd|Way)\b/g, slot: (m) => m[0] },
  // "John Doe", "Claud D. Park": a template's sample person, not a name the writer chose.
  { needs: sampleNames.map((n) => n.split(' ').at(-1)!), re: new RegExp(`(?<![\\w.])(?:${sampleNames.map(escapeRegExp).join('|')})(?![\\w-])`, 'g'), slot: (m, text) => (inLongerName(m, text) ? undefined : m[0]) },
  // "yourwebsite.com", "yourname.dev": the template's own web address.
  { needs: ['.'], inLinks: true, re: /\byour[-_]?(?:website|site|domain|portfolio|blog|name|username)\.(?:com|dev|io|me|net|org|github\.io)\b/gi, slot: (m) => m[0] },
  { needs: ['/'], inLinks: true, re: URL_ACCOUNT, slot: (m, text) => (inWebAddress(text, m.index!) ? m[1] : undefined) },
  // A slot label alone on its line, in any case: "Your name" under "Sincerely,".
  // A comma may follow, as after a greeting: "Greeting,". Not a colon: "Date:" heads a form.
  { re: /^[ \t*_]{0,8}([A-Za-z][A-Za-z', ]{2,30}?)(?=,?[ \t*_]{0,8}$)/gm, slot: (m) => (BARE_LINES.has(m[1]!.toLowerCase()) ? m[1] : undefined) },
  // "your Company", "this Position": the template's noun, capitalised where a name should stand.
  // Some writers capitalise the noun out of courtesy; in a letter that names the company it is that.
  { needs: ['Company', 'Organi', 'Position', 'Role', 'Employer'], re: /\b(?:your|this)[ \t]+(Company|Organi[sz]ation|Position|Role|Employer)(?:['\u2019]s)?\b/g, slot: (m) => m[0], unlessNamed: true },
  // $COMPANY, %COMPANY%, %%ROLE%%, COMPANY_NAME: a template variable left in, when it names a slot.
  // Only a sigil or an underscore marks one (isVariable): a letter with neither is not scanned.
  { needs: ['$', '%', '_'], re: /(?<![\w$%])(?:\$|%{1,2})?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)%{0,2}(?![\w%])/g, slot: (m) => (isVariable(m[0], m[1]!) ? m[0] : undefined) },
  // %CompanyName%, $PositionName: the same variable in camel case, always with its sigil.
  { needs: ['%', '$'], re: /(?<![\w$%])(?:\$|%{1,2})((?:[A-Z][a-z]+){2,4})%{0,2}(?![\w%])/g, slot: (m) => (m[1]!.split(/(?=[A-Z])/).some((w) => SLOT_WORDS.has(w.toLowerCase())) ? m[0] : undefined) },
  // "join COMPANY as a POSITION": a slot noun in capitals among words that are not.
  // Not a compound's first half: "CLIENT-side".
  { needs: capitalSlots, re: new RegExp(`\\b(${capitalSlots.map(escapeRegExp).join('|')})\\b(?!-)`, 'g'), slot: (m, text) => (amongLowerCase(text, m.index!, m.index! + m[0].length) ? m[1] : undefined) },
  // "INSERT COMPANY NAME", "ENTER ROLE": an instruction in capitals.
  { needs: ['INSERT', 'ENTER', 'ADD'], re: /\b(?:INSERT|ENTER|ADD)[ \t]+[A-Z]{3,}(?:[ \t]+[A-Z]{3,}){0,3}\b/g, slot: (m) => m[0] },
  // "ABC Company", "Company X": the example company of a template; also glued ("XYZCompany", "Zcompany", "CompanyX").
  { needs: [...exampleCompanies, 'Company'], re: new RegExp(`\\b(?:(?:${exampleCompanies.join('|')})[ \\t]+(?:${companyNouns.join('|')})|Company[ \\t]+(?:${exampleCompanyLetters.join('|')}))\\b`, 'g'), slot: (m) => m[0] },
  { needs: ['ompany'], re: new RegExp(`\\b(?:(?:${exampleCompanyLetters.join('|')})[Cc]ompany|Company(?:${exampleCompanyLetters.join('|')}))\\b`, 'g'), slot: (m) => m[0] },
  // "emailAddress", "companyName", "jobTitle": a template's variable in lower camel case, bare. Only the
  // pairs a form asks for ("userName" in a story about code is the code's).
  { needs: CAMEL_SECOND, re: new RegExp(`(?<![\\w-])(?:${CAMEL_FIRST.join('|')})(?:${CAMEL_SECOND.join('|')})(?![\\w-])`, 'g'), slot: (m) => m[0] },
  // "Re: Position": the subject line's slot left as its label.
  { needs: ['Re:', 'RE:'], re: /^[ \t*_]{0,4}R[Ee]:[ \t]*(?:Position|Role|Job Title|Job|Position Name|Role Name|Position Title)[ \t*_]{0,4}$/gm, slot: (m) => m[0].trim() },
  // $company, ${role}: a template variable in lower case behind its sigil, every word a slot word.
  { needs: ['$'], re: /(?<![\w$])\$\{?([a-z]+(?:_[a-z]+)*)\}?(?![\w])/g, slot: (m) => (m[1]!.split('_').every((w) => SLOT_WORDS.has(w)) ? m[0] : undefined) },
  // company_name, Hiring_Manager: a template variable, every word a slot word.
  { needs: ['_'], re: /(?<![\w$%{])([A-Za-z]+(?:_[A-Za-z]+)+)(?![\w}])/g, slot: (m) => (m[1]!.split('_').every((w) => SLOT_WORDS.has(w.toLowerCase())) ? m[1] : undefined) },
  // "work at company name", "the position name role": a slot's label in lower case, standing where the name should.
  { needs: [' name'], re: /(?<=\b(?:at|join|joining|for|with)[ \t]{1,4})(?:company|organi[sz]ation|employer) name(?=[ \t]{0,4}(?:[.,;:!?)]|$)|[ \t]{1,4}(?:as|and|in|on|to|for|team|this|where|because|is|soon)\b)/gm, slot: (m) => m[0] },
  { needs: [' name'], re: /(?<=\bthe[ \t]{1,4})(?:position|role|job) name(?=[ \t]{1,4}(?:role|position|job|opening)\b)/g, slot: (m) => m[0] },
  // "Dear Ms. Lastname", "FirstName": a name field as one word.
  { needs: ['First', 'Last'], re: /\b(?:First|Last)[Nn]ame\b/g, slot: (m) => m[0] },
  // "Dear null", "the null role at null": a template engine's empty value where a name should stand.
  {
    needs: ['null', 'undefined'],
    re: /\b(?:null|undefined)\b/g,
    slot: (m, text) => {
      const before = /(\S+)[ \t]+$/.exec(text.slice(Math.max(0, m.index! - 12), m.index!))?.[1]?.toLowerCase();
      const after = /^[ \t]+(\S+)/.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))?.[1]?.toLowerCase();
      return NULL_BEFORE.has(before ?? '') || NULL_AFTER.has((after ?? '').replace(/\W+$/, '')) ? m[0] : undefined;
    },
  },
  // "Dear Mr./Ms. Lee", "[Mr./Ms./Mx. other]": every title offered before a name or in brackets,
  // none chosen; "Dear Mr./Ms.," alone is a greeting to whoever reads, as "Dear Sir/Madam" is.
  {
    needs: ['/'],
    re: /\b(?:Mrs|Miss|Mr|Ms|Mx)\.?(?:[ \t]*\/[ \t]*(?:Mrs|Miss|Mr|Ms|Mx)\.?)+/g,
    slot: (m, text) => {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
      return SPACED_WORD.test(after) || text[m.index! - 1] === '[' ? m[0] : undefined;
    },
  },
  // "join Company as…", "the Role at Company": the template's noun with no article, where a name stands.
  { needs: ['Company', 'Organi', 'Employer'], re: /(?<=\b(?:at|join|joining|to|with|for|from)[ \t]{1,4})(Company|Organi[sz]ation|Employer)\b/g, slot: (m, text) => (capitalAfter(text, m.index! + m[0].length) ? undefined : m[1]) },
  // "Insert company name here", "enter your role here": an instruction with no brackets at all.
  { needs: ['nsert', 'NSERT', 'nter', 'NTER'], re: /\b(?:[Ii]nsert|INSERT|[Ee]nter|ENTER)((?:[ \t]+[A-Za-z]{2,15}){1,3})[ \t]+(?:here|HERE)\b/g, slot: (m) => (wordsOf(m[1]!).every((w) => SLOT_WORDS.has(w)) ? m[0] : undefined) },
  // "NOTE TO SELF: add the Q3 figures", "(note to self: check the name)": a reminder never meant to be sent;
  // in lower case only before its colon or dash ("a note to self" may be talked about).
  { needs: ['ote to self', 'OTE TO SELF'], re: /\bNOTE TO SELF\b|\b[Nn]ote to self(?=[ \t]{0,2}(?:[:\u2013\u2014]|-(?!->)))/g, slot: (m) => m[0] },
  // "the blank position": a writer's own mark for a slot.
  { re: /\bthe[ \t]+blank[ \t]+(?:position|role|company|job|team)\b/gi, slot: (m) => m[0] },
  // "Dear Mr," and "Dear ,": a greeting whose name was never filled in.
  { needs: ['Dear'], re: /\b(Dear(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)?)[ \t]*,/g, slot: (m) => m[1] },
  {
    needs: ['('],
    re: /\(([^()\n]{1,80})\)/g,
    slot: (m, text) => {
      const words = m[1]!.trim().toLowerCase().split(/\s+/);
      // "(add a metric)"; longer only when it says it is a note to fill in: "(mention a recent company achievement here)".
      // A question in it is the writer's own doubt: "(mention a project — the barcode scanner one?)".
      if (INSTRUCTIONS.has(words[0]!) && (words.length <= 5 || (words.length <= 12 && (m[1]!.includes('?') || wordsOf(m[1]!).some((w) => MARKERS.has(w) || w === 'your' || WRITING_UNITS.has(w)))))) return m[1];
      // "(to be customized for each job application)", "(to be filled in)": a note of work still to do.
      if (TO_BE_DONE.test(m[1]!.trim())) return m[1];
      // "(check if they still use Scala??)": a doubt the writer meant to settle before sending.
      if (CHECK_NOTE.test(m[1]!.trim())) return m[1];
      if (words.length === 1 && PAREN_PLACES.has(wordsOf(m[1]!)[0] ?? '')) return placeBefore(text, m.index!) ? m[1] : undefined;
      // "found on (where you found the job)": a question to the writer standing where a noun should, after
      // a preposition; "on GitHub (where you can see the code)" is an aside after the noun.
      if (WH.has(words[0]!) && words.length <= 10 && words.some((w) => w === 'you' || w === 'your') && placeBefore(text, m.index!)) return m[1];
      // "(name)", "(company name)", "(Company)": a label of slot words that says it is one.
      const label = words.length <= 3 && words.every((w) => SLOT_WORDS.has(w)) && words.some((w) => MARKERS.has(w) || PAREN_SLOTS.has(w));
      return label ? m[1] : undefined;
    },
  },
];

/** Whether [start, end) is all its line holds, after at most an "Address:" label and some emphasis. */
function addressLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(Math.max(lineStart, start - 30), start);
  const after = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 10) : Math.min(lineEnd, end + 10));
  return start - lineStart <= 30 && /^[ \t*_]*(?:address[ \t]*:[ \t]*)?$/i.test(before) && /^[ \t*_.]*$/.test(after);
}

/** Whether [start, end) is wrapped in quotation marks: '"TBD"', '“TODO”'. */
function quoted(text: string, start: number, end: number): boolean {
  return /["'\u2018\u201c]/.test(text[start - 1] ?? '') && /["'\u2019\u201d]/.test(text[end] ?? '');
}

/** What may stand before a date format on its line: emphasis, a "Date:" label. */
const DATE_PREFIX = /^[ \t*_]{0,8}(?:date[ \t]{0,4}:[ \t]{0,4})?$/i;
const DATE_SUFFIX = /^[ \t*_.]{0,8}(?:\r?\n|$)/;
/** The widest prefix DATE_PREFIX takes: the line start is looked for no further back. */
const DATE_REACH = 30;
/** Whether [start, end) stands alone on its line, after at most a "Date:" label and some emphasis. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - DATE_REACH);
  const window = text.slice(from, start);
  const nl = window.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  return DATE_PREFIX.test(window.slice(nl + 1)) && DATE_SUFFIX.test(text.slice(end, end + 12));
}

/** What may stand before a count to fill in: a lower-case word ("have X years"), a sentence opener ("With X years"), or nothing. */
function countSlotAfter(before: string): boolean {
  const word = /(\S*)[ \t]+$/.exec(before)?.[1];
  if (word === undefined) return before.trim() === '';
  return /^[a-z]+$/.test(word) || COUNT_OPENERS.has(word) || /[.!?:(]$/.test(word);
}
const COUNT_OPENERS = new Set(['With', 'Over', 'For', 'After', 'In', 'Having', 'About', 'Nearly', 'Almost', 'Across', 'Through']);

const BLANK_LINE = /\n[ \t]*\r?\n/;
/** Where "null" stands for a name: "Dear null", "at null", "join null", "the null role". */
const NULL_BEFORE = new Set(['dear', 'at', 'join', 'joining']);
const NULL_AFTER = new Set(['role', 'position', 'team', 'company']);

/** The words of bracketed text, lower case, letters and digits only. */
function wordsOf(text: string): string[] {
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
function filledName(inner: string, text: string, at: number, length: number): boolean {
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
function filledInFrame(raw: string, text: string, at: number, length: number): boolean {
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
function isVariable(whole: string, name: string): boolean {
  const marked = whole !== name || name.includes('_');
  return marked && name.split('_').some((w) => SLOT_WORDS.has(w.toLowerCase()));
}

const LAST_WORD = latinFirst(/([\p{L}]+)[^\p{L}\n]*$/u);
const NEXT_WORD = latinFirst(/^[^\p{L}\n]*([\p{L}]+)/u);

/** A capitalised run whose neighbouring words are not in capitals: not a heading or an acronym's company. */
function amongLowerCase(text: string, start: number, end: number): boolean {
  const before = LAST_WORD.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  const lower = (w: string | undefined) => w !== undefined && w !== w.toUpperCase();
  // Beside another word in capitals it is part of a name or a heading: "the ACME PRODUCT team", "PROJECT README".
  const capitals = (w: string | undefined) => w !== undefined && w.length > 1 && w === w.toUpperCase();
  return (lower(before) || lower(after)) && !capitals(before) && !capitals(after);
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
function keyMash(word: string): boolean {
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

function isSlot(inner: string): boolean {
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
  if (words.length >= 2 && BRACKET_INSTRUCTIONS.has(words[0]!) && (words.length <= 12 || (words.length <= NOTE_WORDS && words.some((w) => w === 'you' || w === 'your')))) return true;
  // "[specific reason related to the company]", "[relevant tech stack]", "[Platform where you saw the ad,
  // e.g., LinkedIn]": words that only a template asks with, or an example offered to copy.
  // Not an editor's insertion into a quotation: "they [the relevant team] would call".
  if (words.length >= 2 && words.length <= NOTE_WORDS && !EDITORIAL.has(words[0]!) && (words.some((w) => TEMPLATE_CUES.has(w)) || /\be\.g\.|\beg,/i.test(text))) return true;
  // "[2-3 sentences about your biggest achievement]": a note that asks for writing.
  if (words.length <= NOTE_WORDS && words.some((w) => WRITING_UNITS.has(w)) && words.some((w) => w === 'you' || w === 'your' || w === 'why' || w === 'about')) return true;
  if (words.length > 5 || !words.some((w) => SLOT_WORDS.has(w))) return false;
  return !EDITORIAL.has(words[0]!) || words.some((w) => MARKERS.has(w));
}

/**
 * Link text is held to more: a real link says "my blog", "your write-up", "LinkedIn". Only an
 * instruction ("insert link"), a number slot, a capitalised label, a label of slot words that says
 * it is one ("Company Name", "team name here"), or a bare capitalised "Company" counts.
 */
function isLinkSlot(inner: string): boolean {
  const trimmed = inner.trim();
  if (BLANK_LINE.test(trimmed)) return false;
  const text = oneLine(trimmed);
  if (isNumberSlot(text) || isCapitalLabel(text)) return true;
  const words = wordsOf(text);
  if (words.length >= 2 && words.length <= 8 && BRACKET_INSTRUCTIONS.has(words[0]!)) return true;
  if (words.length >= 2 && words.length <= 5 && words.every((w) => SLOT_WORDS.has(w)) && words.some((w) => MARKERS.has(w))) return true;
  return words.length === 1 && capitalised(text) && /^(?:company|employer|organi[sz]ation|role|position|recipient)$/.test(words[0]!);
}

const TITLE_WORD = latinFirst(/^\p{Lu}\p{Ll}+$/u);

/** Emphasised text that is a slot label: "role title", "organization name", "COMPANY". */
function isLabel(inner: string): boolean {
  const text = inner.trim();
  const words = wordsOf(text);
  // "COMPANY", and "_Company_" for the nouns that only ever stand for a name there.
  if (words.length === 1) return (/^[A-Z]{3,}$/.test(text) && SLOT_WORDS.has(words[0]!)) || (TITLE_WORD.test(text) && CAPITAL_SLOTS.has(text.toUpperCase()));
  return isCapitalLabel(text) || (words.length <= 5 && words.every((w) => SLOT_WORDS.has(w)) && words.some((w) => MARKERS.has(w)));
}

/** A run at [start, end) with a word or punctuation beside it on its line: "a *** for", "Dear ___,". */
function inSentence(text: string, start: number, end: number): boolean {
  return /[^\s*_] $/.test(text.slice(Math.max(0, start - 2), start)) || /^(?: [^\s*_]|[,.;:!?])/.test(text.slice(end, end + 2));
}

/** "- [X] shipped": a Markdown task box, not a slot; `at` is the bracket's offset in the letter. */
function isTaskBox(text: string, at: number): boolean {
  // Only the few characters before it: a long line costs nothing.
  const before = text.slice(Math.max(0, at - 10), at);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && at > 10) return false;
  return /^[ \t>]*[-*+][ \t]+$/.test(before.slice(newline + 1));
}

type Slot = 'company' | 'role' | 'manager' | 'name' | 'other';

function slotKind(inner: string): Slot {
  const lower = inner.toLowerCase();
  if (/company|employer|organi[sz]ation|\borg\b/.test(lower)) return 'company';
  if (/role|position|title|job/.test(lower)) return 'role';
  if (/manager|recipient|recruiter/.test(lower)) return 'manager';
  return /name/.test(lower) ? 'name' : 'other';
}

function replacement(slot: Slot, facts: Facts): string {
  switch (slot) {
    case 'company':
      return facts.company ? `"${facts.company}"` : "the company's real name";
    case 'role':
      return facts.role ? `"${facts.role}"` : 'the exact role title from the posting';
    case 'manager':
      return "the hiring manager's name, or \"Hiring team\" if you cannot find it";
    case 'name':
      return 'your name';
    default:
      return 'the real text, or delete it';
  }
}

/** The certain text for a slot: only what the letter's own frontmatter says ("company:", "role:", "name:"). */
function certainFix(slot: Slot, letter: Letter): string | undefined {
  return slot === 'company' || slot === 'role' || slot === 'name' ? fixValue(letter.frontmatter, slot) : undefined;
}

/**
 * Ranges in order, with those only a line break apart joined: the anatomy cuts a greeting line off
 * its paragraph, and a hard-wrapped "Dear [Hiring Manager\nName]," must still be read whole.
 */
function joinLines(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from - last[1] <= 4 && /^[ \t]*(?:\r\n|\r|\n)?[ \t]*$/.test(text.slice(last[1], from))) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

interface Options {
  allow: readonly string[];
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-placeholders',
    description: 'Template text left in the letter: [Company], <Your Name>, {{role}}, XXX, TODO.',
    severity: 'error',
    docs: {
      why: 'A letter that still says "[Company]" tells the reader it was mass-produced and not re-read; many readers stop there.',
      bad: "I'd love to bring my experience to [Company] as your next [Role].",
      better: "I'd love to bring my payments experience to Northwind as your next Senior Backend Engineer.",
    },
    defaultOptions: { allow: [] },
    options: {
      allow: { type: 'strings', description: 'text that looks like a placeholder but is meant, e.g. "[sic]" or "TBD"; matched exactly' },
    },
  },
  check(letter, { allow }, report) {
    // Inline code, link destinations and comments are not what a reader reads as text.
    const hidden = [...letter.excluded, ...letter.comments.map((c): [number, number] => [c.start, c.end])];
    const isHidden = (s: number, e: number) => hidden.some(([a, b]) => s < b && e > a);
    const isComment = (s: number, e: number) => letter.comments.some((c) => s < c.end && e > c.start);
    // Prose blocks, and Markdown's HTML blocks, where "<Your Name>" alone on a line ends up.
    const ranges: Array<[number, number]> = [...letter.blocks.map((b): [number, number] => [b.start, b.end]), ...letter.html];
    for (const [from, to] of joinLines(letter.text, ranges)) {
      const text = letter.text.slice(from, to);
      const taken: Array<[number, number]> = [];
      for (const { re, slot, needs, inLinks, unlessNamed } of FINDERS) {
        if (needs && !needs.some((c) => text.includes(c))) continue;
        if (unlessNamed && letter.facts.company) continue;
        for (const m of text.matchAll(re)) {
          const start = from + m.index!;
          const end = start + m[0].length;
          const inner = slot(m, text, letter.text, from);
          if (inner === undefined || allow.includes(m[0]) || allow.includes(inner)) continue;
          // Judged by the slot's own text: a link's destination starts right after its "]".
          const innerStart = start + Math.max(0, m[0].indexOf(inner));
          // `taken` stays sorted and non-overlapping, so one binary search tells whether a match overlaps
          // an earlier finder's: a letter of 50,000 "XX" was quadratic with a scan of every match.
          const at = firstIndex(taken, ([, b]) => b <= start);
          const hides = inLinks ? isComment : isHidden;
          if (hides(innerStart, innerStart + inner.length) || (at < taken.length && taken[at]![0] < end)) continue;
          taken.splice(at, 0, [start, end]);
          // An account in a web address is no name or company the frontmatter could fill in.
          const kind = slotKind(inner);
          const fix = inLinks ? undefined : certainFix(kind, letter);
          const instead = inLinks ? 'your own account name on that site, or remove the link' : fix ? quote(fix) : replacement(kind, letter.facts);
          report({
            message: `Template placeholder ${quote(m[0])} left in the letter`,
            start,
            end,
            suggestions: [`Replace ${quote(m[0])} with ${instead}.`],
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
};

export default rule;
