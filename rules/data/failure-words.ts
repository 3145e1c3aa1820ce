// The notation of the failure-mode families (failure-modes.ts, failure-frames.ts, failure-roles.ts)
// and the word lists they share. Each role speaks of failure in its own words: a mobile letter of
// crash-free sessions, an ML letter of regression evals, a data letter of backfills.
//
// Patterns use the phrase syntax of src/text/phrases.ts (plain lower-case words, "a|b" alternatives, "?"
// optional, "*" any one word, "=word" that exact form), matched by stem, plus four notations that
// src/text/failure-patterns.ts expands, so that the data names a family once and its variants are generated:
//   {slot}      every entry of the word list FRAME_SLOTS[slot] (multi-word entries become their own pattern)
//   ~verb       every inflection of the verb, irregular ones included (~break: break, broke, broken, breaking…)
//   dead-letter a compound written closed, hyphenated or open (deadletter, dead-letter, dead letter)
//   ~a-b        both at once: every inflection, closed or open (~trouble-shoot: troubleshooting, trouble shooting)
// Stems already fold plurals and regular -s/-ed/-ing forms, so "timeout" also reads "timeouts".
//
// Personality words ("reliable", "dependable", "resilient", "consistent", "robust", "scalable") are
// left out on purpose: they describe the writer or a wish, not a failure. Words with an everyday sense
// ("incident", "monitoring", "duplicate", "regression", "drift") come with a sense check: `near` (some
// operational word must stand within `window` words), `notNear` (no everyday-sense word may), or
// `notInside` (no such word inside the matched span, for frames with "*" slots).

import type { PhraseSpec } from '../../src/types.js';

export type FailureRole = 'backend' | 'mobile' | 'ml' | 'qa' | 'security' | 'data' | 'frontend' | 'support' | 'embedded' | 'network';

export interface FailureFamily {
  id: string;
  role: FailureRole;
  terms: readonly (string | PhraseSpec)[];
  near?: readonly string[];
  notNear?: readonly string[];
  notInside?: readonly string[];
  /** Words either side that `near` and `notNear` look at; 4 unless given. */
  window?: number;
}

export const PERSONAL = ['my', 'personal', 'your', 'his', 'her'];
export const POSSESSIVES = ['my', 'his', 'her', 'your', 'their'];
/** Words before "monitor" that make it a screen or a medical device: "an ultrawide monitor", "a three-monitor setup", "a heart monitor". */
export const SCREENS = ['ultrawide', 'widescreen', 'dual', 'second', 'external', 'curved', '4k', 'inch', 'two', 'three', 'triple', 'extra', 'big', 'large', 'lcd', 'oled', 'computer', 'desktop', 'gaming', 'heart', 'baby', 'glucose',
  // Monitors worn or strapped on: "the optical heart-rate monitor", "a blood-pressure monitor".
  'rate', 'pressure', 'oxygen', 'fitness', 'activity', 'fetal', 'cardiac', 'sleep'];

/** Fields and pastimes that name the bug a writer "caught": "the coding bug", "the automation bug". */
export const PASTIMES = ['coding', 'programming', 'automation', 'robotics', 'electronics', 'hacking', 'maker', 'entrepreneurial', 'entrepreneurship', 'travel', 'teaching', 'tech', 'engineering', 'computer', 'computing', 'gaming', 'science', 'startup', 'writing', 'design', 'acting', 'flying', 'aviation', 'music'];

/**
 * Word lists the frames draw on. Single words are matched by stem; entries of several words
 * become patterns of their own.
 */
export const FRAME_SLOTS: Readonly<Record<string, readonly string[]>> = {
  // "<failure noun> rate": crash rate, wrong-answer rate, escaped-defect rate. Not "drop" ("drop-off rate"
  // is marketing) and not "bounce".
  failureNoun: [
    'crash', 'error', 'failure', 'fault', 'defect', 'bug', 'hallucination', 'flake', 'flakiness', 'timeout', 'retry',
    'rejection', 'abort', 'rollback', 'incident', 'anr', 'hang', 'exception', 'outage', 'alert', 'wrong answer',
    'incorrect answer', 'false positive', 'false negative', 'escaped defect', 'refusal', 'fallback', 'dlq',
  ],
  rateWord: ['rate', 'ratio', 'percentage', 'count'],
  // Actions whose repetition is a failure: "processed twice", "double-charged". Verbs with a common
  // everyday repeat ("ran the marathon twice", "applied twice", "received the award twice") are left out.
  action: [
    '~process', '~charge', '~bill', '~debit', '~credit', '~refund', '~pay', '~deliver', '~consume', '~count',
    '~book', '~publish', '~enqueue', '~execute', '~trigger', '~insert', '~import', '~arrive', '~retry',
    '~deduct', '~notify', '~redeliver', '~replay', '~ingest', '~submit', '~send',
  ],
  // What gets lost, dropped, duplicated or corrupted. Not "task" or "entry" ("duplicate tasks", "data
  // entry" are chores) and not "email" ("drop an email" is a closing).
  data: [
    'data', 'message', 'event', 'record', 'row', 'payment', 'charge', 'order', 'transaction', 'invoice', 'webhook',
    'job', 'request', 'write', 'update', 'notification', 'file', 'batch', 'upload', 'delivery', 'booking', 'refund',
    'transfer', 'packet', 'log', 'metric', 'sample', 'label', 'span', 'trace', 'payout', 'commit', 'offset', 'state',
    'session', 'reading', 'measurement', 'submission', 'login',
  ],
  // Things that fail: services and what flows through them. Not "function" or "script" ("duplicate
  // functions" is a chore) and not "project" or "process" ("the project failed" is no system failure).
  system: [
    'api', 'app', 'application', 'backend', 'balancer', 'broker', 'cache', 'checkout', 'cluster', 'consumer',
    'controller', 'daemon', 'database', 'db', 'engine', 'gateway', 'index', 'indexer', 'integration', 'migration',
    'pipeline', 'processor', 'producer', 'proxy', 'queue', 'replica', 'router', 'runtime', 'scheduler', 'server',
    'service', 'store', 'stream', 'system', 'webhook', 'worker', 'workflow', 'endpoint', 'feed', 'job', 'cron',
    'sync', 'loader', 'crawler', 'build', 'deploy', 'deployment', 'release', 'node', 'pod', 'container', 'host',
    'disk', 'network', 'connection', 'site', 'website', 'upload', 'backup', 'restore', 'batch', 'export', 'import',
    'region', 'vendor', 'provider', 'dependency', 'upstream', 'downstream', 'request', 'call', 'payment',
    'transaction', 'message', 'event', 'transfer', 'test', 'check', 'task', 'dag', 'run', 'model', 'bot', 'agent',
    'device', 'sensor', 'kernel', 'driver', 'firmware', 'lambda', 'socket', 'primary', 'leader', 'shard', 'query',
    'cdn', 'dns', 'warehouse', 'firewall', 'vpn', 'platform', 'portal', 'dashboard',
    // Machines in the field: "the kiosk froze", "the encoder skipped counts", "the pump failed".
    'kiosk', 'scanner', 'printer', 'terminal', 'robot', 'camera', 'drone', 'conveyor', 'plc', 'pump', 'motor',
    'actuator', 'inverter', 'encoder', 'relay', 'valve', 'compressor', 'turbine', 'charger', 'importer', 'exporter', 'parser',
  ],
  // Verbs of a system failing, after its noun: "the job failed", "our API timed out", "the queue backed up".
  failVerb: [
    '~fail', '~crash', '~break', '~hang', '~stall', '~die', '~error', '~deadlock', '=timed out', 'times out',
    '~go down', '~fall over', '~back up', '~run out', '~overflow', '~freeze', '~leak', '~corrupt', '~go offline',
    '~go dark', '~go quiet', '~misfire', '~stop responding', '~stop working',
  ],
  timedOut: ['=timed out', 'times out'],
  // The people a failure reaches: "some users could not log in", "players could not connect".
  people: ['user', 'customer', 'client', 'player', 'patient', 'driver', 'operator', 'shopper', 'subscriber', 'member', 'visitor', 'tester', 'agent', 'rider', 'guest', 'fan'],
  // The network under a device: "whenever the stadium's LTE got congested", "if the Wi-Fi dropped".
  net: ['wifi', 'wi fi', 'lte', '4g', '5g', 'internet', 'signal', 'connectivity', 'bluetooth', 'network', 'connection', 'reception', 'uplink', 'vpn'],
  // Adverbs and helpers that may stand between a system and its failure: "the job silently failed".
  failAdverb: [
    'silently', 'sometimes', 'occasionally', 'repeatedly', 'intermittently', 'randomly', 'regularly', 'eventually',
    'had', 'would', 'kept', 'then', 'also', 'once', 'often', 'finally', 'still', 'quietly', 'briefly', 'partially',
  ],
  // The state of a thing that failed, before its noun: "failed payments", "stuck jobs", "broken builds".
  failedAdjective: [
    'failed', 'failing', 'broken', 'stuck', 'hung', 'stalled', 'crashed', 'crashing', 'orphaned', 'corrupted',
    'corrupt', 'dropped', 'lost', 'missing', 'malformed', 'poison', 'zombie', 'runaway', 'unacked', 'undelivered',
    'half written', 'partial', 'timed out', 'dead', 'flaky', 'flakey',
  ],
  // Duplicates are a failure of data ("duplicate charges"), not of systems ("duplicate services" is waste).
  duplicateAdjective: ['duplicate', 'duplicated', 'double'],
  // What happens to data that is mishandled. Not "skip" ("skipped the event" is a social one).
  lossVerb: ['~lose', '~drop', '~corrupt', '~duplicate', 'double ~count', '~overwrite', '~clobber', '~misroute'],
  // "lost or duplicated": not "delayed" or "skipped" ("delayed or dropped" is said of projects).
  lossWord: ['lost', 'dropped', 'duplicated', 'corrupted', 'reordered', 'overwritten', 'double counted', 'misrouted'],
};

/** Words after a data or system noun that make it a job hunt or a chore: "failed job interviews", "data entry". */
export const JOB_HUNT = ['interview', 'interviews', 'application', 'applications', 'posting', 'postings', 'search', 'hunt', 'offer', 'offers', 'title', 'market', 'entry', 'deadline', 'deadlines', 'date', 'dates', 'to'];

/**
 * System nouns that mark a technical context near a word with an everyday sense ("the resilience of
 * the gateway"). Not the ones with everyday senses of their own: "build resilience", "run", "job",
 * "test", "call", "model", "driver".
 */
const EVERYDAY_NOUNS = new Set(['terminal', 'camera', 'motor', 'pump', 'printer', 'charger', 'relay', 'robot', 'platform', 'portal', 'dashboard', 'warehouse', 'build', 'run', 'job', 'test', 'check', 'call', 'task', 'agent', 'driver', 'device', 'model', 'store', 'feed', 'site', 'import', 'export', 'event', 'message', 'request', 'transfer', 'release', 'bot', 'leader', 'primary', 'vendor', 'provider', 'upstream', 'downstream', 'engine', 'restore', 'sync', 'region', 'function', 'host']);
export const SYSTEM_NEAR = FRAME_SLOTS.system!.filter((w) => !EVERYDAY_NOUNS.has(w));

/** "predicting sensor failure" is a model's subject, not a failure met. */
export const PREDICTING = ['predicting', 'predict', 'predicts', 'predicted', 'forecasting', 'forecast', 'forecasts'];

/** Verbs of tidying: "removed duplicate records from the CRM" is a chore, not a failure met. */
export const CLEANUP = ['removed', 'remove', 'removing', 'cleaned', 'clean', 'cleaning', 'deleted', 'delete', 'merged', 'merge', 'merging', 'eliminated', 'eliminate', 'consolidated', 'consolidate', 'reduced', 'cut'];

/** Data in motion, whose duplicates are a failure: "a duplicate webhook", "deduplicating payments". */
export const IN_FLIGHT = ['message', 'event', 'webhook', 'payment', 'charge', 'order', 'transaction', 'delivery', 'request', 'notification', 'payout', 'refund', 'transfer', 'write'];

/** Operational words that give "incident" and "monitoring" their system sense. */
/**
 * Words of statistics and numerical work: near them "regression" is a fitted model and "the error" a
 * quantity minimised ("piecewise linear regression", "minimizes the squared error"), not a failure.
 */
export const STATISTICS = [
  'linear', 'logistic', 'ridge', 'lasso', 'polynomial', 'multiple', 'multivariate', 'poisson', 'quantile', 'bayesian',
  'nonlinear', 'kernel', 'ordinal', 'stepwise', 'univariate', 'ols', 'analysis', 'coefficient', 'statistical',
  'statistics', 'econometric', 'classification', 'clustering', 'stata', 'spss', 'forest', 'svr', 'least', 'squares',
  'variable', 'predictor', 'r', 'model', 'modeling',
  'piecewise', 'contour', 'directional', 'sectional', 'panel', 'effects', 'boosting', 'isotonic', 'nonparametric', 'parametric', 'estimator', 'spline', 'splines', 'covariate', 'covariates', 'squared',
];

export const OPS_CONTEXT = [
  'production', 'prod', 'service', 'server', 'system', 'cluster', 'api', 'database', 'infrastructure', 'infra',
  'pipeline', 'queue', 'outage', 'alert', 'alerting', 'pager', 'call', 'oncall', 'sre', 'ops', 'uptime', 'latency',
];
