// A failure told as a small story in everyday words, as writers outside the trade's vocabulary tell
// it: a thing went wrong ("the nightly copy had not been written for three weeks", "the codes
// sometimes arrived twice") and the writer put it right ("I rewrote the job so…", "I changed the
// gateway to…", "Since then every load I build counts rows"), in the sentence before, the same or one
// of the next few. Either half alone is no failure talk: a fault without a fix is as often someone
// else's ("the bus broke down"), a fix without a fault a change.
import { BROKE_APART, BROKE_WORDS, DONE_TWICE, FUNCTION_VERBS, GUARDS, HABIT_DOERS, MADE_GUARD_VERBS, NOT_AUXILIARIES, NOT_BEFORE, NOT_WRONG, NOW_AFTER, PEOPLE, REMEDY_BEFORE, REMEDY_VERBS, SILENTLY, SINCE_THEN, SINCE_THEN_ANYWHERE, SYSTEM_ACTIONS, TROUBLE_AFTER, TROUBLE_BEFORE, TROUBLE_WORDS, UNNOTICED } from '../../rules/data/failure-told.js';
import { stem } from './terms.js';
import type { Term } from '../types.js';

const TROUBLE = new Set(TROUBLE_WORDS);
const FUNCTIONS = new Set(FUNCTION_VERBS.map(stem));
const AUXILIARIES = new Set(NOT_AUXILIARIES);
const TWICE_AFTER = new Set(DONE_TWICE);
const REMEDIES = new Set(REMEDY_VERBS);
const PERSONS = new Set(PEOPLE);
const WRITER = new Set(['i', 'we']);
const JUDGEMENTS = new Set(NOT_WRONG);
const LIFE = new Set(NOT_BEFORE);
const QUIETLY = new Set(SILENTLY);
const APART = new Set(BROKE_APART);
const BREAKING = new Set(BROKE_WORDS);
/** Terms after "broke" within which an "into" makes it a split: "broke a 400,000-line Rails monolith into six services". */
const INTO_WINDOW = 8;
const brokeApart = (terms: readonly Term[], k: number) =>
  APART.has(terms[k + 1]?.norm ?? '') || terms.slice(k + 1, k + 1 + INTO_WINDOW).some((t) => t.norm === 'into');
const NOW_SUBJECTS = new Set(NOW_AFTER);
/** The first words of the UNNOTICED phrases: only a term that is one starts a look at them. */
const UNNOTICED_FIRST = new Set(UNNOTICED.map((seq) => seq[0]!));

/** Whether the words of `seq` stand in order from `at`. */
const wordsAt = (terms: readonly Term[], at: number, seq: readonly string[]) => seq.every((w, i) => terms[at + i] !== undefined && (w === '*' || terms[at + i]!.norm === w));

/** Terms a person standing this close before a word makes it theirs; the writer this close before a remedy makes it the writer's. */
const SUBJECT_WINDOW = 2;
const REMEDY_WINDOW = 6;
/** Sentences after the fault its fix may come in: "…kept losing its Wi-Fi. I wrote a script that logged… After a week… they moved it." */
const REMEDY_SENTENCES = 3;

/** A function verb in any of its forms ("load", "loads", "loaded", "loading"), by the term's stem. */
const isFunctionVerb = (term: Term | undefined) => term !== undefined && FUNCTIONS.has(term.stem);

function saidOfAPerson(terms: readonly Term[], at: number, persons: ReadonlySet<string> = PERSONS): boolean {
  for (let k = Math.max(0, at - SUBJECT_WINDOW); k < at; k++) if (persons.has(terms[k]!.norm)) return true;
  return false;
}
/** Who, failing to get a thing to work, is telling of their own trouble ("I could not find a job"); "they could not reach the system" is the system's. */
const WRITER_PERSONS = new Set(['i', 'we', 'me', 'us']);
const JOINS = new Set(['and', 'or', 'but']);

/** What a system stops doing when it fails: "stopped responding", "stopped processing orders". */
const SYSTEM_DOING = new Set([...FUNCTIONS, ...SYSTEM_ACTIONS.map(stem)]);
const DOERS = new Set([...PEOPLE, ...HABIT_DOERS]);
/**
 * "the account managers finally stopped apologising": people gave up a habit, nothing failed. Not
 * "the scanners stopped talking to the system", nor "the sync stopped responding".
 */
function habitStopped(terms: readonly Term[], k: number): boolean {
  const next = terms[k + 1];
  if (!next || !next.norm.endsWith('ing') || SYSTEM_DOING.has(next.stem)) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) if (DOERS.has(terms[j]!.norm)) return true;
  return false;
}

/** "customers kept stopping by the booth", "stopped to think", "stopped for lunch": a person's pause, not a fault. */
const VISITS = new Set(['by', 'to', 'for']);

/** Terms between an action and its "twice": "fired the login event twice" holds three. */
const TWICE_GAP = 4;
/**
 * "charged twice", "went out twice", "calling our webhook two times", "firing the login event twice",
 * "was processed again": the index of the action done twice, with what it was done to between, or -1.
 * Whose action it is is asked at the action: "I ran the marathon twice" is the writer's.
 */
function doneTwice(terms: readonly Term[], k: number): number {
  for (let d = 1; d <= TWICE_GAP && k - d >= 0; d++) {
    const t = terms[k - d]!;
    if (TWICE_AFTER.has(t.norm)) return k - d;
    // The object runs back no further than its clause: "…, twice" or "and twice" ends it.
    if (t.afterBreak === true || JOINS.has(t.norm)) break;
  }
  return -1;
}

/** Whether the sentence tells a thing at fault, in everyday words. */
export function tellsTrouble(terms: readonly Term[]): boolean {
  for (let k = 0; k < terms.length; k++) {
    const norm = terms[k]!.norm;
    const before = terms[k - 1]?.norm ?? '';
    let fault = false;
    // Where to ask whose it is: the trouble word, or the action done twice.
    let at = norm === 'not' ? k - 1 : k;
    const after = terms[k + 1]?.norm ?? '';
    if (TROUBLE.has(norm)) fault = !LIFE.has(after) && (norm !== 'wrong' || (!JUDGEMENTS.has(before) && after !== 'for')) && !((norm === 'stopped' || norm === 'stopping') && (habitStopped(terms, k) || VISITS.has(after))) && !(BREAKING.has(norm) && brokeApart(terms, k));
    // "my grades got worse": the writer's own lot, like a person's.
    else if (TROUBLE_AFTER.has(norm)) fault = TROUBLE_AFTER.get(norm)!.includes(before) && !(norm === 'worse' && terms.slice(Math.max(0, k - 4), k).some((t) => t.norm === 'my'));
    // "products we don't sell, with made-up names": invented, as a model's answers are (hyphened, so not "made up of").
    else if (norm === 'made' && after === 'up' && terms[k + 1]!.joined === true) fault = true;
    else if (TROUBLE_BEFORE.has(norm)) fault = [terms[k + 1], terms[k + 2]].some((t) => t !== undefined && TROUBLE_BEFORE.get(norm)!.includes(t.norm));
    else if (norm === 'twice' || norm === 'again' || (norm === 'two' && terms[k + 1]?.norm === 'times')) {
      at = doneTwice(terms, k);
      fault = at >= 0;
    }
    else if (norm === 'not') fault = AUXILIARIES.has(before) && isFunctionVerb(terms[k + 1]);
    else if (norm === 'cannot') fault = isFunctionVerb(terms[k + 1]);
    else if (norm === 'never') fault = isFunctionVerb(terms[k + 1]);
    else if (QUIETLY.has(norm)) fault = terms[k + 1] !== undefined && !PERSONS.has(terms[k + 1]!.norm);
    else if (UNNOTICED_FIRST.has(norm)) fault = UNNOTICED.some((seq) => wordsAt(terms, k, seq));
    if (fault && !saidOfAPerson(terms, at, norm === 'not' || norm === 'never' || norm === 'cannot' ? WRITER_PERSONS : PERSONS)) return true;
  }
  return false;
}

/** Whether the writer tells of putting something right, in the past ("I traced it to…"), or of what they have done since ("Since then I check…"). */
export function tellsRemedy(terms: readonly Term[]): boolean {
  if (SINCE_THEN.some((seq) => wordsAt(terms, 0, seq))) return true;
  for (let k = 0; k < terms.length; k++) if (SINCE_THEN_ANYWHERE.some((seq) => wordsAt(terms, k, seq))) return true;
  for (let k = 1; k < terms.length; k++) if (terms[k]!.norm === 'now' && NOW_SUBJECTS.has(terms[k - 1]!.norm)) return true;
  for (let k = 0; k < terms.length; k++) {
    const norm = terms[k]!.norm;
    if (!REMEDIES.has(norm) && !REMEDY_BEFORE.get(norm)?.includes(terms[k + 1]?.norm ?? '') && !madeAGuard(terms, k) && !brokeInto(terms, k)) continue;
    for (let j = Math.max(0, k - REMEDY_WINDOW); j < k; j++) if (WRITER.has(terms[j]!.norm)) return true;
  }
  return false;
}

const GUARD_VERBS = new Set(MADE_GUARD_VERBS);
const GUARD_NOUNS = new Set(GUARDS);
/** Terms after a verb of making within which a safeguard makes it a remedy: "wrote a set of checks". */
const GUARD_WINDOW = 4;
const madeAGuard = (terms: readonly Term[], k: number) => GUARD_VERBS.has(terms[k]!.norm) && terms.slice(k + 1, k + 1 + GUARD_WINDOW).some((t) => GUARD_NOUNS.has(t.norm));
/** "I broke the job into small batches": a restructuring told after the fault it cured. */
const brokeInto = (terms: readonly Term[], k: number) => terms[k]!.norm === 'broke' && terms.slice(k + 1, k + 1 + INTO_WINDOW).some((t) => t.norm === 'into');

/** Whether a run of sentences (one paragraph's, in order) tells a fault and its fix: in the sentence before ("I found it."), the same, or the next few. */
export function toldFailure(sentences: readonly (readonly Term[])[]): boolean {
  // Each sentence's remedy asked once, when a fault before it asks: windows overlap.
  const remedies: (boolean | undefined)[] = [];
  const remedy = (j: number) => (remedies[j] ??= tellsRemedy(sentences[j]!));
  for (let i = 0; i < sentences.length; i++) {
    if (!tellsTrouble(sentences[i]!)) continue;
    for (let j = Math.max(0, i - 1); j < Math.min(sentences.length, i + 1 + REMEDY_SENTENCES); j++) if (remedy(j)) return true;
  }
  return false;
}
