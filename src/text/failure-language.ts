// Finds operational language in a sentence: the failure families of rules/data/failure-modes.ts,
// their notations ({slot}, ~verb, closed-or-open compounds) expanded into phrase patterns, matched
// over the sentence's terms with src/text/phrases.ts, and each match held to its family's sense check.
import { FRAME_SLOTS, failureFamilies, type FailureFamily } from '../../rules/data/failure-modes.js';
import { irregularVerbs } from '../../rules/data/verbs.js';
import { memoize } from './memo.js';
import { prebuilt } from './prebuilt.js';
import { firstIndex } from './search.js';
import { termIndex, type PhraseIndex } from './phrases.js';
import { patternKey, termKeys } from './terms.js';
import type { PhraseSpec, Term } from '../types.js';

// Forms the -ed/-ing folding of src/text/terms.ts cannot reach, shared with the stemmer.
const IRREGULAR = new Map(irregularVerbs.map((v) => [v.base, v.forms]));

/**
 * Every form of a verb a letter may use: the stems of src/text/terms.ts fold most of them together, so
 * the extra spellings this makes (a doubled consonant where none is needed) cost nothing.
 */
export function inflections(verb: string): string[] {
  // "be" has no regular forms at all.
  if (verb === 'be') return ['be', ...IRREGULAR.get(verb)!];
  const e = verb.endsWith('e');
  const stem = e ? verb.slice(0, -1) : verb;
  const forms = new Set([verb, /(s|x|z|ch|sh|o)$/.test(verb) ? `${verb}es` : `${verb}s`, `${stem}ed`, `${stem}ing`]);
  const last = verb.at(-1)!;
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) forms.add(`${verb}${last}ed`).add(`${verb}${last}ing`);
  if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ied`).add(`${verb.slice(0, -1)}ies`);
  for (const form of IRREGULAR.get(verb) ?? []) forms.add(form);
  return [...forms];
}

/** One step of a pattern as alternatives, each a run of plain pattern words (an empty run: skipped). */
type Alternatives = string[][];

function slot(name: string): readonly string[] {
  const list = Object.hasOwn(FRAME_SLOTS, name) ? FRAME_SLOTS[name] : undefined;
  if (!list) throw new Error(`unknown failure-mode slot {${name}}`);
  return list;
}

/** One alternative of a token as runs of words: a slot's entries, a verb's forms, a compound's spellings. */
function expandWord(word: string): string[][] {
  if (word.startsWith('{') && word.endsWith('}')) return slotRuns(word.slice(1, -1));
  // An inflected compound: "~trouble-shoot" is "troubleshooting" and "trouble shooting" alike.
  if (word.startsWith('~') && word.includes('-')) {
    const parts = word.slice(1).split('-');
    const closed = inflections(parts.join('')).map((form) => [form]);
    return [...closed, ...inflections(parts.at(-1)!).map((form) => [...parts.slice(0, -1), form])];
  }
  if (word.startsWith('~')) return inflections(word.slice(1)).map((form) => [form]);
  // A compound: "deadletter", or "dead letter" (a hyphenated word is split into terms the same way).
  if (word.includes('-')) return [[word.replaceAll('-', '')], word.split('-')];
  return [[word]];
}

// Slots recur across families: each is expanded once.
const slotCache = new Map<string, Alternatives>();

function slotRuns(name: string): Alternatives {
  let runs = slotCache.get(name);
  if (!runs) {
    runs = slot(name).flatMap((entry) => cartesian(entry.split(' ').map((w) => merged(expandWord(w)))));
    slotCache.set(name, runs);
  }
  return runs;
}

/** Alternatives of one word each become a single "a|b" step; a compound's two spellings stay apart. */
function merged(runs: Alternatives): Alternatives {
  return runs.every((r) => r.length === 1) ? [[[...new Set(runs.map((r) => r[0]!))].join('|')]] : runs;
}

function cartesian(parts: Alternatives[]): Alternatives {
  let runs: Alternatives = [[]];
  for (const alternatives of parts) runs = runs.flatMap((run) => alternatives.map((alt) => [...run, ...alt]));
  return runs;
}

/**
 * Expands one space-separated token of the data notation into its alternatives: the one-word ones
 * share a single "a|b|c" step, each longer one is a run of its own.
 */
function expandToken(raw: string): Alternatives {
  const optional = raw.endsWith('?') && raw.length > 1;
  const runs = (optional ? raw.slice(0, -1) : raw).split('|').flatMap(expandWord);
  const single = [...new Set(runs.filter((r) => r.length === 1).map((r) => r[0]!))];
  const alternatives: Alternatives = [...(single.length ? [[single.join('|')]] : []), ...runs.filter((r) => r.length > 1)];
  if (!optional) return alternatives;
  if (alternatives.length === 1 && alternatives[0]!.length === 1) return [[`${alternatives[0]![0]}?`]];
  return [...alternatives, []];
}

/** A pattern of the data notation as plain src/text/phrases.ts patterns. */
export function expandPattern(pattern: string): string[] {
  const runs = cartesian(pattern.trim().split(/\s+/).map(expandToken));
  // A run may not start with an optional step or an empty slot: drop the leading "?" ones as the matcher would skip them.
  return [...new Set(runs.map((run) => run.join(' ')).filter((p) => p && !/^\S*\?/.test(p)))];
}

const termSpec = (term: FailureFamily['terms'][number]): PhraseSpec => (typeof term === 'string' ? { pattern: term } : term);

/** Each family's terms expanded, as [term index, plain pattern]: what the bundle prebuilds (src/text/prebuilt.ts). */
export function failurePatterns(): Array<Array<[number, string]>> {
  return failureFamilies.map((family) => family.terms.flatMap((term, t) => expandPattern(termSpec(term).pattern).map((pattern): [number, string] => [t, pattern])));
}

/** A family's terms as plain phrase specs: prebuilt by the bundle, else expanded here. */
export function expandFamily(family: FailureFamily): PhraseSpec[] {
  const built = prebuilt.failurePatterns?.[failureFamilies.indexOf(family)];
  if (built) return built.map(([t, pattern]) => ({ ...termSpec(family.terms[t]!), pattern }));
  return family.terms.flatMap((term) => {
    const spec = termSpec(term);
    return expandPattern(spec.pattern).map((pattern) => ({ ...spec, pattern }));
  });
}

/** A family's sense check, compiled: key sets of the words it looks for. */
interface Sense {
  /** Undefined for a phrase from the rule's options. */
  family?: FailureFamily;
  window: number;
  near?: Set<string>;
  notNear?: Set<string>;
  notInside?: Set<string>;
}

const keySet = (words?: readonly string[]) => (words?.length ? new Set(words.flatMap((w) => w.split(' ')).map(patternKey)) : undefined);

/** More operational phrases, as plain words (the rule's `extraTerms` option). */
export interface FailureOptions {
  extraTerms: readonly string[];
}

// One index for every family; the sense check runs inside the matcher, so a refused match never
// hides another one at the same place. Built on first use, once per set of options.
const compile = memoize((extra: FailureOptions): PhraseIndex<Sense, Term> => {
  const entries = failureFamilies.flatMap((family) => {
    const sense: Sense = { family, window: family.window ?? 4, near: keySet(family.near), notNear: keySet(family.notNear), notInside: keySet(family.notInside) };
    return expandFamily(family).map((spec) => ({ ...spec, value: sense }));
  });
  const plain: Sense = { window: 0 };
  const extraEntries = extra.extraTerms.map((pattern) => ({ pattern, literal: true, value: plain }));
  return termIndex([...entries, ...extraEntries], { accept: makesSense });
});

function anyIn(keys: Set<string>, terms: readonly Term[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(terms.length, to); i++) {
    for (const key of termKeys(terms[i]!)) if (keys.has(key)) return true;
  }
  return false;
}

// A failure word that names a job rather than work done: "the Regression Tester job posting", "the
// Test Automation Engineer role". The writer's own title ("As an Incident Responder, I…") still counts.
const TITLE = new Set(['engineer', 'engineers', 'tester', 'testers', 'analyst', 'analysts', 'specialist', 'technician', 'responder', 'architect', 'lead', 'manager', 'developer', 'consultant', 'intern']);
const POSTING = new Set(['position', 'role', 'job', 'opening', 'posting', 'vacancy', 'internship', 'opportunity', 'team']);
const APPLYING = new Set(['apply', 'applying', 'application', 'interest', 'interested', 'hope', 'hoping', 'excited', 'join', 'joining', 'candidate', 'consider', 'contribute']);

function namesAJob(terms: readonly Term[], from: number, to: number): boolean {
  const next = terms[to]?.norm;
  if (next === undefined || !TITLE.has(next)) return false;
  if (POSTING.has(terms[to + 1]?.norm ?? '')) return true;
  for (let i = 0; i < from; i++) if (APPLYING.has(terms[i]!.norm)) return true;
  return false;
}

// A wish rather than work: "I would love to try canary deployments someday", "eager to learn about
// observability", "interested in automated tests". Only close markers count, so "I look forward to
// bringing my incident-response experience" stays work.
const SOMEDAY = new Set(['someday', 'eventually']);
const WISH_BEFORE = new Set(['learn', 'learning', 'explore', 'exploring']);
const WISH_PAIRS = new Set(['interested in', 'curious about', 'hope to', 'hoping to', 'wish to', 'dream of', 'want to', 'wanting to']);
// A wish that opens a list: "a strong interest in system design, automation, and quality assurance".
const WISH_LEADS = new Set([...WISH_PAIRS, 'interest in', 'interests in', 'interests include', 'interests are']);

/** "learning from the flaws of …": a lesson from work done; not "eager to learn from your team". */
function drawsALesson(terms: readonly Term[], learn: number): boolean {
  return terms[learn + 1]?.norm === 'from' && terms[learn - 1]?.norm !== 'to' && !['your', 'you'].includes(terms[learn + 2]?.norm ?? '');
}

function isAWish(terms: readonly Term[], from: number, to: number): boolean {
  for (let i = to; i < Math.min(terms.length, to + 6); i++) if (SOMEDAY.has(terms[i]!.norm)) return true;
  for (let i = Math.max(0, from - 4); i < from; i++) {
    const norm = terms[i]!.norm;
    // "machine learning monitoring" is a field, not a wish, and "learning from the flaws of the
    // first version" is a lesson drawn from work done.
    if (WISH_BEFORE.has(norm) && !['machine', 'deep', 'reinforcement'].includes(terms[i - 1]?.norm ?? '') && !drawsALesson(terms, i)) return true;
    if (i > 0 && WISH_PAIRS.has(`${terms[i - 1]!.norm} ${norm}`)) return true;
  }
  return inListAfter(WISH_LEADS, terms, from, to) || isAValue(terms, from, to);
}

// A value held, not work done: "I understand the importance of creating solutions that are scalable,
// fault-tolerant and performant" is a list of virtues after "importance of"; either alone is not
// enough ("the importance of application performance monitoring", "secure, highly available deployments").
function isAValue(terms: readonly Term[], from: number, to: number): boolean {
  let virtues = false;
  for (let i = Math.max(0, from - 3); i < Math.min(terms.length, to + 3); i++) if (VIRTUES.has(terms[i]!.norm)) virtues = true;
  if (!virtues) return false;
  for (let i = Math.max(1, from - 10); i < from; i++) if (VALUE_PAIRS.has(`${terms[i - 1]!.norm} ${terms[i]!.norm}`)) return true;
  return false;
}

const VIRTUES = new Set(['scalable', 'performant', 'maintainable', 'efficient', 'robust', 'reliable', 'secure', 'elegant', 'clean', 'fast']);

const VALUE_PAIRS = new Set(['importance of', 'believe in', 'value of', 'appreciation for', 'appreciation of']);

// A trait or a familiarity claimed, not work done: "my debugging skills", "a testing mindset",
// "familiar with monitoring tools", "knowledge of incident response".
const TRAIT_AFTER = new Set(['skill', 'skills', 'ability', 'abilities', 'mindset', 'mentality', 'instinct', 'instincts', 'aptitude', 'background', 'thinking']);

/** "debugging and algorithmic thinking", "testing and problem-solving skills": a trait shared by two. */
function traitFollows(terms: readonly Term[], to: number): boolean {
  if (TRAIT_AFTER.has(terms[to]?.norm ?? '')) return true;
  if (!JOINING.has(terms[to]?.norm ?? '')) return false;
  for (let i = to + 2; i <= to + 3; i++) if (TRAIT_AFTER.has(terms[i]?.norm ?? '')) return true;
  return false;
}
const FAMILIAR_PAIRS = new Set(['knack for', 'talent for', 'flair for', 'familiar with', 'familiarity with', 'knowledge of', 'understanding of', 'exposure to', 'acquainted with', 'aware of', 'awareness of', 'passion for', 'passionate about', 'habit of', 'preference for', 'believer in']);

// A liking, not work done: "I enjoy troubleshooting", "I love debugging". Only right before the
// mention, so "I love debugging production incidents" still names the incidents.
const LIKING = new Set(['enjoy', 'enjoys', 'enjoyed', 'love', 'loves', 'like', 'likes']);
// A lesson, not work done: "I learned how to debug programs in C", "I know how to write unit tests".
const LEARNED = new Set(['learn', 'learned', 'learnt', 'learning', 'know', 'knows', 'taught', 'teach', 'teaches']);

/** "I enjoy the challenge of debugging", "I love the puzzle of …": a liking put at one remove. */
const CHALLENGE = new Set(['challenge', 'challenges', 'puzzle', 'art', 'process', 'thrill', 'satisfaction']);
function likesTheChallenge(terms: readonly Term[], from: number): boolean {
  if (terms[from - 1]?.norm !== 'of' || !CHALLENGE.has(terms[from - 2]?.norm ?? '')) return false;
  const before = terms[from - 3]?.norm === 'the' ? from - 4 : from - 3;
  return LIKING.has(terms[before]?.norm ?? '');
}

/** "learned how to …", or a later "and how to …" of the same lesson. */
function learnedBefore(terms: readonly Term[], how: number): boolean {
  for (let i = Math.max(0, how - 12); i < how; i++) if (LEARNED.has(terms[i]!.norm) && terms[i + 1]?.norm === 'how') return true;
  return false;
}

function isAClaim(terms: readonly Term[], from: number, to: number): boolean {
  if (traitFollows(terms, to) || inListAfter(SKILL_LEADS, terms, from, to)) return true;
  if (LIKING.has(terms[from - 1]?.norm ?? '') || likesTheChallenge(terms, from)) return true;
  // "I know how to write scripts that are clean and don't fail on edge cases": the lesson holds
  // until the writer speaks again.
  for (let i = from - 1; i >= Math.max(1, from - 16) && !OWNERS_MINE.has(terms[i]!.norm); i--) {
    if (terms[i]!.norm === 'to' && terms[i - 1]!.norm === 'how' && learnedBefore(terms, i - 1)) return true;
  }
  // "can find and fix bugs": an ability claimed, not work done; not "I can say the outage taught me".
  for (let i = Math.max(0, from - 3); i < from; i++) if (terms[i]!.norm === 'can' && !terms.slice(i, from).some((t) => DETERMINERS.has(t.norm))) return true;
  for (let i = Math.max(1, from - 3); i < from; i++) {
    const pair = `${terms[i - 1]!.norm} ${terms[i]!.norm}`;
    if (FAMILIAR_PAIRS.has(pair)) return true;
    // "I learned to debug in my bootcamp", "it taught me to write tests": a lesson too.
    if (terms[i]!.norm === 'to' && (LEARNED.has(terms[i - 1]!.norm) || (terms[i - 1]!.norm === 'me' && LEARNED.has(terms[i - 2]?.norm ?? '')))) return true;
  }
  return isPraise(terms, from) || isTheReaders(terms, from) || isASubject(terms, from, to) || holdsAValue(terms, from);
}

// A subject studied or taught, not work done: "I studied fault-tolerant systems", "a workshop on
// debugging", "coursework in software testing". Not "I teach secure coding to new hires" (a practice
// passed on), nor "a module in Go that retries payments" (a module of code).
const STUDIED = new Set(['studied', 'study', 'studying']);
const LESSONS = new Set(['course', 'courses', 'coursework', 'workshop', 'workshops', 'lecture', 'lectures', 'seminar', 'seminars', 'tutorial', 'tutorials', 'bootcamp']);
const LESSON_TOPIC = new Set(['on', 'about', 'covering']);
const COURSES = new Set(['course', 'courses', 'coursework']);

/** "labs on C programming, pointers and debugging with gdb": each item of a list of topics taught. */
const LESSON_LEADS = new Set([...LESSONS, 'lab', 'labs', 'class', 'classes', 'session', 'sessions', 'talk', 'talks'].flatMap((l) => [...LESSON_TOPIC].map((t) => `${l} ${t}`)));

/** Whether the mention starts an item of a list of topics that a lesson lead opens, every item before it short. */
function topicTaught(terms: readonly Term[], from: number): boolean {
  let lead = -1;
  for (let i = Math.max(1, from - 12); i < from; i++) {
    const pair = `${terms[i - 1]!.norm} ${terms[i]!.norm}`;
    // "a course … with modules on shell scripting and debugging": a module of a course, not of code.
    if (LESSON_LEADS.has(pair) || (MODULE_LEADS.has(pair) && terms.slice(Math.max(0, i - 12), i).some((t) => LESSONS.has(t.norm) || TEACHING.has(t.norm)))) lead = i + 1;
  }
  if (lead < 0) return false;
  let at = lead;
  for (const start of itemsOf(terms).starts) {
    if (start <= lead) continue;
    if (start > from) break;
    if (start - at > SKILL_ITEM + 1) return false;
    at = start;
  }
  // The mention opens its item, or is its second word: "and debugging", "Software Debugging".
  return from - at <= 1;
}
const MODULE_LEADS = new Set(['module on', 'modules on', 'unit on', 'units on']);
const TEACHING = new Set(['teach', 'teaches', 'teaching', 'taught', 'academy', 'curriculum', 'syllabus']);
const PUPILS = new Set(['students', 'pupils', 'learners', 'kids', 'children', 'trainees', 'beginners', 'them']);

/** "my most popular session is an introduction to debugging": a topic opened to learners. */
const INTRODUCTIONS = new Set(['introduction to', 'intro to', 'primer on', 'basics of', 'fundamentals of']);
const COURSE_TITLE_TAILS = new Set(['for beginners', 'for dummies', 'for kids', 'for everyone', 'for newcomers']);
const LEARNERS_ROOM = new Set([...LESSONS, 'session', 'sessions', 'talk', 'talks', 'class', 'classes', 'beginners', 'meetup', 'meetups', 'lab', 'labs']);

function isASubject(terms: readonly Term[], from: number, to: number): boolean {
  if (STUDIED.has(terms[from - 1]?.norm ?? '')) return true;
  if (from >= 2 && INTRODUCTIONS.has(`${terms[from - 2]!.norm} ${terms[from - 1]!.norm}`) && terms.some((t) => LEARNERS_ROOM.has(t.norm))) return true;
  // A course's title: "Debugging for Beginners", "Testing 101".
  if (COURSE_TITLE_TAILS.has(`${terms[to]?.norm} ${terms[to + 1]?.norm}`) || terms[to]?.norm === '101') return true;
  // "One unit taught students debugging: reading an error message slowly…": a sentence about teaching.
  for (let i = Math.max(1, from - 12); i < from; i++) if (TEACHING.has(terms[i - 1]!.norm) && PUPILS.has(terms[i]!.norm)) return true;
  if (topicTaught(terms, from)) return true;
  for (let i = Math.max(1, from - 5); i < from; i++) {
    const lesson = terms[i - 1]!.norm;
    if (!LESSONS.has(lesson) || terms[i - 2]?.norm === 'of') continue;
    if (LESSON_TOPIC.has(terms[i]!.norm) || (COURSES.has(lesson) && terms[i]!.norm === 'in')) return true;
  }
  return false;
}

// A value held, said outright: "I value correctness", "I care deeply about uptime".
const VALUE_VERBS = new Set(['value', 'values', 'prize', 'prizes', 'cherish']);
const HOLDERS = new Set(['i', 'we', 'also', 'deeply', 'truly', 'really', 'greatly', 'highly', 'always']);
const CARE = new Set(['care', 'cares']);

function holdsAValue(terms: readonly Term[], from: number): boolean {
  if (VALUE_VERBS.has(terms[from - 1]?.norm ?? '') && HOLDERS.has(terms[from - 2]?.norm ?? '')) return true;
  if (terms[from - 1]?.norm !== 'about') return false;
  return CARE.has(terms[from - 2]?.norm ?? '') || (CARE.has(terms[from - 3]?.norm ?? '') && HOLDERS.has(terms[from - 2]?.norm ?? ''));
}

// What the job asks for, not what the writer did: "the role asks for experience with high-availability
// systems", "the posting mentions on-call". The writer speaking in between ("… requires on-call, which
// I did at X") is not passed over: the scan stops at the writer's own words.
const NEEDS = new Set(['ask', 'asks', 'require', 'requires', 'need', 'needs', 'seek', 'seeks', 'call', 'calls', 'demand', 'demands', 'want', 'wants', 'mention', 'mentions', 'emphasize', 'emphasizes', 'emphasise', 'emphasises', 'list', 'lists', 'stress', 'stresses']);
const ASKERS = new Set([...POSTING, 'description', 'listing', 'ad', 'advert', 'advertisement']);

function isTheRolesNeed(terms: readonly Term[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(1, from - READER_REACH); i--) {
    if (OWNERS_MINE.has(terms[i]!.norm)) return false;
    if (NEEDS.has(terms[i]!.norm) && ASKERS.has(terms[i - 1]!.norm)) return true;
  }
  return false;
}

/**
 * A virtue among others on one noun: "clean, maintainable and secure code" praises the code, and so
 * does "secure, highly available, and cost-efficient solutions".
 */
function isPraise(terms: readonly Term[], from: number): boolean {
  if (!VIRTUES.has(terms[from]!.norm) && !PILED.has(terms[from]!.norm)) return false;
  // Virtues said of a thing made ("… code", "… solutions"); "improved the stack to be more performant
  // and fault tolerant" is work done.
  let made = false;
  for (let i = from + 1; i < Math.min(terms.length, from + 7) && !made; i++) made = MADE_THINGS.has(terms[i]!.norm);
  if (!made) return false;
  for (let i = Math.max(0, from - 4); i < from; i++) if (VIRTUES.has(terms[i]!.norm)) return true;
  return false;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'their', 'its', 'this', 'that', 'these', 'those']);
const MADE_THINGS = new Set(['code', 'solution', 'solutions', 'application', 'applications', 'app', 'apps', 'system', 'systems', 'software', 'service', 'services', 'product', 'products', 'platform', 'platforms', 'website', 'websites', 'api', 'apis', 'infrastructure', 'architecture', 'architectures', 'pipelines']);
/** Words that open a virtue of more than one word: "highly available", "fault tolerant". */
const PILED = new Set(['highly', 'fault', 'available', 'resilient', 'stable']);

/**
 * Failure language the sentence gives the reader: "your commitment to reliability", "your team's
 * work on incident response". The nearest owner before it, a few words back, is "your".
 */
function isTheReaders(terms: readonly Term[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - READER_REACH); i--) {
    const norm = terms[i]!.norm;
    if (OWNERS_MINE.has(norm)) return false;
    // The firm's aim reaches over the clause it heads: "focus on delivering solutions for … testing".
    if (companysOwn(terms, i)) return true;
    if (norm !== 'your') continue;
    // Close by, "your" owns it; a whole clause back ("your engineering blog post about moving to
    // Kubernetes without downtime") only when the reader is the clause's subject, not the writer's
    // object ("I reduced your support team's escalations by fixing the retry bug").
    return from - i <= 5 || !terms.slice(0, i).some((t) => OWNERS_MINE.has(t.norm));
  }
  return false;
}
const OWNERS_MINE = new Set(['i', 'my', 'me', 'we', 'our', 'us']);
const FIRMS = new Set(['company', 'firm', 'organization', 'organisation', 'employer']);
const THEIR_AIMS = new Set(['focus', 'mission', 'commitment', 'emphasis', 'dedication', 'reputation', 'leadership', 'expertize', 'vision', 'products', 'product', 'solutions']);
/** "the company's focus on … performance testing": the firm's aim, as "your" would be, unless it is "my company". */
const companysOwn = (terms: readonly Term[], i: number) =>
  FIRMS.has(terms[i]!.norm) && THEIR_AIMS.has(terms[i + 1]?.norm ?? '') && !OWNERS_MINE.has(terms[i - 1]?.norm ?? '');
/** How many terms back the reader may own what follows, unless the writer speaks first. */
const READER_REACH = 12;

// An item of a list of skills: "my skills include debugging, version control and agile", "proficient
// in Java, unit testing and Git". A list item is short; "skilled in Java and in keeping the payment
// API up through two outages" is work, told at length.
const SKILL_LEADS = new Set([
  'skills include', 'skills are', 'skillset includes', 'skilled in', 'skilled at', 'proficient in', 'proficient with', 'proficiency in', 'proficiency with',
  'competent in', 'versed in', 'knowledge of', 'familiar with', 'familiarity with', 'understanding of', 'comfortable with', 'grounding in',
  // Terms are folded to one spelling: "expertise" is compared as "expertize".
  'skills in', 'skill in', 'abilities in', 'expertize in', 'expertize across', 'expertize with',
  // "mastery of skills including NLP, image processing and data cleansing".
  'skills including', 'skills like', 'skillset including',
  // "My toolbox includes Terraform, Kubernetes, Prometheus monitoring and Bash".
  'toolbox includes', 'toolbox include', 'toolkit includes', 'toolkit include', 'tools include', 'stack includes',
]);
/** Terms an item of a skill list may span. */
const SKILL_ITEM = 3;

/** Whether the mention is a short item of a list that one of `leads` (word pairs) opens. */
function inListAfter(leads: ReadonlySet<string>, terms: readonly Term[], from: number, to: number): boolean {
  if (to - from > SKILL_ITEM) return false;
  const { starts } = itemsOf(terms);
  let lead = -1;
  for (let i = Math.max(1, from - 24); i < from; i++) if (leads.has(`${terms[i - 1]!.norm} ${terms[i]!.norm}`)) lead = i + 1;
  if (lead < 0) return false;
  // Every item from the lead to the one after the mention is short, so the mention is one of them.
  let at = lead;
  for (const start of starts) {
    if (start <= lead) continue;
    if (start - at > SKILL_ITEM + 1) return false;
    if (start > from) return start - from <= SKILL_ITEM + 1;
    at = start;
  }
  return terms.length - at <= SKILL_ITEM + 2 && at <= from;
}

// A chore in a list of duties or features: "writing code, fixing bugs and attending meetings", "I
// fixed bugs, wrote tests and reviewed code", "routing, authentication and error handling",
// "CRUD operations, health-checks and server stats". Only the generic families, and only a mention
// that is its whole item: "fixing the bug that double-charged users" names what failed.
const CHORE_FAMILIES = new Set(['monitoring', 'degradation', 'vulnerabilities', 'defensive-code', 'bugs-and-issues', 'bugs-caught', 'tests-written', 'testing-kinds', 'test-tools', 'health-check', 'health-checks', 'frontend-errors', 'errors-handled']);
/** Families whose items are things done: their list items open with a verb ("fixed bugs", "developed test cases"). */
const DUTY_FAMILIES = new Set(['bugs-and-issues', 'bugs-caught', 'tests-written', 'testing-kinds']);
/** Items that open with a verb ("writing code", "reviewed PRs"), at least this many, make a list of duties. */
const DUTIES = 3;
const JOINING = new Set(['and', 'or']);
const PAST = new Set(['wrote', 'built', 'led', 'ran', 'made', 'did', 'took', 'kept', 'found', 'caught', 'fixed']);
/** Duties said in the present ("I design endpoints, write tests, review pull requests"), by stem. */
// Not "test", "code" or "debug": as often the first half of a noun ("test cases", "code review", "debug logs").
const DUTY_VERBS = new Set(['design', 'write', 'review', 'build', 'develop', 'maintain', 'mentor', 'fix', 'deploy', 'implement', 'create', 'manage', 'run', 'lead', 'support', 'handle', 'document', 'refactor', 'automate', 'attend', 'plan', 'own', 'ship', 'help', 'participate', 'update', 'collaborate', 'assist', 'prepare', 'communicate', 'coordinate']);
const isVerbForm = (t: Term | undefined) => t !== undefined && ((t.norm.length > 3 && (t.norm.endsWith('ing') || t.norm.endsWith('ed') || PAST.has(t.norm))) || DUTY_VERBS.has(t.norm) || (t.norm.endsWith('s') && DUTY_VERBS.has(t.norm.slice(0, -1))));

interface Items {
  /** Indices of the terms that start a list item (after clause punctuation or a joiner), in order. */
  starts: number[];
}

// Computed once per sentence: a long sentence with many mentions would otherwise be walked once per mention.
const itemsOf = memoize((terms: readonly Term[]): Items => {
  const starts: number[] = [];
  for (let i = 1; i < terms.length; i++) {
    if (terms[i]!.afterBreak !== true && !JOINING.has(terms[i - 1]!.norm)) continue;
    starts.push(i);
  }
  return { starts };
});

// Bugs beside features are the day's work, not a failure told: "I worked on bug fixes and new
// features", "fixed bugs and added features".
const FEATURES = new Set(['feature', 'features', 'enhancement', 'enhancements', 'improvement', 'improvements']);
function besideFeatures(terms: readonly Term[], from: number, to: number): boolean {
  const near = (i: number) => FEATURES.has(terms[i]?.norm ?? '');
  const joined = (a: number, b: number) => terms.slice(a, b).some((t) => t.norm === 'and' || t.norm === 'or' || t.afterBreak === true);
  for (let i = to; i < Math.min(terms.length, to + 4); i++) if (near(i) && joined(to, i + 1)) return true;
  for (let i = Math.max(0, from - 4); i < from; i++) if (near(i) && joined(i, from + 1)) return true;
  return false;
}

/**
 * Whether the duty at `from` (it opens with a verb) is one of DUTIES or more duties in a row: the
 * items around it that open with a verb, and the item before them when its verb stands a few words
 * before its end ("I have developed tools, developed apps, and developed test cases"). Only the run
 * that holds the mention counts: "In my co-op and project work, I wrote tests" lists no duties.
 */
function inDutyList(terms: readonly Term[], from: number, to: number): boolean {
  // An item that opens with a joiner after a comma (", and wrote") starts at the word after it.
  const starts = itemsOf(terms).starts;
  // An item the mention itself spans ("writing code and tests") is part of the mention's own.
  const items = starts.filter((i, k) => !(JOINING.has(terms[i]!.norm) && starts[k + 1] === i + 1) && !(i > from && i < to));
  const verb = (k: number) => isVerbForm(terms[items[k]!]);
  let m = firstIndex(items, (i) => i < from);
  const inLead = items[m] !== from;
  if (inLead && (m > 0 || ![1, 2, 3].some((d) => items[0] !== undefined && items[0] - d === from))) return false;
  let first = m;
  while (!inLead && first > 0 && verb(first - 1)) first--;
  let last = inLead ? m - 1 : m;
  while (last + 1 < items.length && verb(last + 1)) last++;
  let count = last - first + 1 + (inLead ? 1 : 0);
  // The item before the run, which opens the sentence's list: its verb a few words before the run.
  const head = items[first] ?? terms.length;
  const floor = first > 0 ? items[first - 1]! : 0;
  if (!inLead && [1, 2, 3, 4, 5].some((d) => head - d >= floor && isVerbForm(terms[head - d]))) count++;
  const next = inLead ? items[0]! : (items[m + 1] ?? terms.length);
  // A job description's line opens on the bare verb ("Write unit tests, participate in code reviews…"):
  // two duties make it one.
  const needed = from === 0 && DUTY_VERBS.has(terms[0]!.norm) ? 2 : DUTIES;
  // The duty may carry a short complement of its own: "writing tests for them".
  return count >= needed && next - from <= DUTY_ITEM + 1 && to <= next;
}
/** Terms a duty of a list may span: "writing tests for them"; a mention itself spans three, or four with a joiner ("writing code and tests"). */
const DUTY_ITEM = 4;
/**
 * A debugging word with what was debugged after it counts however it is listed: "debugged failures,
 * identified gaps, and wrote validation scripts", "debugged them with oscilloscopes", "troubleshoot
 * complex systems". Hunting a fault down is failure work in any list of duties; a bare step of a
 * cycle ("plan, code, debug, and ship", "code/test/debug") is the cycle's recital.
 */
const DEBUGGING = new Set(['debug', 'troubleshoot']);
function debugsSomething(terms: readonly Term[], from: number, to: number): boolean {
  const last = to - 1;
  const split = terms[last]!.stem === 'shoot' && terms[last - 1]?.stem === 'troubl';
  if (!DEBUGGING.has(terms[last]!.stem) && !split) return false;
  // Glued to the step before it: "the code-test-debug loop".
  if (terms[split ? last - 1 : last]!.joined) return false;
  const next = terms[to];
  return next !== undefined && next.afterBreak !== true && !JOINING.has(next.norm) && !next.joined;
}

function isAChore(sense: Sense, terms: readonly Term[], from: number, to: number): boolean {
  if (!sense.family || !CHORE_FAMILIES.has(sense.family.id) || to - from > DUTY_ITEM) return false;
  if (debugsSomething(terms, from, to)) return false;
  const joined = terms.slice(from + 1, to - 1).some((t) => JOINING.has(t.norm));
  if (!joined && to - from > 3) return false;
  if (DUTY_FAMILIES.has(sense.family.id) && besideFeatures(terms, from, to)) return true;
  if (DUTY_FAMILIES.has(sense.family.id)) {
    // The item opens with its verb, at the mention or right before it ("developed | test cases").
    const verb = isVerbForm(terms[from]) ? from : isVerbForm(terms[from - 1]) ? from - 1 : -1;
    if (verb >= 0) return to - verb <= (joined ? DUTY_ITEM : 3) && inDutyList(terms, verb, to);
    // A bare word of a list of steps ("code, test, debug and deploy", "code/test/debug") is read as any
    // other item below; a longer one names its kind ("production issues") and is not.
    if (to - from > 1) return false;
    if (inSlashedSteps(terms, from)) return true;
  }
  if (to - from > 3) return false;
  const { starts } = itemsOf(terms);
  const first = starts[0] ?? -1;
  const at = firstIndex(starts, (i) => i < from);
  const startsHere = starts[at] === from;
  // The items: those after a break, the first one, and the mention's own.
  let items = starts.length;
  if (first > 0) items++;
  // A mention inside the first item is that item; one elsewhere is an item of its own.
  if (!startsHere && !(from < first)) items++;
  const next = starts[startsHere ? at + 1 : at] ?? terms.length;
  // The mention is a whole item: it starts one, or it ends the first item right at the first break.
  const ownItem = startsHere || (first > from && to === first);
  // The last item may carry the list's shared complement, a few words long: "development, deployment
  // and monitoring of the robots".
  const shared = SHARED_COMPLEMENT.has(terms[to]?.norm ?? '') && next - from <= 3 + COMPLEMENT;
  return ownItem && items >= DUTIES && (next - from <= 3 || shared);
}
const COMPLEMENT = 5;
const SHARED_COMPLEMENT = new Set(['of', 'for', 'across', 'in', 'on']);

/** Words glued into one ("code/test/debug"): joined by a slash or a hyphen, not a space ("I debug code"). */
const glued = (a: Term | undefined, b: Term | undefined) => a !== undefined && b !== undefined && b.joined === true;
const LINKS = new Set(['to', 'and', 'or', 'of', 'the', 'a', 'in', 'on', 'by']);

/**
 * Whether the term is one of three or more steps written as one word: "code/test/debug". Not
 * "hard-to-debug", whose "to" makes it a phrase.
 */
function inSlashedSteps(terms: readonly Term[], at: number): boolean {
  let first = at;
  while (glued(terms[first - 1], terms[first])) first--;
  let last = at;
  while (glued(terms[last], terms[last + 1])) last++;
  if (last - first < 2) return false;
  for (let i = first; i <= last; i++) if (LINKS.has(terms[i]!.norm)) return false;
  return true;
}

// A phrase whose gap crosses a list break joins two items: "writing code, testing, and deployment" is
// no "writing … testing".
function crossesABreak(terms: readonly Term[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (terms[i]!.afterBreak === true) return true;
  return false;
}

function makesSense(sense: Sense, terms: readonly Term[], from: number, to: number): boolean {
  if (crossesABreak(terms, from, to)) return false;
  if (sense.family && isTheRolesNeed(terms, from)) return false;
  if (sense.family && sense.family.id !== 'on-call' && (namesAJob(terms, from, to) || isAWish(terms, from, to) || isAClaim(terms, from, to))) return false;
  if (isAChore(sense, terms, from, to)) return false;
  const around = (keys: Set<string>) => anyIn(keys, terms, from - sense.window, from) || anyIn(keys, terms, to, to + sense.window);
  if (sense.notInside && anyIn(sense.notInside, terms, from, to)) return false;
  if (sense.notNear && around(sense.notNear)) return false;
  return !sense.near || around(sense.near);
}

export interface FailureMention {
  /** The family's id, or "extra" for a phrase from the rule's options. */
  family: string;
  from: number;
  to: number;
}

const NO_EXTRA: FailureOptions = { extraTerms: [] };

/** Every operational phrase in a run of terms (one sentence), by family. */
export function failureMentions(terms: readonly Term[], extra: FailureOptions = NO_EXTRA): FailureMention[] {
  return compile(extra)
    .matchAll(terms)
    .map((m) => ({ family: m.value.family?.id ?? 'extra', from: m.from, to: m.to }));
}
