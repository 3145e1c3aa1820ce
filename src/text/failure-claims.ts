// Failure words that tell no failure the writer met: a job title, a wish, a skill or trait claimed,
// a subject studied, the role's need, praise of a thing, or the reader's own work.
import { inListAfter, itemsOf, JOINING, SKILL_ITEM, SKILL_LEADS } from './failure-lists.js';
import type { Term } from '../types.js';

// A failure word that names a job rather than work done: "the Regression Tester job posting", "the
// Test Automation Engineer role". The writer's own title ("As an Incident Responder, I…") still counts.
const TITLE = new Set(['engineer', 'engineers', 'tester', 'testers', 'analyst', 'analysts', 'specialist', 'technician', 'responder', 'architect', 'lead', 'manager', 'developer', 'consultant', 'intern']);
const POSTING = new Set(['position', 'role', 'job', 'opening', 'posting', 'vacancy', 'internship', 'opportunity', 'team']);
const APPLYING = new Set(['apply', 'applying', 'application', 'interest', 'interested', 'hope', 'hoping', 'excited', 'join', 'joining', 'candidate', 'consider', 'contribute']);

export function namesAJob(terms: readonly Term[], from: number, to: number): boolean {
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

export function isAWish(terms: readonly Term[], from: number, to: number): boolean {
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

export function isAClaim(terms: readonly Term[], from: number, to: number): boolean {
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
const LESSONS = new Set(['course', 'courses', 'coursework', 'workshop', 'workshops', 'lecture', 'lectures', 'seminar', 'seminars', 'tutorial', 'tutorials', 'bootcamp', 'lesson', 'lessons']);
const LESSON_TOPIC = new Set(['on', 'about', 'covering']);
const COURSES = new Set(['course', 'courses', 'coursework']);

/**
 * "labs on C programming, pointers and debugging with gdb", "the course covered also debugging, Git
 * and teamwork": each item of a list of topics taught.
 */
const COVERED = ['covered', 'covers', 'included', 'includes', 'taught'];
const LESSON_LEADS = new Set([...LESSONS, 'lab', 'labs', 'class', 'classes', 'session', 'sessions', 'talk', 'talks', 'curriculum', 'syllabus'].flatMap((l) => [...LESSON_TOPIC, ...COVERED].map((t) => `${l} ${t}`)));

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

export function isTheRolesNeed(terms: readonly Term[], from: number): boolean {
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
