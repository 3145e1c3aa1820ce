// The sentence that tells a body paragraph's story, read loosely in the first two paragraphs (any
// account of the writer's own work) and strictly after them (one system, clearly the writer's), so
// that a late paragraph is blamed only for a story a reader would want moved up.
import { irregularPast, ownershipVerbs, systemNouns } from '../../rules/data/story.js';
import { PRODUCTS, WISH_WORDS, builtThing, describesProject, isStorySentence, isSystemNoun, sentenceHasMetric, tellsOneSystem } from './story.js';
import { keysOfDataWord } from '../text/terms.js';
import type { Letter, Part, Sentence, Term } from '../types.js';
import { capitalised, titleCased } from '../text/latin.js';

/**
 * Verbs of making beyond the shared ownership list. They only ever quiet the rule (an early
 * paragraph that tells of work), so a wider net costs no false finding: "I enhanced the ROS 2
 * Whisper project", "I deployed the model", "I co-founded a tutoring app".
 */
const MAKING = [
  'enhance', 'extend', 'add', 'integrate', 'deploy', 'engineer', 'prototype', 'establish', 'modernize',
  'overhaul', 'streamline', 'restructure', 'upgrade', 'convert', 'containerize', 'train', 'publish',
  'release', 'author', 'program', 'code', 'spearhead', 'revamp', 'expand',
  'simplify', 'standardize', 'secure', 'operate', 'setup',
];
/** Pieces of work that are not infrastructure words, said of the writer's own work early on. */
const WORK = [
  'project', 'feature', 'module', 'component', 'solution', 'software', 'program', 'codebase', 'package',
  'framework', 'algorithm', 'script', 'interface', 'capability', 'functionality', 'product', 'mvp',
  'repository', 'toolkit', 'network',
];

let vocab: { verbs: Set<string>; making: Set<string>; nouns: Set<string>; work: Set<string>; past: Set<string> } | undefined;
function words() {
  vocab ??= {
    verbs: new Set(ownershipVerbs.flatMap(keysOfDataWord)),
    making: new Set([...ownershipVerbs, ...MAKING].flatMap(keysOfDataWord)),
    nouns: new Set(systemNouns.flatMap(keysOfDataWord)),
    work: new Set(WORK.flatMap(keysOfDataWord)),
    past: new Set(irregularPast),
  };
  return vocab;
}

/** Words that may stand between "I" and the verb: "I also moved", "we then migrated", "I had rebuilt", "I co-founded". */
const BETWEEN = new Set(['co', 'also', 'then', 'have', 'had', 'eventually', 'later', 'quickly', 'recently', 'personally', 'first', 'finally', 'just', 'once', 'soon']);
/** A verb followed by these has no object: "I moved to Berlin", "I ran into", "I led with". */
const NO_OBJECT = new Set(['to', 'into', 'onto', 'from', 'on', 'in', 'at', 'with', 'away', 'out', 'up', 'over', 'back', 'for']);
/** Words that point at one system: "the", "our", "my". */
const POINTERS = new Set(['the', 'our', 'my', 'that', 'this']);

/** "Platform Engineer", "Search": a title or a name, not the writer's system. */
const titleCase = (text: string, t: Term): boolean => titleCased(text.slice(t.start, t.end));
const isPast = (t: Term): boolean => words().past.has(t.norm) || /[^e]ed$/.test(t.norm);

/**
 * A sentence that tells what the writer did to a system, in words the shared story test does not
 * reach: "I replaced the unbounded push with explicit backpressure: the API now checks queue depth."
 */
function tellsOwnWork(text: string, s: Sentence): boolean {
  const terms = s.terms;
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.norm !== 'i' && terms[i]!.norm !== 'we') continue;
    let v = i + 1;
    while (v < terms.length && v - i <= 3 && BETWEEN.has(terms[v]!.norm)) v++;
    const verb = terms[v];
    // "I co-founded"; a bare "found" is as often "find" ("I found your posting").
    const made = verb && (words().making.has(verb.stem) || (verb.stem === 'found' && terms[v - 1]?.norm === 'co'));
    if (!verb || !made || !(isPast(verb) || isPresent(verb))) continue;
    const next = terms[v + 1];
    if (!next || NO_OBJECT.has(next.norm)) continue;
    if (terms.slice(v + 1).some((t, k) => (isSystemNoun(text, t) || isWorkNoun(text, t) || isEarlyWork(text, t)) && !atPlace(terms, v + 1 + k))) return true;
  }
  return false;
}

/** "I build", "she maintains": a present form, not "building" or "builder". */
const isPresent = (t: Term): boolean => !/(?:ing|er|ion)$/.test(t.norm);

/** "at the library" is where, not what was built: "I trained new hires at the library". */
function atPlace(terms: readonly Term[], k: number): boolean {
  return terms[k - 1]?.norm === 'at' || (terms[k - 2]?.norm === 'at' && ARTICLES.has(terms[k - 1]!.norm));
}

/**
 * Pieces of work too plain to blame a late paragraph for, but enough to quiet the rule early on:
 * "I own the alerting setup", "the test harness I put together", "I rebuilt our release workflow".
 * Not "process" or "stack": "the hiring process" and "my tech stack" tell no story (dev: 2 and 1 right findings lost).
 */
const EARLY_WORK = new Set(['workflow', 'workflows', 'setup', 'harness', 'tooling']);
const isEarlyWork = (text: string, t: Term): boolean => EARLY_WORK.has(t.norm) && !titleCase(text, t);

/** A piece of the writer's work in any number: "the open-source project", "two Android apps". */
function isWorkNoun(text: string, t: Term): boolean {
  return (words().work.has(t.stem) || words().nouns.has(t.stem) || PRODUCTS.has(t.norm)) && !titleCase(text, t);
}

/** Objects that make "I took …" an idiom, not work: "I took the initiative to learn Vim". */
const IDIOM_OBJECT = new Set(['initiative', 'time', 'opportunity', 'chance', 'part', 'pride', 'care', 'interest', 'note', 'advantage', 'step', 'steps', 'course', 'courses', 'class', 'classes']);
/** What a writer grows in themselves, not a thing built: "I developed strong soft skills", "built relationships". */
const GROWN = new Set(['skill', 'skills', 'skillset', 'knowledge', 'understanding', 'experience', 'passion', 'interest', 'relationship', 'relationships', 'habit', 'habits', 'confidence', 'mindset', 'network', 'career', 'expertise', 'foundation']);
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'some', 'several', 'many']);
/** Words that let a later "-ing" verb tell the writer's work: "I've been a student building…", "I spent a year porting…". */
const SPAN = new Set(['been', 'spent', 'spend']);

/** Settings of the writer's own past work: "On my first project", "During my internship", "In my last role". */
const SETTINGS = new Set(['project', 'internship', 'role', 'job', 'position', 'thesis', 'placement', 'co-op', 'coop', 'team', 'employer', 'startup']);
const PERFECT = new Set(['have', 'has', 'had', 've']);

/** "On my first project we have made a partnership…", "During my internship, I worked on…". */
function inOwnPastWork(terms: readonly Term[], subject: number): boolean {
  if (subject < 0 || subject > 8) return false;
  const my = terms.slice(0, subject).findIndex((t) => t.norm === 'my' || t.norm === 'our');
  if (my < 0 || !terms.slice(my + 1, subject).some((t) => SETTINGS.has(t.norm))) return false;
  const verb = terms[subject + 1];
  return verb !== undefined && (PERFECT.has(verb.norm) || isPast(verb));
}

/**
 * Early on, a first-person account of work done counts even without a system noun: "we have
 * developed an Open Banking API", "I've been a graduate student building 3-D simulations", "The
 * simulations were built in MapleSim" (beside an "I"). Not a wish or a mission: "your mission of
 * building", "experience in developing", "I will build", "I took the initiative".
 */
function narratesWork(s: Sentence, firstPerson: boolean): boolean {
  const terms = s.terms;
  const subject = terms.findIndex((t) => t.norm === 'i' || t.norm === 'we');
  if (inOwnPastWork(terms, subject)) return true;
  for (let v = 0; v < terms.length; v++) {
    const t = terms[v]!;
    if (!words().verbs.has(t.stem)) continue;
    const next = terms[v + 1];
    const object = terms.slice(v + 1, v + 4).find((w) => !ARTICLES.has(w.norm));
    if (!next || NO_OBJECT.has(next.norm) || (object && IDIOM_OBJECT.has(object.norm))) continue;
    if (terms.slice(v + 1, v + 5).some((w) => GROWN.has(w.norm))) continue;
    const prev = terms[v - 1]?.norm;
    // The writer's own past verb: "I built", "we have developed", "I also migrated".
    if (subject >= 0 && v > subject && isPast(t)) {
      let k = subject + 1;
      while (k < v && k - subject <= 3 && BETWEEN.has(terms[k]!.norm)) k++;
      if (k === v) return true;
    }
    // "… were built using …" beside the writer's own sentences.
    if (firstPerson && isPast(t) && (prev === 'was' || prev === 'were')) return true;
    if (subject >= 0 && t.norm.endsWith('ing') && terms.slice(subject + 1, v).some((w) => SPAN.has(w.norm))) return true;
  }
  return false;
}

/** Verbs of taking part, read as work only in the past and before a thing built: "worked on a pipeline that…". */
const TOOK_PART = new Map([
  ['worked', 'on'],
  ['contributed', 'to'],
  ['helped', 'build'],
]);

/** What a thing was made with: "built with Vue 3", "written in Rust", "implemented using Kafka". */
const MADE_WITH = new Set(['with', 'in', 'using', 'on']);

/** "A single-page application built with Vue 3", "a CLI written in Rust": a piece of work told by how it was made. */
function madeWith(text: string, terms: readonly Term[], i: number): boolean {
  // The reader's system ("your platform, built on Kafka") is not the writer's work.
  if (!builtThing(text, terms[i]!) || terms.some((t) => NOT_MINE.has(t.norm))) return false;
  for (let k = i + 1; k <= i + 2 && k < terms.length; k++) {
    const w = terms[k]!;
    if (MADE.has(w.norm) || (isPast(w) && words().making.has(w.stem))) return MADE_WITH.has(terms[k + 1]?.norm ?? '');
  }
  return false;
}
/** A participle of making that is neither "-ed" nor in the story data's past forms. */
const MADE = new Set(['written']);

/**
 * A piece of work described rather than narrated: "My final-year project was a mobile app that…",
 * "One project I am proud of is an open-source CLI…", "Recently I worked on a data pipeline that…",
 * "A single-page application built with Vue 3 that…".
 */
function describesWork(text: string, s: Sentence, firstPerson: boolean): boolean {
  const terms = s.terms;
  const within = (from: number, reach: number) => terms.slice(from, from + reach).some((t) => builtThing(text, t));
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (describesProject(text, terms, i) || madeWith(text, terms, i)) return true;
    const particle = TOOK_PART.get(t.norm);
    if (particle && firstPerson && terms[i + 1]?.norm === particle && within(i + 2, 6)) return true;
  }
  return false;
}

/** Words of a wish or of the reader's work: "I want to work on the checkout service", "your platform". */
const NOT_MINE = new Set(['you', 'your', 'yours', ...WISH_WORDS, 'would', 'will', 'interested', 'like', 'love', 'could', 'might', 'join', 'joining']);
const FIRST = new Set(['i', 'my', 'we', 'our', 'me']);
/** A wish, a liking or the reader's own, which no late paragraph is blamed for: "your", "I hope to", "I'd love to", "I enjoy improving systems". */
const WISHED = new Set(['you', 'your', 'yours', ...WISH_WORDS, 'love', 'enjoy']);
const POINTED = new Set(['the', 'our', 'my', 'a', 'an', 'its', 'this', 'that']);

/**
 * Early on, a system the writer names as theirs, however the sentence is built: "my work centred on
 * the checkout service", "I was responsible for the data platform", "I am working on a
 * recommendation engine", "My proudest work is the offline sync engine". A wish or the reader's
 * system is not: "I want to work on your search".
 */
function namesOwnSystem(text: string, s: Sentence, readerWords: readonly string[]): boolean {
  const terms = s.terms;
  if (!terms.some((t) => FIRST.has(t.norm)) || terms.some((t) => NOT_MINE.has(t.norm))) return false;
  // Pointed at by a word, or by a company's name when the writer is the subject: "I have been part of
  // the team responsible for Initech's mobile banking app"; not "My friend's app taught me a lot".
  const subject = terms.some((t) => t.norm === 'i' || t.norm === 'we');
  // Not the reader's company (its words, `readerWords`): "Halcyon's warehouse robots are the kind of machines I find most exciting".
  const byName = (written: string) => capitalised(written) && /['\u2019]s$/.test(written) && !readerWords.includes(written.slice(0, -2).toLowerCase());
  const pointer = (p: Term, at: number) => (POINTED.has(p.norm) && !clauseThat(terms, at)) || (subject && byName(text.slice(p.start, p.end)));
  return terms.some((t, k) => (builtThing(text, t) || isEarlyWork(text, t)) && !atPlace(terms, k) && !jobApplication(terms, k) && pointedAt(terms, k, pointer));
}

/** Whether a pointer stands up to four words before term `k`, within its phrase (not across a colon or comma). */
function pointedAt(terms: readonly Term[], k: number, pointer: (p: Term, at: number) => boolean): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (pointer(terms[j]!, j)) return true;
    if (terms[j]!.afterBreak) return false;
  }
  return false;
}

/** Words after which "that" opens a clause rather than pointing at a thing: "I believe that service…". */
const SAYING = new Set(['believe', 'believed', 'think', 'thought', 'know', 'knew', 'learned', 'learnt', 'found', 'realized', 'realised', 'felt', 'feel', 'hope', 'mean', 'means', 'meant', 'ensure', 'ensured', 'sure', 'convinced', 'say', 'said', 'says', 'saw', 'see', 'understand', 'understood']);
/** "convictions: that service level objectives…", "I believe that service…": "that" opening a clause (session 34, blind set lws6). */
const clauseThat = (terms: readonly Term[], k: number): boolean => terms[k]!.norm === 'that' && (terms[k]!.afterBreak === true || SAYING.has(terms[k - 1]?.norm ?? ''));
/** "my application for the Staff Engineer position", "a job application": the letter itself, not an app (session 34, blind set lws6). */
const jobApplication = (terms: readonly Term[], k: number): boolean =>
  /^applications?$/.test(terms[k]!.norm) && (['for', 'to', 'as'].includes(terms[k + 1]?.norm ?? '') || terms[k - 1]?.norm === 'job');

const NOT_WORK_VERBS = new Set(['believed', 'thought', 'felt', 'hoped', 'dreamed', 'dreamt', 'imagined', 'considered', 'wondered', 'graduated', 'studied', 'attended', 'learned', 'learnt', 'gained', 'earned', 'applied', 'noticed', 'heard', 'decided', 'wanted', 'enjoyed', 'loved', 'liked', 'followed', 'admired', 'read', 'saw', 'found', 'came', 'was', 'were', 'had', 'did', 'used', 'interested', 'excited', 'inspired', 'impressed', 'attracted', 'motivated', 'started', 'joined', 'moved', 'received', 'discovered', 'realized', 'realised']);
/** Past forms beyond the story data's own irregular ones (isPast): "I made", "we grew", "I taught". */
const MORE_PAST = new Set(['made', 'grew', 'won', 'set', 'put', 'kept', 'brought', 'drove', 'taught']);
/** Any first-person past verb with a piece of work in the sentence: "I programmed a robot arm", "we shipped two apps". */
function pastWorkAnyVerb(text: string, s: Sentence): boolean {
  const terms = s.terms;
  const subject = terms.findIndex((t) => t.norm === 'i' || t.norm === 'we');
  if (subject < 0) return false;
  let verb = -1;
  for (let k = subject + 1; k < Math.min(terms.length, subject + 5); k++) {
    const n = terms[k]!.norm;
    if ((isPast(terms[k]!) || MORE_PAST.has(n)) && !NOT_WORK_VERBS.has(n)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return false;
  return terms.slice(verb + 1).some((t, k) => (isWorkNoun(text, t) || isEarlyWork(text, t)) && !atPlace(terms, verb + 1 + k));
}

/** Past verbs of taking part that open a résumé-style sentence as well as a verb of making: "Worked two years on the order system". */
const OPENING_PAST = new Set(['worked', 'contributed', 'helped', 'assisted']);

/**
 * A sentence with no subject that opens on the writer's own past work, as résumés and terse letters
 * write it: "Worked 2 years at Initech on their order management system", "Designed and shipped the
 * booking app", "Responsible for migrating the legacy monolith". Not a wish or the reader's system
 * ("Designed for teams like yours…").
 */
function opensOnOwnWork(text: string, s: Sentence): boolean {
  const terms = s.terms;
  const first = terms[0];
  if (!first || terms.some((t) => NOT_MINE.has(t.norm))) return false;
  const next = terms[1]?.norm ?? '';
  // "Trained as a physicist, I…", "Inspired by…", "Built on a love of…": a participle that describes the writer.
  const making = isPast(first) && words().making.has(first.stem) && !NO_OBJECT.has(next) && next !== 'as' && next !== 'by';
  const past = making || (OPENING_PAST.has(first.norm) && next !== 'as') || (first.norm === 'responsible' && next === 'for');
  return past && terms.slice(1).some((t, k) => (isSystemNoun(text, t) || isWorkNoun(text, t) || isEarlyWork(text, t)) && !atPlace(terms, 1 + k));
}

/** Words before "work" that make it the writer's own: "my work on", "Recent work includes". */
const OWN_WORK = new Set(['my', 'our', 'recent', 'latest', 'current', 'previous', 'past']);
const WORK_THEN = new Set(['on', 'includes', 'included', 'including', 'was', 'is', 'has', 'covers', 'covered', 'spans', 'spanned']);

/**
 * Early on, the writer's work named, then what it was: "You may know my work on Foo, an open-source
 * library…", "Recent work includes a fraud model for a neobank". Not a wish ("my work would be on
 * your search") nor the reader's ("your work on the payments API").
 */
function namesOwnWork(text: string, s: Sentence): boolean {
  const terms = s.terms;
  for (let k = 1; k < terms.length - 1; k++) {
    if (terms[k]!.norm !== 'work' || !OWN_WORK.has(terms[k - 1]!.norm) || !WORK_THEN.has(terms[k + 1]!.norm)) continue;
    const rest = terms.slice(k + 2, k + 12);
    if (rest.some((t) => NOT_MINE.has(t.norm) && t.norm !== 'you')) continue;
    if (rest.some((t) => builtThing(text, t))) return true;
  }
  return false;
}

/** A lead-in that says the items below are the writer's work: "Some things I have worked on:", "Projects:", "Highlights of what I built:". */
const WORK_LEAD = /\b(?:worked on|built|made|created|shipped|projects?|highlights|portfolio)\b/i;

/**
 * Early on, a list of the writer's pieces of work, each named and described: "Some things I have
 * worked on: - Budget Buddy: a React app that tracks household expenses". Or one labelled so:
 * "Project: FarmSense — an IoT system for soil moisture monitoring, deployed on 12 farms."
 */
function listsOwnWork(text: string, part: Part): boolean {
  const lead = text.slice(part.blocks[0]!.start, part.blocks[0]!.end);
  const labelled = /^\W*(?:side |capstone |final-year |personal )?projects?\s*[:\u2014\u2013-]/i.test(lead.trimStart());
  if (!labelled && !(part.isList && part.blocks.length > 1 && WORK_LEAD.test(lead))) return false;
  // "Projects at Northwind I would love to work on:", "Your projects:": the reader's work or a wish.
  if (part.sentences.some((s) => s.start < part.blocks[0]!.end && s.terms.some((w) => NOT_MINE.has(w.norm)))) return false;
  const items = part.isList && !labelled ? part.sentences.filter((s) => s.start >= part.blocks[0]!.end) : part.sentences;
  return items.some((s) => s.terms.some((t) => builtThing(text, t)) && !s.terms.some((w) => NOT_MINE.has(w.norm)));
}

/** A before-and-after about one system: "Before the tool existed, … Now developers run a command." */
function beforeAndAfter(text: string, part: Part): boolean {
  const prose = text.slice(part.start, part.end);
  const contrast = /\bbefore\b[\s\S]*\bnow\b|\bused to\b|\bno longer\b|\bwent from\b/i.test(prose);
  if (!contrast) return false;
  return part.sentences.some((s) =>
    s.terms.some((t, k) => isSystemNoun(text, t) && s.terms.slice(Math.max(0, k - 3), k).some((p) => POINTERS.has(p.norm))),
  );
}

/**
 * The sentence that tells the paragraph's story, if it tells one. In the first two paragraphs any
 * story counts, so the rule stays quiet; later, only one that clearly tells of one system blames
 * the paragraph (`late`): a false "move it up" is worse than a missed one.
 */
const CLAIM_LISTS = /\b(?:strengths?|skills?|skillset|qualifications?|competenc(?:y|ies)|abilities|attributes)\b/i;

/** A list whose items open with a bold label ("* **Defect Management:** I am an expert in…"), or one a lead-in says is strengths or skills. */
function skillSection(text: string, part: Part): boolean {
  if (!part.isList) return false;
  // "Some key strengths I bring to this role include:" above the items: a list of claims, not a story.
  const intro = text.slice(part.blocks[0]!.start, part.blocks[0]!.end).trim();
  if (part.blocks.length > 1 && intro.endsWith(':') && CLAIM_LISTS.test(intro)) return true;
  const items = text.slice(part.start, part.end).split('\n').filter((l) => /^\s*(?:[-*+\u2022]|\d+[.)])\s/.test(l));
  const labelled = items.filter((l) => /^\s*(?:[-*+\u2022]|\d+[.)])\s+(?:\*\*|__)[^*_\n]{1,60}?:?(?:\*\*|__):?/.test(l));
  return items.length > 0 && labelled.length * 2 > items.length;
}

export function storyIn(letter: Letter, part: Part, late: boolean): Sentence | undefined {
  // A list of labelled skills late in the letter is a résumé section, not the story a reader
  // looks for in paragraph two: blaming it would be a false "move it up".
  if (late && skillSection(letter.text, part)) return undefined;
  // Late, a figure blames the paragraph only beside a piece of work: "I helped my team improve
  // productivity by 30%" measures, but tells no system to move up.
  // Nor does a wish or the reader's system: "I would love to work on your payment API and help it scale 10x".
  const strict = part.sentences.find(
    (s) =>
      isStorySentence(letter, s) &&
      (!late || (!s.terms.some((t) => WISHED.has(t.norm)) && (tellsOneSystem(letter.text, s) || (sentenceHasMetric(letter, s) && s.terms.some((t) => isWorkNoun(letter.text, t)))))),
  );
  if (strict || late) return strict;
  const firstPerson = part.sentences.some((s) => s.terms.some((t) => t.norm === 'i' || t.norm === 'we'));
  const readerWords = (letter.facts.company ?? '').toLowerCase().split(/\s+/);
  const loose = part.sentences.find((s) => tellsOwnWork(letter.text, s) || narratesWork(s, firstPerson) || describesWork(letter.text, s, firstPerson) || namesOwnSystem(letter.text, s, readerWords) || pastWorkAnyVerb(letter.text, s) || opensOnOwnWork(letter.text, s) || namesOwnWork(letter.text, s));
  if (loose) return loose;
  return beforeAndAfter(letter.text, part) || listsOwnWork(letter.text, part) ? part.sentences[0] : undefined;
}
