// Whose a matched claim is, read from its sentence: the writer's own, or said of others, by the
// reader or the posting, asked of the role, or backed by a figure in the same sentence. A generic
// claim is only blamed on the writer who makes it.
import { selfNouns } from '../../rules/data/generic-claims.js';
import { headcountNouns } from '../../rules/data/metrics.js';
import { keysOfDataWord } from '../text/terms.js';
import { lyAdverb } from '../text/generic-claims.js';
import { WISH_WORDS } from './story.js';
import type { Letter, Sentence, Term } from '../types.js';
import { capitalised } from '../text/latin.js';
import { FIRST_PERSON } from '../text/persons.js';
import { quotationAround, quotedWords } from '../text/quotation.js';

export { FIRST_PERSON };
/** A sentence that ends as prose does: a full stop or an exclamation, perhaps inside a quote or bracket. */
const ENDS_AS_PROSE = /[.!]["'\u2019\u201d)\]]*\s*$/;

/**
 * A résumé line that opens its sentence with a trait and a word for the writer ("Passionate DevOps
 * engineer with…", "A motivated CS student graduating in May") describes the writer with no "I";
 * a plural ("Motivated engineers thrive here") or one beside "you" does not, nor a title, which
 * ends on no full stop ("### An experienced Rust engineer for contracts").
 */
export function opensSelfLine(text: string, sentence: Sentence, from: number, to: number): boolean {
  const terms = sentence.terms;
  if (from !== 0 || terms[to - 1]!.norm.endsWith('s')) return false;
  if (terms.some((t) => READERS.has(t.norm) || t.norm === 'you')) return false;
  return ENDS_AS_PROSE.test(text.slice(sentence.start, sentence.end));
}
/** What a trait-noun claim opens on, but for a résumé line: "a motivated engineer", "I am hard working person". */
export const LEADS_SELF_NOUN = new Set(['a', 'an', 'i']);
/** Words that leave the writer as the one who does what follows: "I", "to stay current", "and keep up". */
const WRITER_AHEAD = new Set([...FIRST_PERSON, 'we', 'to', 'and', 'or', 'can', 'will', 'would']);
const POINTERS = new Set(['the', 'our', 'its', 'their', 'this', 'these', 'those', 'your', 'his', 'her']);

const LINKING = new Set(['and', 'or', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'with', 'for', 'about', 'at', 'by', 'who', 'that', 'which']);
/** People, by stem: the writer's own nouns ("engineer", "self-starter") and the people a writer works beside or for. */
let people: Set<string> | undefined;
/**
 * People around a writer beside those counted: whom they teach or serve ("give beginners the right
 * skills to excel") and whom they answer to ("my supervisor is extremely detail-oriented").
 */
const PEOPLE_AROUND = ['beginner', 'learner', 'newcomer', 'novice', 'attendee', 'participant', 'pupil', 'volunteer', 'supervisor', 'mentor', 'boss', 'professor', 'teacher', 'advisor', 'adviser', 'coach', 'instructor', 'director', 'founder', 'ceo', 'cto'];
const peopleStems = () => (people ??= new Set([...selfNouns, ...headcountNouns, ...PEOPLE_AROUND].flatMap(keysOfDataWord)));
/** Several people: "engineers", "self-starters"; not "skills" or "others" ("work well with others" is the writer's). */
const isPeople = (t: Term) => t.norm.endsWith('s') && t.stem !== t.norm && peopleStems().has(t.stem);

/**
 * A trait said of several others: "we hire detail-oriented engineers", "results-driven product
 * managers", "looking for self-starters". Not a phrase that ends in its preposition ("passionate
 * about systems"), nor one of several the writer counts themself among ("one of the self-starters").
 */
export function saidOfOthers(terms: readonly Term[], from: number, to: number): boolean {
  const last = terms[to - 1]!;
  if (LINKING.has(last.norm)) return false;
  if (terms[from - 1]?.norm === 'the' && terms[from - 2]?.norm === 'of') return false;
  if (isPeople(last)) return true;
  for (let k = to; k < Math.min(terms.length, to + 3); k++) {
    const t = terms[k]!;
    if (t.afterBreak === true || LINKING.has(t.norm)) return false;
    if (isPeople(t) || isGroups(t)) return true;
  }
  return false;
}

/** Verbs whose object is someone else: "we hired a fast learner", "I mentored a self-starter". */
const TAKES_OTHERS = new Set(['hired', 'hire', 'hiring', 'mentored', 'mentor', 'mentoring', 'interviewed', 'recruited', 'onboarded', 'coached', 'met']);
/** The claim as the object of a verb that takes someone else: "We hired a fast learner last year". */
export function objectOfOthers(terms: readonly Term[], from: number): boolean {
  const at = terms[from]!.norm === 'a' || terms[from]!.norm === 'an' ? from : terms[from - 1]?.norm === 'a' || terms[from - 1]?.norm === 'an' ? from - 1 : from;
  return TAKES_OTHERS.has(terms[at - 1]?.norm ?? '');
}

/** Groups or places a trait can describe: "a results-driven culture", "passionate communities". Not "environment" or "team": "I thrive in a fast-paced environment" is the writer's. */
const GROUPS = new Set(['culture', 'company', 'organisation', 'organization', 'community', 'industry', 'department', 'cultures', 'companies', 'organisations', 'organizations', 'orgs', 'environments', 'workplaces', 'communities', 'startups', 'groups', 'departments', 'industries']);
const isGroups = (t: Term): boolean => GROUPS.has(t.norm);

const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);
/** "helps new hires at our company hit the ground running": several others named before the claim, the writer not between. */
export function othersBefore(terms: readonly Term[], from: number): boolean {
  if (FIRST_PERSON.has(terms[from]!.norm)) return false;
  for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
    const t = terms[k]!;
    if (FIRST_PERSON.has(t.norm)) return false;
    // "known among colleagues for…": people after a preposition are not who the claim is about.
    if (isPeople(t) && !PREPOSITIONS.has(terms[k - 1]?.norm ?? '')) return true;
    // "Quarry Bank describes itself as results-driven".
    if (REFLEXIVES.has(t.norm)) return true;
    if (t.afterBreak === true) return false;
  }
  return false;
}

/** "your results-driven culture", "your team's passionate engineers": the reader's, said right before. */
export const READERS = new Set(['your', "your's", 'yours']);
/** Words of a wish before a brochure of quality words: "I would welcome the chance to help build scalable, reliable software" is the work hoped for. */
export const WISHED = new Set([...WISH_WORDS, 'would', 'opportunity', 'chance']);
/** "its reliable, scalable platform", "their passionate engineers": another's, said right before. */
export const OTHERS_OWN = new Set(['its', 'their', 'his', 'her']);

/** The claim owned by a name right before it: "Northwind's passion for open banking", "Sam's dedication". */
export function ownedByName(text: string, terms: readonly Term[], from: number): boolean {
  const prev = terms[from - 1];
  if (!prev) return false;
  const written = text.slice(prev.start, prev.end);
  return /['\u2019]s$/.test(written) && capitalised(written) && prev.norm !== 'i';
}
const PREPOSITIONS = new Set(['among', 'by', 'with', 'to', 'for', 'from', 'of', 'like', 'than', 'alongside']);

const RELATIVES = new Set(['that', 'who', 'which']);
/**
 * "Your blog describes a team that learns fast": a relative clause about something named before it,
 * the writer nowhere in that clause ("I'm a developer who learns fast" stays the writer's).
 */
export function relativeOfOther(terms: readonly Term[], from: number): boolean {
  if (!RELATIVES.has(terms[from - 1]?.norm ?? '')) return false;
  for (let k = from - 2; k >= 0; k--) {
    const t = terms[k]!;
    if (FIRST_PERSON.has(t.norm) || t.norm === 'am') return false;
    if (t.afterBreak === true) break;
  }
  return from >= 2;
}

/** Words that, before a claim in a sentence where the writer never speaks, make it someone else's words. */
const THEIRS = new Set(['you', 'your', 'yours', 'ad', 'advert', 'posting', 'listing', 'description', 'cto', 'ceo', 'founder', 'founders', 'recruiter']);
/**
 * "Your culture page says you hire team players", "The job ad mentions strong communication skills",
 * "What does a self-starter look like on your team?": the writer is not in the sentence at all, and
 * the reader, the company or the posting speaks (or it is a question).
 */
export function notTheWritersSentence(text: string, sentence: Sentence, from: number): boolean {
  const terms = sentence.terms;
  if (terms.some((t) => FIRST_PERSON.has(t.norm))) return false;
  if (/\?[\s*_)"'\u201d]*$/.test(text.slice(sentence.start, sentence.end))) return true;
  return terms.slice(0, from).some((t) => THEIRS.has(t.norm));
}

/**
 * "…that your company values people who think outside the box", "You're clearly passionate about
 * privacy", "Your blog describes the team as detail-oriented": the reader or the company is the
 * nearest subject before the claim, the writer not between, even when the writer speaks later on.
 */
/** What the reader owns and speaks through, after "your": "your company values…", "your blog describes…". */
const READER_SUBJECTS = new Set(['company', 'team', 'blog', 'website', 'posting', 'ad', 'culture', 'organization', 'organisation']);
const CLAUSE_OPENERS = new Set(['that', 'because', 'and', 'but', 'since', 'as']);
export function readersClause(terms: readonly Term[], from: number): boolean {
  let reader = false;
  for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
    const n = terms[k]!.norm;
    // "What I can offer your QA team is my can-do attitude": the writer owns the clause the reader is named in.
    if (FIRST_PERSON.has(n) || n === 'am' || n === 'we' || n === 'our') return false;
    if (READERS.has(n) || n === 'you') reader = true;
    else if (READER_SUBJECTS.has(n) && READERS.has(terms[k - 1]?.norm ?? '')) reader = true;
    if (reader && (k === 0 || terms[k]!.afterBreak === true || CLAUSE_OPENERS.has(terms[k - 1]!.norm))) return true;
  }
  return false;
}

/**
 * "My eye for detail showed when I audited 2,300 product records and corrected 410 wrong prices":
 * the same sentence measures what the trait did, after naming it.
 */
export function backedByFigure(letter: Letter, sentence: Sentence, after: number): boolean {
  // The deed is the writer's, told after the claim: "…showed when I audited…", "…where I brought it down to…".
  const deed = sentence.terms.find((t) => t.start >= after && (t.norm === 'i' || t.norm === 'we'));
  // The figure may come before the deed's verb: "as shown by the 2,000 hours of support I logged".
  return deed !== undefined && letter.numbers.some((n) => n.metric && n.start >= after && n.end <= sentence.end);
}

/** Machines and programs an adjective of effort may praise: "a hard-working Dell machine", "a small hard-working cron job". */
const MACHINES = new Set(['machine', 'machines', 'server', 'servers', 'job', 'jobs', 'gpu', 'gpus', 'laptop', 'laptops', 'computer', 'computers', 'script', 'scripts', 'daemon', 'daemons', 'box', 'boxes', 'engine', 'engines', 'robot', 'robots', 'bot', 'bots', 'pipeline', 'pipelines', 'cluster', 'clusters', 'node', 'nodes', 'instance', 'instances', 'workstation', 'workstations', 'device', 'devices', 'pc', 'desktop', 'printer', 'printers', 'rig', 'rigs', 'card', 'cards', 'truck', 'trucks', 'van', 'vans', 'router', 'routers', 'queue', 'queues', 'container', 'containers', 'vm', 'vms', 'oven', 'ovens', 'conveyor', 'conveyors', 'freezer', 'freezers', 'forklift', 'forklifts']);
/**
 * "a very hard-working Dell machine", "a small hard-working cron job": an adjective before a noun
 * phrase that ends in a machine or a program, holds a model number or is followed by "which" (within
 * four words, no comma or joiner between) praises that thing, not the writer. "a hard-working Java developer", "hardworking personnel",
 * "my hardworking nature" stay claims.
 */
export function praisesThing(terms: readonly Term[], to: number): boolean {
  for (let k = to; k < Math.min(terms.length, to + 4); k++) {
    const t = terms[k]!;
    if (t.afterBreak === true || t.norm === 'and' || t.norm === 'or') return false;
    // A model number names a thing: "my hard-working GTX 1080", "a hard-working 2015 ThinkPad"; so
    // does "which" after its noun: "one very hard-working old oscilloscope which everybody uses".
    if (MACHINES.has(t.norm) || (k < to + 2 && /\d/.test(t.norm)) || (k > to && t.norm === 'which')) return true;
  }
  return false;
}

/** Past forms of the deeds writers tell most, beside those ending in -ed: "I had never written Starlark". */
const PAST = new Set(['had', 'wrote', 'built', 'ran', 'led', 'made', 'found', 'took', 'got', 'set', 'cut', 'won', 'began', 'brought', 'taught', 'caught', 'drove', 'grew', 'gave', 'kept', 'spent', 'sent', 'shipped', 'rewrote', 'rebuilt']);
/**
 * "I am detail-oriented: last August I noticed that the system converted a dose with the wrong
 * factor, and we corrected 23 labels", "I'm meticulous about power budgets: the tag I shipped in 2022
 * runs 14 months on a coin cell": after a colon, a deed of the writer's in the past and a figure back
 * the claim in its own sentence. Not a dash ("I believe I'm a strong fit — I've spent two years…", a
 * claim the labels count) nor a deed with no figure ("…: we completed projects in groups").
 */
export function backedAfterColon(text: string, sentence: Sentence, after: number): boolean {
  const colon = text.slice(after, Math.min(sentence.end, after + 60)).indexOf(':');
  if (colon < 0) return false;
  const from = after + colon + 1;
  if (!/\d/.test(text.slice(from, sentence.end))) return false;
  const terms = sentence.terms.filter((t) => t.start >= from);
  return terms.some((t, k) => (t.norm === 'i' || t.norm === 'we') && [terms[k + 1], terms[k + 2]].some((v) => v !== undefined && (PAST.has(v.norm) || (v.norm.endsWith('ed') && v.norm.length > 4))));
}

/** Words that may stand between an appositive's comma and the claim: "my lead, a real people person". */
const APPOSITIVE_LEAD = new Set(['a', 'an', 'real', 'true', 'genuine', 'natural', 'born', 'total', 'great', 'such']);
const DETERMINERS = new Set(['my', 'our', 'the', 'his', 'her', 'their', 'a', 'an', 'one']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
/**
 * "My team lead, a real people person, introduced me…", "My mentor at Ericsson, a true
 * self-starter,", "my first mentor, Ollie Brandt, a very detail-oriented engineer": the claim
 * describes the person named before the comma, not the writer. A name counts after a comma only:
 * "Jane Doe, a passionate engineer" opening a letter and "I'm Vladimir, a…" are the writer.
 */
export function appositiveOfOther(terms: readonly Term[], from: number, text?: string): boolean {
  let k = from;
  while (k > 0 && (APPOSITIVE_LEAD.has(terms[k - 1]!.norm) || DEGREE.has(terms[k - 1]!.norm)) && terms[k]!.afterBreak !== true) k--;
  if (k === 0 || terms[k]!.afterBreak !== true) return false;
  let start = k - 1;
  while (start > 0 && terms[start]!.afterBreak !== true) start--;
  const head = terms.slice(start, k);
  // The name stands between commas and the claim opens on its article: "…, Ollie Brandt, a very…".
  const named = text !== undefined && start > 0 && head.length <= 3 && ARTICLES.has(terms[k]!.norm) && /^\s*,\s*$/.test(text.slice(terms[start - 1]!.end, terms[start]!.start));
  if (named && head.every((t) => /^[A-Z]/.test(text.slice(t.start, t.end)) && !FIRST_PERSON.has(t.norm))) return true;
  if (head.length > 6 || !DETERMINERS.has(head[0]!.norm)) return false;
  return !head.some((t) => FIRST_PERSON.has(t.norm) && t.norm !== 'my') && !head.some((t) => BE.has(t.norm));
}

const GIVEN_NAME = new Set(['named', 'called', 'dubbed', 'nicknamed', 'codenamed']);
const ARTICLES = new Set(['the', 'a', 'an']);
const NAME_LEADS = new Set(['the', 'called', 'named', 'titled', 'our', 'their', 'its']);
/** A claim written as a name: quoted ("a course called \u201cQuick Learner's Guide\u201d") or in title case mid-sentence ("the Fast Learner program"). */
export function writtenAsName(text: string, terms: readonly Term[], from: number, to: number): boolean {
  // "a Go service we named go-getter", 'the class players nicknamed "the team player"': whatever its
  // case, a name given, its article too; a quotation opened before the claim or its article.
  const article = ARTICLES.has(terms[from - 1]?.norm ?? '') ? 1 : 0;
  if ([from, from - article].some((k) => /["\u201c\u2018']/.test(text[terms[k]!.start - 1] ?? ''))) return true;
  if (GIVEN_NAME.has(terms[from - 1 - article]?.norm ?? '')) return true;
  // In running prose, after a word that introduces a name: a heading in title case ("Why I'm
  // Uniquely Qualified") and a title the writer gives themself ("I am a Rockstar Engineer") still claim.
  if (!NAME_LEADS.has(terms[from - 1]?.norm ?? '')) return false;
  return terms.slice(from, to).every((t) => /^[A-Z]/.test(text.slice(t.start, t.end)) && text.slice(t.start, t.end) !== 'I');
}

/**
 * "the docs stay current", "our on-call engineers work well under pressure", "I won't pretend Bazel
 * hit the ground running", "it hit the ground running": a thing or others named just before the verb.
 */
export function thingBefore(terms: readonly Term[], from: number, named?: (t: Term) => boolean): boolean {
  const prev = terms[from - 1];
  if (prev && terms[from]!.afterBreak !== true && (OTHER_PRONOUNS.has(prev.norm) || (named?.(prev) ?? false))) return true;
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const t = terms[k]!;
    if (WRITER_AHEAD.has(t.norm)) return false;
    if (POINTERS.has(t.norm)) return k < from - 1;
    // A clause starts here: nothing further back is its subject.
    if (t.afterBreak === true) return false;
  }
  return false;
}
export const OTHERS = new Set(['we', 'our', 'us', 'they', 'their', 'them', 'he', 'she', 'his', 'her']);

/** Verbs that give their subject a quality, besides the forms of "be": "became so passionate", "proved a fast learner", "has a proven track record". */
const BECOME = new Set([...BE, 'became', 'become', 'becomes', 'seemed', 'seems', 'proved', 'proves', 'turned', 'looked', 'has', 'had', 'have']);
/** Words between such a verb and the claim: "was a very fast learner", "became so passionate". */
const DEGREE = new Set(['a', 'an', 'the', 'most', 'not', 'never', 'very', 'so', 'really', 'quite', 'truly', 'such', 'clearly', 'incredibly', 'extremely', 'surprisingly', 'remarkably', 'out', 'to', 'be']);
/** Plain praise before a claim's noun: "is a very good problem solver", "is the best team player", "has a long passion for". */
const PRAISE = new Set(['good', 'excellent', 'strong', 'brilliant', 'exceptional', 'outstanding', 'talented', 'skilled', 'effective', 'amazing', 'fantastic', 'wonderful', 'solid', 'quick', 'fast', 'keen', 'best', 'finest', 'long', 'deep', 'lifelong', 'huge', 'big']);
/** A degree word, a word of praise or any adverb in -ly: "is genuinely passionate", "is a great team player". */
const degree = (t: Term) => DEGREE.has(t.norm) || APPOSITIVE_LEAD.has(t.norm) || PRAISE.has(t.norm) || lyAdverb(t);
/** Terms a quality named first may take before "and" and the claim: "are very price-sensitive and very detail-oriented". */
const COORDINATE_MAX = 4;
const CLAUSE_JOINERS = new Set(['and', 'but', 'so', 'while', 'whereas', 'yet']);
/** Words that open a clause with no comma before them: "we chose it because Postgres has…". Not "and", which joins nouns as often. */
const SUBORDINATORS = new Set(['because', 'since', 'although', 'though', 'while', 'whereas']);
/** "because Postgres has…", "is that the model is…": a subordinator, or "that" before a noun phrase's opening. */
const opensClause = (terms: readonly Term[], at: number) =>
  SUBORDINATORS.has(terms[at]!.norm) || (terms[at]!.norm === 'that' && THING_LEADS.has(terms[at + 1]?.norm ?? ''));
/** Words after "has" that make it the verb that gives a quality, not an auxiliary: "has a proven track record", not "has sharpened my skills". */
const HAVE = new Set(['has', 'had', 'have']);
const HAVING = new Set(['a', 'an', 'such', 'the']);
/** Words that open a noun phrase that is not the writer: "the new model", "a group of Year 9s", "this agent". */
const THING_LEADS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'its', 'their']);
/** Terms a person's or product's name may take: "Sofia Ek", "Quarry Bank Group". */
const NAME_TERMS = 3;
/** A pronoun that alone is another's subject: "it was a fast learner", "she is a true team player". */
const OTHER_PRONOUNS = new Set(['it', 'he', 'she', 'they']);
const WRITERS = (t: Term) => FIRST_PERSON.has(t.norm) || t.norm === 'we' || t.norm === 'us' || t.norm === 'our';

/** The verb that gives the claim at `from` its subject, past degree words and a quality named first; -1 if none. */
function linkingVerb(terms: readonly Term[], from: number): number {
  let k = from - 1;
  while (k >= 0 && degree(terms[k]!) && terms[k + 1]!.afterBreak !== true) k--;
  if (k >= 1 && (terms[k]!.norm === 'and' || terms[k]!.norm === 'or')) {
    // "are very price-sensitive and very detail-oriented": the first quality shares the verb.
    for (let j = k - 1; j >= Math.max(0, k - COORDINATE_MAX); j--) {
      if (WRITERS(terms[j]!)) return -1;
      if (BECOME.has(terms[j]!.norm)) return terms[j + 1]!.afterBreak === true ? -1 : j;
    }
    return -1;
  }
  if (k < 1 || !BECOME.has(terms[k]!.norm) || terms[k + 1]?.afterBreak === true) return -1;
  return HAVE.has(terms[k]!.norm) && !HAVING.has(terms[k + 1]?.norm ?? '') ? -1 : k;
}

/** Whether a name ends at `end`, itself set off by a comma before it: "my supervisor, Dana Whitfield," (not "I'm Vladimir Logachev,"). */
function nameBetweenCommas(terms: readonly Term[], end: number, named?: (t: Term) => boolean): boolean {
  if (!named || end < 1 || !named(terms[end]!)) return false;
  let first = end;
  while (first > 0 && terms[first]!.afterBreak !== true && named(terms[first - 1]!) && end - first < NAME_TERMS - 1) first--;
  return terms[first]!.afterBreak === true;
}

/**
 * "The new model was a very fast learner on the summer data", "A group of Year 9s became so
 * passionate about tiling", "Our customers in banking were very detail-oriented", "The team I
 * joined was very results-driven", "Postgres has a proven track record": the subject of the
 * claim's verb is a thing or other people, named by a noun phrase the writer is not (a name, as
 * `named` tells one; a pronoun of another; or a phrase opened by an article, or by "our" with others
 * in it). Not "The truth is I am a fast learner" (the nearest verb's subject is "I"), "The best word
 * for me is passionate", nor "our team is passionate" (the writer's team).
 */
export function subjectIsOther(terms: readonly Term[], from: number, named?: (t: Term) => boolean): boolean {
  const k = linkingVerb(terms, from);
  return k >= 1 && subjectBefore(terms, k, named);
}

/** Words before a verb that leave it no subject of its own: "to thrive", "can hit", "and go". */
const NO_SUBJECT = new Set(['to', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'and', 'or', 'but', 'also']);

/**
 * A verb-first claim's own subject ("The ICU staff I was assigned to thrived under pressure"): only
 * a verb that has one, not an infinitive, a modal's or a coordinated verb, nor a claim that opens
 * on a possessive or an article, or names the writer itself ("sharpened my ability").
 */
export function verbSubjectIsOther(terms: readonly Term[], from: number, to: number, named?: (t: Term) => boolean): boolean {
  const verb = terms[from]!;
  // "to thrive" has no subject; "the staff I was assigned to thrived" does: a past form is no infinitive.
  const before = terms[from - 1]?.norm ?? '';
  if (verb.afterBreak === true || DETERMINERS.has(verb.norm) || WRITERS(verb) || (NO_SUBJECT.has(before) && !(before === 'to' && verb.norm.endsWith('ed')))) return false;
  // "This experience has sharpened my ability to deliver": the claim names the writer in its own words.
  if (terms.slice(from, to).some(WRITERS)) return false;
  return subjectBefore(terms, from, named);
}

/**
 * Whether the subject of the verb at `k` is someone or something other than the writer: read
 * back to its clause's start. "The ICU staff I was assigned to thrived under pressure" (a verb-first
 * claim's own verb), "the model … is a fast learner" (a linking verb's).
 */
export function subjectBefore(terms: readonly Term[], k: number, named?: (t: Term) => boolean): boolean {
  if (k < 1) return false;
  // "…the model first and it was a fast learner", "after ten minutes of play it becomes a fast
  // learner": a pronoun of another right before the verb, after a joiner or a noun (not "of it").
  if (OTHER_PRONOUNS.has(terms[k - 1]!.norm) && !isPreposition(terms[k - 2]) && terms[k - 2]?.norm !== 'that') return true;
  // "their WMS had a proven track record": another's thing, owned, right before the verb (not "to
  // its completion, and go above and beyond", where a joiner stands between).
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = terms[j]!;
    if (WRITERS(t) || BE.has(t.norm) || CLAUSE_JOINERS.has(t.norm) || isPreposition(t) || terms[j + 1]!.afterBreak === true) break;
    if (OTHERS_OWN.has(t.norm) && j < k - 1) return true;
  }
  let start = k - 1;
  while (start > 0 && terms[start]!.afterBreak !== true && k - start < 8) start--;
  // A subject is read whole from its clause's start, or not at all; "because" and "that the" open a clause too.
  let opener = k - 1;
  while (opener > start && !opensClause(terms, opener)) opener--;
  if (opensClause(terms, opener)) start = opener;
  else if (start > 0 && terms[start]!.afterBreak !== true) return false;
  // "…, and this Redis was not a team player": the clause's joiner is not its subject.
  while (start < k && (CLAUSE_JOINERS.has(terms[start]!.norm) || opensClause(terms, start))) start++;
  // "With this curriculum the model is a fast learner": an opening phrase of place or means, with no
  // comma after it, goes before the subject; the subject is the noun phrase after it.
  if (start < k && isPreposition(terms[start])) {
    const lead = terms.slice(start + 2, k).findIndex((t) => THING_LEADS.has(t.norm));
    if (lead >= 0 && !terms.slice(start + 2 + lead, k).some((t) => isPreposition(t) || WRITERS(t))) start += 2 + lead;
  }
  const head = terms.slice(start, k);
  // "…, and was passionate": a clause of joiners only names no subject.
  if (head.length === 0) return false;
  // "Plumbline, which has a proven track record": "which" stands for a thing, never the writer;
  // "my first lead, Beatriz, who was relentlessly detail-oriented": "who" for the name before it.
  if (head.length === 1) {
    const only = head[0]!;
    if (only.norm === 'who') return start > 0 && (named?.(terms[start - 1]!) ?? false);
    return OTHER_PRONOUNS.has(only.norm) || only.norm === 'which' || (named?.(only) ?? false);
  }
  // "Raj, one of our gameplay leads, was passionate": one of several others.
  if (head[0]!.norm === 'one' && head[1]?.norm === 'of') return head.slice(2).some(isPeople) && !head.some((t) => WRITERS(t) && t.norm !== 'our');
  // "My manager, Sofia Ek, is a great team player": a name, whole.
  if (named && head.length > 1 && head.length <= NAME_TERMS && head.every(named)) return true;
  const last = head[head.length - 1]!;
  // "my first supervisor, Dana Whitfield, a pharmacist who was the most detail-oriented": "who" for
  // a person set beside a name.
  if (last.norm === 'who' && ARTICLES.has(head[0]!.norm) && head.slice(1, -1).some((t) => peopleStems().has(t.stem)) && nameBetweenCommas(terms, start - 1, named)) return true;
  // "an experienced developer who is passionate": a relative's subject is whoever it follows (relativeOfOther's to judge).
  // "Our scrum master Oksana is", "my own supervisor is": a person of the writer's, named or by role.
  if ((head[0]!.norm === 'our' || head[0]!.norm === 'my') && !head.slice(1).some((t) => WRITERS(t) || BE.has(t.norm)) && ((named?.(last) ?? false) || peopleStems().has(last.stem))) return true;
  // The writer may stand in a relative clause inside the subject ("The ICU staff I was assigned to"):
  // a "be" after that "I" is the clause's, not the subject's.
  const inner = head.findIndex((t, i) => i >= 2 && (t.norm === 'i' || t.norm === 'we'));
  if (head.length < 2 || head.some((t, i) => BE.has(t.norm) && !(inner >= 0 && i > inner)) || WRITERS(last) || RELATIVES.has(last.norm)) return false;
  // "Our customers", "our regulars", "our engineers": others among the writer's own, several of them.
  if (head[0]!.norm === 'our') return head.slice(1).some((t) => t.norm.endsWith('s') && t.stem !== t.norm) && !head.slice(1).some(WRITERS);
  if (!THING_LEADS.has(head[0]!.norm)) return false;
  // The writer may stand in a relative clause inside the subject, after its noun ("The team I
  // joined"), or own what follows a preposition ("The children in my class"), but not own the
  // subject itself ("the one thing my years of experience taught").
  return !WRITERS(head[1]!) && !head.some((t, i) => WRITERS(t) && t.norm !== 'i' && t.norm !== 'we' && !isPreposition(head[i - 1]));
}

/** Prepositions of place and kind beside PREPOSITIONS: a noun after any of them is no subject ("in a team", "the children in my class"). */
const PLACES = new Set(['in', 'on', 'at', 'into', 'within', 'across', 'through', 'under', 'over', 'about', 'as']);
const isPreposition = (t: Term | undefined) => t !== undefined && (PREPOSITIONS.has(t.norm) || PLACES.has(t.norm));
const ONE_OF_MANY = new Set(['a', 'an', 'the', 'every', 'each', 'any', 'another']);
/**
 * "lets a new developer hit the ground running", "helps every new hire get up to speed": someone
 * else, one person named by an article and a noun for people, does the claim's verb. Not "I am a
 * developer who can hit the ground running" (a relative stands between).
 */
export function personBefore(terms: readonly Term[], from: number): boolean {
  const noun = terms[from - 1];
  if (!noun || noun.norm.endsWith('s') || !peopleStems().has(noun.stem) || terms[from]!.afterBreak === true) return false;
  for (let k = from - 2; k >= Math.max(0, from - 4); k--) {
    const t = terms[k]!;
    if (WRITERS(t) || BE.has(t.norm)) return false;
    // "I am a developer passionate about", "As an engineer passionate about": the writer's noun.
    // "I'm Vladimir, a software engineer passionate about": an appositive (appositiveOfOther's to judge).
    // "…ability to work well in a team make me a strong fit": a noun after a preposition is no subject.
    if (ONE_OF_MANY.has(t.norm)) {
      const prev = terms[k - 1];
      return t.afterBreak !== true && !(prev && (BE.has(prev.norm) || WRITERS(prev) || isPreposition(prev)));
    }
    if (t.afterBreak === true) return false;
  }
  return false;
}

const SOMEONE = new Set(['someone', 'somebody', 'one', 'person']);
/** "dashboards that drive measurable improvements": a thing does it; not "someone who" or "an engineer that". */
export function thingRelative(terms: readonly Term[], from: number): boolean {
  const noun = terms[from - 2];
  if (!RELATIVES.has(terms[from - 1]?.norm ?? '') || !noun) return false;
  return !SOMEONE.has(noun.norm) && !peopleStems().has(noun.stem) && !FIRST_PERSON.has(noun.norm);
}

// "It requires", "This role needs", "The position involves", "Your need for", "You are looking for":
// a sentence that says what the job or the reader asks.
const ROLE_SUBJECTS = new Set(['it', 'this', 'role', 'position', 'job', 'work', 'team', 'you', 'your', 'posting', 'description', 'listing']);
const DEMANDS = new Set(['require', 'requires', 'required', 'need', 'needs', 'involve', 'involves', 'demand', 'demands', 'call', 'calls', 'expect', 'expects', 'looking', 'seeking', 'seek', 'seeks', 'want', 'wants', 'ask', 'asks', 'requirement', 'requirements']);

/** The index of the verb by which the sentence's subject, the role, makes its demands; -1 when it has none. */
export function roleDemands(terms: readonly Term[]): number {
  for (let i = 1; i < Math.min(terms.length, 5); i++) {
    if (DEMANDS.has(terms[i]!.norm) && terms.slice(0, i).some((t) => ROLE_SUBJECTS.has(t.norm)) && !terms.slice(0, i).some((t) => FIRST_PERSON.has(t.norm))) return i;
  }
  return -1;
}

const POINTING = new Set(['these', 'those', 'this', 'such', 'that']);
const EVIDENCE = new Set(['experience', 'experiences', 'project', 'projects', 'accomplishment', 'accomplishments', 'achievement', 'achievements', 'result', 'results', 'internship', 'internships']);

/** Whether the words before the claim point back at told evidence: "these experiences", "those projects". */
export function pointsAtEvidence(terms: readonly Term[], before: number): boolean {
  for (let i = 0; i < before; i++) if (POINTING.has(terms[i]!.norm) && terms.slice(i + 1, Math.min(before, i + 3)).some((t) => EVIDENCE.has(t.norm))) return true;
  return false;
}

/** Whether the term is a name, written with a capital ("SystemVerilog", "Rust"), not "I". */
export function namesSomething(text: string, term: Term | undefined): boolean {
  if (!term) return false;
  const c = text.charCodeAt(term.start);
  return c >= 65 && c <= 90 && text.slice(term.start, term.end) !== 'I';
}

const GROWN = new Set(['skill', 'skills', 'knowledge', 'expertize', 'experience']);
/** "growing my skills with AWS CDK": the term after "my skills with", the thing to learn, if the words are there. */
export function skillOf(terms: readonly Term[], at: number): Term | undefined {
  const [my, grown, link] = [terms[at], terms[at + 1], terms[at + 2]];
  return my?.norm === 'my' && grown && GROWN.has(grown.norm) && link && ['with', 'in', 'of'].includes(link.norm) ? terms[at + 3] : undefined;
}

/** Words a quotation must hold to be someone's sentence quoted, not a phrase in scare quotes ("a \"team player\""). */
const QUOTED_SENTENCE_WORDS = 5;
const WRITER_WORDS = /\b(?:I|my|me|myself)\b|\bI['\u2019]/;

/**
 * A claim inside a sentence the writer quotes from someone else: 'your posting says "we thrive in
 * fast-paced settings and ship daily."', 'your statement that "great products come from teams that
 * think outside the box"'. The quotation is five words or more, with no "I" or "my" in it, and no list.
 */
export function inOthersQuotation(text: string, sentence: Sentence, at: number): boolean {
  const sides = quotationAround(text, sentence.start, sentence.end, at, at);
  if (!sides) return false;
  const quotation = sides.join('');
  // A list in quotes is the writer's own inventory: 'a background in "Selenium, API Testing, …, excellent coding skill"'.
  const list = (quotation.match(/,/g)?.length ?? 0) >= 2;
  return !list && quotedWords(quotation) >= QUOTED_SENTENCE_WORDS && !WRITER_WORDS.test(quotation);
}
