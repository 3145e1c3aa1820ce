// What a stretch of prose lists: technology names anywhere in it, and technical skills ("OOP",
// "REST APIs", "unit testing", "CI/CD") where they stand as items of a list construction beside
// other items: "a solid grounding in C#, OOP, HTML, CSS and jQuery". A skill word alone ("our
// cloud", "agile teams", "I love distributed systems") is never an item.
import { skills as skillData, variants, type Skill } from '../../rules/data/skills.js';
import { termIndex, type PhraseIndex } from '../text/phrases.js';
import { findTechnologies, foldedNamed } from '../text/tech.js';
import type { Sentence, Term, Word } from '../types.js';
import { firstIndex } from '../text/search.js';
import { capitalised, latinFirst } from '../text/latin.js';
import { SUBJECTS } from './story.js';

const CAPITALS = latinFirst(/\p{Lu}/gu);

export interface Item {
  /** The technology's canonical name, or the skill's. */
  name: string;
  /** How the letter writes it, for messages. */
  shown: string;
  start: number;
  end: number;
  skill: boolean;
  /** Not a known name: a name-like item among known ones in a list ("Go, Istio, Helm and Kafka"). */
  guessed?: boolean;
  /** A case-sensitive name written in lower case ("python"): counted only in a list written in lower case. */
  lower?: boolean;
  /** A case-sensitive name written in capitals ("JAVA", "SPRING BOOT"): counted beside a known name and another such. */
  upper?: boolean;
  /** The name it is counted under when another spelling of the same thing is listed too. */
  same?: string;
  /** A stack named by its initials: the technologies it stands for. */
  parts?: readonly string[];
}

let skillIndex: PhraseIndex<Skill, Term> | undefined;
function index(): PhraseIndex<Skill, Term> {
  skillIndex ??= termIndex(skillData.flatMap((skill) => skill.patterns.flatMap(variants).map((pattern) => ({ pattern, value: skill }))));
  return skillIndex;
}

/** Whether the casing of the skill's first word, as written, is the technical sense. */
function casedRight(skill: Skill, written: string): boolean {
  if (skill.cased === 'acronym') return (written.match(CAPITALS.for(written))?.length ?? 0) >= 2;
  if (skill.cased === 'capital') return capitalised(written);
  return true;
}

const PLACE_PREPOSITIONS = new Set(['on', 'in', 'to', 'at', 'into', 'onto', 'from']);

/** Skill mentions among the terms, left to right. */
export function findSkills(text: string, terms: readonly Term[]): Item[] {
  return index()
    .matchAll(terms)
    .filter((m) => casedRight(m.value, text.slice(terms[m.from]!.start, terms[m.from]!.end)))
    // "Leaflet on the frontend and PostGIS on the backend", "deployed to the cloud": a part of one
    // system or a place, not a skill the writer lists; "worked on the back-end, front-end, testing
    // and finally the deployment" is a list all the same.
    .filter((m) => !(terms[m.from - 1]?.norm === 'the' && PLACE_PREPOSITIONS.has(terms[m.from - 2]?.norm ?? '') && terms[m.to]?.afterBreak !== true))
    .map((m) => {
      const start = terms[m.from]!.start;
      const end = terms[m.to - 1]!.end;
      // Shown as written ("REST APIs", "unit tests"); counted once per skill.
      return { name: m.value.name, shown: text.slice(start, end).replace(/\s+/g, ' '), start, end, skill: true, ...(m.value.sameAs ? { same: m.value.sameAs } : {}) };
    });
}

// Words that join list items; "as well as" and "along with" are read as one joiner.
const JOINERS = new Set(['and', 'or', 'nor', 'plus']);
const MULTI_JOINERS: readonly (readonly string[])[] = [
  ['as', 'well', 'as'],
  ['along', 'with'],
];

/**
 * A sentence that opens with a joiner carries on the list before it: "Javascript, HTML, CSS. As
 * well as my knowledge of responsive design." is one list cut by a full stop.
 */
export function continuesList(s: Sentence): boolean {
  const lower = (k: number) => s.words[k]?.lower;
  return lower(0) === 'plus' || MULTI_JOINERS.some((seq) => seq.every((w, k) => lower(k) === w));
}
/**
 * Words that make a piece a clause rather than a list item ("Go, and I love hiking"): pronouns and
 * auxiliaries. A list item holds a name and at most a couple of modifiers ("SQL databases").
 */
export const CLAUSE_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'them', 'my', 'our', 'your', 'their', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'be', 'been', 'will', 'would', 'can', 'could']);
const SECOND_PERSON = new Set(['you', 'your', 'yours']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
/** Words a list item may carry besides its names: "SQL databases", "modern JavaScript". */
const MAX_EXTRA = 2;

/**
 * Two-word lead-ins: "experience in", "proficient with", "good command over". Each word of skill
 * with each preposition writers put after it, the non-native ones too ("knowledge on", "skilled at").
 */
const SKILLED = ['skilled', 'proficient', 'experienced', 'versed', 'competent', 'fluent', 'comfortable', 'adept', 'conversant', 'familiar', 'trained', 'knowledgeable'];
const SKILL_HAVING = ['experience', 'expertise', 'skills', 'knowledge', 'proficiency', 'background', 'grounding', 'command', 'mastery', 'exposure', 'grasp', 'familiarity', 'competence', 'fluency'];
export const LEADS = new Set([
  ...SKILLED.flatMap((adjective) => ['in', 'with', 'at', 'on', 'using'].map((preposition) => `${adjective} ${preposition}`)),
  ...SKILL_HAVING.flatMap((noun) => ['in', 'with', 'of', 'on', 'over', 'across', 'using', 'to'].map((preposition) => `${noun} ${preposition}`)),
  'specialize in', 'specialise in', 'specialized in', 'specialised in', 'specializing in', 'specialising in',
  // "my expertise encompasses", "skills include", "strengths are": a skill noun and a verb that lists.
  ...['experience', 'expertise', 'skills', 'skillset', 'background', 'knowledge', 'strengths', 'competencies', 'specialities', 'specialties', 'specialisms', 'areas', 'toolkit', 'toolbox'].flatMap((noun) =>
    ['include', 'includes', 'included', 'including', 'are', 'is', 'span', 'spans', 'spanned', 'spanning', 'cover', 'covers', 'covered', 'covering', 'encompass', 'encompasses', 'encompassed', 'encompassing', 'comprise', 'comprises'].map((verb) => `${noun} ${verb}`),
  ),
]);
/** Spoken languages are no trade's skills: "proficient in English, Spanish, French, German and Hindi". */
export const SPOKEN = new Set([
  'english', 'spanish', 'french', 'german', 'portuguese', 'italian', 'dutch', 'russian', 'ukrainian', 'polish', 'czech', 'turkish',
  'arabic', 'hebrew', 'persian', 'farsi', 'urdu', 'hindi', 'bengali', 'punjabi', 'tamil', 'telugu', 'marathi', 'gujarati', 'chinese',
  'mandarin', 'cantonese', 'japanese', 'korean', 'vietnamese', 'thai', 'indonesian', 'malay', 'tagalog', 'filipino', 'swahili',
  'greek', 'swedish', 'norwegian', 'danish', 'finnish', 'romanian', 'hungarian', 'serbian', 'croatian', 'bulgarian', 'amharic',
  'yoruba', 'igbo', 'hausa', 'zulu', 'afrikaans', 'catalan', 'basque', 'irish', 'welsh', 'nepali', 'sinhala', 'burmese', 'khmer',
]);
export const bareWord = (w: Word) => w.lower.replace(/['\u2019].*$/, '');

interface Piece {
  words: Word[];
  items: Item[];
  /** Words before the first item, after the last, and between items, that no item covers. */
  lead: Word[];
  trail: Word[];
  inner: Word[];
}

/** The sentence cut at clause punctuation and joiners: the pieces a list is made of. */
function piecesOf(words: readonly Word[], items: readonly Item[], starts: ReadonlySet<Word>): Piece[] {
  const runs: Word[][] = [];
  let current: Word[] = [];
  const cut = () => {
    if (current.length) runs.push(current);
    current = [];
  };
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A joiner inside an item is part of its name ("data structures and algorithms"), not a cut.
    while (at < items.length && items[at]!.end <= w.start) at++;
    const inside = at < items.length && items[at]!.start < w.start;
    if (inside) {
      current.push(w);
      continue;
    }
    if (w.afterBreak || starts.has(w)) cut();
    const multi = MULTI_JOINERS.find((seq) => seq.every((s, k) => words[i + k]?.lower === s));
    if (multi) {
      cut();
      i += multi.length - 1;
      continue;
    }
    if (JOINERS.has(w.lower)) {
      cut();
      continue;
    }
    current.push(w);
  }
  cut();
  // Words and items are both in order and items never overlap: one walk places every item in its
  // piece and tells the words no item covers, so a long paragraph costs linear time.
  let k = 0;
  return runs.map((ws) => {
    const from = ws[0]!.start;
    const to = ws.at(-1)!.end;
    while (k < items.length && items[k]!.start < from) k++;
    const mine: Item[] = [];
    while (k < items.length && items[k]!.start < to) mine.push(items[k++]!);
    const free: Word[] = [];
    let j = 0;
    for (const w of ws) {
      while (j < mine.length && mine[j]!.end <= w.start) j++;
      if (j >= mine.length || mine[j]!.start >= w.end) free.push(w);
    }
    const first = mine[0]?.start ?? Infinity;
    const last = mine.at(-1)?.end ?? -Infinity;
    return {
      words: ws,
      items: mine,
      lead: free.filter((w) => w.end <= first),
      trail: free.filter((w) => w.start >= last),
      inner: free.filter((w) => w.start > first && w.end < last),
    };
  });
}

/** Prepositions that relate one item of a piece to another ("infrastructure across AWS") rather than list them. */
export const RELATING: ReadonlySet<string> = new Set(['across', 'on', 'in', 'with', 'for', 'using', 'via', 'into', 'onto', 'at', 'over', 'from', 'to', 'of', 'by', 'through', 'within', 'atop']);

/** The items of a piece after its last free word but the trailing ones: the cluster a list continues from. */
function tailItems(p: Piece): Item[] {
  const stop = [...p.lead, ...p.inner].reduce((e, w) => Math.max(e, w.end), -Infinity);
  return p.items.filter((it) => it.start >= stop);
}
/** The items of a piece before its first free word but the leading ones: the cluster a list ends with. */
function headItems(p: Piece): Item[] {
  const stop = [...p.inner, ...p.trail].reduce((e, w) => Math.min(e, w.start), Infinity);
  return p.items.filter((it) => it.end <= stop);
}

const isClause = (ws: readonly Word[]) => ws.some((w) => CLAUSE_WORDS.has(bareWord(w)));

/** A word written as a name is: a capital or a digit after its start, or a capital start ("Istio", "gRPC", "k8s"). */
const NAME_WORD = latinFirst(/^(?:\p{Lu}|[\p{Ll}\p{N}][\p{L}\p{N}]*[\p{Lu}\p{N}])[\p{L}\p{N}.#+/-]*$/u);
/** At most this many words make an unknown name; a longer piece is prose. */
const MAX_NAME_WORDS = 2;

/**
 * A piece with no known item that reads as a name: one or two words, each written as a name, no
 * clause word. A technology list names tools the lexicon has never seen ("Istio", "Pinpoint"); in a
 * list beside known ones, such a piece is one more item.
 */
function guessedItem(text: string, p: Piece): Item | undefined {
  const ws = p.words;
  if (p.items.length > 0 || ws.length === 0 || writtenWords(text, ws) > MAX_NAME_WORDS || isClause(ws)) return undefined;
  const lower = foldedName(ws);
  if (lower) return lower;
  if (!ws.every((w) => w.text !== 'I' && NAME_WORD.test(w.text))) return undefined;
  // "English, French, Python and Java": languages spoken are not tools.
  if (ws.length === 1 && SPOKEN.has(ws[0]!.lower)) return undefined;
  // "Backend Engineer", "Senior Developer": a job title, not a tool.
  if (TITLE_AFTER.has(bareWord(ws.at(-1)!))) return undefined;
  const shown = text.slice(ws[0]!.start, ws.at(-1)!.end).replace(/\s+/g, ' ');
  return { name: shown.toLowerCase(), shown, start: ws[0]!.start, end: ws.at(-1)!.end, skill: false, guessed: true };
}
/**
 * Words as written, where a slash between two words with no space names variants of one name:
 * "ConnectWise Automate/Manage", "Windows 10/11" are two.
 */
function writtenWords(text: string, ws: readonly Word[]): number {
  let n = ws.length;
  for (let i = 1; i < ws.length; i++) if (ws[i]!.start === ws[i - 1]!.end + 1 && text[ws[i - 1]!.end] === '/') n--;
  return n;
}

/**
 * Nouns that name a kind of technical work, heading a skill the lexicon lacks: "infrastructure
 * management", "signal integrity analysis", "ETL pipeline development".
 */
const SKILL_HEADS = new Set([
  'development', 'management', 'engineering', 'design', 'programming', 'testing', 'administration', 'analysis', 'analytics',
  'architecture', 'automation', 'integration', 'deployment', 'optimization', 'optimisation', 'modeling', 'modelling', 'computing',
  'processing', 'scripting', 'debugging', 'monitoring', 'networking', 'orchestration', 'containerization', 'containerisation',
  'virtualization', 'virtualisation', 'troubleshooting', 'provisioning', 'benchmarking', 'profiling', 'refactoring',
]);
/** At most this many words make a skill the lexicon lacks: "cloud cost management". */
const MAX_SKILL_WORDS = 3;
/** A word a skill's name is made of: letters, inner slashes and hyphens ("CI/CD", "end-to-end"), no figure. */
const SKILL_WORD = latinFirst(/^\p{L}[\p{L}/-]*$/u);
/** Words that make a piece told rather than listed: "the development", "this analysis", "its design". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'some', 'any', 'every', 'each', 'all', 'no']);

/**
 * A short piece the lexicons do not know whose last word names a kind of technical work
 * ("infrastructure management", "pipeline development"): a skill item, counted only in a list with
 * known items, as guessed names are. Not a told phrase ("the design") nor one with a number.
 */
function skillShaped(ws: readonly Word[]): Item | undefined {
  if (ws.length < 2 || ws.length > MAX_SKILL_WORDS || isClause(ws) || !SKILL_HEADS.has(ws.at(-1)!.lower)) return undefined;
  if (ws.some((w) => DETERMINERS.has(w.lower) || RELATING.has(w.lower) || !SKILL_WORD.test(w.text))) return undefined;
  const shown = ws.map((w) => w.text).join(' ');
  return { name: shown.toLowerCase(), shown, start: ws[0]!.start, end: ws.at(-1)!.end, skill: true, guessed: true };
}

/** What a name is called after it: "IEC611313 programming language", "Riverpod framework". */
const NAME_HEADS = new Set(['language', 'framework', 'library', 'sdk', 'toolkit']);
/**
 * A piece that opens with an unknown name and says what kind of tool it is: "and IEC611313
 * programming language to work on control applications". The name is the item; the rest runs on.
 */
function headedName(p: Piece): Item | undefined {
  const [name, next, after] = p.words;
  if (p.items.length > 0 || !name || name.text === 'I' || !NAME_WORD.test(name.text) || CLAUSE_WORDS.has(bareWord(name))) return undefined;
  const head = next && bareWord(next) === 'programming' ? after : next;
  if (!head || !NAME_HEADS.has(bareWord(head))) return undefined;
  return { name: name.text.toLowerCase(), shown: name.text, start: name.start, end: name.end, skill: false, guessed: true };
}

const ALL_LOWER = /^[a-z][a-z0-9.+#]*$/;
const ALL_UPPER = /^[A-Z][A-Z0-9.+#]+$/;
/**
 * "python, spring boot and docker", "JAVA, SPRING BOOT, MYSQL": a name matched only as written,
 * written all in lower case or all in capitals, told only by its list. One or two words.
 */
function foldedName(ws: readonly Word[]): Item | undefined {
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return undefined;
  const lower = ws.every((w) => ALL_LOWER.test(w.text));
  if (!lower && !ws.every((w) => ALL_UPPER.test(w.text))) return undefined;
  const shown = ws.map((w) => w.text).join(' ');
  const tech = foldedNamed(shown);
  return tech && { name: tech.name, shown, start: ws[0]!.start, end: ws.at(-1)!.end, skill: false, guessed: true, ...(lower ? { lower: true } : { upper: true }) };
}
/** The name-like words a skills lead-in ends on, as a guess: "skilled in ArcPy" (the first item of "…ArcPy, ArcGIS Pro, QGIS"). */
function nameAfterLead(text: string, p: Piece): Item | undefined {
  const ws = p.words;
  for (let k = Math.max(2, ws.length - MAX_NAME_WORDS); k < ws.length; k++) {
    // Not an acronym: after "experience in", "SRE", "QA" and "IT" are fields more often than tools.
    if (ledInAsSkills(ws, k) && !ws.slice(k).some((w) => /^[A-Z]+$/.test(w.text))) return guessedItem(text, { ...p, words: ws.slice(k) });
  }
  return undefined;
}

/** The skill a skills lead-in ends on, as a guess: "experience in infrastructure management, …". */
function skillAfterLead(ws: readonly Word[]): Item | undefined {
  for (let k = Math.max(2, ws.length - MAX_SKILL_WORDS); k < ws.length - 1; k++) if (ledInAsSkills(ws, k)) return skillShaped(ws.slice(k));
  return undefined;
}

/** Whether the two words before word `at` are a lead-in of skills: "experience with", "proficient in". */
function ledInAsSkills(words: readonly Word[], at: number): boolean {
  return at >= 2 && LEADS.has(`${bareWord(words[at - 2]!)} ${bareWord(words[at - 1]!)}`);
}
/** A name no common word is written as: a capital inside it ("HubSpot"), two capitals ("FMEA"), a digit ("Civil 3D"). */
const MARKED_NAME = /[a-z][A-Z]|[A-Z]{2}|\d/;
/** Known items a list needs before name-like pieces in it count as items too. */
const KNOWN_FOR_GUESSES = 2;

/** A middle item of a list: names and a couple of modifiers, no clause. */
function tight(p: Piece): boolean {
  const extra = [...p.lead, ...p.trail, ...p.inner];
  return p.items.length > 0 && extra.length <= MAX_EXTRA && !isClause(extra);
}
/** A middle piece of one or two plain words, no clause: a list item the lexicons cannot name. */
const bridges = (p: Piece) => p.items.length === 0 && p.words.length > 0 && p.words.length <= 2 && !isClause(p.words);
/** The first item may follow its lead-in ("a solid grounding in C#"). */
const opens = (p: Piece) => p.items.length > 0 && p.trail.length <= MAX_EXTRA && !isClause(p.trail);
/** The last may run on ("and MySQL for five years"). */
const closes = (p: Piece) => {
  const lead = leadOf(p.lead);
  return p.items.length > 0 && lead.length <= MAX_EXTRA && !isClause(lead);
};

/** What the writer has of the last item, said before it: "as well as my knowledge of responsive design". */
const HAVE_NOUNS = new Set(['knowledge', 'experience', 'background', 'familiarity', 'proficiency', 'expertise', 'grounding', 'understanding']);
const HAVE_LINKS = new Set(['of', 'with', 'in']);

/** A piece's lead without a closing "my knowledge of": that says what the writer has, not a clause. */
function leadOf(lead: readonly Word[]): readonly Word[] {
  const n = lead.length;
  if (n < 2 || !HAVE_LINKS.has(bareWord(lead[n - 1]!)) || !HAVE_NOUNS.has(bareWord(lead[n - 2]!))) return lead;
  return lead.slice(0, bareWord(lead[n - 3] ?? lead[0]!) === 'my' && n >= 3 ? n - 3 : n - 2);
}

/**
 * Items that stand in a list construction: two or more pieces joined by commas, slashes or
 * "and"/"or"/"plus", the inner ones nothing but names. A list the sentence says is the reader's
 * ("your team's work on distributed systems, machine learning and data pipelines") is not the
 * writer's inventory, so one introduced by "you"/"your" (after any "I"/"my") is left out.
 */
function listed(text: string, words: readonly Word[], items: readonly Item[], starts: ReadonlySet<Word>): { mine: Set<Item>; theirs: Set<Item> } {
  const raw = piecesOf(words, items, starts);
  const pieces = raw.map((p, i) => {
    // A parenthesis that holds one piece names an instance of what stands before it, not one more
    // item: "cloud platforms (in particular AWS)", "a relational store (PostgreSQL)".
    if (i > 0 && apposition(text, p)) return { ...p, items: [], lead: p.words, trail: [], inner: [] };
    // A piece that ends on a two-word name written in one case ("… with node js") is that name,
    // not the shorter one the lexicon saw in it ("js").
    const pair = p.words.length >= 2 ? foldedName(p.words.slice(-2)) : undefined;
    if (pair && p.items.every((it) => it.start >= pair.start && it.name !== pair.name)) return { ...p, items: [pair], lead: p.words.filter((w) => w.end <= pair.start), trail: [], inner: [] };
    // A short piece after a joiner or a comma may be a name the lexicons lack ("Istio").
    const guess = i > 0 ? (guessedItem(text, p) ?? headedName(p) ?? (p.items.length === 0 ? skillShaped(p.words) : undefined)) : undefined;
    if (guess) return { ...p, items: [guess], lead: [], trail: p.words.filter((w) => w.start >= guess.end), inner: [] };
    // A longer piece holds a lead-in; its last word counts when it is a lower-case name ("… and i am
    // having experience in python, django…"), and a name the lead-in ends on only before a known name
    // standing alone ("skilled in ArcPy, ArcGIS Pro…", not "experience in Berlin and London with Python").
    // ("… ML projects using python, tensorflow…": the name after the piece's own items counts too).
    const end = p.words.at(-1);
    const last = end !== undefined && p.items.every((it) => it.end <= end.start) ? end : undefined;
    const next = raw[i + 1];
    const nextNamed = next !== undefined && ((tight(next) && next.lead.length === 0) || guessedItem(text, next) !== undefined);
    const tail = (last && foldedName([last])) ?? (p.items.length === 0 && nextNamed ? nameAfterLead(text, p) : undefined) ?? (p.items.length === 0 ? skillAfterLead(p.words) : undefined);
    return tail ? { ...p, items: [tail], lead: p.words.filter((w) => w.end <= tail.start), trail: [], inner: [] } : p;
  });
  const reader = readerAt(words);
  const out = new Set<Item>();
  const theirs = new Set<Item>();
  let i = 0;
  while (i < pieces.length) {
    if (!opens(pieces[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A short piece the lexicons do not know ("statistics, regression, A/B testing, SQL") carries the
    // list on to the items after it without counting as one.
    while (j < pieces.length && (tight(pieces[j]!) || (bridges(pieces[j]!) && j + 1 < pieces.length && (tight(pieces[j + 1]!) || closes(pieces[j + 1]!))))) j++;
    const end = j < pieces.length && closes(pieces[j]!) ? j : j - 1;
    if (end > i && !betweenPair(pieces, i, end)) {
      // The first piece counts from its last item cluster on ("experience building data pipelines
      // with Java": Java), the last up to its first (", and Airflow to schedule jobs": Airflow).
      // A piece that is nothing but names counts whole wherever it stands.
      // A field named in the writer's title is the role, not an item: "a junior DevOps engineer (Docker, …)".
      // "securing cloud infrastructure across AWS, Azure…": an item related to the next by a
      // preposition is what the list is about, not one of its items.
      const head = (tight(pieces[i]!) && !pieces[i]!.inner.some((w) => RELATING.has(bareWord(w))) ? pieces[i]!.items : tailItems(pieces[i]!)).filter((it) => !inTitle(words, it));
      const list = [...head];
      for (let k = i + 1; k < end; k++) list.push(...pieces[k]!.items);
      list.push(...(tight(pieces[end]!) ? pieces[end]!.items : headItems(pieces[end]!)));
      const last = list.at(-1);
      // "I've worked at Shopify, Stripe, Atlassian and Canva": employers, whatever else the names are.
      const first = wordAt(words, list[0]!.start);
      const employers = first > 0 && bareWord(words[first - 1]!) === 'at';
      if (last !== undefined && !reader[first - 1] && !employers && !inTitle(words, last)) {
        // "go, react and adapt with Docker": lower-case names count only beside known ones written so too,
        // and then, two or more of them, they vouch for a list with one known name ("react, node,
        // express and mongodb").
        const lowerList = list.some((it) => !it.guessed && !/[A-Z]/.test(text.slice(it.start, it.end)));
        const sure = list.filter((it) => !it.guessed).length;
        // After a skills lead-in, names no common word could be ("HubSpot", "GROMACS", "BIM 360") vouch
        // for the list as known ones do: "proficient in Revit, Navisworks, BIM 360 and Civil 3D".
        const marked = ledInAsSkills(words, first) ? list.filter((it) => it.guessed && !it.lower && !it.upper && MARKED_NAME.test(it.shown)).length : 0;
        // Capitals are no verb's spelling: two names written so vouch for a list with one known name ("JAVA, SPRING BOOT, MYSQL").
        const folded = (lowerList ? list.filter((it) => it.lower).length : 0) + list.filter((it) => it.upper).length;
        const known = sure + marked >= KNOWN_FOR_GUESSES || (sure >= 1 && folded >= 2);
        for (const it of list) if (!it.guessed || (known && (!it.lower || lowerList))) out.add(it);
      } else {
        for (const it of list) theirs.add(it);
      }
    }
    i = Math.max(end, i + 1);
  }
  const titled = new Set(inTitles(text, words, items));
  for (const it of titled) theirs.add(it);
  // Names written back to back are a list of their own: "clean Java/ReactJs/JavaScript/PostgreSQL code".
  for (const run of backToBack(text, words, items)) if (!run.some((it) => titled.has(it)) && !reader[wordAt(words, run[0]!.start)]) for (const it of run) out.add(it);
  return { mine: out, theirs };
}

/**
 * "the gap between robust backend logic and engaging frontend experiences": two things set side by
 * side by "between", a pair and not a list of items.
 */
function betweenPair(pieces: readonly Piece[], i: number, end: number): boolean {
  const first = pieces[i]!.items[0];
  return end === i + 1 && first !== undefined && pieces[i]!.lead.some((w) => w.lower === 'between');
}

/** Whether the piece is all a parenthesis holds: "(" right before its first word, ")" right after its last. */
function apposition(text: string, p: Piece): boolean {
  let a = p.words[0]!.start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\t')) a--;
  if (text[a] !== '(') return false;
  let b = p.words.at(-1)!.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  return text[b] === ')';
}

/**
 * Nouns that make what follows someone else's list: "the posting asks for Java, Spring, AWS and
 * Docker", "the role calls for…". Not the writer's own: "my previous role involved…".
 */
const THEIR_NOUNS = new Set(['posting', 'listing', 'description', 'advert', 'advertisement', 'ad', 'role', 'position', 'job', 'vacancy', 'opening', 'whose']);
/** "It's", "That's": a contraction, not a company's possessive. */
const CONTRACTIONS = new Set(['it', 'that', 'there', 'here', 'what', 'let', 'he', 'she', 'who', 'where']);
const OWN_BEFORE = new Set(['my', 'our', 'previous', 'prior', 'current', 'last', 'former', 'first']);
/**
 * Verbs in the third person that make a named subject the list's owner: "Acme uses Go, Kafka…",
 * "Northwind relies on…". "I use" never takes these forms; "my team uses" stays the writer's.
 */
const THIRD_PERSON_VERBS = new Set(['uses', 'relies', 'leverages', 'employs', 'adopted']);

/**
 * For each word, whether the list owner last named up to it is someone else (the reader, the
 * posting, a company: "your stack", "Northwind's stack of…", "the role calls for…") rather than
 * the writer.
 */
export function readerAt(words: readonly Word[]): boolean[] {
  const out: boolean[] = [];
  let reader = false;
  // A relative clause after the reader's noun keeps what follows theirs: "the team, whose engineers are skilled in…".
  let relative = false;
  words.forEach((w, i) => {
    const b = bareWord(w);
    const own = [words[i - 1], words[i - 2]].some((p) => p !== undefined && OWN_BEFORE.has(bareWord(p)));
    const company = capitalised(w.text) && /['\u2019]s$/.test(w.text) && !CONTRACTIONS.has(b);
    const named = THIRD_PERSON_VERBS.has(b) && i > 0 && capitalised(words[i - 1]!.text) && words[i - 1]!.text !== 'I' && !own;
    if (SECOND_PERSON.has(b) || company || named || (THEIR_NOUNS.has(b) && !own)) {
      reader = true;
      relative = b === 'whose';
    } else if (FIRST_PERSON.has(b) || (reader && !relative && bringsOwn(words, i))) reader = false;
    else if (reader && RELATIVES.has(b)) relative = true;
    out.push(reader);
  });
  return out;
}

const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where']);
/**
 * Words that turn a sentence back to the writer after the role is named, when they open a phrase of
 * the writer's (after a comma, or "as a…"): "…role at Globex, bringing skills in", "…, having studied",
 * "as an engineer experienced in". Not "the posting asks for an engineer experienced in…".
 */
const WRITER_TURNS = new Set(['bringing', 'having', 'experienced', 'skilled', 'proficient', 'versed', 'fluent']);
/**
 * "applying for the Backend role with experience in Java…", "… at Globex with a background in…",
 * "…, bringing skills in…": what the writer brings is theirs again after the reader's role. Not "a
 * position with Acme, whose stack…", "the role with the most appeal uses…", "a team with a stack of…".
 */
function bringsOwn(words: readonly Word[], i: number): boolean {
  const b = bareWord(words[i]!);
  if (WRITER_TURNS.has(b)) return words[i]!.afterBreak === true || words.slice(Math.max(0, i - 3), i).some((p) => bareWord(p) === 'as');
  if (b !== 'with' || words[i + 1] === undefined) return false;
  const next = bareWord(words[i + 1]!);
  const brought = next === 'a' || next === 'an' ? words[i + 2] : words[i + 1];
  return brought !== undefined && (BROUGHT.has(bareWord(brought)) || /^\d/.test(brought.text));
}
/** What a writer brings "with": "with experience in…", "with a background in…", "with 5 years of…". */
const BROUGHT = new Set(['experience', 'expertise', 'skills', 'knowledge', 'proficiency', 'my', 'strong', 'solid', 'deep', 'extensive', 'proven', 'hands', 'years', 'over', 'background']);

/** Runs of two or more names back to back: only a few non-letters part them ("Java/Spring", "React-Node"). */
function backToBack(text: string, words: readonly Word[], items: readonly Item[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const it of items) {
    const prev = run.at(-1);
    // A skill beside another with only spaces between is one noun phrase: "deep learning algorithm",
    // "unit testing framework"; names written so ("Java Spring Hibernate") still run.
    const compound = prev !== undefined && (prev.skill || it.skill) && /^\s+$/.test(text.slice(prev.end, it.start));
    if (prev && (it.start - prev.end > 3 || compound || !words.some((w) => w.start === it.start))) close();
    run.push(it);
  }
  close();
  return runs;
}

/**
 * Names written back to back before a title word: "the Java/Spring/AWS Engineer role", "a React-Node
 * developer position"; and one name alone: "the Java Developer role at Globex".
 */
function inTitles(text: string, words: readonly Word[], items: readonly Item[]): Item[] {
  const all = backToBack(text, words, items);
  const runs = all.flatMap((run) => {
    const after = words[wordAt(words, run.at(-1)!.end)];
    return after !== undefined && TITLE_AFTER.has(bareWord(after)) && !ownTitle(words, wordAt(words, run[0]!.start)) ? run : [];
  });
  const inRuns = new Set(all.flat());
  const alone = items.filter((it) => !inRuns.has(it) && inTitle(words, it) && !ownTitle(words, wordAt(words, it.start)));
  return [...runs, ...alone];
}

const OWN_TITLE_LEADS = new Set(['am', "i'm", 'as']);
/** "I'm a Python/Django developer", "as a Go/Rust engineer": the writer's own title names the writer's stack. */
function ownTitle(words: readonly Word[], first: number): boolean {
  const article = words[first - 1];
  const before = words[first - 2];
  if (article === undefined || before === undefined || !['a', 'an'].includes(bareWord(article))) return false;
  return OWN_TITLE_LEADS.has(before.lower.replace('\u2019', "'"));
}

/** Words after a list that make it part of a job title: "the Java/Spring/AWS Engineer role", "(React, Node.js) position". */
const TITLE_AFTER = new Set([
  'position', 'role', 'engineer', 'developer', 'opening', 'job', 'internship', 'vacancy', 'posting',
  // Where the names were heard, not what the writer knows: "at a Go, Rust and Kafka meetup".
  'meetup', 'meetups', 'conference', 'conferences', 'community', 'communities', 'event', 'events', 'talk', 'talks',
]);

const POSSESSIVE = new Set(['my', 'our']);

/**
 * An item right before a title word: "a junior DevOps engineer (Docker, …)" names the role, not one
 * more tool; so does one with a word of the title between, "stack" or one joined to it by a hyphen:
 * "a MERN stack developer", "an AI-focused developer".
 */
function inTitle(words: readonly Word[], item: Item): boolean {
  const k = wordAt(words, item.end);
  const next = words[k];
  if (next === undefined) return false;
  // The item ends inside a word ("AI" of "AI-focused"): that word is the title's too.
  const between = next.start < item.end || next.lower === 'stack';
  if (!between) return TITLE_AFTER.has(bareWord(next));
  const after = words[k + 1];
  return after !== undefined && !after.afterBreak && TITLE_AFTER.has(bareWord(after));
}

/** The index of the first word that ends after `offset` (words are in order): a binary search. */
function wordAt(words: readonly Word[], offset: number): number {
  return firstIndex(words, (w) => w.end <= offset);
}

const capitalisedWord = (w: Word | undefined) => w !== undefined && w.text !== 'I' && capitalised(w.text);

/**
 * A skill written inside a title-case name: "Cloud KMS", "the Junior AI Infrastructure Engineer
 * role". A capitalised word right after it, or right before a capitalised skill, with no
 * punctuation between, makes it part of that name.
 */
function inName(words: readonly Word[], skill: Item, starts: ReadonlySet<Word>): boolean {
  const first = wordAt(words, skill.start);
  if (first >= words.length) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < skill.end) last++;
  const before = words[first - 1];
  const after = words[last + 1];
  // "Python scripting" is a skill with its language; "AWS Cloud" and "Cloud KMS" are names.
  const joined = (w: Word) => !w.afterBreak && !starts.has(w);
  const nameBefore = before !== undefined && joined(words[first]!) && !starts.has(before) && capitalisedWord(before) && capitalisedWord(words[first]);
  const nameAfter = after !== undefined && joined(after) && capitalisedWord(after);
  return nameBefore || nameAfter;
}

/**
 * "I specialise in Python, TensorFlow and React, … and I've cut test time by 70% using Selenium": a
 * name outside the list (which ends at `last`), after a clause of the writer's own that tells a
 * measured result, is a tool of that story, not one more item of the list.
 */
function inMeasuredClause(text: string, words: readonly Word[], item: Item, last: number): boolean {
  if (last < 0 || item.start < last) return false;
  const from = wordAt(words, last);
  const to = wordAt(words, item.start);
  // "I", "we", "I've", "we'd": a clause of the writer's own.
  const subject = words.slice(from, to).findIndex((w) => SUBJECTS.has(bareWord(w)));
  return subject >= 0 && /\d/.test(text.slice(words[from + subject]!.start, item.start));
}

/** Plural nouns of a kind of tool: "JavaScript frameworks", "AWS services". */
const KINDS = new Set(['frameworks', 'libraries', 'tools', 'languages', 'databases', 'technologies', 'services', 'stacks', 'ecosystems', 'platforms', 'packages', 'sdks', 'apis']);
/** What introduces a kind's members: "including", "such as", "like", "e.g.". */
const MEMBERS = new Set(['including', 'such', 'like', 'e.g', 'eg', 'namely', 'especially', 'particularly']);

/**
 * "JavaScript frameworks including React, Vue.js and Nuxt.js": a name that says what kind of tool
 * the list's items are is their category, not one more item.
 */
function namesKind(words: readonly Word[], item: Item): boolean {
  const next = wordAt(words, item.end);
  const kind = words[next];
  const lead = words[next + 1];
  return kind !== undefined && lead !== undefined && KINDS.has(kind.lower) && MEMBERS.has(lead.lower.replace(/\.$/, '')) && !lead.afterBreak;
}

/**
 * The distinct technologies and listed skills of a stretch of prose, in order of first mention.
 * In a bulleted list (`isList`) the bullets are the list construction, so every skill counts.
 */
export function inventory(text: string, sentences: readonly Sentence[], isList: boolean, extra: readonly string[]): Item[] {
  const words = sentences.length === 1 ? sentences[0]!.words : sentences.flatMap((s) => s.words);
  const terms = sentences.flatMap((s) => s.terms);
  // A new sentence (or list item) starts a new piece, as clause punctuation does.
  const starts = new Set(sentences.map((s) => s.words[0]!).filter(Boolean));
  const techs: Item[] = findTechnologies(words, extra).map((t) => ({ name: t.tech.name, shown: t.tech.name, start: t.start, end: t.end, skill: false, ...(t.tech.parts ? { parts: t.tech.parts } : {}) }));
  // A skill spelled inside a technology's name ("SQL" of "SQL databases" stays the technology).
  let t = 0;
  // A skill noun right after a technology is its head, not an item of its own: "React frontends,
  // Node.js backends" names two things.
  const skills = findSkills(text, terms).filter((s) => {
    while (t < techs.length && techs[t]!.end <= s.start) t++;
    const before = techs[t - 1];
    if (before && s.start - before.end <= 4 && /^[ \t]+$/.test(text.slice(before.end, s.start))) return false;
    return t >= techs.length || techs[t]!.start >= s.end;
  });
  const all = [...techs, ...skills].sort((a, b) => a.start - b.start);
  const named = all.filter((it) => !it.skill || !inName(words, it, starts));
  // A list that is the reader's, the posting's or a job title's is not the writer's inventory.
  const { mine: inList, theirs } = isList ? { mine: new Set(named), theirs: new Set<Item>() } : listed(text, words, named, starts);
  // Technologies count anywhere in a sentence that lists (two or more items in a list construction);
  // in one that does not, they are prose: "moving from a PHP monolith to Go services on Kubernetes".
  const listing = inList.size >= 2;
  const guessed = [...inList].filter((it) => it.guessed);
  // Where the list ends: a name after it may belong to a clause of its own.
  let listEnd = -1;
  for (const it of inList) listEnd = Math.max(listEnd, it.end);
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const item of guessed.length ? [...named, ...guessed].sort((a, b) => a.start - b.start) : named) {
    if (((item.skill || !listing) && !inList.has(item)) || theirs.has(item)) continue;
    // "js" of "node js" is part of the name read there, not a technology of its own.
    if (!item.guessed && guessed.some((g) => g.start <= item.start && item.end <= g.end)) continue;
    // Outside the list, "my GitHub", "our AWS account" point at the writer's things, not a skill listed.
    const before = words[wordAt(words, item.start) - 1];
    if (!inList.has(item) && before !== undefined && POSSESSIVE.has(bareWord(before))) continue;
    // "Shopify's Checkout team", "Google's cloud": a name with its possessive is an owner, not a tool used.
    if (/['\u2019]s$/.test(text.slice(item.start, item.end))) continue;
    if (namesKind(words, item)) continue;
    if (!inList.has(item) && inMeasuredClause(text, words, item, listEnd)) continue;
    const key = (item.skill ? 's:' : 't:') + (item.same ?? item.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  // "a MERN stack developer skilled in React, Node.js and MongoDB" names three things, not four: a
  // stack named by its initials is counted as its parts when any of them is named too.
  const names = new Set(out.map((it) => it.name));
  return out.filter((it) => !it.parts?.some((part) => names.has(part)));
}
