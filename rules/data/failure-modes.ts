// Operational language: words and phrasings that show the writer thinks about what fails, how it is
// noticed and what protects against it, for every kind of engineering role (a mobile letter speaks
// of crash-free sessions, an ML letter of regression evals, a data letter of backfills).
//
// Patterns use the phrase syntax of src/phrases.ts (plain lower-case words, "a|b" alternatives, "?"
// optional, "*" any one word, "=word" that exact form), matched by stem, plus three notations that
// rules/failure-language.ts expands, so that the data names a family once and its variants are generated:
//   {slot}      every entry of the word list FRAME_SLOTS[slot] (multi-word entries become their own pattern)
//   ~verb       every inflection of the verb, irregular ones included (~break: break, broke, broken, breaking…)
//   dead-letter a compound written closed, hyphenated or open (deadletter, dead-letter, dead letter)
// Stems already fold plurals and regular -s/-ed/-ing forms, so "timeout" also reads "timeouts".
//
// Personality words ("reliable", "dependable", "resilient", "consistent", "robust", "scalable") are
// left out on purpose: they describe the writer or a wish, not a failure. Words with an everyday sense
// ("incident", "monitoring", "duplicate", "regression", "drift") come with a sense check: `near` (some
// operational word must stand within `window` words), `notNear` (no everyday-sense word may), or
// `notInside` (no such word inside the matched span, for frames with "*" slots).

import type { PhraseSpec } from '../../src/phrases.js';

export type FailureRole = 'backend' | 'mobile' | 'ml' | 'qa' | 'security' | 'data' | 'frontend';

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

const PERSONAL = ['my', 'personal', 'your', 'his', 'her'];
const POSSESSIVES = ['my', 'his', 'her', 'your', 'their'];

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
    '~deduct', '~notify', '~redeliver', '~replay', '~ingest',
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
  ],
  // Verbs of a system failing, after its noun: "the job failed", "our API timed out", "the queue backed up".
  failVerb: [
    '~fail', '~crash', '~break', '~hang', '~stall', '~die', '~error', '~deadlock', '=timed out', 'times out',
    '~go down', '~fall over', '~back up', '~run out', '~overflow', '~freeze', '~leak', '~corrupt', '~go offline',
    '~go dark', '~go quiet', '~misfire',
  ],
  timedOut: ['=timed out', 'times out'],
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
const JOB_HUNT = ['interview', 'interviews', 'application', 'applications', 'posting', 'postings', 'search', 'hunt', 'offer', 'offers', 'title', 'market', 'entry', 'deadline', 'deadlines', 'date', 'dates', 'to'];

/**
 * System nouns that mark a technical context near a word with an everyday sense ("the resilience of
 * the gateway"). Not the ones with everyday senses of their own: "build resilience", "run", "job",
 * "test", "call", "model", "driver".
 */
const EVERYDAY_NOUNS = new Set(['build', 'run', 'job', 'test', 'check', 'call', 'task', 'agent', 'driver', 'device', 'model', 'store', 'feed', 'site', 'import', 'export', 'event', 'message', 'request', 'transfer', 'release', 'bot', 'leader', 'primary', 'vendor', 'provider', 'upstream', 'downstream', 'engine', 'restore', 'sync', 'region', 'function', 'host']);
const SYSTEM_NEAR = FRAME_SLOTS.system!.filter((w) => !EVERYDAY_NOUNS.has(w));

/** "predicting sensor failure" is a model's subject, not a failure met. */
const PREDICTING = ['predicting', 'predict', 'predicts', 'predicted', 'forecasting', 'forecast', 'forecasts'];

/** Verbs of tidying: "removed duplicate records from the CRM" is a chore, not a failure met. */
const CLEANUP = ['removed', 'remove', 'removing', 'cleaned', 'clean', 'cleaning', 'deleted', 'delete', 'merged', 'merge', 'merging', 'eliminated', 'eliminate', 'consolidated', 'consolidate', 'reduced', 'cut'];

/** Data in motion, whose duplicates are a failure: "a duplicate webhook", "deduplicating payments". */
const IN_FLIGHT = ['message', 'event', 'webhook', 'payment', 'charge', 'order', 'transaction', 'delivery', 'request', 'notification', 'payout', 'refund', 'transfer', 'write'];

/** Operational words that give "incident" and "monitoring" their system sense. */
const OPS_CONTEXT = [
  'production', 'prod', 'service', 'server', 'system', 'cluster', 'api', 'database', 'infrastructure', 'infra',
  'pipeline', 'queue', 'outage', 'alert', 'alerting', 'pager', 'call', 'oncall', 'sre', 'ops', 'uptime', 'latency',
];

export const failureFamilies: readonly FailureFamily[] = [
  // ---- frames: a failure said in the writer's own words -------------------------------------------
  // "crash rate", "wrong-answer rate", "number of incidents", "crash-free sessions".
  {
    id: 'failure-rate',
    role: 'backend',
    terms: ['{failureNoun} {rateWord}', 'rate|ratio|percentage|number|count of {failureNoun}', '{failureNoun} free session|user|rate|day|release', 'crash|incident|outage|downtime free'],
  },
  // "lost or duplicated", "dropped and reordered": two of the ways data goes wrong, side by side.
  { id: 'lost-or-duplicated', role: 'backend', terms: ['{lossWord} or|and|nor {lossWord}'] },
  // "processed twice", "charged the customer twice", "double-charged", "delivered more than once".
  {
    id: 'done-twice',
    role: 'backend',
    terms: [
      { pattern: '{action} *? *? twice', notFollowedBy: ['a', 'an', 'per', 'each', 'every', 'as', 'weekly', 'daily', 'monthly', 'yearly', 'over', 'the', 'that', 'what', 'more', 'less', 'than', 'at', 'in', 'on', 'to', 'with', 'by'] },
      '{action} *? *? more than once',
      '=double {action}',
      '=double ~load',
      '~send twice',
      'same *? *? twice',
      // "a meter sends the same reading again".
      'same {data} again',
    ],
    // "delivered the workshop twice", "made the same mistake twice", "charged me twice" said of a shop.
    notInside: [...POSSESSIVES, 'me', 'i', 'mistake', 'error', 'talk', 'keynote', 'workshop', 'presentation', 'course', 'training', 'lecture', 'speech', 'class', 'session', 'demo', 'pitch', 'paper'],
  },
  // "lost events", "dropped incoming messages", "corrupted rows" — but not "lost my job" or "drop an email".
  { id: 'data-mishandled', role: 'backend', terms: [{ pattern: '{lossVerb} *? {data}', notFollowedBy: JOB_HUNT, notPrecededBy: CLEANUP }], notInside: [...POSSESSIVES, 'a', 'an', 'me', 'us', 'manual'] },
  // "orders were lost", "messages got dropped", "rows were silently skipped".
  {
    id: 'data-was-lost',
    role: 'backend',
    terms: [{ pattern: '{data} was|were|got|are|is|being|been silently? lost|dropped|duplicated|corrupted|skipped|overwritten|reordered|misrouted', notPrecededBy: POSSESSIVES }],
  },
  // "nothing is dropped", "no message is ever duplicated" — the guarantee, said plainly.
  {
    id: 'never-lost',
    role: 'backend',
    terms: [
      {
        pattern: 'never|nothing|none|no *? *? *? *? lost|dropped|duplicated|corrupted',
        notFollowedBy: ['on', 'in', 'sight', 'track', 'focus', 'hope', 'patience', 'interest', 'touch', 'sleep', 'time', 'momentum', 'weight', 'out', 'the', 'a', 'an', 'my', 'any', 'our', 'their', 'his', 'her', 'ball'],
      },
    ],
    notInside: ['i', 'we', 'you', 'he', 'she', 'they', 'one', 'ball', 'time', 'love', 'sleep'],
  },
  // "the job failed", "payments sometimes timed out", "the queue backs up", "the stream went quiet".
  { id: 'system-failed', role: 'backend', terms: [{ pattern: '{system} {failAdverb}? {failVerb}', notFollowedBy: ['to', 'out', 'through', 'up', 'ground', 'even', 'new', 'free', 'into', 'in'] }] },
  // "failed payments", "stuck jobs", "a broken build", "duplicate charges".
  {
    id: 'failed-thing',
    role: 'backend',
    terms: [
      { pattern: '{failedAdjective} {data}', notFollowedBy: JOB_HUNT },
      { pattern: '{failedAdjective} {system}', notFollowedBy: JOB_HUNT },
      { pattern: '{duplicateAdjective} *? {data}', notFollowedBy: JOB_HUNT, notPrecededBy: CLEANUP },
      // "pipeline failures", "payment errors", "network outages", "message loss".
      // "app startup failures", "database connection timeouts".
      { pattern: '{system}|{data} *? failure|outage|crash|timeout', notPrecededBy: [...POSSESSIVES, ...PREDICTING] },
      // "payment success rate" is a failure rate turned round; "interview success rate" is not a system's.
      '{system}|{data} success rate',
    ],
    notInside: ['manual', 'my', 'your', 'their', 'our', 'the', 'a', 'an'],
  },
  // "message loss", "packet loss"; not "job loss" or "weight loss".
  { id: 'data-loss', role: 'backend', terms: ['{data} loss'], notInside: ['job', 'weight', 'state'] },
  // "when the vendor API went down, …", "if the primary is unreachable", "when it went down".
  {
    id: 'when-down',
    role: 'backend',
    terms: [{ pattern: 'when|whenever|if|after|until|while|before *? *? {system}|it|they ~go|~be down|offline|unavailable|unreachable|degraded|overloaded|saturated', notFollowedBy: ['to', 'by', 'from', 'on', 'for', 'with'] }],
  },
  // "when the primary fails", "if a worker crashes", "until the job times out".
  {
    id: 'when-fails',
    role: 'backend',
    terms: [{ pattern: 'when|whenever|if|until|once *? *? *? ~fail|~crash|~hang|~stall|~break|{timedOut}', notFollowedBy: ['out', 'through', 'into', 'up', 'ground', 'even', 'new', 'free', 'to', 'down', 'in', 'my', 'the', 'a', 'an', 'their', 'our', 'me', 'us', 'them', 'him', 'her', 'at', 'on'] }],
    // People and plans fail too: "when I failed my exam", "if the project fails".
    notInside: [...POSSESSIVES, 'i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'someone', 'people', 'project', 'startup', 'business', 'company', 'plan', 'idea', 'attempt', 'exam', 'news', 'relationship', 'course', 'class', 'team', 'student', 'war', 'pandemic', 'career', 'economy', 'market', 'deal', 'talk'],
  },
  // "what happens when you type a URL" is curiosity about the happy path.
  // "the file from a region arrives late", "the webhook arrived twice", "only half of the batch arrived".
  {
    id: 'data-arrives-wrong',
    role: 'data',
    terms: ['{data} *? *? *? ~arrive late|twice|again|incomplete|partially|truncated|early', '{data} *? *? *? ~arrive out of order', 'half of it|the|each|a {data}? ~arrive'],
    notInside: ['i', 'we', 'you', 'he', 'she', 'they', 'me'],
  },
  // "when something goes wrong upstream", "the sync went wrong": not "I stay calm when things go wrong".
  { id: 'goes-wrong', role: 'backend', terms: ['{system} ~go wrong', '~go wrong upstream|downstream|overnight|silently', '~go wrong in production|prod'] },
  { id: 'what-happens-when', role: 'backend', terms: [{ pattern: 'what happens when|if', notFollowedBy: ['you', 'people', 'users', 'a', 'an', 'customers', 'we', 'i', 'someone', 'they'] }] },
  // "a bug that double-charged", "the race which dropped writes", "a defect causing data loss".
  {
    id: 'bug-that-caused',
    role: 'qa',
    terms: ['bug|defect|glitch|race|leak that|which|where? ~cause|~drop|~lose|~corrupt|~duplicate|~break|~crash|~leak|=double|~charge|~skip|~delete|~overwrite|silently|~let'],
  },
  // "I broke production once", "breaking changes" to an API: not "broke into tech".
  { id: 'broke-something', role: 'backend', terms: ['~break production|prod|checkout|main|master|builds', '~break the build|site|checkout', 'breaking change', 'fail safe', 'failsafe'] },
  {
    id: 'root-cause',
    role: 'backend',
    terms: ['root cause', 'root-caused', 'rca', 'five whys'],
    // The root cause of low morale is a management finding, not a failure analysed.
    notNear: ['morale', 'conflict', 'turnover', 'attrition', 'disagreement', 'misunderstanding', 'complaint', 'dissatisfaction', 'sales', 'churn', 'decline', 'poverty', 'disease'],
  },

  // ---- backend and operations -----------------------------------------------------------------------
  { id: 'retries', role: 'backend', terms: ['retry', 'backoff', 'exponential|jittered back-off', 'retry storm'] },
  // "at least once a month" is a habit.
  { id: 'idempotency', role: 'backend', terms: ['idempotent', 'idempotency', 'idempotence', 'idempotently', { pattern: 'safe|safely to? rerun|retry|replay|restart|resume', notFollowedBy: [...POSSESSIVES, 'our', 'a', 'an'] }, 'rerunnable', 'restartable', 'resumable'] },
  // Offline edits that meet: not "I resolve conflicts within the team".
  {
    id: 'sync-conflicts',
    role: 'mobile',
    terms: ['conflict', 'conflicting write|writes|edit|edits|update|updates'],
    near: ['sync', 'offline', 'device', 'replica', 'replication', 'crdt', 'concurrent', 'write', 'edit', 'version', 'clock', 'merge', 'wins'],
    notNear: ['team', 'stakeholder', 'colleague', 'people', 'interpersonal', 'manager', 'customer', 'skill', 'skills', 'personality', 'priorities'],
  },
  // "kept the build green", "the suite stays green".
  { id: 'kept-green', role: 'qa', terms: ['~keep *? *? *? *? build|suite|ci|test|pipeline|main|master green', 'build|suite|ci|test|pipeline|main|master ~stay|~go|~turn red|green'] },
  // Delivery guarantees; not "I have been there exactly once" or "at least once a month".
  {
    id: 'delivery-guarantees',
    role: 'backend',
    terms: ['exactly once', { pattern: 'at least|most once', notFollowedBy: ['a', 'an', 'per', 'every', 'each', 'in', 'during'] }],
    near: [...IN_FLIGHT, 'delivery', 'semantics', 'processing', 'processed', 'kafka', 'stream', 'guarantee', 'applied', 'consumer', 'queue', 'run', 'job', 'handler', 'effect', 'executed', 'delivered'],
  },
  {
    id: 'timeouts',
    role: 'backend',
    terms: [
      'timeout',
      // "took time out to mentor" is a break, not a deadline.
      { pattern: 'time|times|timed|timing out', notPrecededBy: ['take', 'took', 'taking', 'takes', 'taken', 'some', 'spare'] },
      'deadline exceeded|exceeds',
    ],
  },
  {
    id: 'outages',
    role: 'backend',
    terms: [
      'outage',
      // "in my downtime I read" is leisure.
      { pattern: 'downtime', notPrecededBy: ['my', 'spare', 'personal', 'of', 'during', 'in'] },
      'zero|no|planned|unplanned downtime',
      // Named objects only: "brought p99 down" is a metric, not an outage.
      '~take|~bring|~knock the? {system} down|offline',
      // "our systems were down for a week"; not "the team was down to two people".
      { pattern: '{system} ~be down|offline|unavailable|unreachable', notFollowedBy: ['to', 'by', 'from', 'on', 'with'] },
    ],
  },
  {
    id: 'incidents',
    role: 'backend',
    // "an incident with a difficult customer taught me patience" is not an operations incident.
    terms: ['incident'],
    near: [
      ...OPS_CONTEXT, 'security', 'sev', 'sev0', 'sev1', 'sev2', 'sev3', 'p0', 'p1', 'p2', 'major', 'critical', 'response',
      'responder', 'review', 'commander', 'command', 'management', 'postmortem', 'mortem', 'handling', 'triage',
      'rotation', 'retro', 'retrospective', 'runbook', 'channel', 'ticket', 'data', 'privacy', 'reliability', 'operational',
      'cyber', 'live', 'handle', 'triaged', 'resolve', 'mitigate', 'respond', 'debug', 'investigate', 'escalate', 'fewer',
      'zero', 'reduce', 'cut', 'prevent', '=paging', '=paged', 'blameless', 'deploy', 'quality', 'indexing', 'notes',
      'facing', 'quarter', 'caused', 'severity', 'recovery', 'detection', 'mttr', 'sla', 'slo', 'root', 'dropped',
    ],
    notNear: ['workplace', 'injury', 'accident', 'student', 'patient', 'harassment', 'police', 'school', 'classroom', 'hr', 'playground'],
    window: 5,
  },
  { id: 'post-incident', role: 'backend', terms: ['post-mortem', 'post-incident', 'incident review', 'blameless', 'sev 0|1|2|3', 'sev0|sev1|sev2|sev3'] },
  // Rolling back a deploy, not "rolled back the price increase".
  {
    id: 'rollbacks',
    role: 'frontend',
    terms: ['rollback', 'roll|rolled|rolling back'],
    near: [
      ...OPS_CONTEXT, ...SYSTEM_NEAR, 'bad', 'automatic', 'automatically', 'version', 'change', 'schema', 'config', 'plan',
      'canary', 'feature', 'flag', 'click', 'instant', 'tested', 'safe', 'wave', 'second', 'minute', 'migration', 'commit', 'error',
      'step', 'script', 'path', 'strategy', 'helm', 'terraform', 'git', 'code', 'patch', 'upgrade', 'failed',
    ],
    notNear: ['price', 'pricing', 'policy', 'regulation', 'tax', 'decision', 'benefit'],
  },
  { id: 'reverts', role: 'frontend', terms: ['revert|reverted the|a? deploy|release|migration'] },
  {
    id: 'reconciliation',
    role: 'data',
    terms: [
      'reconciliation',
      'reconciler',
      // "reconcile competing priorities" is diplomacy.
      { pattern: 'reconcile|reconciled|reconciling', notFollowedBy: ['differences', 'different', 'competing', 'conflicting', 'opposing', 'views', 'opinions', 'priorities', 'perspectives', 'my', 'our', 'their', 'myself', 'with', 'these', 'those', 'two', 'both'] },
    ],
  },
  {
    id: 'monitoring',
    role: 'backend',
    // "monitoring student progress" watches people; an operational monitor watches a system.
    terms: ['monitor'],
    near: [
      ...OPS_CONTEXT, 'alerts', 'dashboard', 'prometheus', 'grafana', 'datadog', 'relic', 'sentry', 'pagerduty', 'honeycomb',
      'splunk', 'kibana', 'cloudwatch', 'error', 'metric', 'log', 'logging', 'tracing', 'trace', 'observability', 'endpoint',
      'synthetic', 'apm', 'sli', 'slo', 'drift', 'model', 'gpu', 'stack', 'coverage', 'network', 'db', 'disk', 'cpu', 'memory',
      'step', 'lag', 'failure', 'fallback', 'freshness', 'saturation', 'throughput', 'cron', 'heartbeat', 'canary', 'deploy',
      'deployment', 'rollout', 'kubernetes', 'k8s', 'container', 'cluster', 'node', 'host', 'fleet', 'platform', 'transaction',
    ],
  },
  {
    id: 'alerting',
    role: 'backend',
    terms: [
      // "I stay alert" is a trait; "my job alerts" is how the writer found the posting.
      { pattern: '=alert', notPrecededBy: ['am', 'is', 'are', 'be', 'stay', 'stayed', 'remain', 'keep', 'kept', 'very', 'always', 'more', 'mentally', 'and', 'job', 'email'] },
      { pattern: '=alerts|=alerting|=alerted', notPrecededBy: ['job', 'jobs', 'email', 'news', 'linkedin', 'google', 'indeed'] },
      'observability',
    ],
  },
  {
    id: 'slos',
    role: 'backend',
    terms: [
      'slo', 'sla', 'sli', 'error budget', 'uptime', 'high availability', 'availability target|zone|sla', 'mttr', 'mttd', 'mtbf',
      'mean time to|between',
      // Not "time to recover" alone: "I took time to recover" is a rest.
      'time to recovery|restore|detect|detection|mitigate|mitigation|acknowledge|resolution', 'nines of availability',
    ],
  },
  {
    id: 'availability',
    role: 'backend',
    // "99.95% availability" ("%" breaks the phrase, so the figure is looked for nearby); not "my availability for a call".
    terms: ['availability', 'durability', 'three|four|five nines'],
    near: ['99', '99.5', '99.9', '99.95', '99.99', '99.995', '99.999', 'nines', 'sla', 'slo', 'target', 'zone', 'region', 'uptime', 'high'],
    window: 3,
  },
  // "sat in on calls with customers" is meetings, not a rotation.
  // "a one-pager" is a document.
  { id: 'on-call', role: 'backend', terms: [{ pattern: 'on call', notFollowedBy: ['with'] }, 'oncall', { pattern: 'pager', notPrecededBy: ['one', 'two', 'three', 'single', 'multi', 'a'] }, 'pagerduty', 'opsgenie', '=paged', '=paging'] },
  { id: 'data-integrity', role: 'backend', terms: ['data integrity|loss|corruption', 'integrity check', 'checksum', 'audit trail|log', 'invariant', 'corrupted'] },
  // Not "anti-corruption work".
  { id: 'corruption', role: 'backend', terms: ['corruption'], notNear: ['political', 'government', 'anti', 'fight', 'bribery', 'fraud', 'police', 'public', 'officials'] },
  // Only the adverbs go with "consistent": "strong, consistent performer" describes the writer.
  {
    id: 'consistency',
    role: 'backend',
    terms: [
      'eventual|strong|data|transactional|causal|read|write|crash consistency',
      'eventually|strongly|transactionally|causally|crash consistent',
      'consistency check|guarantee|model',
      { pattern: 'correctness', notPrecededBy: PERSONAL },
    ],
  },
  { id: 'reliability-of', role: 'backend', terms: ['reliability of|for the|our|its|their|a? *? {system}'] },
  {
    id: 'stability',
    role: 'mobile',
    // "app stability", "stabilized the flaky pipeline"; not "job stability" or "stabilized the team".
    terms: ['stability', 'instability', 'unstable', '~stabilize'],
    near: [...OPS_CONTEXT, ...SYSTEM_NEAR, 'crash', 'flaky', 'build', 'ci', 'release', 'platform', 'infrastructure', 'performance'],
    notNear: ['job', 'financial', 'emotional', 'career', 'employment', 'economic', 'political', 'housing', 'income', 'family', 'team', 'personal', 'my'],
  },
  {
    id: 'reliability',
    role: 'backend',
    // "Site Reliability Engineer" is a job title and "I value reliability" a trait; a system's
    // reliability comes with the system.
    // "enhancing platform reliability" and "operational reliability to every team" are claims; the
    // reliability of a named system, or reliability next to its evidence, is not.
    terms: [{ pattern: 'reliability', notPrecededBy: PERSONAL, notFollowedBy: ['engineer', 'engineers', 'role', 'position'] }],
    near: [
      'uptime', 'availability', 'slo', 'sla', 'sli', 'outage', 'incident', 'error', 'failure', 'retry', 'timeout', 'alert',
      'oncall', 'pager', 'mttr', 'failover', 'redundancy', 'nines', 'degradation', 'crash', 'flaky', 'flakiness',
    ],
  },
  {
    id: 'degradation',
    role: 'backend',
    terms: [
      'graceful|gracefully degradation|~degrade|shutdown|drain', 'degraded mode|service', 'backpressure', 'back pressure',
      'load shedding', 'shed load', 'rate limit|limiting|limiter', '~throttle', 'bulkhead', 'thundering herd', 'cache stampede',
      'noisy neighbor|neighbour', 'hot partition|shard', 'split brain', 'cascading failure', 'head of line blocking',
    ],
  },
  { id: 'queues', role: 'backend', terms: ['dead-letter queue|topic', 'dlq', 'poison message|pill|job|queue', 'stuck message|job|queue|consumer'] },
  {
    id: 'failover',
    role: 'backend',
    terms: [
      'failover', '~fail over', 'circuit breaker|breaking',
      // "my fallback plan" is the writer's.
      { pattern: 'fallback', notPrecededBy: POSSESSIVES, notFollowedBy: ['plan', 'career', 'option', 'job', 'position'] },
      // "fall back on my experience" is a figure of speech.
      { pattern: 'fall|falls|fell back', notFollowedBy: ['on', 'upon', 'into', 'in'] },
      'single point of failure', 'disaster recovery', 'recovery time|point objective', 'point in time recovery',
      // Alone, "RTO" is as often "return to office".
      'rto and|or rpo', 'rpo and|or rto', 'backup restore', 'backup and|or recovery|restore', 'restore drill|test',
    ],
  },
  { id: 'release-safety', role: 'frontend', terms: ['canary', 'canaried', 'feature flag|flagged', 'kill switch', 'blue-green deploy|deployment|release|rollout|cutover|switch|strategy', 'staged|phased|progressive rollout', 'shadow mode|deployment|deploy', 'dark launch', 'hotfix', 'hot fix'] },
  {
    id: 'runbooks',
    role: 'backend',
    terms: ['runbook', 'playbook'],
    // "our sales playbook" is a method, not a runbook.
    notNear: ['sales', 'marketing', 'growth', 'hiring', 'onboarding', 'interview', 'content', 'seo', 'brand', 'recruiting', 'career', 'leadership'],
  },
  { id: 'chaos', role: 'qa', terms: ['chaos testing|engineering|experiment|monkey', 'fault tolerance|tolerant|injection|injected', 'load|stress|soak test|testing|tested'] },
  {
    id: 'redundancy',
    role: 'backend',
    terms: [
      // In British English "redundancy" is also a layoff: "a new role following redundancy".
      { pattern: 'redundancy', notPrecededBy: ['my', 'following', 'after', 'voluntary', 'compulsory', 'facing', 'of', 'through', 'recent', 'since', 'made'] },
      // "redundant steps" and "redundant spreadsheets" are waste, not spare capacity.
      'redundant replica|node|host|server|instance|copy|region|zone|link|power|path|storage|database|network|datacenter',
      'replica|replication lag',
    ],
  },
  {
    id: 'crashes',
    role: 'mobile',
    // "the market crashed" and "crashed on a friend's couch" are no app's crash.
    terms: [{ pattern: 'crash|crashed|crashing|crashloop', notFollowedBy: ['course'] }],
    near: [
      ...OPS_CONTEXT, ...SYSTEM_NEAR, 'rate', 'free', 'report', 'reporting', 'android', 'ios', 'mobile', 'loop', 'dump',
      'user', 'session', 'oom', 'memory', 'startup', 'launch', 'reduce', 'cut', 'fewer', 'fix', 'debug', 'investigate', 'trace',
      'zero', 'when', 'if', 'whenever', 'until', 'after', 'halfway', 'recover', 'restart', 'kernel', 'segfault', 'bug',
    ],
    notNear: ['market', 'stock', 'couch', 'sofa', 'car', 'bike', 'plane', 'party', 'diet', 'housing', 'economy', 'friend', 'course'],
    window: 6,
  },
  { id: 'crash-tools', role: 'mobile', terms: ['crashlytics', 'crash report|reporting|dump|loop'] },
  // "I would join in a heartbeat" is an idiom.
  { id: 'health-checks', role: 'backend', terms: ['healthcheck', { pattern: 'heartbeat', notPrecededBy: ['a'] }, 'watchdog', 'liveness|readiness probe'] },
  // A service's health checks, not the clinic's.
  {
    id: 'health-check',
    role: 'backend',
    terms: ['health check|checking'],
    near: [...OPS_CONTEXT, ...SYSTEM_NEAR, 'kubernetes', 'k8s', 'endpoint', 'probe', 'fail', 'failing', 'failed', 'route', 'traffic', 'restart', 'unhealthy', 'synthetic'],
  },
  {
    id: 'resilience',
    role: 'backend',
    // "grit and resilience" is a trait; "resilience" of a system usually comes with a system noun.
    terms: ['resilience'],
    // "it taught me resilience" is a trait; a system's resilience comes with the system or its failures.
    near: [...OPS_CONTEXT, ...SYSTEM_NEAR, 'testing', 'engineering', 'pattern', 'platform', 'architecture', 'fault', 'failure', 'distributed', 'cloud', 'region', 'operational', 'chaos'],
    notNear: [...PERSONAL, 'me', 'grit', 'emotional', 'mental', 'personal', 'perseverance', 'patience', 'determination'],
  },
  { id: 'concurrency', role: 'backend', terms: ['race condition', 'deadlock', 'data race', 'concurrent writes|updates|requests|edits|transactions|workers', 'lost update', 'double spend'] },
  {
    id: 'deduplication',
    role: 'data',
    terms: ['deduplicate', 'deduplication', 'dedupe', 'deduped', 'dedup'],
    // Deduplicating a stream is a guarantee; deduplicating the CRM's contacts is a chore.
    notNear: ['crm', 'contact', 'mailing', 'list', 'spreadsheet', 'customer', 'lead', 'excel', 'manual'],
    window: 6,
    near: [...IN_FLIGHT, 'reading', 'row', 'record', 'interval', 'file', 'key', 'idempotency', 'idempotent', 'stream', 'queue', 'consumer', 'retry', 'pipeline', 'kafka', 'ingest', 'exactly', 'once', 'replay', 'redelivery', 'window', 'at', 'least'],
  },
  { id: 'failure-modes', role: 'backend', terms: ['partial failure|outage|write|load|upload|batch|file', 'failure mode|domain|scenario|case|injection|handling', 'edge case', 'silent|silently failure|~fail|dropped|corrupted|lost|skipped|skipping|skip|swallowed|~error'] },
  {
    id: 'production-trouble',
    role: 'backend',
    terms: [
      'production|prod issue|bug|failure|outage|incident|defect|error|fire|firefight|firefighting',
      'bug|issue|failure|error|defect in production|prod',
      'debug|debugged|debugging production|prod',
      'critical|severe|blocking|showstopper bug|defect', 'customer|user reported bug|defect|incident|issue|crash', 'high severity bug|defect|incident|vulnerability',
      'exception handling', 'error analysis', 'input validation|sanitization|sanitisation', 'negative test|testing',
      'distributed tracing', 'opentelemetry', 'structured logging',
      'automated|nightly|daily|hourly|database|db|offsite|encrypted backup',
      'poor|spotty|intermittent|unreliable|lost|no connectivity|signal',
      'memory|connection|goroutine|thread|socket|handle leak', 'file descriptor leak',
      'out of memory|disk|connections', 'oom', 'oomkilled', '5xx', '500 error', 'uncaught|unhandled exception|rejection|error',
    ],
  },

  // ---- mobile --------------------------------------------------------------------------------------
  {
    id: 'mobile-hangs',
    role: 'mobile',
    terms: [
      'anr', 'application|app not responding', 'app|ui ~hang|~freeze|~stall|jank', 'main thread ~hang|~block|~stall',
      'force close', 'watchdog termination', 'offline sync|first|mode|queue', 'sync|write|edit|replication conflict', 'crash report',
    ],
  },

  // ---- ML and AI -----------------------------------------------------------------------------------
  {
    id: 'evals',
    role: 'ml',
    terms: [
      // "performance evals" are reviews of people.
      { pattern: '=eval|=evals', notPrecededBy: ['performance', 'annual', 'employee', 'peer', 'self', 'my', 'year', 'end'] },
      'evaluation suite|harness|set|pipeline|framework|gate',
      'regression|offline|online|golden eval|evals|evaluation|set|dataset|suite|test',
      'eval suite|harness|set|pipeline|gate',
    ],
  },
  {
    id: 'model-failures',
    role: 'ml',
    terms: [
      'hallucination', '~hallucinate', 'jailbreak', 'prompt injection', 'red-team', 'red-teaming', 'red-teamed',
      'adversarial attack|example|input|testing|prompt', 'model|accuracy|quality|performance degradation', 'out of distribution', 'toxic output|content', 'data leakage', 'training serving skew', 'train serve skew',
    ],
  },
  { id: 'drift', role: 'ml', terms: ['model|data|concept|feature|prediction|schema|config|configuration|distribution|embedding|label|clock drift', 'drift detection|alert|monitoring|check'] },
  // Safety rails on a model, a cloud account or a deploy; not "my emotional guardrails".
  { id: 'guardrails', role: 'ml', terms: [{ pattern: 'guardrail', notPrecededBy: ['my', 'personal', 'emotional', 'career'] }, 'guard rail', 'safety filter|classifier|eval'] },

  // ---- QA ------------------------------------------------------------------------------------------
  { id: 'flaky-tests', role: 'qa', terms: ['flaky|flakey test|build|ci|pipeline|job|spec|suite|check|integration|e2e|network', 'flakiness', 'test flake'] },
  {
    id: 'regressions',
    role: 'qa',
    terms: ['regression'],
    // The statistical sense: "linear regression", "regression analysis", "ran a logistic regression".
    notNear: [
      'linear', 'logistic', 'ridge', 'lasso', 'polynomial', 'multiple', 'multivariate', 'poisson', 'quantile', 'bayesian',
      'nonlinear', 'kernel', 'ordinal', 'stepwise', 'univariate', 'ols', 'analysis', 'coefficient', 'statistical',
      'statistics', 'econometric', 'classification', 'clustering', 'stata', 'spss', 'forest', 'svr', 'least', 'squares',
      'variable', 'predictor', 'r', 'model', 'modeling',
    ],
    window: 3,
  },
  {
    id: 'escaped-defects',
    role: 'qa',
    terms: [
      'escaped defect|bug', 'defect|bug escape|leakage', 'bug|defect ~escape|~slip|~leak|~reach into|to|through? production|prod|customer|user|release',
      'smoke test', 'fuzz', 'fuzzing', 'fuzzed', 'fuzzer', 'property based test|testing', 'mutation testing',
    ],
  },

  // ---- security ------------------------------------------------------------------------------------
  {
    id: 'vulnerabilities',
    role: 'security',
    terms: [
      // "showing vulnerability" is a virtue, not a CVE.
      { pattern: 'vulnerability', notPrecededBy: ['emotional', 'show', 'showing', 'showed', 'shown', 'personal', 'my', 'own', 'express', 'embrace'] },
      'cve', 'owasp', 'ransomware', 'cyberattack', 'cyber attack', 'idor', 'security attack|threat', 'security audit|review|hardening', 'zero day', 'exploitable', 'exploit chain', 'threat model', 'attack surface', 'blast radius', 'least privilege',
      'pen-test', 'penetration test|testing|tester', 'sql|command|code|template|ldap|xml injection', 'injection attack',
      'xss', 'csrf', 'ssrf', 'rce', 'cross site scripting', 'request forgery', 'privilege escalation', 'credential stuffing',
      'ddos', 'denial of service', 'account takeover', 'intrusion detection', 'malware', 'phishing', 'misconfiguration',
      'misconfigured', 'leaked|exposed|compromised credential|secret|key|token|password',
      'secret|credential|key|password leak|leakage|exposure|rotation', 'data|security|privacy|credential|account breach',
      'breach detection|response|notification', 'security incident|bug|flaw|hole|finding|patch',
    ],
  },

  // ---- data ----------------------------------------------------------------------------------------
  {
    id: 'data-quality',
    role: 'data',
    terms: [
      'data quality|validation|contract|test|freshness|downtime|incident',
      'data|column|table|field lineage', 'column level lineage', 'lineage graph|tracking|tool|metadata',
      'schema mismatch|violation|validation', 'late arriving', 'late data|event|record|row|file',
      'out of order event|message|data|record|update|delivery|arrival', '~arrive out of order',
      'bad|malformed|invalid|corrupt data|row|record|event|message|payload|input|batch', 'stale data|read|cache|dashboard|number',
      'row count check|mismatch|comparison', 'dbt test', 'anomaly alert|check',
      // "hired as a backfill" fills a seat; "replay value" is a game's.
      { pattern: 'backfill|backfills|backfilled|backfilling|replay|replayed|replays', notPrecededBy: [...PERSONAL, 'a', 'as'], notFollowedBy: ['role', 'position', 'hire', 'for', 'value'] },
    ],
  },

  // The freshness of a feed or a table, not of produce.
  { id: 'freshness', role: 'data', terms: ['freshness'], near: [...OPS_CONTEXT, ...FRAME_SLOTS.data!, 'feed', 'index', 'cache', 'dashboard', 'sla', 'table', 'model', 'check', 'stale'] },

  // ---- finding and fixing what is wrong ----------------------------------------------------------------
  {
    id: 'bugs-and-issues',
    role: 'qa',
    terms: [
      // "resolved issues for users" is support; "live issues", "data issues", "security issues" are failures.
      'production|prod|live|critical|data|security|reliability|stability|concurrency|memory|connectivity|timing|safety issue|bug|problem|flaw|hole|risk|weakness',
      // The kind of a bug names a failure: "a timezone bug", "an encoding bug".
      'timezone|encoding|unicode|null|caching|cache|logic|parsing|serialization|ordering|permission|auth|rounding|precision bug|defect',
      'time zone|off by one|daylight saving bug|error',
      'network|connection|api|database|db blip|hiccup|glitch|flap|flapping|partition',
      'production|prod *? issue|bug|failure|outage|incident|defect|error',
      // "fixed bugs", "filing bugs", "tracked down a race": not "bugs disappear".
      // Not "I caught the coding bug at twelve".
      '~fix|~spot|~find|~catch|~triage|~reproduce|~hunt|~squash|~diagnose|~file|~report|~track *? *? bug|defect|regression|race',
      '~debug', '~troubleshoot', 'bug fix|fixing|bash|hunt|hunting|triage|report|tracker|tracking',
      { pattern: 'software|hardware|firmware|calculation|safety|structural|human|rounding error|failure|bug|fault', notPrecededBy: PREDICTING },
      'error|errors and|or warning|exception|crash',
      'php|python|java|syntax|compile|compiler|type|runtime|server error',
      'error notification|alert|report|reporting|message',
      'highly available',
      'data verification|validation|reconciliation',
      'validation check|rule|layer',
    ],
    // "I caught the coding bug at twelve" is a passion, not a defect.
    notInside: ['coding', 'programming', 'travel', 'startup', 'entrepreneurial', 'tech', 'teaching', 'computer', 'gaming', 'writing', 'design', 'acting'],
  },
  {
    id: 'tests-written',
    role: 'qa',
    // Tests the writer built or owns ("built out their API testing", "contributing my own tests");
    // not "tested my knowledge", "a test-driven environment" or tests split to run faster.
    terms: [
      // Not "automated tests": as an adjective it is as often a wish ("interested in automated tests").
      { pattern: '~write|~build|~develop|~add|~introduce|~contribute|~create|~implement|~maintain|~own|~expand|~extend|~lead|~design|~improve *? *? *? *? test|tests|testing|=tested', notFollowedBy: ['my', 'his', 'her', 'ideas', 'idea', 'hypotheses', 'hypothesis', 'prototypes', 'concepts', 'score', 'scores', 'taker', 'takers', 'prep', 'results', 'result', 'grade', 'grades'] },
      'test automation',
      'exploratory testing',
      'static|static code analysis',
      'unit|integration|end to end|e2e|contract|acceptance|property based|snapshot|ui|api test coverage',
      'test coverage',
    ],
    // "well-tested code" is praise of the writer's code, A/B and usability tests are product research.
    notInside: ['usability', 'user', 'b', 'market', 'concept', 'ab', 'well'],
  },

  // ---- frontend ------------------------------------------------------------------------------------
  {
    id: 'frontend-errors',
    role: 'frontend',
    terms: [
      'sentry', 'error state|boundary|tracking|monitoring|reporting|logging|handling|budget|page',
      'js|javascript|console|runtime|silent|404|500|4xx|5xx error', 'client side error', 'white|blank screen',
      'accessibility|a11y|visual|performance|ui|css regression',
    ],
  },
];
