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
];

/**
 * Trouble words with an everyday sense ("sales dropped", "losing weight"), a fault only with what a
 * system drops or loses after them (within two words): "dropping it without a word", "kept losing
 * its Wi-Fi", "timed out".
 */
const CARRIED = ['it', 'them', 'rows', 'records', 'messages', 'events', 'requests', 'connection', 'connections', 'packets', 'calls', 'jobs', 'orders', 'frames', 'data', 'files', 'entries', 'signal', 'wifi', 'wi', 'progress', 'input', 'state', 'sessions', 'uploads', 'picks', 'writes', 'updates', 'payments'];
export const TROUBLE_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([
  ['dropping', CARRIED],
  ['dropped', CARRIED],
  ['losing', CARRIED],
  ['timed', ['out']],
  ['timing', ['out']],
]);

/** Trouble words with an everyday sense ("missing two chapters"), a fault only after these: "went missing". */
export const TROUBLE_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['missing', ['went', 'gone', 'go', 'goes', 'going']],
]);

/**
 * Words right after a trouble word that make it the writer's life, not a system's fault: "failed job
 * interviews", "a lost bid", "a failed startup". ("failed to", a fault as often as not, is left to the fix.)
 */
export const NOT_BEFORE: readonly string[] = [...JOB_HUNT.filter((w) => w !== 'to'), 'job', 'jobs', 'exam', 'exams', 'course', 'courses', 'startup', 'startups', 'business', 'businesses', 'bid', 'bids', 'pitch', 'attempt', 'attempts'];

/** Words before "wrong" that make it a judgement, not a fault: "nothing wrong with", "did something wrong"; and "wrong for our brand", a misfit. */
export const NOT_WRONG: readonly string[] = ['nothing', 'anything', 'something', 'right', 'or'];

/** Words an action may have between it and "twice": "went out twice". */
export const PARTICLES: readonly string[] = ['out', 'through', 'off', 'in', 'up'];

/** What a system is for, said of it not happening: "could not log in", "never arrived", "wouldn't sync". */
export const FUNCTION_VERBS: readonly string[] = [
  'load', 'open', 'start', 'connect', 'log', 'sign', 'save', 'sync', 'send', 'print', 'pay', 'reach', 'read',
  'find', 'work', 'run', 'respond', 'finish', 'arrive', 'match', 'update', 'boot', 'upload', 'download',
  'install', 'charge', 'book',
];

/** Auxiliaries that, with "not" and a function verb, say a thing did not work: "could not", "didn't", "won't" (terms spell contractions out). */
export const NOT_AUXILIARIES: readonly string[] = ['could', 'would', 'did', 'can', 'will'];

/** Actions that, done "twice", are a duplicate: "charged twice"; not "twice a week" or "twice as fast". */
export const DONE_TWICE: readonly string[] = [
  'sent', 'charged', 'arrived', 'went', 'delivered', 'processed', 'billed', 'booked', 'paid', 'posted',
  'printed', 'ran', 'run', 'applied', 'counted',
];

/** The writer putting it right, in the past: "I traced it to…", "we rewrote the job". */
export const REMEDY_VERBS: readonly string[] = [
  'fixed', 'traced', 'diagnosed', 'debugged', 'isolated', 'reproduced', 'patched', 'resolved', 'restored',
  'recovered', 'rewrote', 'reworked', 'changed', 'replaced', 'rebuilt', 'redesigned',
  // Finding the cause and shipping the change, told plainly: "I spotted the setting…", "shipped a
  // fix", "tracked it to a time step". Not the writer's everyday doings, which follow a fault of
  // their own as often ("my laptop broke, so I moved…", "…and I wrote my thesis in the library").
  'pinpointed', 'identified', 'spotted', 'caught', 'shipped', 'corrected', 'solved', 'tracked',
];

/** Remedies only with what comes right after them: "I found that a cache had no limit", "found out why"; not "I found a flat". */
export const REMEDY_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([
  ['found', ['that', 'it', 'out', 'why', 'where', 'what', 'how']],
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
