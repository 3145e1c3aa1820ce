// Template text a letter may still hold, found by shape: each finder a pattern, what it needs to be
// tried, and a test of what it matched, in the order they take precedence (an earlier finder's
// match stands over a later one's).
import { bareSlots, slotLabelLines, capitalSlots, companyNouns, doubtWords, draftMarkers, exampleCompanies, exampleCompanyLetters, exampleMailboxes, templateMailboxes, sampleNames, exampleMailDomains, examplePhones, htmlTags, instructionWords, markerNouns, questionWords } from '../../rules/data/placeholders.js';
import { escapeRegExp } from './names.js';
import { latinFirst } from './latin.js';
import { addressLine, aliasExplained, aloneOnLine, amongLowerCase, capitalAfter, countSlotAfter, inLongerName, inSentence, inWebAddress, isTaskBox, placeBefore, quoted } from './placeholder-context.js';
import { filledInFrame, filledName, isLabel, isLinkSlot, isSlot, isVariable, keyMash, MARKERS, SLOT_WORDS, wordsOf, WRITING_UNITS } from './placeholder-slots.js';

const SPACED_WORD = latinFirst(/^[ \t]+\p{L}/u);

/**
 * Words that say a sentence is about templates and their slots ("mail merge", "a templating engine",
 * "slots like"); a bare "fields" is not among them: "the fields of AI" stands near leftovers too.
 */
const TEMPLATE_TALK = /\b(?:slots?|placeholders?|variables?|templat(?:e|es|ing)|mustache|handlebars|jinja2?|liquid|merge)\b/i;
/** Whether the words around a slot (a sentence or so before it, a few words after) talk about templates: "…fills the {{name}} and {{date}} slots". */
const templateTalk = (text: string, start: number, end: number): boolean =>
  TEMPLATE_TALK.test(text.slice(Math.max(0, start - 120), start)) || TEMPLATE_TALK.test(text.slice(end, end + 40));
/** A slot's label named as a field of a form or a table: "the COMPANY NAME field", "a JOB TITLE column". */
const FIELD_AFTER = /^[ \t]{1,2}(?:field|fields|column|columns|attribute|attributes|property|properties|key|keys|variable|variables)\b/;

/** The halves of a template variable in lower camel case: "company" + "Name", "email" + "Address". */
const CAMEL_FIRST = ['company', 'job', 'hiring', 'recipient', 'email', 'phone', 'first', 'last', 'full', 'position', 'role', 'your', 'employer', 'contact', 'street', 'zip', 'postal', 'manager', 'candidate', 'applicant'];
const CAMEL_SECOND = ['Name', 'Title', 'Address', 'Number', 'Email', 'Phone', 'Role', 'Position', 'Code', 'City', 'Manager', 'Company'];
const HTML = new Set(htmlTags);
const INSTRUCTIONS = new Set(instructionWords);
/** What a note to self asks for by name: "(add the real MTTD number from the Q2 review)". */
const FILL_NOUNS = new Set(['number', 'numbers', 'figure', 'figures', 'metric', 'metrics', 'stat', 'stats', 'percentage', 'name', 'date', 'link']);
const MARKER_NOUNS = new Set(markerNouns);
/** Slot nouns that alone in parentheses stand for what is to be filled in: "join (Company) as a (position)", "(number) years", "via (source)". */
const TO_BE_DONE = /^to be (?:customi[sz]ed|personali[sz]ed|tailored|filled|completed|updated|written|added|inserted)\b/i;
/** Words of filler Latin ("lorem ipsum dolor sit amet, consectetur adipiscing elit…") that are no English word. */
const LOREM = 'consectetur|adipiscing|eiusmod|tincidunt|suspendisse|vestibulum|pellentesque|fringilla|faucibus|ullamcorper|venenatis|sollicitudin|vulputate|curabitur|phasellus|maecenas|nullam|egestas|dignissim|lobortis|porttitor|tristique|viverra|sagittis|laoreet|malesuada|condimentum|incididunt';
const LOREM_WORD = new RegExp(`\\b(?:${LOREM})\\b`, 'gi');
const WH = new Set(questionWords);
/** A note to check something, in parentheses: "(check if they use Scala)", "(verify the name??)", "(confirm spelling)". */
const CHECK_NOTE = new RegExp(`^(?:(?:double[ -]?)?check|${doubtWords.join('|')})[ \\t]+(?:if|whether|that|the|their|his|her|spelling|name)\\b|\\?\\?$`, 'i');
/** Nouns after "XYZ" that make it the three axes, not a sample company: "XYZ coordinates", "an XYZ stage". */
// "an XYZ classification", "ABC/XYZ analysis": the inventory method that sorts items by demand.
const AXIS_NOUNS = new Set(['coordinate', 'coordinates', 'axis', 'axes', 'plane', 'planes', 'space', 'stage', 'table', 'format', 'file', 'files', 'data', 'values', 'rotation', 'translation', 'position', 'positions', 'classification', 'analysis']);
const PAREN_SLOTS = new Set(['company', 'employer', 'organization', 'organisation', 'position', 'role', 'number', 'amount', 'percentage', 'source', 'date']);
/**
 * Slot nouns that in parentheses are a slot only where a name or an address should follow a word:
 * "as advertised on (website)", "my portfolio is at (link)"; "the shop's front end (website)" is an aside.
 */
const PAREN_PLACES = new Set(['website', 'link', 'url']);

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

/** What a task box holds: "- [ ] to do", "- [x] done"; "- [insert a project here]" is a note in a bullet. */
const TASK_MARK = /^[ xX]$/;

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

/** Whether the letter sets an AsciiDoc attribute of this name: a line that opens with ":name:". */
const setsAttribute = (all: string, name: string): boolean => all.startsWith(`:${name}:`) || all.includes(`\n:${name}:`);

/**
 * What brackets hold that a writer left to fill: a slot's words, a name written into the brackets
 * ("[Kripesh Bista]"), or any text where a frame expects a name ("the position of [data scientist]").
 * Square, angle and curly brackets alike.
 */
function bracketed(m: RegExpExecArray | RegExpMatchArray, text: string, all: string, from: number): boolean {
  const inner = m[1]!;
  return isSlot(inner) || filledName(inner, text, m.index!, m[0].length) || filledInFrame(inner, all, from + m.index!, m[0].length);
}

export const FINDERS: Finder[] = [
  // Brackets may hold a line break, as a hard-wrapped line gives ("[Hiring Manager\nName]"), never a blank line.
  // [Company], but not a link's "[text](url)" or "[text][ref]", nor "[1]", nor a task box "- [X]"
  { needs: ['['], re: /(?<!\])\[([^[\]]{1,400})\](?![([])/g, slot: (m, text, all, from) => (bracketed(m, text, all, from) && !(TASK_MARK.test(m[1]!) && isTaskBox(all, from + m.index!)) ? m[1] : undefined) },
  // 【Company】, «Company», 〈Role〉: the same slot in the brackets of other scripts.
  { needs: ['\u3010', '\u00ab', '\u3008'], re: /[\u3010\u00ab\u3008]([^\u3010\u3011\u00ab\u00bb\u3008\u3009\n]{1,60})[\u3011\u00bb\u3009]/g, slot: (m) => (isSlot(m[1]!) ? m[1] : undefined) },
  // #company#, #role#: a mail-merge field between hashes.
  { needs: ['#'], re: /(?<![\w#])#([A-Za-z][A-Za-z_ ]{1,30})#(?![\w#])/g, slot: (m) => (wordsOf(m[1]!).every((w) => SLOT_WORDS.has(w)) ? m[0] : undefined) },
  // "Dear N/A,", "Dear TBD,": a field the template had no value for.
  { needs: ['Dear'], re: /\bDear[ \t]+(N\/A|TBD|TBA|None|Name)[ \t]*,/g, slot: (m) => m[1] },
  // "Dear NAME,", "Hi FIRSTNAME,": a merge field in capitals where the greeting's name should be.
  // A title may stand between: "Dear Dr. LASTNAME,".
  { needs: ['Dear', 'Hi', 'Hello', 'Hey'], re: /\b(?:Dear|Hi|Hello|Hey)[ \t]{1,4}(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]{1,4})?((?:FIRST[ \t_]?|LAST[ \t_]?|FULL[ \t_]?)?NAME|FIRSTNAME|LASTNAME|SURNAME|RECIPIENT|RECRUITER)(?=[ \t]{0,4}[,:!])/g, slot: (m) => m[1] },
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
    slot: (m, text, all, from) => {
      const inner = m[1]!;
      if (/^[/!?]|:\/\/|@|^mailto:/i.test(inner)) return undefined;
      // A tag, as written in lower case or with attributes: "<br>", "<p align=center>", "<h1 class="name">".
      if (HTML.has(inner.split(/[\s/]/)[0]!.toLowerCase()) && (inner === inner.toLowerCase() || inner.includes('='))) return undefined;
      if (/=["']/.test(inner)) return undefined;
      // "<..>", "<???>": left blank.
      if (/^[.\u2026?_]{1,10}$/.test(inner)) return inner;
      // "<%SIGNATURE%>", "<%= name %>": a template engine's tag left in.
      if (/^%=?[ \t]*[A-Za-z_]{2,40}[ \t]*%$/.test(inner)) return inner;
      return bracketed(m, text, all, from) ? inner : undefined;
    },
  },
  // Not a template's slots the writer tells of as their work: "a service that fills slots like {{first_name}}".
  { needs: ['{{'], re: /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g, slot: (m, text) => (templateTalk(text, m.index!, m.index! + m[0].length) ? undefined : m[1]) },
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
  // Not an AsciiDoc attribute the letter sets itself (":phone: +49…" on a line, "{phone}" below).
  // Written as square brackets are ("{Recipient's Name}", "{City, Province}"), and judged as they are;
  // not a LaTeX macro's argument ("\\textbf{…}", "}{…}"), which a letter laid out from LaTeX may keep.
  // Not inside a quotation of what a program printed: 'an alert that read "A new {position} role matches your search"'.
  { needs: ['{'], re: /(?<![{\]}A-Za-z])\{([A-Za-z_][^{}\n]{0,80})\}(?!\})/g, slot: (m, text, all, from) => ((bracketed(m, text, all, from) || /^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(m[1]!)) && !setsAttribute(all, m[1]!) ? m[1] : undefined) },
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
  // A word processor's mail-merge field left unfilled: "Dear «HiringManager»", "at «CompanyName»" (session 34,
  // blind set ph13). Not a word in French quotation marks ("«Bonjour»"): a field is joined up or names a slot.
  // Nor fields the writer tells of building: "a template with fields «TenantName» and «NewRent»".
  {
    needs: ['\u00ab'],
    re: /\u00ab([A-Za-z][A-Za-z0-9_ ]{0,40})\u00bb/g,
    slot: (m, text) => ((/[a-z][A-Z]|_/.test(m[1]!) || isSlot(m[1]!)) && !/\b(?:fields?|merge|variables?|placeholders?)\b/i.test(text.slice(Math.max(0, m.index! - 60), m.index!)) ? m[1] : undefined),
  },
  // Japanese templates' circles for a name to fill in: "〇〇株式会社", "I am interested in 〇〇".
  { needs: ['\u3007', '\u25cb', '\u25ef'], re: /[\u3007\u25cb\u25ef]{2,}/g, slot: (m) => m[0] },
  // XXX, TODO; but "a TODO list", "TODO apps": the thing, not a note; nor "TODO.md", a file's name.
  {
    needs: ['XX', 'XYZ', 'TODO', 'TBD', 'FIXME'],
    re: new RegExp(`\\b(${draftMarkers.map(escapeRegExp).join('|')})\\b`, 'g'),
    slot: (m, text) => {
      // "1,100 TODO and FIXME comments": markers counted and named, not left in; the noun may follow a second marker.
      if (/\d[ \t]{1,2}$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) return undefined;
      // "every new TODO must link a ticket": a code comment spoken of, with its determiner.
      if (!/^X/.test(m[1]!) && /\b(?:a|the|every|each|new|any|old|stale|open|no)[ \t]{1,2}$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) return undefined;
      // '"// TODO: fix later" comments': a line of code quoted, the marker after its comment opener
      // (a bare "// TODO: add numbers" may be the writer's own note, written as they write code).
      if (/["'`\u2018\u201c][ \t]?(?:\/\/|\/\*)[ \t]{0,2}$/.test(text.slice(Math.max(0, m.index! - 6), m.index!))) return undefined;
      // "filed as XXX-XX-6789": a number masked on purpose, the X runs joined to its digits.
      if (/^X+$/.test(m[1]!) && /^(?:-X+)*-\d{2,}/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) return undefined;
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40).replace(/^[ \t]{0,2}(?:and|or|\/|,)[ \t]{0,2}(?:TODO|FIXME|XXX|TBD)\b/, '');
      if (/^\.[A-Za-z]{1,4}\b/.test(after)) return undefined;
      const noun = /^[ \t-]*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
      if (noun !== undefined && (MARKER_NOUNS.has(noun) || (m[1] === 'XYZ' && AXIS_NOUNS.has(noun)))) return undefined;
      // "the launch is still TBD": a status said of something, not a slot.
      // "is officially TBD", "remains largely TBD": an adverb may stand between.
      // "its start date listed as TBD": a status given, after "as".
      if (/^TB[DA]$/.test(m[1]!) && /\b(?:is|are|was|were|still|remains?|currently|stays?|(?:listed|marked|shown|set|down)[ \t]{1,2}as)(?:[ \t]{1,2}[a-z]{2,12}ly)?[ \t]{1,2}$|\bstatus:[ \t]{0,2}$/i.test(text.slice(Math.max(0, m.index! - 28), m.index!))) return undefined;
      // '"TBD" was the usual answer': the word quoted is talked about, not left in.
      // 'a pizza called the "XXX"': a name given, quoted.
      if (quoted(text, m.index!, m.index! + m[0].length) && /\b(?:called|named|dubbed|titled)(?:[ \t]+the)?[ \t]+["\u201c]$/i.test(text.slice(Math.max(0, m.index! - 20), m.index!))) return undefined;
      // 'famous for the "XXX" pie': a name the letter gives, quoted after its article; then every bare
      // "XXX" of the letter is that name ("one XXX order stopped the line").
      if (/^X+$/.test(m[1]!) && namedInQuotes(text, m[1]!)) return undefined;
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
  // "Date: __/__/____": a date's blanks, each part a run of underscores.
  { needs: ['_/_'], re: /(?<![\w/])_{1,4}\/_{1,4}\/_{2,4}(?![\w/])/g, slot: (m) => m[0] },
  { needs: ['/', '.', '-'], re: /\b(?:(?:mm|dd)([/.-])(?:mm|dd)\1(?:yyyy|yy)|yyyy-mm-dd)\b/gi, slot: (m, text) => (aloneOnLine(text, m.index!, m.index! + m[0].length) ? m[0] : undefined) },
  // "Mmm. dd, yyyy", "Month DD, YYYY": a date's format written out where the date should be.
  { needs: ['yy', 'YY'], re: /\b(?:Mmm\.?|MMM\.?|Month) (?:dd|DD|d|D),? (?:yyyy|YYYY)\b/g, slot: (m, text) => (aloneOnLine(text, m.index!, m.index! + m[0].length) ? m[0] : undefined) },
  // "January 5, 20XX", "since 20XX": a year still to fill in, after a month or a preposition of time
  // (not "the RTX 20XX cards", a family of products).
  { needs: ['0XX', '9XX', '0xx', '9xx'], re: /(?<=\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?:[ \t]{1,4}\d{1,2}(?:st|nd|rd|th)?,?)?|[Ii]n|[Ss]ince|[Uu]ntil|[Dd]ate:?)[ \t]{1,4})(?:19|20)(?:XX|xx)\b/g, slot: (m) => m[0] },
  // "we had grown to TK subscribers", "cut latency by TK ms": a journalist's "to come", standing where a
  // count should, before what is counted or its unit.
  { needs: ['TK'], re: /(?<![\w"'\u201c])TK(?=[ \t]{1,4}(?:[a-z]{3,20}s|ms|sec|min|hrs?|fps|rps|qps|[kmgt]b)\b|%|x\b)/g, slot: (m) => m[0] },
  // "Mention something specific about the hospital here so it doesn't sound generic.", "Talk about why
  // THIS foundation specifically — …, and keep it to two or three sentences.": an instruction to the
  // writer as a line of its own, with "here" or the writing it asks for, and no word of the writer's.
  { needs: ['here', 'sentence', 'paragraph'], re: /^[ \t]{0,4}(?:Mention|Add|Insert|Include|Describe|Explain|Say|Put|Talk about)\b[^\n]{0,160}\b(?:here|sentences?|paragraph)\b[^\n]{0,120}$/gm, slot: (m) => (/\b(?:I|my|me|we|our)\b|\bI['\u2019]/.test(m[0]) ? undefined : m[0].trim()) },
  // "which serves #### users a month": a count still to fill in after a word on its line (a Markdown
  // heading's hashes open their line).
  { needs: ['###'], re: /(?<=[A-Za-z,][ \t]{1,4})#{3,10}(?=[ \t]{1,4}[a-z])/g, slot: (m) => m[0] },
  // "NOTE: check name", "Note: add the Q3 figures": a reminder on a line of its own.
  // Also in parentheses, and telling what to swap or cut: "(NOTE: swap this paragraph for the fintech version…)" (session 34, blind set ph14).
  { needs: ['NOTE', 'Note', 'NB'], re: /^[ \t]{0,4}\(?(?:NOTE|Note|NB)[ \t]{0,2}:[ \t]{0,4}(?:check|verify|confirm|add|insert|update|remember|fix|change|replace|mention|look up|swap|use|remove|delete|cut|move|rewrite|shorten|adapt|tailor|drop)\b[^\n]{0,100}$/gm, slot: (m) => m[0].trim() },
  // "Job Reference: ####": a number still to fill in after a label's colon.
  { needs: ['###'], re: /(?<=:[ \t]{0,2})#{3,10}(?![\w#])/g, slot: (m) => m[0] },
  // "(xxx) xxx-xxxx", "(###)###-####", "xxx xxx xxxx": a phone number's mask, with any dash or space.
  { needs: ['xxx', 'XXX', '###'], re: /(?<![\w#])\(?(?:[xX]{3}|#{3})\)?[ \t.\u2010\u2011\u2013-]?(?:[xX]{3}|#{3})[ \t.\u2010\u2011\u2013-](?:[xX]{3,4}|#{3,4})(?![\w#])/g, slot: (m) => m[0] },
  // "City, ST, ZIP", "City, State ZIP Code": an address line of the template.
  { needs: ['City'], re: /\bCity,[ \t]*(?:ST|State)\b,?[ \t]*(?:ZIP|Zip|zip)(?:[ \t]?[Cc]ode)?\b/g, slot: (m) => m[0] },
  // "123 Main Street", "123 Pleasant Lane": the house number every template uses.
  { needs: ['123 '], re: /\b123 (?:Main|Any|Anywhere|Pleasant|Fake|Example|Your|Elm|Maple|Oak)(?: [A-Z][a-z]+)? (?:St|Street|Lane|Ln|Ave|Avenue|Road|Rd|Drive|Dr|Blvd|Way)\b/g, slot: (m) => m[0] },
  // "John Doe", "Claud D. Park": a template's sample person, not a name the writer chose.
  // Not a name quoted, told as a pseudonym: 'a tenant proceeding as "Jane Doe."'.
  { needs: sampleNames.map((n) => n.split(' ').at(-1)!), re: new RegExp(`(?<![\\w.])(?:${[...sampleNames].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w-])`, 'g'), slot: (m, text) => (inLongerName(m, text) || quotedName(text, m.index!, m.index! + m[0].length) ? undefined : m[0]) },
  // "yourwebsite.com", "yourname.dev": the template's own web address.
  { needs: ['.'], inLinks: true, re: /\byour[-_]?(?:website|site|domain|portfolio|blog|name|username)\.(?:com|dev|io|me|net|org|github\.io)\b/gi, slot: (m) => m[0] },
  { needs: ['/'], inLinks: true, re: URL_ACCOUNT, slot: (m, text) => (inWebAddress(text, m.index!) ? m[1] : undefined) },
  // A slot label alone on its line, in any case: "Your name" under "Sincerely,".
  // A comma may follow, as after a greeting: "Greeting,"; or a credential: "FIRSTNAME LASTNAME, P.E.".
  // Not a colon: "Date:" heads a form.
  { re: /^[ \t*_]{0,8}([A-Za-z][A-Za-z', ]{2,30}?)(?=(?:,[ \t]{0,4}(?:(?:[A-Z]\.){1,4}|[A-Z]{2,5}|Ph\.?D\.?|[JS]r\.))?,?[ \t*_]{0,8}$)/gm, slot: (m) => (BARE_LINES.has(m[1]!.toLowerCase()) ? m[1] : undefined) },
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
  // Longest first, so "COMPANY NAME" is read whole, not as "COMPANY" beside another word in capitals.
  { needs: capitalSlots, re: new RegExp(`\\b(${[...capitalSlots].sort((x, y) => y.length - x.length).map(escapeRegExp).join('|')})\\b(?!-)`, 'g'), slot: (m, text) => (amongLowerCase(text, m.index!, m.index! + m[0].length) && !FIELD_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)) ? m[1] : undefined) },
  // "INSERT COMPANY NAME", "ENTER ROLE": an instruction in capitals.
  { needs: ['INSERT', 'ENTER', 'ADD'], re: /\b(?:INSERT|ENTER|ADD)[ \t]+[A-Z]{3,}(?:[ \t]+[A-Z]{3,}){0,3}\b/g, slot: (m) => m[0] },
  // Other verbs only with a word that points at the letter: "MENTION THE KUBERNETES MIGRATION HERE".
  { needs: ['MENTION', 'INCLUDE', 'DESCRIBE', 'EXPLAIN'], re: /\b(?:MENTION|INCLUDE|DESCRIBE|EXPLAIN)(?:[ \t]+[A-Z]{2,30}){0,5}[ \t]+(?:HERE|THIS|LATER)\b/g, slot: (m) => m[0] },
  // "ABC Company", "Company X": the example company of a template; also glued ("XYZCompany", "Zcompany", "CompanyX").
  // Not a client the writer may not name, said so beside it: "which I'll call Company X here because my contract has an NDA".
  { needs: [...exampleCompanies, 'Company'], re: new RegExp(`\\b(?:(?:${exampleCompanies.join('|')})[ \\t]+(?:${companyNouns.join('|')})|Company[ \\t]+(?:${exampleCompanyLetters.join('|')}))\\b`, 'g'), slot: (m, _text, all) => (aliasExplained(all) ? undefined : m[0]) },
  { needs: ['ompany'], re: new RegExp(`\\b(?:(?:${exampleCompanyLetters.join('|')})[Cc]ompany|Company(?:${exampleCompanyLetters.join('|')}))\\b`, 'g'), slot: (m) => m[0] },
  // "emailAddress", "companyName", "jobTitle": a template's variable in lower camel case, bare. Only the
  // pairs a form asks for ("userName" in a story about code is the code's).
  // Not a merge field inside braces the writer tells of: "fields such as {{FirstName}}".
  { needs: CAMEL_SECOND, re: new RegExp(`(?<![\\w-])(?:${CAMEL_FIRST.join('|')})(?:${CAMEL_SECOND.join('|')})(?![\\w-])`, 'g'), slot: (m, text) => (text[m.index! - 1] === '{' && templateTalk(text, m.index!, m.index! + m[0].length) ? undefined : m[0]) },
  // "Re: Position": the subject line's slot left as its label.
  { needs: ['Re:', 'RE:'], re: /^[ \t*_]{0,4}R[Ee]:[ \t]*(?:Position|Role|Job Title|Job|Position Name|Role Name|Position Title)[ \t*_]{0,4}$/gm, slot: (m) => m[0].trim() },
  // $company, ${role}: a template variable in lower case behind its sigil, every word a slot word.
  { needs: ['$'], re: /(?<![\w$])\$\{?([a-z]+(?:_[a-z]+)*)\}?(?![\w])/g, slot: (m) => (m[1]!.split('_').every((w) => SLOT_WORDS.has(w)) ? m[0] : undefined) },
  // company_name, Hiring_Manager: a template variable, every word a slot word.
  // Not a field's name in quotes, talked about: 'we dropped "company_name" and "address_line_3"'.
  { needs: ['_'], re: /(?<![\w$%{])([A-Za-z]+(?:_[A-Za-z]+)+)(?![\w}])/g, slot: (m, text) => (m[1]!.split('_').every((w) => SLOT_WORDS.has(w.toLowerCase())) && !quoted(text, m.index!, m.index! + m[0].length) ? m[1] : undefined) },
  // "work at company name", "the position name role": a slot's label in lower case, standing where the name should.
  { needs: [' name'], re: /(?<=\b(?:at|join|joining|for|with)[ \t]{1,4})(?:company|organi[sz]ation|employer) name(?=[ \t]{0,4}(?:[.,;:!?)]|$)|[ \t]{1,4}(?:as|and|in|on|to|for|team|this|where|because|is|soon)\b)/gm, slot: (m) => m[0] },
  { needs: [' name'], re: /(?<=\bthe[ \t]{1,4})(?:position|role|job) name(?=[ \t]{1,4}(?:role|position|job|opening)\b)/g, slot: (m) => m[0] },
  // "Dear Ms. Lastname", "FirstName": a name field as one word.
  // Not inside braces told as a template's fields: "mail merge … fields such as {{FirstName}}".
  { needs: ['First', 'Last'], re: /\b(?:First|Last)[Nn]ame\b/g, slot: (m, text) => (text.slice(m.index! - 2, m.index!) === '{{' && templateTalk(text, m.index! - 2, m.index! + m[0].length + 2) ? undefined : m[0]) },
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
  // Not one quoted as what went wrong: 'complaints about emails starting with "Dear ,"' (session 34, blind set ph14).
  { needs: ['Dear'], re: /\b(Dear(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)?)[ \t]*,/g, slot: (m, text) => (quoted(text, m.index!, m.index! + m[0].length) ? undefined : m[1]) },
  {
    needs: ['('],
    re: /\(([^()\n]{1,160})\)/g,
    slot: (m, text) => {
      const words = m[1]!.trim().toLowerCase().split(/\s+/);
      // "(Tailor this paragraph to the company's mission and recent news — 2–3 sentences max.)": a
      // longer note still, when it says what part of the letter it is about.
      if (INSTRUCTIONS.has(words[0]!) && words.length <= 18 && wordsOf(m[1]!).some((w) => WRITING_UNITS.has(w))) return m[1];
      // "(add a metric)"; longer only when it says it is a note to fill in: "(mention a recent company achievement here)".
      // A question in it is the writer's own doubt: "(mention a project — the barcode scanner one?)".
      // "(add the real MTTD number from the Q2 review)": what is to come named ("number", "name", "date").
      if (INSTRUCTIONS.has(words[0]!) && (words.length <= 5 || (words.length <= 12 && (m[1]!.includes('?') || wordsOf(m[1]!).some((w) => MARKERS.has(w) || w === 'your' || WRITING_UNITS.has(w) || FILL_NOUNS.has(w)))))) return m[1];
      // "(to be customized for each job application)", "(to be filled in)": a note of work still to do.
      if (TO_BE_DONE.test(m[1]!.trim())) return m[1];
      // "(check if they still use Scala??)": a doubt the writer meant to settle before sending.
      if (CHECK_NOTE.test(m[1]!.trim())) return m[1];
      if (words.length === 1 && PAREN_PLACES.has(wordsOf(m[1]!)[0] ?? '')) return placeBefore(text, m.index!) ? m[1] : undefined;
      // "found on (where you found the job)": a question to the writer standing where a noun should, after
      // a preposition; "on GitHub (where you can see the code)" is an aside after the noun.
      if (WH.has(words[0]!) && words.length <= 10 && words.some((w) => w === 'you' || w === 'your') && placeBefore(text, m.index!)) return m[1];
      // "(name)", "(company name)", "(Company)": a label of slot words that says it is one; "(PRODUCT)", a
      // slot word in capitals, as emphasised labels are read.
      const label = words.length <= 3 && words.every((w) => SLOT_WORDS.has(w)) && words.some((w) => MARKERS.has(w) || PAREN_SLOTS.has(w));
      return label || (/^[A-Z]{3,}$/.test(m[1]!) && SLOT_WORDS.has(words[0]!)) ? m[1] : undefined;
    },
  },
];

/** The runs of X's a text quotes after "the" ('the "XXX" pie', 'the "XXX," a 30-inch party pie'), read once a text: a letter of a thousand "XXX" asks a thousand times. */
let named: { text: string; runs: Set<string> } | undefined;
function namedInQuotes(text: string, run: string): boolean {
  if (named?.text !== text) named = { text, runs: new Set([...text.matchAll(/\bthe[ \t]{1,2}["\u201c](X+)[,.]?["\u201d]/gi)].map((m) => m[1]!)) };
  return named.runs.has(run);
}

/** Whether a name stands in quotation marks, a full stop or comma perhaps inside the closing one: '"Jane Doe."'. */
const quotedName = (text: string, start: number, end: number): boolean => quoted(text, start, end) || (/[.,]/.test(text[end] ?? '') && quoted(text, start, end + 1));

/** Where "null" stands for a name: "Dear null", "at null", "join null", "the null role". */
const NULL_BEFORE = new Set(['dear', 'at', 'join', 'joining']);
const NULL_AFTER = new Set(['role', 'position', 'team', 'company']);

/**
 * Ranges in order, with those only a line break apart joined: the anatomy cuts a greeting line off
 * its paragraph, and a hard-wrapped "Dear [Hiring Manager\nName]," must still be read whole.
 */
export function joinLines(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from - last[1] <= 4 && /^[ \t]*(?:\r\n|\r|\n)?[ \t]*$/.test(text.slice(last[1], from))) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
