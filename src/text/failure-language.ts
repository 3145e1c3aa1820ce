// Finds operational language in a sentence: the failure families of rules/data/failure-modes.ts,
// their notations ({slot}, ~verb, closed-or-open compounds) expanded into phrase patterns, matched
// over the sentence's terms with src/text/phrases.ts, and each match held to its family's sense check.
import { failureFamilies, type FailureFamily } from '../../rules/data/failure-modes.js';
import { namesAJob, isAClaim, isAWish, isTheRolesNeed } from './failure-claims.js';
import { itemsOf, JOINING } from './failure-lists.js';
import { expandFamily } from './failure-patterns.js';
import { memoize } from './memo.js';
import { firstIndex } from './search.js';
import { termIndex, type PhraseIndex } from './phrases.js';
import { patternKey, termKeys } from './terms.js';
import type { Term } from '../types.js';

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

// A chore in a list of duties or features: "writing code, fixing bugs and attending meetings", "I
// fixed bugs, wrote tests and reviewed code", "routing, authentication and error handling",
// "CRUD operations, health-checks and server stats", "push notifications, offline mode and theming". Only the generic families, and only a mention
// that is its whole item: "fixing the bug that double-charged users" names what failed.
const CHORE_FAMILIES = new Set(['offline', 'monitoring', 'degradation', 'vulnerabilities', 'defensive-code', 'bugs-and-issues', 'bugs-caught', 'tests-written', 'testing-kinds', 'test-tools', 'health-check', 'health-checks', 'frontend-errors', 'errors-handled']);
/** Families whose items are things done: their list items open with a verb ("fixed bugs", "developed test cases"). */
const DUTY_FAMILIES = new Set(['bugs-and-issues', 'bugs-caught', 'tests-written', 'testing-kinds']);
/** Items that open with a verb ("writing code", "reviewed PRs"), at least this many, make a list of duties. */
const DUTIES = 3;
const PAST = new Set(['wrote', 'built', 'led', 'ran', 'made', 'did', 'took', 'kept', 'found', 'caught', 'fixed']);
/** Duties said in the present ("I design endpoints, write tests, review pull requests", "keep the docs current"), by stem. */
// Not "test", "code" or "debug": as often the first half of a noun ("test cases", "code review", "debug logs").
const DUTY_VERBS = new Set(['take', 'design', 'write', 'review', 'build', 'develop', 'maintain', 'mentor', 'fix', 'deploy', 'implement', 'create', 'manage', 'run', 'lead', 'support', 'handle', 'document', 'refactor', 'automate', 'attend', 'plan', 'own', 'ship', 'help', 'participate', 'update', 'collaborate', 'assist', 'prepare', 'communicate', 'coordinate', 'keep', 'configure', 'integrate', 'optimize', 'optimise', 'migrate', 'publish', 'release']);
const isVerbForm = (t: Term | undefined) => t !== undefined && ((t.norm.length > 3 && (t.norm.endsWith('ing') || t.norm.endsWith('ed') || PAST.has(t.norm))) || DUTY_VERBS.has(t.norm) || (t.norm.endsWith('s') && DUTY_VERBS.has(t.norm.slice(0, -1))));

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
  // A duty is a verb and what it is done to: "fixed bugs"; one word after a joiner is as often a
  // state ("a sale left open and unrecorded").
  const verb = (k: number) => isVerbForm(terms[items[k]!]) && (items[k + 1] ?? terms.length) - items[k]! > 1;
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
/**
 * Whether the mention's noun is the first of its verb's objects, the rest short and of another kind:
 * "write tests, docs and changelogs" is one chore of three. Not "wrote unit tests, load tests and
 * alerts", whose other objects are failure work too.
 */
function beforeCoObjects(terms: readonly Term[], to: number): boolean {
  if (terms[to]?.afterBreak !== true) return false;
  let objects = 0;
  let at = to;
  while (at < terms.length) {
    let end = at + 1;
    while (end < terms.length && terms[end]!.afterBreak !== true && !JOINING.has(terms[end]!.norm)) end++;
    const whole = terms.slice(JOINING.has(terms[at]!.norm) ? at + 1 : at, end);
    const last = JOINING.has(terms[at]!.norm);
    // The last object may carry the list's complement: "…, docs and changelogs for each release".
    const cut = last ? whole.findIndex((t, k) => k > 0 && SHARED_COMPLEMENT.has(t.norm)) : -1;
    const item = cut > 0 ? whole.slice(0, cut) : whole;
    if (item.length === 0 || item.length > 2 || isVerbForm(item[0]) || item.some((t) => FAILURE_WORK.has(t.stem))) return false;
    objects++;
    // The last object follows a joiner: "…, docs and changelogs".
    if (last) return objects >= 2;
    at = end;
  }
  return false;
}
/** Stems of objects that are failure work themselves: "unit tests, load tests and alerts". */
const FAILURE_WORK = new Set(['test', 'check', 'alert', 'monitor', 'bug', 'error', 'fix', 'fault', 'incident', 'outag', 'validation', 'regression', 'runbook']);
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
    if (verb >= 0) return to - verb <= (joined ? DUTY_ITEM : 3) && (inDutyList(terms, verb, to) || beforeCoObjects(terms, to));
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