// What makes a number a measured outcome or a scale figure, and what marks one that is not.
// Words are written in the singular and lower case; they are compared by stem.

/** People of other trades who use what a writer builds, counted as scale or, managed, as a headcount. */
const usersOfOtherTrades: readonly string[] = [
  'analyst', 'nurse', 'doctor', 'clinician', 'physician', 'teacher', 'researcher', 'scientist', 'editor', 'accountant',
  'operator', 'technician', 'recruiter', 'marketer', 'trader', 'pharmacist', 'librarian', 'journalist', 'lawyer',
  'volunteer', 'staff',
];

/** Things counted in a scale figure: "40 services", "2 million users", "3,000 requests". */
export const countNouns: readonly string[] = [
  'user', 'customer', 'client', 'request', 'req', 'rps', 'qps', 'tps', 'query', 'row', 'record', 'event',
  'message', 'job', 'task', 'service', 'microservice', 'team', 'engineer', 'developer', 'person', 'people',
  'ticket', 'incident', 'page', 'alert', 'transaction', 'payment', 'order', 'deploy', 'deployment', 'release',
  'pipeline', 'table', 'node', 'server', 'host', 'machine', 'instance', 'cluster', 'region', 'endpoint', 'api',
  'tenant', 'merchant', 'account', 'test', 'file', 'document', 'call', 'device', 'repository', 'repo', 'package',
  'dashboard', 'partition', 'shard', 'broker', 'topic', 'container', 'pod', 'vm', 'line', 'commit', 'pr',
  'download', 'install', 'site', 'store', 'country', 'contributor', 'member', 'report', 'model', 'workflow',
  'integration', 'webhook', 'batch', 'write', 'read', 'lookup', 'session', 'visitor', 'subscriber', 'signup',
  'build', 'migration', 'schema', 'bug', 'defect', 'error', 'failure', 'outage', 'retry', 'duplicate', 'invoice',
  'shipment', 'item', 'object', 'image', 'video', 'upload', 'login', 'check', 'step', 'screen', 'route',
  'feature', 'experiment', 'product', 'location', 'warehouse', 'vendor', 'partner', 'bank', 'card', 'claim',
  'ledger', 'entry', 'database', 'index', 'column', 'key', 'token', 'prompt', 'hire', 'intern',
  'student', 'miss', 'hit', 'crash', 'timeout', 'connection', 'ping', 'point', 'sprint', 'cycle', 'hop',
  'rule', 'signal', 'metric', 'log', 'trace', 'span', 'gpu', 'cpu', 'core', 'byte', 'op', 'operation', 'unit',
  'sale', 'trade', 'ride', 'delivery', 'booking', 'patient', 'seller', 'buyer', 'driver', 'agent', 'bot',
  'app', 'application', 'employee', 'squad', 'queue', 'library', 'module', 'component', 'vulnerability',
  'seat', 'meter', 'sensor', 'reading', 'mismatch', 'discrepancy', 'carrier', 'payout', 'refund', 'chargeback',
  'dispute', 'transfer', 'notification', 'email', 'listing', 'sku', 'vehicle', 'parcel', 'restaurant', 'school',
  'viewer', 'player', 'view', 'pageview', 'organization', 'company', 'business', 'case', 'star', 'fork', 'follower', 'participant',
  'attendee', 'learner', 'reader', 'listener',
  // The public a product serves: "serving millions of citizens", "used by thousands of farmers".
  'citizen', 'resident', 'household', 'farmer', 'family', 'clinic', 'hospital', 'city', 'market', 'shopper', 'consumer',
  'passenger', 'traveler', 'traveller', 'guest', 'donor', 'creator', 'credential', 'fps',
  // What an IT or a sales letter counts: "more than 80 switches", "30 buildings", "five big enterprises".
  'switch', 'router', 'firewall', 'building', 'office', 'campus', 'branch', 'enterprise', 'oem', 'vertical',
  // People who use what the writer built: "used by 300 analysts every morning". Managed or teamed
  // ("I managed 12 analysts", "a team of 5 nurses") they are a headcount (headcountNouns below).
  ...usersOfOtherTrades,
  // "four nines of availability"
  'nine',
];

/** Units of time that make a duration or latency. Years are left out on purpose: "five years" is tenure. */
export const timeUnits: readonly string[] = [
  'ms', 'millisecond', 'msec', 'µs', 'μs', 'microsecond', 'ns', 'nanosecond', 's', 'sec', 'second', 'min', 'minute',
  'h', 'hr', 'hour', 'day', 'week',
];

/** Nouns after a duration that make it a schedule rather than a measurement: "two weeks' notice", "2-week sprints". */
export const scheduleNouns: readonly string[] = [
  'notice', 'sprint', 'rotation', 'shift', 'vacation', 'leave', 'holiday', 'break', 'course', 'bootcamp',
  'contract', 'internship', 'trial', 'sabbatical', 'program',
];

/** Nouns after a hyphenated length that make it the time a piece of work took: "a 7-week modernization". */
export const timedWork: readonly string[] = [
  'migration', 'modernization', 'rebuild', 'rewrite', 'refactor', 'overhaul', 'project', 'delivery', 'turnaround', 'build',
  'deploy', 'deployment', 'outage', 'incident', 'downtime', 'rollout', 'cutover', 'launch', 'recovery', 'upgrade',
];

/** Kinds of a counted thing: "25+ report types" counts reports of 25 kinds, unlike "three core areas". */
export const kindNouns: readonly string[] = ['type', 'kind', 'category', 'format', 'template', 'variant', 'flavor'];

/** Units of size, throughput and power ("a 99MW wind farm", "1.5 MWh a day"). */
export const sizeUnits: readonly string[] = [
  'kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib', 'gib', 'tib', 'byte', 'kilobyte', 'megabyte', 'gigabyte',
  'terabyte', 'petabyte', 'gbps', 'mbps', 'rpm', 'rps', 'qps', 'tps', 'k', 'm', 'bn', 'thousand', 'million',
  'billion', 'trillion', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'kilowatt', 'megawatt', 'gigawatt',
];

export const percentWords: readonly string[] = ['%', 'percent', 'pct', 'percentage'];

export const currencySymbols = '$€£¥';
export const currencyWords: readonly string[] = ['dollar', 'usd', 'eur', 'euro', 'gbp', 'pound', 'cad', 'aud', 'inr', 'rupee', 'chf', 'sek', 'nok', 'dkk', 'sgd', 'hkd', 'nzd', 'jpy', 'yen', 'cny', 'rmb', 'yuan', 'brl', 'mxn', 'zar'];

/** Words after "N times" that make it a multiplier rather than a count of occasions. */
export const comparatives: readonly string[] = [
  'faster', 'slower', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'cheaper', 'quicker',
  'bigger', 'greater', 'as', 'the', 'over',
  // "ten times our volume"
  'our', 'their', 'its', 'your', 'my',
];

/** Verbs of a measured change, as their past and -ing forms: "halved the build time", "halving the time to pay a claim". */
const changeVerbs = ['halve', 'double', 'triple', 'quadruple'];

/** Single words that state a measured change by themselves. */
export const changeWords: readonly string[] = [
  ...changeVerbs.flatMap((verb) => [`${verb}d`, `${verb.slice(0, -1)}ing`]),
  'tenfold', 'twofold', 'threefold', 'fivefold', 'hundredfold',
];

/** Nouns after "twofold", "two-fold" that make it "of two kinds", not a multiplier: "a twofold purpose". */
export const foldKinds: readonly string[] = [
  'purpose', 'approach', 'goal', 'aim', 'mission', 'reason', 'problem', 'challenge', 'role', 'benefit', 'question',
  'nature', 'strategy', 'plan', 'answer', 'focus', 'interest', 'motivation', 'appeal', 'task', 'responsibility',
];

/** Number words; "one" is left out because "one of the…" is not a figure. */
export const numberWords: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
  // Indian English: "2 lakh users", "lakhs of meters" (session 35, blind set mix1).
  lakh: 1e5, crore: 1e7,
};

/** Words just before a number that make it a version, not a figure: "version 2", "Python 3.12". */
// "a Tier 2 analyst", "Phase 3 of the rollout" (session 34): a rank or a step named, not a figure.
// "SOC 2", "ISO 27001", "RFC 9110": a standard's number.
export const versionWords: readonly string[] = ['version', 'v', 'release', 'rev', 'revision', 'iteration', 'level', 'gen', 'generation', 'series', 'tier', 'phase', 'stage', 'soc', 'iso', 'iec', 'pci', 'rfc', 'cve', 'pep', 'ieee', 'nist'];

/** Words just before a number that make it part of an address: "Apt 5B", "Suite 400", "PO Box 12". */
export const addressWords: readonly string[] = ['apt', 'apartment', 'flat', 'suite', 'unit', 'room', 'building', 'floor', 'box'];

/** Capitalised words that end a street name after its number: "221B Baker Street". */
export const streetWords: readonly string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'boulevard', 'blvd', 'way', 'place',
  'square', 'court', 'terrace', 'crescent', 'close', 'gardens', 'parkway', 'plaza', 'row', 'mews', 'highway',
];

/** Words before "from X to Y" that make it a version change ("upgraded Postgres from 9.6 to 15"), not a before/after. */
export const upgradeWords: readonly string[] = ['upgrade', 'upgraded', 'upgrading', 'downgrade', 'downgraded', 'bumped'];

/** Verbs before "in half" that make it a measured change ("cut p99 in half"), unlike "split the team in half". */
export const reductionVerbs: readonly string[] = [
  'cut', 'cutting', 'slash', 'slashed', 'drop', 'dropped', 'fall', 'fell', 'shrink', 'shrank', 'shrunk',
  'reduce', 'reduced', 'lower', 'lowered', 'trim', 'trimmed', 'bring', 'brought',
];

/** Verbs of growth, beside reductionVerbs, for a change by a fraction: "grew by roughly a quarter". */
export const growthVerbs: readonly string[] = ['grow', 'grew', 'increase', 'rise', 'rose', 'improve', 'boost', 'raise', 'climb'];

/**
 * Verbs before "from X to Y" (with reductionVerbs and growthVerbs) that make it a change, not a span:
 * "deploys went from hours to minutes", unlike "my interests range from weeks of hiking to a day out".
 */
export const shiftVerbs: readonly string[] = [
  'go', 'went', 'gone', 'move', 'shift', 'switch', 'turn', 'change', 'transition', 'speed', 'sped', 'shorten', 'accelerate',
  'decrease', 'take', 'took', 'get', 'got', 'drive', 'drove', 'push', 'scale', 'tighten', 'convert', 'transform',
];

/** Measures named right before "from X to Y" that make it a change: "release cadence from six-week cycles to weekly". */
export const measureNouns: readonly string[] = [
  'time', 'latency', 'cadence', 'frequency', 'duration', 'runtime', 'turnaround', 'wait', 'delay', 'lag', 'cycle', 'interval',
  'downtime', 'count', 'volume', 'throughput', 'usage', 'traffic', 'base', 'load',
];

/** Units that only count inside a before/after ("from three months to two weeks"). */
export const tenureUnits: readonly string[] = ['year', 'yr', 'month', 'mo', 'decade', 'quarter', 'semester'];

// ── Frames over words (src/text/metric-frames.ts) ────────────────────────────────────────────────────
// Nouns are written in the singular: the plural forms are generated (src/text/metric-vocab.ts forms), and a
// hyphenated compound is read as its pieces, so "developer-hours" and "developer hours" meet. Verbs
// are compared by stem ("mentored", "mentoring"); irregular forms are listed.

/**
 * Magnitudes whose plural starts a vague quantity: "millions of requests", "tens of thousands of
 * events", "dozens of services". The singular forms are numbers already (numberWords).
 */
export const magnitudes: readonly string[] = ['ten', 'dozen', 'hundred', 'thousand', 'lakh', 'million', 'crore', 'billion', 'trillion'];

/** Units whose plural is an amount by itself: "terabytes of logs", "we store petabytes". */
export const vagueAmounts: readonly string[] = ['gigabyte', 'terabyte', 'petabyte', 'exabyte'];

/** "tens" alone is no quantity ("tens of engineers" is rare and vague): it must multiply a larger magnitude. */
export const multiplierOnlyMagnitudes: readonly string[] = ['ten'];

/** What a bare amount of money is "in": "millions in revenue", "hundreds of thousands in cloud spend". */
export const moneyNouns: readonly string[] = [
  'revenue', 'sale', 'saving', 'funding', 'arr', 'mrr', 'gmv', 'spend', 'cost', 'volume', 'profit', 'income', 'fee',
  'bookings', 'investment', 'budget',
  // "billions in weekly transactions", "millions in assets".
  'transactions', 'payments', 'assets', 'sales', 'deposits', 'loans', 'trades', 'claims',
];

/**
 * Verbs that make a vague amount of time an outcome: "saved thousands of developer-hours", but not
 * "the hundreds of hours I spent learning".
 */
export const savingVerbs: readonly string[] = [
  'save', 'cut', 'cutting', 'reduce', 'free', 'eliminate', 'reclaim', 'shave', 'recover', 'spare', 'prevent', 'avoid',
  'remove', 'automate', 'trim', 'trimmed',
];

/**
 * Units of time with their length in seconds, for a before/after in words ("from hours to minutes",
 * "from six-week cycles to weekly"). Cadence words count as the period they name.
 */
export const timeScale: ReadonlyArray<{ seconds: number; units: readonly string[] }> = [
  { seconds: 1e-9, units: ['nanosecond', 'ns'] },
  { seconds: 1e-6, units: ['microsecond', 'µs'] },
  { seconds: 1e-3, units: ['millisecond', 'ms', 'msec'] },
  { seconds: 1, units: ['second', 'sec'] },
  { seconds: 60, units: ['minute', 'min'] },
  { seconds: 3600, units: ['hour', 'hr', 'hourly'] },
  { seconds: 86400, units: ['day', 'daily', 'nightly', 'overnight'] },
  { seconds: 604800, units: ['week', 'weekly'] },
  { seconds: 1209600, units: ['fortnight', 'fortnightly', 'biweekly'] },
  { seconds: 2629800, units: ['month', 'monthly'] },
  { seconds: 7889400, units: ['quarter', 'quarterly'] },
  { seconds: 31557600, units: ['year', 'yearly', 'annual', 'annually'] },
]

/**
 * Words that may stand before a unit in a before/after: "from an hour", "to under ten minutes",
 * "to a few seconds", "to several times a day". Digits are handled by the number pass already.
 */
export const durationFillers: readonly string[] = [
  'a', 'an', 'one', 'single', 'several', 'few', 'couple', 'of', 'many', 'multiple', 'about', 'around', 'over', 'under',
  'nearly', 'almost', 'roughly', 'approximately', 'just', 'only', 'less', 'more', 'than', 'mere', 'full', 'whole',
  'entire', 'within', 'per', 'times', 'twice', 'once', 'down',
];

/**
 * People a writer manages, mentors, leads, hires or onboards. Counted under one of headcountVerbs,
 * or as the size of a team, they are scope, not a measured outcome ("I mentored two junior
 * engineers"). Users and customers are not here: a count of them is scale.
 */
export const headcountNouns: readonly string[] = [
  'engineer', 'developer', 'programmer', 'intern', 'person', 'people', 'member', 'report', 'hire', 'employee', 'mentee',
  'apprentice', 'student', 'teammate', 'colleague', 'contractor', 'designer', 'tester',
  'junior', 'graduate', 'manager', 'lead', 'team', 'squad', 'sre', 'admin', 'trainee', 'fellow',
  // The people countNouns takes as users (analysts, scientists, staff…): managed, trained or teamed, a headcount too.
  ...usersOfOtherTrades,
];

/** People whose count is a headcount in any sentence: "12 hires", "four mentees". */
export const headcountOnlyNouns: readonly string[] = ['hire', 'mentee', 'headcount', 'fte'];

/** Verbs whose object, counted in people, is a headcount: "managed 12 engineers", "onboarded three interns". */
export const headcountVerbs: readonly string[] = [
  'manage', 'mentor', 'lead', 'led', 'hire', 'onboard', 'coach', 'supervise', 'train', 'recruit',
  'oversee', 'oversaw', 'teach', 'taught', 'tutor', 'direct', 'guide', 'interview',
];

/** Groups of people whose size is a headcount: "a team of 5", "grew the team from 3 to 12", "a 40-person org". */
export const teamNouns: readonly string[] = ['team', 'squad', 'group', 'crew', 'cohort', 'department', 'org', 'organization', 'staff', 'class'];

/** Words just before a number that make it a rank, not a measurement: "top 10 finalist", "number 1". */
export const rankWords: readonly string[] = ['top', 'number', 'rank', 'ranked', 'ranking', 'grade', 'gpa', 'cgpa', 'fortune',
  // Stock indexes a company belongs to: "a FTSE 100 bank", "a Russell 2000 firm".
  'ftse', 'russell', 'nasdaq', 'dax', 'nikkei'];

/** Words before a percentage that make it a share of the writer's own time: "travel up to 25%", "presence at site was about 10%". */
export const selfShareWords: readonly string[] = ['travel', 'presence', 'onsite', 'relocation', 'commute'];
/** Words a self-share word heads when it is the thing measured, not a share: "cut travel costs by 40%". */
export const measuredShareNouns: readonly string[] = ['cost', 'costs', 'time', 'times', 'expense', 'expenses', 'spend', 'spending', 'budget', 'emissions'];
/** Words after a percentage that make it a share of the working week, a condition of the job: "100% remote", "50% travel", "on-site" (hyphened words as one). */
export const workArrangementWords: readonly string[] = ['remote', 'remotely', 'onsite', 'on-site', 'in-office', 'hybrid', 'travel', 'commission'];

/** Words before an amount of money that make it pay asked for, not money made or saved: "a daily rate of £580". */
export const compensationWords: readonly string[] = [
  'salary', 'compensation', 'pay', 'wage', 'remuneration', 'stipend', 'expectation', 'package', 'ctc',
];

/** Words before "rate" that make it pay: "a daily rate of £580" (an error rate is no pay). */
export const payRateWords: readonly string[] = ['daily', 'day', 'hourly', 'contract', 'contracting', 'freelance'];

/** Stretches of a career, after "last", "previous", "past" or "prior" and a number: "my last two jobs". */
export const careerNouns: readonly string[] = ['job', 'role', 'position', 'company', 'employer', 'team', 'internship', 'gig', 'contract', 'project'];

/** Words before a mark that make it a grade when the sentence is about study: "a current average of 82%". */
export const gradeWords: readonly string[] = ['average', 'grade', 'gpa', 'cgpa', 'mark', 'score', 'scored', 'result', 'percentile'];

/** Graded work after a mark that makes it a grade in a sentence about study: "92% in my final exams". */
export const gradedWork: readonly string[] = ['exam', 'examination', 'module', 'coursework', 'course', 'subject', 'final'];

/** Words that put a sentence in a course of study, for gradeWords. */
export const studyWords: readonly string[] = [
  'degree', 'university', 'college', 'school', 'bachelor', 'master', 'bsc', 'msc', 'phd', 'diploma', 'course', 'coursework',
  'module', 'exam', 'graduate', 'class', 'semester', 'gcse', 'honours', 'honors', 'distinction', 'major', 'thesis', 'student',
];
