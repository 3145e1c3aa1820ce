import { RANKING_SITES, expertiseClaims } from './data/hiring.js';
import { memoize } from '../src/text/memo.js';
import { termIndex } from '../src/text/phrases.js';
import { quote } from '../src/text/suggest.js';
import { findTechnologies } from '../src/text/tech.js';
import type { Letter, Rule, Sentence, Term } from '../src/types.js';
import { capitalised, titleCased } from '../src/text/latin.js';
import { quotationAround } from '../src/text/quotation.js';
import { wishTaken } from '../src/letter/adopted.js';

type Claim = (typeof expertiseClaims)[number];

const claims = memoize((list: typeof expertiseClaims) => termIndex(list.map((c) => ({ ...c, value: c }))));

/** Words that make the writer the one claiming: "I am an expert in", "calls me a master of". */
const SELF = new Set(['i', 'me', 'myself', 'my', 'am']);
/**
 * Words that, between the writer and the claim, make it someone else's or an aim: "I worked with
 * an expert in", "we hired an expert in", "I want to become an expert in", "our lead is an expert in".
 */
const OTHERS = new Set([
  'with', 'from', 'alongside', 'among', 'by', 'under', 'like', 'than', 'for', 'hired', 'hire', 'hiring', 'recruited',
  'consulted', 'asked', 'brought', 'join', 'joining', 'interviewed', 'met', 'invited', 'contacted', 'we', 'they', 'he', 'she', 'you', 'your', 'their', 'our',
  'his', 'her', 'him', 'them', 'its', 'is', 'are', 'want', 'wants', 'hope', 'aim', 'goal', 'aspire', 'learn', 'learning', 'grow',
]);
/** People a claim may describe instead of the writer (beside the pronouns of OTHERS): "my manager, a true Python guru". */
const PEOPLE = new Set([
  'manager', 'managers', 'mentor', 'mentors', 'colleague', 'colleagues', 'boss', 'teammate', 'teammates', 'coworker', 'coworkers',
  'professor', 'teacher', 'supervisor', 'friend', 'father', 'mother',
  // "my team lead, a real rockstar who had built half of our checkout".
  'lead', 'leads', 'founder', 'founders', 'cto', 'ceo', 'director', 'instructor', 'advisor', 'adviser', 'coach', 'classmate', 'classmates', 'peer', 'peers',
]);
/** "I would love to become an expert in", "my aim is to be a master of": an aim, however it is put. */
const AIM_VERBS = new Set(['become', 'be']);
/** "I am no expert in", "not a master of", "never mastered". */
const NEGATION = new Set(['no', 'not', 'never', 'hardly', 'far']);
/** What may stand before a claim with no subject, as in a résumé line: "A true expert in Kafka." */
const FILLER = new Set(['a', 'an', 'true', 'real', 'genuine', 'recognised', 'recognized', 'certified', 'seasoned', 'proven', 'total', 'complete', 'absolute', 'and']);
/** How far back, within the clause, the writer may stand: "I have, over six years, become an expert in". */
const REACH = 8;
/** How far after an "as an expert in …" the writer's "I" may stand: "as an expert in event-driven design I planned". */
const AS_REACH = 8;

/** A title given to a group: "rockstar teams", "a ninja squad". */
const TEAMS = new Set(['team', 'teams', 'squad', 'squads', 'crew', 'culture', 'engineers', 'developers', 'hires']);

/**
 * Whether a title such as "guru" or "rockstar" is given to someone else in its clause: "my manager,
 * a true Python guru". A title with no subject at all ("Python ninja with a taste for Go") is the writer's.
 */
function isSomeoneElses(text: string, terms: readonly Term[], from: number, to: number): boolean {
  // "performance gurus like Brendan Gregg", "rockstar teams": the writer is one person.
  if (/s$/.test(terms[to - 1]!.norm) || TEAMS.has(terms[to]?.norm ?? '')) return true;
  for (let k = from - 1; k >= 0 && from - k <= REACH; k--) {
    const norm = terms[k]!.norm;
    if (SELF.has(norm)) return false;
    // Across a comma too: the title is often an apposition ("my manager, a true Python guru").
    // "I'm not a rockstar or a ninja": a title denied.
    if (PEOPLE.has(norm) || OTHERS.has(norm) || NEGATION.has(norm)) return true;
    // "a speaker many in the community consider a guru": others' regard; not "I am considered a guru".
    if (REGARD.has(norm) && !BEING.has(terms[k - 1]?.norm ?? '') && !CALL_NOUN.has(terms[k - 1]?.norm ?? '')) return true;
  }
  // "Tom Ashworth, our FP&A lead and the finance team's resident Excel guru": set off after a person's name.
  for (let k = from - 1; k >= 2 && from - k <= APPOSITION_REACH; k--) {
    if (SELF.has(terms[k]!.norm)) return false;
    if (terms[k]!.afterBreak) return namedPerson(text, terms, k);
  }
  return false;
}
/** Verbs of holding someone to be something: "many consider a guru", "people call a rockstar" (session 34, exp14). */
const REGARD = new Set(['consider', 'considers', 'considered', 'call', 'calls', 'called', 'regard', 'regards', 'regarded', 'deem', 'deems', 'deemed']);
const BEING = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words before "call" that make it a noun: "a rock-star on call", "sales calls". */
const CALL_NOUN = new Set(['on', 'a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'phone', 'video', 'sales', 'conference', 'support']);
/** "…to the point where I'm the go-to expert", "until the day when I am an expert": a future the writer aims at. */
const AIMED_AT = new Set(['point', 'stage', 'level', 'day', 'place']);

/** How far back an apposition may start: a name, then a role and a title ("…, our FP&A lead and the finance team's resident Excel guru"). */
const APPOSITION_REACH = 16;

/** Whether the two terms before `k` are a person's name, as written ("Tom Ashworth"); not the sentence's first word. */
function namedPerson(text: string, terms: readonly Term[], k: number): boolean {
  const [a, b] = [terms[k - 2]!, terms[k - 1]!];
  return k - 2 > 0 && a.norm !== 'i' && titleCased(text.slice(a.start, a.end)) && titleCased(text.slice(b.start, b.end));
}

const GREETINGS = new Set(['hi', 'hello', 'dear', 'hey', 'thanks', 'thank']);

/** Whether the letter writes `word` as a first name before a capitalised surname: "Guru Subramanian". */
function fullNameElsewhere(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/^[ \t]+[A-Z][a-z]/.test(text.slice(at + word.length, at + word.length + 4)) && !/[A-Za-z]$/.test(text.slice(Math.max(0, at - 1), at))) return true;
  }
  return false;
}

/**
 * Whether the letter uses the name claim's word elsewhere in the sense its entry sets aside ("with
 * the Ninja generator", "cmake and ninja"): a letter about a build tool means it throughout, "Ninja
 * alone cut our no-op build" too.
 */
function otherSenseElsewhere(letter: Letter, claim: Claim, word: string): boolean {
  const before = new Set(claim.notPrecededBy ?? []);
  const after = new Set(claim.notFollowedBy ?? []);
  if (before.size === 0 && after.size === 0) return false;
  return letter.sentences.some((s) => s.terms.some((t, i) => t.norm === word && (before.has(s.terms[i - 1]?.norm ?? '') || after.has(s.terms[i + 1]?.norm ?? ''))));
}

/** "If you need a rockstar front-end developer who ships fast, I'm your person": the reader's title, adopted. */
function adopted(text: string, sentence: Sentence, at: number): boolean {
  return wishTaken(text, sentence.start, at, sentence.end);
}

/** Masters that are roles or parts, not a title claimed: "a Scrum Master", "an SPI master", "a Git master". */
const MASTER_ROLES = new Set(['scrum', 'quiz', 'dungeon', 'web', 'grand', 'band', 'concert', 'station', 'toast', 'post', 'ring', 'head', 'quarter', 'harbour', 'harbor', 'ship', 'house', 'spi', 'i2c', 'bus', 'modbus', 'git', 'jenkins', 'spark', 'database', 'redis', 'mysql', 'postgres', 'kubernetes', 'k8s', 'salt', 'puppet', 'certified', 'dungeons', 'zen', 'kung', 'reiki', 'yoga', 'chess', 'pay', 'task', 'project', 'data', 'test']);

/** Words of a database's replication, beside which "a master" is a role: "a single master with four read replicas". */
const REPLICATION = new Set(['replica', 'replicas', 'slave', 'slaves', 'replication', 'failover', 'standby']);

/** "a Master's candidate", "a Masters in CS": the degree, whose possessive or plural the term's norm drops. */
const mastersDegree = (text: string, term: Term): boolean => /^(?:['\u2019]s|s)\b/i.test(text.slice(term.start + 'master'.length, term.end + 2));

/** The quotation a claim stands in, and the words before it opens (to the sentence's start), or undefined. */
function quotedAt(text: string, sentence: Sentence, start: number, end: number): { quoted: string; lead: string } | undefined {
  const around = quotationAround(text, sentence.start, sentence.end, start, end);
  if (!around) return undefined;
  const lead = text.slice(sentence.start, start - around[0].length - 1).trimEnd();
  return { quoted: `${around[0]}${text.slice(start, end)}${around[1]}`, lead };
}

/**
 * Whether a claim stands inside a quoted title ("a talk called \"How I Mastered Transformers in 30
 * Days\""): after "called", "titled" or "named", or in a quotation whose words are mostly capitalised.
 */
function inQuotedTitle(at: { quoted: string; lead: string }): boolean {
  if (/\b(?:called|titled|entitled|named)$/i.test(at.lead.replace(/[:,]$/, '').trimEnd())) return true;
  const words = at.quoted.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => capitalised(w)).length >= words.length * 0.75;
}

/** 'a regular everyone calls the "routing guru"': a nickname others give someone, not "they call me \"the guru\"". */
function othersNickname(at: { quoted: string; lead: string }): boolean {
  const lead = at.lead.slice(-40);
  return /\b(?:calls?|called|nicknamed|dubbed)(?:[ \t]+(?:the|a|an))?$/i.test(lead) && !/\bme(?:[ \t]+(?:the|a|an))?$/i.test(lead);
}

/** Whether the claim at token `from` is the writer's own, as `self` entries require. */
function isOwnClaim(text: string, terms: readonly Term[], from: number): boolean {
  let clauseStart = from;
  while (clauseStart > 0 && !terms[clauseStart]!.afterBreak && from - clauseStart < REACH) clauseStart--;
  const before = terms.slice(clauseStart, from);
  if (before.some((t) => NEGATION.has(t.norm))) return false;
  for (let k = before.length - 1; k >= 0; k--) {
    const norm = before[k]!.norm;
    if (OTHERS.has(norm) || PEOPLE.has(norm)) return false;
    if (AIM_VERBS.has(norm) && before[k - 1]?.norm === 'to') return false;
    if (SELF.has(norm)) {
      const subject = norm === 'am' && before[k - 1]?.norm === 'i' ? k - 1 : k;
      const link = before[subject - 1]?.norm ?? terms[clauseStart - 1]?.norm;
      return !((link === 'where' || link === 'when') && AIMED_AT.has(before[subject - 2]?.norm ?? terms[clauseStart - 2]?.norm ?? ''));
    }
  }
  // "As a test automation expert, I…", "which as an expert in event-driven design I planned": the
  // writer's own title, when the clause after it is theirs.
  const as = before.findIndex((t) => t.norm === 'as');
  const writerAfter = () => terms.slice(from, from + AS_REACH).some((t) => t.norm === 'i') || terms.slice(from).some((t) => t.afterBreak === true && t.norm === 'i');
  if (as === 0 && before.length <= 5) return writerAfter();
  if (as > 0 && before.length - as <= 5 && before.slice(as + 1).every((t) => FILLER.has(t.norm))) return writerAfter();
  // No subject at all: a fragment that describes the writer ("Expert in Kafka and Postgres."),
  // unless it stands after someone else, set off by a comma ("My mentor, a seasoned expert in
  // databases", "…my mentor at Lenard, Walter Brandt, an expert in signal integrity"; not "I'm Sam
  // Lee, an expert in Kafka").
  if (clauseStart > 0 && terms.slice(Math.max(0, clauseStart - 3), clauseStart).some((t) => PEOPLE.has(t.norm) || OTHERS.has(t.norm))) return false;
  if (clauseStart > 2 && namedPerson(text, terms, clauseStart) && !terms.slice(Math.max(0, clauseStart - 5), clauseStart - 2).some((t) => SELF.has(t.norm) || t.norm === 'i')) return false;
  return before.every((t) => FILLER.has(t.norm));
}


/** A recording's steps, before "mastered" in the same run: "mixed and mastered", "recorded, mixed, mastered". */
const RECORDING = new Set(['mixed', 'mixing', 'recorded', 'recording', 'produced', 'edited', 'tracked', 'engineered']);

/** Words that lead a capitalised claim word as a title the writer takes: "a Ninja", "the resident Guru". */
const CLAIM_LEADS = new Set(['a', 'an', 'the', 'true', 'real', 'total', 'complete', 'certified', 'resident', 'self-proclaimed', 'coding', 'code', 'tech', 'software', 'data', 'cloud', 'devops', 'backend', 'frontend', 'fullstack', 'full-stack', 'sql', 'excel', 'of', 'my', 'our']);

/** Things a name is given to: "the Guru app", "the Rockstar account", "the Ninja plugin". */
const NAMED_THINGS = new Set([
  'app', 'apps', 'application', 'platform', 'project', 'library', 'tool', 'framework', 'engine', 'plugin', 'bot', 'website', 'site',
  'extension', 'api', 'service', 'account', 'channel', 'podcast', 'blog', 'community', 'course', 'program', 'programme', 'certification',
  'certificate', 'award', 'badge', 'challenge', 'hackathon', 'academy', 'bootcamp', 'newsletter', 'server', 'game',
]);

/**
 * Whether the claim's first word is capitalised as part of a proper name or title: "Ninja Van",
 * "Rockstar Games", "A Cloud Guru", "a Master of Data Science". "Python Ninja" is still a claim.
 */
function isProperName(letter: Letter, sentence: Sentence, term: Term, claim: Claim): boolean {
  const text = letter.text;
  if (!capitalised(text.slice(term.start, term.end))) return false;
  const words = sentence.words;
  const at = words.findIndex((w) => w.start <= term.start && term.start < w.end);
  if (at < 0) return false;
  const midSentence = at > 0;
  if (claim.label === 'master of') {
    // "Master of Science", "a Master of Data Science": a degree, not a boast.
    const after = words[at + 2];
    return midSentence || (after !== undefined && capitalised(after.text));
  }
  const next = words[at + 1];
  if (next && capitalised(next.text) && next.text !== 'I') return true;
  // "Hi Guru,": the reader's name in a greeting.
  if (at > 0 && GREETINGS.has(words[at - 1]!.lower)) return true;
  // "Guru Subramanian … referred me. Guru and I worked together": a first name the letter gives in full elsewhere.
  if (claim.name && fullNameElsewhere(text, text.slice(term.start, term.end))) return true;
  // The last word of a quoted title: a talk called "Hello, Rockstar".
  if (/^["\u201d]/.test(text.slice(term.end, term.end + 1))) return true;
  // "The Guru app I built", "the Ninja framework": a capitalised name before the thing it names.
  if (midSentence && next && NAMED_THINGS.has(next.lower)) return true;
  const prev = words[at - 1];
  // "My name is Guru", "I'm Guru, a backend engineer": a name the writer goes by. A claim has an
  // article or a word of its kind before it: "a Guru", "a true Ninja", "a Python Guru".
  if (midSentence && prev && (!capitalised(prev.text) || /^I(?:['\u2019]m)?$/.test(prev.text)) && !CLAIM_LEADS.has(prev.text.toLowerCase())) return true;
  if (midSentence && prev && capitalised(prev.text) && at - 1 > 0) {
    // "Python Ninja", "Backend Ninja" (a title the writer gives themself in a header) are claims.
    if (CLAIM_LEADS.has(prev.text.toLowerCase())) return false;
    const techs = new Set(findTechnologies(words).map((t) => t.start));
    return !techs.has(prev.start);
  }
  return false;
}

/**
 * "Expert" capitalised inside a sentence is a title someone gave: "a Microsoft Certified Expert in
 * Azure", "a Google Developer Expert", "the Expert rank on Codeforces". Capitalised at the sentence's
 * start or after a label's colon, it is the writer's word: "Expert in Kafka and Postgres.",
 * "**Technical:** Expert in Laravel".
 */
/** Whether a word or a comma precedes `at` (markup aside): not a clause's start after a label's colon ("**Technical:** Expert in…"). */
function midClause(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && ' \t*_'.includes(text[k - 1]!)) k--;
  return k > 0 && /[A-Za-z0-9,\u00C0-\u024F]/.test(text[k - 1]!);
}

function titledExpert(text: string, sentence: Sentence, from: number, to: number): boolean {
  const terms = sentence.terms;
  for (let k = from; k < to; k++) {
    const t = terms[k]!;
    if (t.norm === 'expert' && k > 0 && capitalised(text.slice(t.start, t.end)) && midClause(text, t.start)) return true;
  }
  return false;
}

/**
 * A level the writer gives themselves in a skills line or table: "Python and PyTorch (expert)", "Go
 * (Expert), Rust (beginner)", "Go ........ expert", "| Bazel / Starlark | Expert | 6 |", "Go: expert", "Expert: Python, Go".
 */
// Spaces are bounded and the dots looked back at only after "expert", so a long run of either is passed in one step.
const SELF_RATING = /^[ \t>*_-]{0,8}[Ee]xpert[*_]{0,2}:|\([ \t]{0,4}[Ee]xpert[ \t]{0,4}\)|\|[ \t]{0,4}[Ee]xpert[ \t]{0,4}\||[Ee]xpert\b(?<=\.{3}[ \t]{0,4}[Ee]xpert)|[:\u2013\u2014][ \t]{0,4}[Ee]xpert[ \t]{0,4}(?=[,;]|$)/gm;
const RANKING = new Set(RANKING_SITES);
/** Where a sentence rates the writer "(expert)", unless the word before is a contest site whose rank it is ("Codeforces (Expert)"). */
function selfRatings(text: string, sentence: Sentence): Array<[number, number]> {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes('xpert')) return [];
  const out: Array<[number, number]> = [];
  for (const m of body.matchAll(SELF_RATING)) {
    const before = /([A-Za-z]+)\W*$/.exec(body.slice(Math.max(0, m.index! - 30), m.index!))?.[1]?.toLowerCase();
    if (before && RANKING.has(before)) continue;
    // The rating itself: "(expert)" whole, the word alone in a table cell or after dots or a colon.
    const at = m[0].startsWith('(') ? 0 : m[0].search(/[Ee]xpert/);
    const length = m[0].startsWith('(') ? m[0].length : 'expert'.length;
    out.push([sentence.start + m.index! + at, sentence.start + m.index! + at + length]);
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'no-unsupported-expertise',
    description: 'Claims of mastery that set an interview trap: "expert in", "world-class", "rockstar", "10x engineer".',
    severity: 'error',
    docs: {
      why: 'A hiring manager reads "expert in Kafka" as an invitation to ask the hardest Kafka question they know. Say what you have done with it and how deep you went; the interview then goes where you are strong.',
      bad: 'I am an expert in Kubernetes and a rockstar backend developer.',
      better: 'I have run our Kubernetes clusters for three years, including the move to a new network plugin and the 2 a.m. pages that came with it.',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const index = claims(expertiseClaims);
    const claim = (start: number, end: number) =>
      report({
        message: `Claim of expertise ${quote(letter.text.slice(start, end))} invites the hardest question in the interview`,
        start,
        end,
        suggestions: ['Say what you did and how deep it went: "I have run <technology> in production for <time>, including <the hardest thing you did with it>."'],
      });
    for (const sentence of letter.sentences) {
      for (const [start, end] of selfRatings(letter.text, sentence)) claim(start, end);
      for (const m of index.matchAll(sentence.terms)) {
        const first = sentence.terms[m.from]!;
        const othersClaim = m.value.self ? !isOwnClaim(letter.text, sentence.terms, m.from) : isSomeoneElses(letter.text, sentence.terms, m.from, m.coreTo);
        if (othersClaim && !adopted(letter.text, sentence, first.start)) continue;
        if ((m.value.name || m.value.label === 'master of') && isProperName(letter, sentence, first, m.value)) continue;
        if (m.value.name && otherSenseElsewhere(letter, m.value, first.norm)) continue;
        if (titledExpert(letter.text, sentence, m.from, m.coreTo)) continue;
        if (m.value.label === 'a master' && (MASTER_ROLES.has(sentence.terms[m.coreTo - 2]!.norm) || mastersDegree(letter.text, sentence.terms[m.coreTo - 1]!))) continue;
        // "a single master with four read replicas": a database's role, where replicas are in the same sentence.
        if (m.value.label === 'a master' && sentence.terms.some((t) => REPLICATION.has(t.norm))) continue;
        // "I mixed and mastered a ten-part series", "recorded, mixed, mastered": a recording's mastering.
        if (m.value.label === 'mastered' && sentence.terms.slice(Math.max(0, m.from - 3), m.from).some((t) => RECORDING.has(t.norm))) continue;
        const quoted = quotedAt(letter.text, sentence, first.start, sentence.terms[m.coreTo - 1]!.end);
        if (quoted && (inQuotedTitle(quoted) || (m.value.name && othersNickname(quoted)))) continue;
        // "an expert-annotated dataset", "an expert-led course", "an expert-in-the-loop system": the
        // claim's words inside a longer hyphenated word, made or named by experts, not a title claimed.
        const after = sentence.terms[m.coreTo];
        if (after?.joined && letter.text[after.start - 1] === '-') continue;
        // "I master the Spring framework": the claim is "I master", not its article.
        const last = sentence.terms[m.coreTo - 1]!.norm === 'the' ? m.coreTo - 2 : m.coreTo - 1;
        claim(first.start, sentence.terms[last]!.end);
      }
    }
  },
};

export default rule;
