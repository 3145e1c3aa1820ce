// A failure told as a small story in everyday words, for src/text/failure-told.ts: something stopped
// working as it should, and the writer put it right. Words are lower-case forms as written (terms'
// `norm`), not stems: "lost" is a fault, "lose" as often a fear.
import { JOB_HUNT } from './failure-words.js';

/** A thing in a state of fault: "the nightly copy went missing", "players lost their progress". */
export const TROUBLE_WORDS: readonly string[] = [
  'broke', 'broken', 'crashed', 'crashing', 'froze', 'frozen', 'freezing', 'hung', 'stuck', 'stopped',
  'failed', 'failing', 'garbled', 'corrupted', 'corrupt', 'mismatched', 'duplicated', 'disappeared',
  'vanished', 'leaked', 'leaking', 'overloaded', 'overwhelmed', 'lost', 'wrong',
  // A machine that went down by itself: "the route service was restarting every few days"; not "I
  // restarted my career" (a person before it).
  'restarting', 'rebooting', 'misrouted', 'misrouting',
  // What a change did to a system or its data: "a rename destroyed the staging load balancer", "the
  // back button wiped a multi-step form", "an update bricked forty boards".
  'destroyed', 'wiped', 'bricked',
  // Told by the writers of blind set fail19 (session 35): "the import kept stopping halfway", "the
  // browser tab crash", "revenue understated by several hundred thousand dollars".
  'stopping', 'crash', 'crashes', 'understated', 'overstated', 'miscounted', 'misreported',
];

/**
 * Trouble words with an everyday sense ("sales dropped", "losing weight"), a fault only with what a
 * system drops or loses after them (within two words): "dropping it without a word", "kept losing
 * its Wi-Fi", "timed out".
 */
const CARRIED = ['it', 'them', 'rows', 'records', 'messages', 'events', 'requests', 'connection', 'connections', 'packets', 'calls', 'jobs', 'orders', 'frames', 'data', 'files', 'entries', 'signal', 'wifi', 'wi', 'progress', 'input', 'state', 'sessions', 'uploads', 'picks', 'writes', 'updates', 'payments'];
const KILLED = ['app', 'apps', 'process', 'processes', 'pod', 'pods', 'job', 'jobs', 'container', 'containers', 'task', 'tasks', 'session', 'sessions', 'connection', 'connections', 'query', 'queries', 'worker', 'workers'];
export const TROUBLE_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([
  ['dropping', CARRIED],
  ['dropped', CARRIED],
  ['losing', CARRIED],
  ['timed', ['out']],
  ['timing', ['out']],
  // A system that did it to itself: "the app closed itself", "the router restarted itself".
  ['closed', ['itself']],
  ['restarted', ['itself']],
  ['rebooted', ['itself']],
  ['shut', ['itself']],
  // "the system was killing our app", "the OOM killer killed the pods"; not "killed it on stage".
  ['killing', KILLED],
  ['killed', KILLED],
]);

/** Trouble words with an everyday sense ("missing two chapters"), a fault only after these: "went missing". */
export const TROUBLE_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['missing', ['went', 'gone', 'go', 'goes', 'going']],
  // "the copies were all empty", "the restore came back empty"; not "an empty room", "the office was empty".
  ['empty', ['back', 'all', 'simply']],
  // "left forty boards completely dead", "the gateway went dead"; not "a dead end".
  ['dead', ['completely', 'went', 'gone', 'stayed', 'left']],
  // "the forecasts becoming slowly worse", "the search results got worse"; not "a worse offer".
  ['worse', ['becoming', 'became', 'become', 'got', 'getting', 'gets', 'grew', 'growing', 'slowly', 'steadily', 'gradually']],
]);

/**
 * Words right after a trouble word that make it the writer's life, not a system's fault: "failed job
 * interviews", "a lost bid", "a failed startup". ("failed to", a fault as often as not, is left to the fix.)
 */
export const NOT_BEFORE: readonly string[] = [...JOB_HUNT.filter((w) => w !== 'to'), 'job', 'jobs', 'exam', 'exams', 'course', 'courses', 'startup', 'startups', 'business', 'businesses', 'bid', 'bids', 'pitch', 'attempt', 'attempts'];

/**
 * "broke a 400,000-line monolith into six services", "broke up the job", "broke ground": breaking as
 * a design's splitting or a start, not a fault, when "into" follows within a few words or these right after.
 */
export const BROKE_APART: readonly string[] = ['up', 'ground', 'even', 'records', 'new', 'through'];
export const BROKE_WORDS: readonly string[] = ['broke', 'broken', 'breaking'];

/** Words before "wrong" that make it a judgement, not a fault: "nothing wrong with", "did something wrong"; and "wrong for our brand", a misfit. */
export const NOT_WRONG: readonly string[] = ['nothing', 'anything', 'something', 'right', 'or'];

/** What a system is for, said of it not happening: "could not log in", "never arrived", "wouldn't sync". */
export const FUNCTION_VERBS: readonly string[] = [
  'load', 'open', 'start', 'connect', 'log', 'sign', 'save', 'sync', 'send', 'print', 'pay', 'reach', 'read',
  'find', 'work', 'run', 'respond', 'finish', 'arrive', 'match', 'update', 'boot', 'upload', 'download',
  'install', 'charge', 'book',
  // "reset links never expired", "an array that was never initialised".
  'expire', 'initialise', 'initialize',
];

/** Auxiliaries that, with "not" and a function verb, say a thing did not work: "could not", "didn't", "won't", "does not open the room" (terms spell contractions out). */
export const NOT_AUXILIARIES: readonly string[] = ['could', 'would', 'did', 'can', 'will', 'does', 'do'];

/** Actions that, done "twice", are a duplicate: "charged twice"; not "twice a week" or "twice as fast". */
export const DONE_TWICE: readonly string[] = [
  'sent', 'charged', 'arrived', 'went', 'delivered', 'processed', 'billed', 'booked', 'paid', 'posted',
  'printed', 'ran', 'run', 'applied', 'counted',
  // What a system does by itself: "the tag fired twice", "was calling our webhook two times".
  'fire', 'fired', 'firing', 'called', 'calling', 'counting', 'charging', 'sending', 'subtracting', 'subtracted', 'credited', 'created', 'creating',
];

/**
 * A fault nobody saw, told by how quiet it was: "dropping it without a word", "put every row in one
 * column without complaining", "nobody noticed", "silently skipped rows". Each as its words in order.
 */
export const UNNOTICED: readonly (readonly string[])[] = [
  ['without', 'a', 'word'], ['without', 'complaining'], ['without', 'complaint'], ['without', 'an', 'error'], ['without', 'any', 'error'], ['without', 'any', 'errors'],
  ['without', 'a', 'warning'], ['without', 'any', 'warning'], ['nobody', 'noticed'], ['no', 'one', 'noticed'], ['without', 'anyone', 'noticing'],
  // "nothing downstream noticed", "nobody else noticed": one word between ("*" stands for any).
  ['nothing', 'noticed'], ['nothing', '*', 'noticed'], ['nobody', '*', 'noticed'],
];
/** Adverbs of a fault nobody saw, before a verb of the system's (not a person's: "I quietly fixed it"): "silently dropped", "quietly stopped". */
export const SILENTLY: readonly string[] = ['silently', 'quietly'];

/**
 * What is done since the fault, told as a standing practice: "Since then every load I build counts
 * rows", "After this, I built a weekly job", "Now every branch in the report has a column…". The
 * words open the sentence.
 */
// "After the fix the dashboard can run for days" (also as a non-native writer puts it, "After fix…").
export const SINCE_THEN: readonly (readonly string[])[] = [['ever', 'since'], ['after', 'that'], ['after', 'this'], ['since', 'this'], ['now'], ['after', 'the', 'fix'], ['after', 'fix'], ['after', 'fixing']];
/**
 * The same, anywhere in the sentence: "It was not a pleasant discussion, but since then every change
 * is compared…". Not "ever since" there, which closes a clause of the writer's life ("…has been at
 * the center of my work ever since").
 */
export const SINCE_THEN_ANYWHERE: readonly (readonly string[])[] = [['since', 'then'], ['from', 'then', 'on']];
/** "I now check", "we now log": a standing practice, anywhere in the sentence. Not "and now", as often a new chapter of the writer's life ("my laptop broke, and now I work from the library"). */
export const NOW_AFTER: readonly string[] = ['i', 'we'];

/** The writer putting it right, in the past: "I traced it to…", "we rewrote the job". */
export const REMEDY_VERBS: readonly string[] = [
  'fixed', 'traced', 'diagnosed', 'debugged', 'isolated', 'reproduced', 'patched', 'resolved', 'restored',
  'recovered', 'rewrote', 'reworked', 'changed', 'replaced', 'rebuilt', 'redesigned',
  // Finding the cause and shipping the change, told plainly: "I spotted the setting…", "shipped a
  // fix", "tracked it to a time step". Not the writer's everyday doings, which follow a fault of
  // their own as often ("my laptop broke, so I moved…", "…and I wrote my thesis in the library").
  'pinpointed', 'identified', 'spotted', 'caught', 'shipped', 'corrected', 'solved', 'tracked',
  // "I split the job into batches", told after the fault it cured.
  'split',
];

/**
 * Verbs of making that are a remedy only with a safeguard as what was made, within a few words: "I
 * wrote a small script that crawls each storefront", "wrote a set of checks that run on every load",
 * "added an alert". Not "I wrote my thesis", "built a website".
 */
export const MADE_GUARD_VERBS: readonly string[] = ['wrote', 'built', 'added', 'created'];
export const GUARDS: readonly string[] = [
  'script', 'scripts', 'check', 'checks', 'test', 'tests', 'validator', 'validators', 'alert', 'alerts', 'alarm', 'alarms',
  'monitor', 'monitors', 'guard', 'guards', 'safeguard', 'safeguards', 'crawler', 'assertion', 'assertions', 'retry', 'retries', 'fallback',
];

/** Remedies only with what comes right after them: "I found that a cache had no limit", "found out why"; not "I found a flat". */
export const REMEDY_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([
  ['found', ['that', 'it', 'out', 'why', 'where', 'what', 'how']],
  // The cause found, in other words: "I discovered that our provider was calling…", "noticed that every one of those laptops…".
  ['discovered', ['that', 'why', 'where', 'what', 'how']],
  ['noticed', ['that', 'why', 'where']],
  ['realised', ['that', 'why']],
  ['realized', ['that', 'why']],
]);

/** People right before a trouble word make it theirs, not a system's: "I was stuck", "we lost the bid". */
export const PEOPLE: readonly string[] = ['i', 'me', 'we', 'us', 'you', 'he', 'she', 'they', 'them'];

/** What else a system does, beside FUNCTION_VERBS, that it may stop doing when it fails: "stopped processing orders". */
export const SYSTEM_ACTIONS: readonly string[] = ['process', 'serve', 'render', 'refresh', 'accept', 'fire', 'trigger', 'record', 'write'];

/** People who may stop doing something, beside PEOPLE: "the account managers finally stopped apologising". */
export const HABIT_DOERS: readonly string[] = [
  'managers', 'users', 'customers', 'clients', 'people', 'staff', 'colleagues', 'engineers', 'developers', 'analysts', 'agents',
  'everyone', 'nobody', 'team', 'teams', 'support',
];
