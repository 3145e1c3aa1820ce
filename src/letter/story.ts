// Whether a stretch of prose tells a system story (something owned or built, and what changed),
// and the name of the system it tells about.
import { determiners, irregularPast, ownershipVerbs, systemNouns } from '../../rules/data/story.js';
import { memoize } from '../text/memo.js';
import { keysOfDataWord } from '../text/terms.js';
import type { Letter, Sentence, Term } from '../types.js';
import { firstIndex } from '../text/search.js';
import { titleCased } from '../text/latin.js';

let vocab: { verbs: Set<string>; nouns: Set<string>; determiners: Set<string>; past: Set<string> } | undefined;
function words() {
  vocab ??= {
    verbs: new Set(ownershipVerbs.flatMap(keysOfDataWord)),
    nouns: new Set(systemNouns.flatMap(keysOfDataWord)),
    determiners: new Set(determiners),
    past: new Set(irregularPast),
  };
  return vocab;
}

/** "rebuilt", "migrated", "led": the writer tells what they did, not what they do in general. */
function isPast(verb: Term): boolean {
  return words().past.has(verb.norm) || /[^e]ed$/.test(verb.norm);
}

/**
 * A generic description of a line of work ("experience building data pipelines", "an engineer who
 * builds scalable services", "I maintain APIs") rather than one thing owned: the verb is not in the
 * past, nothing points at a particular system (no "the", "our", "Globex's"), and the noun is plural
 * or follows a gerund or a third-person verb.
 */
function isGeneric(text: string, terms: readonly Term[], verbAt: number, nounAt: number): boolean {
  const verb = terms[verbAt]!;
  if (isPast(verb)) return false;
  for (let k = verbAt + 1; k < nounAt; k++) {
    const t = terms[k]!;
    if (words().determiners.has(t.norm) || /['\u2019]s$/.test(text.slice(t.start, t.end))) return false;
  }
  const noun = terms[nounAt]!.norm;
  return /[^su]s$/.test(noun) || /ing$/.test(verb.norm) || /[^s]s$/.test(verb.norm);
}

/**
 * Words after which a verb of the lexicon is read as a noun ("the support of", "on build servers");
 * not "to", which makes an infinitive, nor "that", which starts a clause ("a queue that handles").
 */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'my', 'his', 'her', 'of', 'on', 'in', 'at', 'for', 'with', 'from', 'by', 'about', 'via', 'under']);

const BREAKS = new Set(['of', 'for', 'to', 'in', 'on', 'at', 'with', 'onto', 'into', 'from', 'by', 'and', 'or', 'as', 'that', 'which', 'over', 'across', 'around', 'behind', 'new']);

/** How far after the verb the owned thing may stand: "rebuilt the seller payouts ledger". */
const REACH = 7;

interface Owned {
  verb: Term;
  first: Term;
  noun: Term;
}

/**
 * A system noun. A capitalised one mid-sentence is part of a name or title ("Staff Backend
 * Engineer"); an acronym is still a noun ("the payments API").
 */
function isNoun(text: string, term: Term): boolean {
  return words().nouns.has(term.stem) && !titleCased(text.slice(term.start, term.end));
}

/** A singular system noun in lower case: "service", "queue", "API"; not "Platform Engineer" or "systems". */
export function isSystemNoun(text: string, t: Term): boolean {
  return isNoun(text, t) && !/[^su]s$/.test(t.norm);
}

/** Things people build that are not infrastructure words: "a mobile app", "a web scraper", "a Chrome extension". */
/** Words of a wish or a hope: what follows them is work wished for, not work done ("I hope to build…", "eager to"). */
export const WISH_WORDS: readonly string[] = ['want', 'wants', 'hope', 'hoping', 'eager', 'excited', 'aspire', 'dream', 'forward'];
export const PRODUCTS: ReadonlySet<string> = new Set(['site', 'website', 'chatbot', 'scraper', 'game', 'extension', 'plugin', 'portal', 'microservice', 'firmware', 'driver', 'simulator', 'simulation', 'prototype', 'tracker']);
export const builtThing = (text: string, t: Term): boolean => isSystemNoun(text, t) || PRODUCTS.has(t.norm);

/** What a writer calls a piece of their own work: "My final-year project was…", "My capstone is…". */
const PROJECT = new Set(['project', 'capstone', 'thesis', 'dissertation', 'hackathon']);
const COPULA = new Set(['is', 'was', 'were']);

/**
 * Term `i` opens one piece of the writer's work described: "My final-year project was a mobile app
 * that…", "My capstone was a React Native app with a Node.js backend…".
 */
export function describesProject(text: string, terms: readonly Term[], i: number): boolean {
  if (!PROJECT.has(terms[i]!.norm)) return false;
  const copula = terms.slice(i + 1, i + 7).findIndex((w) => COPULA.has(w.norm));
  if (copula < 0) return false;
  const told = terms.slice(i + 2 + copula, i + 10 + copula);
  // Or a thing told by how it was made: "My final-year project was a plant disease detector built on PyTorch…" (session 34, stack12).
  return told.slice(0, 6).some((t) => builtThing(text, t)) || told.some((t, k) => MADE_FROM.has(t.norm) && MADE_ON.has(told[k + 1]?.norm ?? ''));
}
/** Participles of making, and the words after them that name what it was made with. */
const MADE_FROM = new Set(['built', 'made', 'written', 'developed', 'implemented', 'created', 'powered', 'programmed', 'coded']);
const MADE_ON = new Set(['on', 'with', 'using', 'in', 'from']);

function ownedIn(text: string, sentence: Sentence): Owned | undefined {
  const v = words();
  const terms = sentence.terms;
  for (let i = 0; i < terms.length; i++) {
    if (!v.verbs.has(terms[i]!.stem)) continue;
    // After "a", "the" or a preposition the word is a noun: "the support of a CI server", "on build servers".
    if (i > 0 && NOUN_BEFORE.has(terms[i - 1]!.norm)) continue;
    for (let j = i + 1; j < Math.min(terms.length, i + 1 + REACH); j++) {
      if (!isNoun(text, terms[j]!)) continue;
      // A compound of system nouns names one system: "the checkout service", "the billing API".
      const head = j;
      while (j + 1 < terms.length && isNoun(text, terms[j + 1]!) && /^\s+$/.test(text.slice(terms[j]!.end, terms[j + 1]!.start))) j++;
      if (isGeneric(text, terms, i, j)) {
        j = head;
        continue;
      }
      // The name is the noun and the modifiers right before it: "the seller payouts ledger".
      let first = j;
      while (first - 1 > i && j - first < 3 && !BREAKS.has(terms[first - 1]!.norm) && !v.determiners.has(terms[first - 1]!.norm)) first--;
      return { verb: terms[i]!, first: terms[first]!, noun: terms[j]! };
    }
  }
  return undefined;
}

/**
 * "The shipment-tracking service was a nightly cron job against MySQL. I rewrote it in Go as Kafka
 * consumers…": the writer did something in the past to "it", and the sentence before points at one
 * system ("the … service"). The technologies after are that system's parts.
 */
export function ownsByPronoun(text: string, sentence: Sentence, before: Sentence): boolean {
  const terms = sentence.terms;
  const at = terms.findIndex((t, i) => SUBJECTS.has(t.norm) && words().verbs.has(terms[i + 1]?.stem ?? '') && isPast(terms[i + 1]!) && PRONOUNS.has(terms[i + 2]?.norm ?? ''));
  if (at < 0) return false;
  const prior = before.terms;
  return prior.some((t, k) => isSystemNoun(text, t) && prior.slice(Math.max(0, k - 4), k).some((d) => words().determiners.has(d.norm)));
}
const PRONOUNS = new Set(['it', 'them']);

/** Where the letter's metrics start, in order; asked of every sentence, so built once a letter. */
const metricStarts = memoize((letter: Letter): number[] =>
  letter.numbers
    .filter((n) => n.metric)
    .map((n) => n.start)
    .sort((a, b) => a - b),
);

export function sentenceHasMetric(letter: Letter, sentence: Sentence): boolean {
  const starts = metricStarts(letter);
  const lo = firstIndex(starts, (start) => start < sentence.start);
  return lo < starts.length && starts[lo]! < sentence.end;
}

/** The writer as a subject. */
export const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * The stricter reading a rule needs before it blames a paragraph for a story: the writer ("I", "we",
 * or a bullet that starts with the verb) did something to one system, pointed at ("the", "our",
 * "Globex's") and singular. "I have developed robust Django-based systems" and "a rapid and
 * automated deployment pipeline" tell no one story.
 */
export function tellsOneSystem(text: string, sentence: Sentence): boolean {
  return oneSystem(text, sentence) !== undefined;
}

/** Where the verb of the sentence's one-system story starts, if it tells one (see tellsOneSystem). */
export function storyVerbStart(text: string, sentence: Sentence): number | undefined {
  return oneSystem(text, sentence)?.verb.start;
}

function oneSystem(text: string, sentence: Sentence): Owned | undefined {
  const owned = ownedIn(text, sentence);
  if (!owned) return undefined;
  const terms = sentence.terms;
  const v = terms.indexOf(owned.verb);
  const n = terms.indexOf(owned.noun);
  const byWriter = v === 0 || terms.slice(Math.max(0, v - 4), v).some((t) => SUBJECTS.has(t.norm)) || ownTeam(terms, v) || writerWho(terms, v);
  const pointed = terms.slice(v + 1, n).some((t) => words().determiners.has(t.norm) || /['\u2019]s$/.test(text.slice(t.start, t.end)));
  return byWriter && pointed && !/[^su]s$/.test(owned.noun.norm) && !modifiesNoun(terms[n + 1]) ? owned : undefined;
}

/**
 * The writer described, then the verb: "I am a backend engineer who rebuilt the claims engine", "I'm
 * the one who migrated our ledger". The "who" follows "I am" within a short description.
 */
function writerWho(terms: readonly Term[], v: number): boolean {
  let who = v - 1;
  if (terms[who]?.norm === 'has' || terms[who]?.norm === 'have') who--;
  if (terms[who]?.norm !== 'who') return false;
  for (let k = who - 1; k >= Math.max(1, who - 6); k--) if (terms[k]!.norm === 'am' && terms[k - 1]!.norm === 'i') return true;
  return false;
}

/** The writer's team as the subject: "My team moved our data pipeline…", "our squad rebuilt the ledger". */
const TEAMS = new Set(['team', 'squad', 'group', 'crew']);
const ownTeam = (terms: readonly Term[], v: number) => v >= 2 && TEAMS.has(terms[v - 1]!.norm) && (terms[v - 2]!.norm === 'my' || terms[v - 2]!.norm === 'our');

/** Roles a writer holds on one system: "the sole engineer on our internal CRM", "the main developer of the booking app". */
const ROLES = new Set(['engineer', 'developer', 'owner', 'maintainer', 'lead', 'architect', 'author', 'creator', 'programmer']);
const ROLE_LINKS = new Set(['on', 'of', 'for', 'behind']);
const BEING = new Set(['was', 'am', 'been', 'is']);

/**
 * The writer's role on one system they point at: "I was the sole engineer on our internal CRM",
 * "I am the lead developer of the booking platform". Not a role at a company ("a developer at
 * Initech") nor on systems in general ("an engineer on distributed systems").
 */
export function holdsRoleOnSystem(text: string, sentence: Sentence): boolean {
  const terms = sentence.terms;
  for (let r = 0; r < terms.length; r++) {
    if (!ROLES.has(terms[r]!.norm) || !ROLE_LINKS.has(terms[r + 1]?.norm ?? '')) continue;
    if (!terms.slice(Math.max(0, r - 5), r).some((t) => BEING.has(t.norm)) || !terms.slice(0, r).some((t) => SUBJECTS.has(t.norm))) continue;
    const pointer = terms[r + 2];
    if (!pointer || !['our', 'the', 'my', 'their'].includes(pointer.norm)) continue;
    for (let k = r + 3; k < Math.min(terms.length, r + 7); k++) {
      if (terms[k]!.afterBreak) break;
      if (isNoun(text, terms[k]!) && !/[^su]s$/.test(terms[k]!.norm)) return true;
    }
  }
  return false;
}

/** "an application demonstration", "the API documentation": the system noun only describes a noun after it. */
function modifiesNoun(next: Term | undefined): boolean {
  return next !== undefined && !next.afterBreak && /(?:tion|ment|ness|ance|ence|ship|ology)$/.test(next.norm);
}

/** A sentence that owns a system or changes one measurably. */
export function isStorySentence(letter: Letter, sentence: Sentence): boolean {
  const owned = ownedIn(letter.text, sentence);
  if (owned) return true;
  return sentenceHasMetric(letter, sentence) && sentence.terms.some((t) => words().verbs.has(t.stem));
}

/** How much system story the sentences carry: story sentences count most, then metrics. */
export function storyScore(letter: Letter, sentences: readonly Sentence[]): number {
  let score = 0;
  for (const s of sentences) {
    if (isStorySentence(letter, s)) score += 2;
    if (sentenceHasMetric(letter, s)) score += 1;
  }
  return score;
}

/** The first system the letter says the writer owned, in the letter's words ("seller payouts ledger"). */
export function findSystem(text: string, sentences: readonly Sentence[]): string | undefined {
  for (const s of sentences) {
    const owned = ownedIn(text, s);
    if (owned) return text.slice(owned.first.start, owned.noun.end).replace(/\s+/g, ' ');
  }
  return undefined;
}
