// Frames of failure language: a failure said in the writer's own words ("processed twice", "when the
// vendor API went down", "a bug that double-charged"), built from the word lists of failure-words.ts.
import { POSSESSIVES, JOB_HUNT, PREDICTING, CLEANUP, FRAME_SLOTS, SYSTEM_NEAR, type FailureFamily } from './failure-words.js';

/** Data a fault is found in: the data slot less its everyday words ("wrote", "state", "update", "session"). */
const FAULT_DATA = FRAME_SLOTS.data!.filter((w) => !['write', 'update', 'state', 'session', 'reading', 'label', 'job', 'request', 'order', 'file', 'delivery', 'booking', 'login', 'span', 'submission', 'transfer', 'sample'].includes(w));
/** Where a fault is found, beyond systems and data: "the relay logic", "the schema and the payload", "fixed it". */
const FAULT_PLACES = ['code', 'logic', 'ledger', 'inventory', 'schema', 'payload', 'audit', 'traceability', 'config', 'configuration', 'version', 'versions', 'count', 'counts', 'report', 'reports', 'figures', 'totals', 'hardware', 'software', 'equipment', 'machine', 'machines', 'readings', 'fix', 'fixed', 'fixing', 'traced', 'flagged', 'resolved', 'detect', 'detected', 'detection', 'reconcile', 'reconciled', 'check', 'checks', 'production', 'prod', 'ui', 'firmware', 'wiring'];

/** People as the subject of a frame that is a failure only when a thing is: "I could not be reached". */
const PRONOUNS = ['i', 'we', 'you', 'he', 'she', 'they'];

export const frameFamilies: readonly FailureFamily[] = [
  // "crash rate", "wrong-answer rate", "number of incidents", "crash-free sessions".
  {
    id: 'failure-rate',
    role: 'backend',
    // Not an accuracy reported as a result: "a word error rate of 18.4%", "equal error rate".
    terms: [{ pattern: '{failureNoun} {rateWord}', notPrecededBy: ['word', 'character', 'phoneme', 'phone', 'token', 'label', 'classification', 'equal', 'recognition'] }, 'rate|ratio|percentage|number|count of {failureNoun}', '{failureNoun} free session|user|rate|day|release', 'crash|incident|outage|downtime free'],
  },
  // "fixing it before it breaks", "catching regressions before they fail in production": failure foreseen.
  { id: 'before-it-breaks', role: 'backend', terms: [{ pattern: 'before it|they|things|anything ~break|~fail|~crash', notFollowedBy: ['the', 'a', 'an', 'new', 'ground', 'even', 'record', 'records', 'into', 'out', 'through', 'free'] }, 'before it|they|things|anything ~go down|wrong'] },
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
  // "migrated without losing a single record".
  { id: 'without-losing', role: 'backend', terms: ['without|never ~lose|~drop|~corrupt|~duplicate a|an|any|one single? {data}'] },
  // "the app lost user drafts", "overwrote unsaved edits".
  // Not "drag-and-drop ordering", a way to sort a list, nor "no drop in order volume", a decrease (session 35, fail19).
  { id: 'data-mishandled', role: 'backend', terms: [{ pattern: '{lossVerb} *? {data}', notFollowedBy: JOB_HUNT, notPrecededBy: [...CLEANUP, 'and', 'drag'] }, '{lossVerb} user|unsaved|local|offline draft|drafts|edit|edits|changes|progress',
    // "users were losing drafts"; not "I lost drafts of my essays".
    { pattern: '{lossVerb} drafts|edits', notFollowedBy: ['of'] }, '{lossVerb} all the? progress|saves|drafts|edits|changes',
    // "the save file stayed half written", "the index was left corrupted".
    '~stay|~remain|left half written', '~stay|~remain|left truncated|corrupted', '~end up half written', '~end up truncated|corrupted'], notInside: [...POSSESSIVES, 'a', 'an', 'me', 'us', 'manual', 'in'] },
  // "orders were lost", "messages got dropped", "rows were silently skipped".
  {
    id: 'data-was-lost',
    role: 'backend',
    terms: [
      { pattern: '{data} was|were|got|are|is|being|been silently? lost|dropped|duplicated|corrupted|skipped|overwritten|reordered|misrouted', notPrecededBy: POSSESSIVES },
      // "orders disappeared between the cart and the warehouse", "uploads went missing".
      { pattern: '{data} silently? ~disappear|~vanish', notPrecededBy: POSSESSIVES },
      { pattern: '{data} ~go|went|gone missing', notPrecededBy: POSSESSIVES },
      // "some emails never arrived", "webhooks never reached the merchant".
      { pattern: '{data}|email|emails never ~arrive|~reach', notPrecededBy: POSSESSIVES },
    ],
  },
  // "nothing is dropped", "no message is ever duplicated" — the guarantee, said plainly.
  {
    id: 'never-lost',
    role: 'backend',
    terms: [
      {
        pattern: 'never|nothing|none|no *? *? *? *? lost|dropped|duplicated|corrupted',
        notFollowedBy: ['on', 'in', 'sight', 'track', 'focus', 'hope', 'patience', 'interest', 'touch', 'sleep', 'time', 'momentum', 'weight', 'out', 'the', 'a', 'an', 'my', 'any', 'our', 'their', 'his', 'her', 'ball', 'all'],
      },
    ],
    notInside: ['i', 'we', 'you', 'he', 'she', 'they', 'one', 'ball', 'time', 'love', 'sleep'],
  },
  // "the job failed", "payments sometimes timed out", "the queue backs up", "the stream went quiet".
  // "our system breaks down complex problems" and "the app breaks barriers" are no failure.
  { id: 'system-failed', role: 'backend', terms: [{ pattern: '{system} {failAdverb}? {failVerb}', notFollowedBy: ['to', 'out', 'through', 'up', 'ground', 'even', 'new', 'free', 'into', 'in', 'down', 'barriers', 'records', 'boundaries', 'silos'] }] },
  // A failure told as the before of a change, whatever the subject: "it went from falling over when
  // strained to handling millions of records", "the importer no longer crashes".
  // Not a person's own: "I went from failing calculus to tutoring it".
  {
    id: 'failing-no-more',
    role: 'backend',
    terms: [
      { pattern: '~go from {failAdverb}? {failVerb}', notPrecededBy: ['i', 'we', 'grade', 'grades', 'career', 'life'], notFollowedBy: ['to', 'at', 'in', 'my', 'exams', 'classes', 'courses'] },
      { pattern: 'no longer|stopped {failVerb}', notPrecededBy: ['i', 'we'], notFollowedBy: ['to', 'at', 'in', 'my'] },
    ],
  },
  // "failed payments", "stuck jobs", "a broken build", "duplicate charges".
  {
    id: 'failed-thing',
    role: 'backend',
    terms: [
      // Not "switch the pump on by SMS and missed call": a telephony trigger.
      { pattern: '{failedAdjective} {data}', notFollowedBy: JOB_HUNT, notPrecededBy: ['and', 'or', 'via', 'through', 'by'] },
      { pattern: '{failedAdjective} {system}', notFollowedBy: JOB_HUNT, notPrecededBy: ['and', 'or', 'via', 'through', 'by'] },
      { pattern: '{duplicateAdjective} *? {data}', notFollowedBy: JOB_HUNT, notPrecededBy: CLEANUP },
      // "duplicate emails being sent": not in {data}, where "drop an email" is a closing line.
      { pattern: '{duplicateAdjective} email|emails|texts|sms', notPrecededBy: CLEANUP },
      // "pipeline failures", "payment errors", "network outages", "message loss".
      // "app startup failures", "database connection timeouts".
      { pattern: '{system}|{data} *? failure|outage|crash|timeout', notPrecededBy: [...POSSESSIVES, ...PREDICTING] },
      // "payment success rate" is a failure rate turned round; "interview success rate" is not a system's.
      '{system}|{data} success rate',
      // "intermittent failures in CI", "a recurring crash": a failure met more than once.
      'intermittent|sporadic|recurring|transient|cascading|unexplained|silent failure|error|crash|outage|timeout|fault|hang|exception|bug|defect',
    ],
    notInside: ['manual', 'my', 'your', 'their', 'our', 'the', 'a', 'an'],
  },
  // "message loss", "packet loss"; not "job loss" or "weight loss".
  { id: 'data-loss', role: 'backend', terms: ['{data} loss'], notInside: ['job', 'weight', 'state'] },
  // "when the vendor API went down, …", "if the primary is unreachable", "when it went down".
  {
    id: 'when-down',
    role: 'backend',
    terms: [{ pattern: 'when|whenever|if|after|until|while|before *? *? {system}|it ~go|~be down|offline|unavailable|unreachable|degraded|overloaded|saturated', notFollowedBy: ['to', 'by', 'from', 'on', 'for', 'with'] }],
  },
  // "when the primary fails", "if a worker crashes", "until the job times out".
  {
    id: 'when-fails',
    role: 'backend',
    terms: [
      { pattern: 'when|whenever|if|until|once *? *? *? ~fail|~crash|~hang|~stall|~break|{timedOut}', notFollowedBy: ['out', 'through', 'into', 'up', 'ground', 'even', 'new', 'free', 'to', 'down', 'in', 'my', 'the', 'a', 'an', 'their', 'our', 'me', 'us', 'them', 'him', 'her', 'at', 'on'] },
      // "when JavaScript fails to load", "if the device stops responding"; not a guest who fails to arrive.
      'when|whenever|if|until|once *? *? *? ~fail to load|start|boot|sync|save|render|launch',
      'when|whenever|if|until|once *? *? *? ~stop responding|working|publishing|sending|reporting|updating|streaming',
      // "if the new image does not boot, the device goes back to the previous one".
      'when|whenever|if|until|once *? *? *? does|did|do|will|would not boot|start|load|respond|connect|sync',
    ],
    // People and plans fail too: "when I failed my exam", "if the project fails".
    notInside: [...POSSESSIVES, 'i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'someone', 'people', 'project', 'startup', 'business', 'company', 'plan', 'idea', 'attempt', 'exam', '=news', 'relationship', 'course', 'class', 'team', 'student', 'war', 'pandemic', 'career', 'economy', 'market', 'deal', 'talk'],
  },
  // "what happens when you type a URL" is curiosity about the happy path.
  // "the file from a region arrives late", "the webhook arrived twice", "only half of the batch arrived".
  {
    id: 'data-arrives-wrong',
    role: 'data',
    terms: [
      '{data} *? *? *? ~arrive late|twice|again|incomplete|partially|truncated|early', '{data} *? *? *? ~arrive out of order', 'half of it|the|each|a {data}? ~arrive',
    ],
    notInside: ['i', 'we', 'you', 'he', 'she', 'they', 'me'],
  },
  // "events from mobile clients could arrive up to a day late": keyed on the verb, which is rare, with
  // the data named near it (a pattern that opened on every data word cost more than all the rest).
  { id: 'data-arrives-late', role: 'data', terms: ['~arrive up to *? *? late'], near: FRAME_SLOTS.data!, window: 8 },
  // "when something goes wrong upstream", "the sync went wrong": not "I stay calm when things go wrong".
  { id: 'goes-wrong', role: 'backend', terms: ['{system} ~go wrong', '~go wrong upstream|downstream|overnight|silently', '~go wrong in production|prod'] },
  { id: 'what-happens-when', role: 'backend', terms: [{ pattern: 'what happens when|if', notFollowedBy: ['you', 'people', 'users', 'a', 'an', 'customers', 'we', 'i', 'someone', 'they'] }] },
  // "a bug that double-charged", "the race which dropped writes", "a defect causing data loss".
  {
    id: 'bug-that-caused',
    role: 'qa',
    terms: ['bug|defect|glitch|race|leak that|which|where? ~cause|~drop|~lose|~corrupt|~duplicate|~break|~crash|~leak|=double|~charge|~skip|~delete|~overwrite|silently|~let'],
  },
  // "learning from the flaws of the first version", "the shortcomings of the legacy importer": what was
  // wrong with a thing made, told as the reason for the next one. Not "my weaknesses".
  {
    id: 'flaws-of',
    role: 'backend',
    terms: ['flaw|flaws|shortcoming|shortcomings|weakness|weaknesses|defect|defects|fault|faults of|in|with the|its|our|their|an|a? first|previous|original|old|existing|earlier|initial|current|legacy|prior? version|prototype|{system}|implementation|codebase|firmware|board|circuit'],
    // Not a building's wiring ("building" shares the stem of "build"), nor a system of government.
    notInside: ['=building', '=buildings'],
    notNear: ['government', 'political', 'society', 'education', 'healthcare', 'legal', 'justice', 'argument', 'arguments', 'essay', 'novel', 'character'],
  },
  // "many of the features were broken", "the sync got corrupted". Not "the healthcare system is broken".
  {
    id: 'was-broken',
    role: 'backend',
    // Not "broken into chapters", nor a link between two teams.
    terms: [{ pattern: '{system}|feature|features|page|pages|screen|screens|form|forms ~be|~get|~become broken|corrupted|unresponsive|unusable', notFollowedBy: ['into', 'down', 'up', 'in', 'out', 'off'] }],
    notNear: ['healthcare', 'education', 'justice', 'hiring', 'immigration', 'political', 'school', 'legal', 'prison', 'welfare', 'tax', 'voting'],
  },
  // "the daily numbers looked wrong", "the totals were incorrect": figures a system got wrong. Not
  // "if loving data is wrong".
  // Nor the writer's own results: "my results were inconsistent at first".
  { id: 'numbers-wrong', role: 'data', terms: [
    { pattern: 'numbers|figures|totals|counts|results|metrics|report|reports|dashboard|dashboards|balance|balances ~look|~be|~seem|~come|~go wrong|incorrect|inaccurate|inconsistent', notPrecededBy: POSSESSIVES },
    // "customers kept reporting wrong totals", "it showed incorrect balances": a wrong output named.
    'wrong|incorrect|inaccurate total|totals|amount|amounts|price|prices|balance|balances|calculation|calculations|charges|payouts|invoices|tax|taxes',
  ] },
  // "catching a class of failure the DOM cannot show", "a whole category of bugs".
  { id: 'class-of-failure', role: 'qa', terms: ['class|classes|category|categories of failure|failures|bug|bugs|error|errors|defect|defects|outage|outages|incident|incidents|vulnerability|vulnerabilities'] },
  // "I broke production once", "breaking changes" to an API: not "broke into tech".
  { id: 'broke-something', role: 'backend', terms: ['~break production|prod|checkout|main|master|builds|login|signup|sync|payments', '~break the build|site|checkout', '~break the|our|a? *? downstream|dashboard|pipeline|report|consumer|client|integration|api|build', 'breaking change', 'fail safe', 'failsafe'] },
  // A fault named by its kind beside the thing it was found in: "discrepancies between the ledger and
  // the bank export", "a glitch in the scheduler", "the faulty relay logic", "the importer was buggy
  // and unreliable", "a major nonconformity on traceability". Not a mismatch of skills or cultures,
  // an unstable market or an inconsistency in an argument.
  {
    id: 'defect-named',
    role: 'backend',
    terms: [
      'discrepancy|discrepancies|anomaly|anomalies|inconsistency|inconsistencies|mismatch|mismatches|glitch|glitches|malfunction|malfunctions|misconfiguration|misconfigurations|nonconformity|nonconformities|nonconformance|nonconformances',
      'non-conformity|non-conformities|non-conformance|non-conformances',
      'faulty|buggy|glitchy|unreliable|unstable|erroneous|defective|malfunctioning|misconfigured|miscalibrated',
    ],
    near: [...SYSTEM_NEAR, ...FAULT_DATA, ...FAULT_PLACES],
    notNear: ['entry', 'cultural', 'culture', 'personality', 'personalities', 'expectation', 'expectations', 'skill', 'skills', 'career', 'market', 'markets', 'economy', 'economic', 'political', 'emotional', 'narrator', 'reasoning', 'argument', 'arguments', 'relationship', 'relationships', 'life', 'childhood', 'family', 'grammar', 'salary', 'housing', 'income', 'employment', 'weather', 'astronomical', 'cosmic', 'galaxy', 'galaxies'],
    window: 6,
  },
  // "the export silently truncated surnames", "the parser silently skipped rows": a fault no one saw.
  // "we oversold a sneaker drop", "overcharged 300 customers", "pallets mis-sorted": a system's act gone wrong.
  { id: 'mis-and-over', role: 'backend', terms: ['oversold|oversell|oversells|overselling|overbooked|overbook|overbooking|overcharged|overcharging|undercharged|overbilled|underbilled|double-booked|double-booking|misrouted|mis-sorted|missorted|misdelivered|misclassified|mislabeled|mislabelled|misfired|misfiring|mispriced|misposted|miscounted'] },
  // "posted grades to the wrong student", "a dose to the wrong patient", "sent to the wrong dock".
  { id: 'wrong-target', role: 'backend', terms: ['the|a wrong|incorrect patient|patients|student|students|customer|customers|user|users|account|accounts|recipient|recipients|address|addresses|dock|docks|depot|depots|warehouse|store|stores|currency|dose|doses|branch|server|servers|region|environment|database|table|version|build|tenant|tenants|shelf|bin|gate|invoice|order|orders'] },
  // "two guests could book the same room", "both got the same seat".
  { id: 'same-slot', role: 'backend', terms: ['could|would|can|might *? ~book|~get|~buy|~reserve|~claim|~take|~receive the same room|rooms|seat|seats|slot|slots|table|ticket|tickets|court|spot|item|unit|appointment|locker|desk|booking|voucher|coupon'] },
  // "kept seeing prices in their old currency", "users kept getting stale data".
  { id: 'kept-seeing-old', role: 'backend', terms: [{ pattern: 'kept|keep|keeps seeing|getting|receiving|showing *? *? *? *? old|stale|outdated|wrong|previous|expired|deleted|cached', notPrecededBy: ['i', 'we', 'you'] }], notInside: ['i', 'me', 'my'] },
  // "parcels were showing as lost", "marking doses as missed even when nurses had given them".
  { id: 'shown-as', role: 'backend', terms: [{ pattern: '~show|~appear|~mark|~flag|~list|~record *? *? as lost|missing|missed|failed|duplicate|duplicated|cancelled|canceled|unpaid|overdue|expired|closed|undelivered', notPrecededBy: ['i', 'we', 'you'] }], notInside: ['i', 'me', 'my', 'we'] },
  // "the tie-out kept coming up a few cents short", "reconciliation breaks".
  { id: 'books-off', role: 'data', terms: ['cents|pennies short', '~come *? *? *? short every|each', 'tie out|tie-out|reconciliation break|breaks|difference|differences|mismatch|mismatches', 'reconciliation|reconciliations ~fail|~break'] },
  // "players lost 40 hours of progress".
  { id: 'progress-lost', role: 'mobile', terms: ['~lose *? *? hours|days|weeks|months of progress|work|data|edits|changes'], notInside: ['i', 'me', 'my', 'we'] },
  // "whenever the encoder skipped counts", "the stepper missed steps": a device losing its place.
  { id: 'missed-counts', role: 'embedded', terms: ['skipped|missed|lost|dropped counts|steps|pulses|ticks|interrupts|samples|packets'], near: ['encoder', 'encoders', 'motor', 'motors', 'stepper', 'steppers', 'sensor', 'sensors', 'axis', 'joint', 'servo', 'servos', 'firmware', 'adc', 'dma', 'radio', 'controller', 'timer', 'isr', 'driver', 'bus', 'uart', 'spi', 'i2c', 'can'], window: 6 },
  // "everything they typed is gone": work lost; not savings or hope.
  { id: 'work-gone', role: 'mobile', terms: [{ pattern: 'everything|whatever *? *? *? ~be|~get gone|wiped|erased', notFollowedBy: ['now', 'forever'] }, 'all *? *? {data}|work|input|changes|progress|edits|drafts ~be|~get gone|wiped|erased'], notInside: ['i', 'we', 'you', 'me', 'us', 'my', 'our', 'hope', 'hopes', 'savings', 'money', 'patience', 'fear', 'fears', 'doubt', 'doubts', 'worries', 'time', 'pain', 'stress'] },
  { id: 'quietly-wrong', role: 'backend', terms: [{ pattern: 'quietly ~skip|~drop|~truncate|~discard|~swallow|~corrupt|~lose|~overwrite|~fail|~misreport|~double', notFollowedBy: ['out'] }] },
  { id: 'silently-wrong', role: 'backend', terms: ['silently ~truncate|~skip|~drop|~discard|~swallow|~ignore|~corrupt|~fail|~reject|~overwrite|~lose|~misreport|~double|~stop|~break|~shift|~round|~reorder|~duplicate|~misroute|~mislabel|~drift'] },
  // "false trips every time a forklift passed", "spurious resets": a check or a device that cried wolf.
  {
    id: 'false-alarms',
    role: 'embedded',
    terms: [
      'false alarm|alarms|trip|trips|trigger|triggers|reading|readings|reject|rejects|rejection|rejections|detection|detections|alert|alerts|fault|faults|shutdown|shutdowns|stop|stops',
      'spurious trip|trips|alarm|alarms|alert|alerts|interrupt|interrupts|reset|resets|reboot|reboots|wakeup|wakeups|reading|readings|signal|signals|fault|faults',
    ],
  },
  // "drifting out of calibration", "parts out of tolerance", "calibration drift".
  { id: 'out-of-tolerance', role: 'embedded', terms: ['out of calibration|tolerance|tolerances|spec|specification|specifications', 'calibration drift|error|errors|fault|faults', '~drift out of calibration|alignment|sync|tolerance|range|spec'] },
  // Wrong output found in code, analyses and sums: "found a mistake in their evaluation code", "a sign
  // error in the boundary conditions", "the simulation gave unphysical results". Not an essay's.
  {
    id: 'mistake-found',
    role: 'data',
    terms: [
      '~find|~spot|~catch|~fix|~correct|~notice|~uncover a|an|the|several|many|some|two|three? mistake|mistakes|error|errors in the|their|our|its|an|a? *? *? code|implementation|evaluation|script|scripts|pipeline|formula|formulas|calculation|calculations|spreadsheet|model|analysis|dataset|logic|config|configuration|query|queries|boundary|migration|mapping|schema',
      'sign|indexing|numerical|off-by-one|unit-conversion|units error|errors|bug|bugs|mistake|mistakes',
      'unphysical|nonphysical|nonsensical|spurious|impossible results|values|outputs|predictions|readings',
    ],
    notNear: ['essay', 'essays', 'grammar', 'spelling', 'student', 'students', 'homework', 'exam', 'exams', 'manuscript', 'translation'],
  },
  // "the model performed much worse on data from the new region": a model or system that does badly somewhere.
  { id: 'does-worse', role: 'ml', terms: ['{system}|classifier|classifiers|models ~perform|~do|~work *? *? worse|poorly|badly on|for|with|when|in'], notInside: ['i', 'we', 'me', 'my', 'student', 'students', 'team'] },
  // "no leakage from the test set", "target leakage": a model evaluated on what it has seen.
  { id: 'data-leakage', role: 'ml', terms: ['leakage', 'leak|leaks|leaking|leaked from|into|between the? test|training|train|validation|holdout set|sets|data|split'], near: ['data', 'test', 'training', 'train', 'validation', 'set', 'model', 'feature', 'features', 'label', 'labels', 'target', 'split', 'holdout'], window: 5 },
  // "double-checked every invoice against the contract", "reconciled each payout against the bank file".
  // Not prose checked against a style guide: what is checked is data or sums.
  { id: 'checked-against', role: 'data', terms: ['~double-check|~cross-check|~check|~verify|~reconcile|~validate every|each|all the? {data}|invoice|invoices|figures|totals|results|amounts|balances|entries *? *? against'] },
  // "the assistant quoted a judgment that does not exist", "fabricated citations": a model making things up.
  { id: 'made-up', role: 'ml', terms: ['that|which does|did|do not exist', 'non-existent|nonexistent|fabricated|made-up|invented|fake citation|citations|case|cases|source|sources|reference|references|judgment|judgments|judgement|judgements|quote|quotes|paper|papers|function|functions|api|apis|package|packages|law|laws|url|urls|link|links|fact|facts'],
    near: ['assistant', 'model', 'models', 'chatbot', 'bot', 'llm', 'llms', 'ai', 'gpt', 'copilot', 'agent', 'answer', 'answers', 'output', 'outputs', 'generated', 'quoted', 'cited', 'citing', 'suggested'], window: 10 },
  // "some orders appear two or even three times", "answers saved a second time".
  { id: 'appears-twice', role: 'backend', terms: ['{data} *? ~appear|~show two|three|multiple|several *? *? *? times', '{data} *? ~appear|~show twice', '{action}|~save|~record|~store|~write *? *? a second|third time'], notInside: ['i', 'me', 'we', 'us', 'she', 'he', 'my'] },
  // "the API rejects wrong phone numbers", "flags malformed rows".
  { id: 'rejects-bad', role: 'backend', terms: ['~reject|~block|~catch|~flag|~refuse|~quarantine *? wrong|bad|invalid|malformed|incorrect|bogus|corrupt|corrupted|broken|incomplete'], notNear: ['candidate', 'candidates', 'applicant', 'applicants', 'idea', 'ideas', 'proposal', 'proposals', 'habits', 'advice', 'students', 'homework', 'exam', 'exams', 'answers'] },
  // "made the pipeline recover automatically from bad files", "recovers from a crashed worker".
  { id: 'recovers-from', role: 'backend', terms: ['~recover *? *? from a|an|the? bad|corrupt|corrupted|malformed|failed|partial|invalid|crashed|dropped|lost|missing *? *? file|files|input|inputs|data|record|records|row|rows|worker|workers|node|nodes|connection|connections|upload|uploads|write|writes|message|messages|packets|state'] },
  // "kept the servers patched and backed up".
  { id: 'patched-and-backed-up', role: 'backend', terms: ['patched and|or backed up', 'backed up and|or patched', { pattern: '~keep *? *? *? =patched', notFollowedBy: ['together', 'up', 'through'] }, '~keep *? *? *? backed up'], notInside: ['files', 'photos', 'phone'] },
  // "both wait forever at the same intersection", "threads blocked indefinitely": a deadlock in plain words.
  { id: 'waits-forever', role: 'backend', terms: ['~wait|~hang|~block|~spin|~loop|~stall forever|indefinitely', 'livelock', 'livelocks', 'thread|resource|process starvation'], notInside: ['i', 'we', 'you', 'me'] },
  // "whenever the stadium's LTE got congested", "if the Wi-Fi dropped": the network failing under a device.
  {
    id: 'network-dropped',
    role: 'mobile',
    terms: [
      'when|whenever|if|until *? *? *? *? {net} ~drop|~fail|~disconnect|~cut|~flicker|~flap',
      'when|whenever|if|until *? *? *? *? {net} ~get|~be|~go|~become|~turn|~grow congested|spotty|patchy|weak|unstable|flaky|down|offline|saturated',
      // "when the user goes offline mid-payment", "if the phone drops offline".
      'when|whenever|if the? user|users|device|devices|phone|phones|client|clients ~go|~drop offline',
      'every|each time *? *? *? *? {net} ~drop|~fail|~disconnect|~cut|~flicker|~flap',
      'every|each time *? *? *? *? {net} ~get|~be|~go|~become|~turn congested|spotty|patchy|weak|unstable|flaky|down|offline|saturated',
    ],
    notInside: ['i', 'we', 'you', 'me'],
  },
  // A system, its data or its users left unable, told in plain words: "some users could not log in",
  // "the order was not saved", "the numbers did not match the finance report", "the system could not
  // handle the traffic". Past only: "the app does not store your location" is a design, and the verbs
  // are those a working system does, not a person's wishes ("customers did not need an account").
  {
    id: 'could-not',
    role: 'backend',
    terms: [
      '{system}|{data}|{people}|numbers|figures|totals|counts|balances|records|reports|report|page|pages|screen|screens|feature|features =could|=would|=did|=was|=were not|never ~work|~load|~log|~save|~sync|~handle|~match|~ship|~start|~connect|~open|~render|~process|~print|~scale|~complete|~finish|~upload|~send|~boot|~install|~launch|~respond|~compile|~run|~arrive|~reach|~deliver|~record|~reconcile|~balance|~submit|~access|~checkout|~register|~download|~stream|~play',
      // "left paid guests without tickets", "left users without access"; not a caterer's guests.
      'left|leaves|leaving *? *? user|users|customer|customers|subscriber|subscribers|player|players|client|clients|buyer|buyers|rider|riders without',
      'left|leaves|leaving paid|registered|ticketed guests|attendees|fans without',
      // "two members … could both get the 6 p.m. court": one thing given twice.
      'could|would|can both ~get|~book|~buy|~reserve|~claim|~receive|~take|~win',
      // "a run failing for no reason": a failure with no cause in sight.
      '~fail|~crash|~break|~hang|~die|~stall for no|without *? *? reason',
      // "the reports were late every Monday", "half the rows were missing"; not "if loving data is
      // wrong", a liking, nor a page or a screen "blank" or "wrong for our brand", a designer's start.
      { pattern: '{data}|numbers|figures|totals|reports|report|dashboard|dashboards ~be|~come|~go|~show|~end|~turn *? missing|late|stale|garbled|truncated|inconsistent|wrong|incorrect|inaccurate', notPrecededBy: [...POSSESSIVES, 'loving', 'hating', 'big', 'open'] },
    ],
    notInside: ['i', 'we', 'you', 'me', 'us'],
  },
  {
    id: 'root-cause',
    role: 'backend',
    // "found the cause of the failures": the same analysis without the word "root".
    // "what are the sources of errors" in a model's answers: error analysis.
    terms: [
      'root cause', 'root-caused', 'rca', 'five whys', 'cause|causes|source|sources of the|its|their|our|these? failures|outage|outages|crash|crashes|errors|bugs|incident|incidents|timeouts|misclassifications|defects',
      // "traced it to a cookie bug", "tracked the crash down to a race": a symptom followed to its cause.
      '~trace|~track *? *? *? down? to a|an|the|one *? *? bug|defect|race|leak|misconfiguration|regression|deadlock',
      // "tracking down a stack overflow in an interrupt handler", "chasing down that leak": a fault hunted.
      '~track|~chase|~hunt down a|an|the|that|this|one *? *? bug|bugs|defect|race|leak|deadlock|crash|crashes|regression|overflow|hang|freeze',
    ],
    // The root cause of low morale is a management finding, not a failure analysed.
    notNear: ['morale', 'conflict', 'turnover', 'attrition', 'disagreement', 'misunderstanding', 'complaint', 'dissatisfaction', 'sales', 'churn', 'decline', 'poverty', 'disease', 'startup', 'startups', 'business', 'businesses', 'student', 'students', 'relationship', 'relationships', 'project', 'projects'],
  },

  // Failure told in plain words, as people tell it when the textbook word does not come to them
  // (session 25, from a blind set written apart from the rules: 29 of 36 such letters read as
  // having no failure talk). Each frame is the malfunction, not its cause; the writer's own doings
  // ("I kept closing tickets", "I stopped working at Globex") stay out through the word before.
  // "the app kept closing itself", "the scanner kept freezing".
  { id: 'kept-failing', role: 'mobile', terms: ['~keep ~crash|~freeze|~hang|~close|~quit|~restart|~reboot|~reset|~disconnect|~stall|~glitch', '~keep timing out', '~keep locking up'], notNear: ['i', 'we', 'you', 'me', 'deals', 'tickets', 'sales', 'doors', 'exams', 'tabs'], window: 1 },
  // "the robots used to stop dead", "the gauge stopped updating".
  { id: 'stopped-working', role: 'embedded', terms: ['~stop dead', '~stop ~update|~sync|~load|~boot|~charge|~print|~record|~report'], notNear: ['i', 'we', 'you', 'me'], window: 1 },
  // "the record system could not be reached for a morning", "the page would never load".
  // Not the writer out of reach: "I could not be reached during the trip".
  { id: 'unreachable', role: 'support', terms: [{ pattern: 'could|would|can not|never be reached|accessed|loaded|opened', notPrecededBy: PRONOUNS }] },
  // "anyone with a trailing space in their password could never sign in again".
  { id: 'locked-out', role: 'backend', terms: ['could|would|can not|never ~sign|~log in|on|into'], notNear: ['i', 'we', 'you'], window: 2 },
  // "the clinic was without internet for most of a day": a service gone for a while.
  // Not the writer's own days offline: "I was without internet for a week while moving".
  { id: 'without-service', role: 'support', terms: [{ pattern: '~be|~go|~sit|~stay|~remain without internet|power|connectivity|network|service|electricity|wifi|phones|email for *? *? *? *? hour|hours|day|days|morning|afternoon|night|week|weekend|minute|minutes', notPrecededBy: PRONOUNS }] },
  // "users got thrown back to the home screen", "kicked out to the login page".
  { id: 'thrown-out', role: 'mobile', terms: ['~throw|~kick|~bounce|~dump back|out to the? home|login|lock|start screen|page|menu'] },
  // "the export was quietly leaving out every accented name" (dropped, skipped and the rest: quietly-wrong).
  { id: 'quietly-dropped', role: 'data', terms: ['quietly|silently ~leave out'], notNear: ['i', 'we', 'you'], window: 1 },
  // "our ledger and the settlement file disagreed by a few hundred dollars", "the totals never added up".
  { id: 'did-not-match', role: 'data', terms: ['~disagree by', '=did|=does|=would not ~match|~balance|~reconcile', '=did|=does|=would not ~add|~line up', '{data}|numbers|figures|totals|counts|balances|books never ~match|~balance|~reconcile', '{data}|numbers|figures|totals|counts|balances|books never ~add|~line up'], notNear: ['my', 'skills', 'skill', 'role', 'expectations', 'interests', 'personality', 'values', 'goals', 'job', 'profile'] },
  // "filed into the chart of a different patient", "read the invoice of a different customer".
  { id: 'wrong-person', role: 'backend', terms: ['of|into|to a|the different|another|wrong patient|customer|user|account|tenant|client|subscriber|member', 'the wrong patient|customer|user|account|tenant|recipient|address|invoice|order|chart'], notNear: ['i', 'we', 'me', 'job', 'fit'] },
  // "the needle jumped to zero", "counters reset to an older value".
  { id: 'reset-to', role: 'embedded', terms: ['~jump|~snap|~reset|~drop to zero|0', '~reset|~revert to an? older|stale|earlier value|values|state|reading|readings', '~roll back to an? older|stale|earlier value|values|state|reading|readings'] },
  // "searches for such words got no results at all".
  { id: 'no-results', role: 'backend', terms: ['~get|~return|~show|~give no|zero results'], notNear: ['i', 'we', 'me'], window: 1 },
  // "the order page would sit spinning".
  { id: 'spinning', role: 'frontend', terms: ['sit|sat|sits|sitting|hang|hung|stay|stayed|stuck spinning|loading'] },
  // "the build machines haven't woken anyone up on a weekend since": nights the pager would have rung.
  { id: 'woken-up', role: 'backend', terms: ['~wake|woken anyone|nobody|engineers|on-call|people up'] },
  // "if a release goes sideways", "when the migration went wrong".
  { id: 'release-gone-wrong', role: 'backend', terms: ['release|deploy|deployment|update|migration|rollout|upgrade|build ~go sideways|wrong|south|bad'] },
  // "putting the previous version back is one command".
  { id: 'previous-back', role: 'backend', terms: ['~put|~bring|~roll the? previous|last|old|older version|release|build back', 'previous|last|old version|release|build back'] },
  // "we caught it before a single user saw it".
  { id: 'before-users-saw', role: 'qa', terms: ['before a|any? single? {people}|anyone|anybody ~see|~notice|~hit|~report|~find it|them', 'before a|any? single? {people}|anyone|anybody ~run into it|them'] },
  // "every project folder is copied off-site each night"; not an off-site meeting.
  { id: 'off-site-copies', role: 'support', terms: ['~copy|~store|~keep|~back|~replicate *? *? off-site|offsite'], notNear: ['meeting', 'meetings', 'retreat', 'retreats', 'event', 'events', 'workshop', 'team', 'day'] },
  // "the database locked up during the import", "it fell over under load", "messages piled up in the
  // queue": a system stuck or swamped, in everyday words. Not money locked up, nor a person who fell over.
  { id: 'locked-up', role: 'backend', terms: ['{system} ~lock|~seize|~freeze up', 'it|{system} ~fall|~keel over under|at|during|whenever|when|on'] },
  { id: 'piled-up', role: 'backend', terms: ['{data}|messages|events|jobs|tasks|requests ~pile|~back up in|on the? {system}', '{system}|backlog ~back|~pile up'] },
  // "I kept the lights on for our legacy billing system": running a system day to day.
  { id: 'lights-on', role: 'support', terms: ['~keep the lights on'] },
  // "our CI was red for days", "the build went red", "kept the main branch green": a build's colour is whether it passes.
  {
    id: 'build-colour',
    role: 'qa',
    terms: ['ci|build|builds|pipeline|pipelines|trunk|branch|suite ~be|~go|~turn|~stay|~remain red|green', 'red|bad|broken build|builds|pipeline|pipelines', '~keep *? *? ci|build|builds|pipeline|pipelines|trunk|branch green'],
  },

  // Failure told by students, juniors and second-language writers in everyday words (session 34, blind
  // set fail17: 10 of 30 such letters read as having no failure talk).
  // "the game close itself right after the logo", "the app would shut itself down": a program quitting on its own.
  { id: 'quit-by-itself', role: 'mobile', terms: ['~close|~shut|~quit|~exit|~restart|~reboot|~reset itself', '~close|~shut|~quit|~exit|~restart|~reboot|~reset by itself'], notNear: ['door', 'doors', 'window', 'windows', 'gate', 'shop', 'store', 'business', 'deal', 'chapter', 'eyes'], window: 5 },
  // "the order page was just showing a blank screen", "the site show only a white page", "the screen went black".
  // Not a writer's blank page ("staring at a blank page", "a blank canvas").
  {
    id: 'blank-screen',
    role: 'frontend',
    // "came back to a completely blank form" (fail7).
    terms: ['~show|~display|~render|~load *? *? *? blank|white|empty|black screen|page', 'back to a|an _? blank|empty form|page|screen|cart|basket'],
    notNear: ['stare', 'staring', 'stared', 'writing', 'write', 'novel', 'essay', 'canvas', 'notebook', 'sketchbook', 'mind', 'slate', 'poem', 'story'],
    window: 6,
  },
  // "the screen went black", "the app turned white on launch".
  { id: 'went-blank', role: 'frontend', terms: ['went|turned|goes|turns|go|turn|going|turning blank|white|black'], near: ['screen', 'screens', 'page', 'app', 'site', 'display', 'phone', 'game', 'website', 'monitor', 'tablet'], window: 4 },
  // "it kept going offline every three or four days", "the site kept going down".
  { id: 'kept-going-down', role: 'backend', terms: ['~keep ~go offline|dark|blank|down'], notNear: ['i', 'we', 'you', 'me', 'sales', 'prices', 'price', 'numbers', 'costs', 'weight', 'grades', 'scores', 'revenue', 'temperature', 'level', 'levels', 'rates', 'morale'], window: 1 },
  // "her monthly invoice was off by a few cents", "the stock counts were off by one".
  { id: 'off-by', role: 'data', terms: ['off by a? few|some|several|one|two cents|pennies|dollars|euros|pounds|units|items|rows|records'] },
  // "a script that checks each row for mistakes before we send", "validated every form for missing fields".
  {
    id: 'checked-for-mistakes',
    role: 'data',
    terms: ['~check|~scan|~validate|~verify|~test every|each|all|the? {data}|entry|field|form|value|input|sheet|spreadsheet *? *? *? for mistakes|errors|typos|duplicates|gaps|problems|missing|invalid|bad|wrong'],
    notNear: ['essay', 'essays', 'homework', 'grammar', 'spelling', 'cv', 'resume', 'letter', 'email', 'emails', 'mail'],
  },
  // "I'd go through every screen trying to break it": a tester's own words. Not "break it down", "break into tech".
  {
    id: 'tried-to-break',
    role: 'qa',
    terms: [
      { pattern: '~try to break it|them|things|everything', notFollowedBy: ['down', 'into', 'up', 'off', 'out', 'apart', 'in', 'even'] },
      { pattern: '~try to break the|my|our|their? {system}|game|page|form|feature|screen|screens', notFollowedBy: ['down', 'into', 'up', 'off', 'out', 'apart', 'in', 'even'] },
    ],
  },
  // "a list of what went wrong, with the steps to make it happen again".
  { id: 'steps-to-repeat', role: 'qa', terms: ['steps to make it happen again', 'steps to make the bug|crash|error|problem|issue happen again', 'steps to repeat|reproduce|recreate it|them', 'steps to repeat|reproduce|recreate the bug|crash|error|problem|issue'] },
  // "their old progress was just gone", "the saves got wiped"; not a writer's hopes or time.
  { id: 'progress-gone', role: 'mobile', terms: ['progress|=saves|=save|photos|drafts|bookings|orders|settings|history|messages ~be|~get just? gone|wiped|erased|lost'], notInside: ['i', 'we', 'my', 'our', 'hope', 'time', 'patience'] },
  // "I rolled the download back to 1.2 that same night": a change rolled back, told with its object.
  { id: 'change-rolled-back', role: 'frontend', terms: ['~roll the|that|this|our|my|an? update|download|release|version|change|deploy|deployment|upgrade|patch|migration|app|site|build back'] },
  // "I always make a copy of the entire site before any change", "copied the old save to a backup file";
  // not "a copy of the book" or "copies of the flyers".
  { id: 'copy-before-change', role: 'support', terms: ['copy|copies|snapshot|snapshots of the|my|our|their|its|every|each|all? entire|whole|live|old|production? database|db|data|site|website|server|servers|system|app|application|files|folder|folders|disk|drive|repository|repo|vm|machine|save|saves|config|configuration|records|tables', 'to a? backup file|files|copy|copies|folder|drive|disk', 'backup file|files|copy|copies|folder|drive|disk'] },
  // "a simple check that pings the order page every five minutes", "an uptime check on the shop".
  { id: 'pinged', role: 'support', terms: ['~ping the|our|my|each|every? *? *? site|page|server|service|api|endpoint|app|website|homepage|host|router|shop', 'uptime check|checks|ping|pings|monitor|robot|alert|alerts'] },
  // "she pressed the adoption button and nothing happened".
  { id: 'nothing-happened', role: 'frontend', terms: ['nothing ~happen'], near: ['button', 'buttons', 'click', 'clicked', 'clicking', 'press', 'pressed', 'pressing', 'tap', 'tapped', 'tapping', 'submit', 'link'], window: 8 },
  // Failure told in passing by roles beyond software engineering (session 34, blind set fail16: 6 of 30
  // such letters read as having no failure talk).
  // "a cooker step was failing without raising an error", "the export failed silently".
  { id: 'failed-silently', role: 'backend', terms: ['~fail without *? *? error|errors|warning|warnings|alert|alerts|trace|message', '~fail silently|quietly|unnoticed'], notNear: ['i', 'me', 'we', 'you', 'who', 'people', 'person', 'someone', 'they', 'he', 'she', 'students', 'exam', 'exams', 'class', 'course', 'test'], window: 2 },
  // "failures in the pipeline", "errors from the payment gateway", "a bug in the importer".
  { id: 'fault-in-system', role: 'backend', terms: ['failure|failures|error|errors|crash|crashes|fault|faults|bug|bugs|defect|defects in|inside|from|of the|our|a|an|its|their|every? *? {system}'], notInside: ['building', 'buildings', 'government', 'society', 'house', 'family'] },
  // "shipping with stale lighting data", "outdated prices on the shop".
  { id: 'stale-data', role: 'data', terms: ['stale|outdated|out-of-date *? *? data|prices|stock|values|cache|caches|results|records|readings|figures|numbers|inventory'] },
  // "we had to cancel ninety oversold orders", "a double-booked room".
  { id: 'oversold', role: 'backend', terms: ['oversold|overselling|oversell|oversells|overbooked|overbooking|double-booked|double-booking|double-bookings', 'already out of stock'], near: ['sold', 'sell', 'selling', 'orders', 'order', 'cancel', 'cancelled', 'canceled', 'oversold', 'overbooked', 'double-booked', 'overselling', 'oversell', 'overbooking', 'double-booking'], window: 8 },
  // "an extension which was not compatible with the new version". Not people or plans that are not compatible.
  {
    id: 'not-compatible',
    role: 'backend',
    terms: ['incompatible', 'not compatible', 'compatibility issue|issues|problem|problems|bug|bugs|break|breaks'],
    near: ['upgrade', 'upgraded', 'upgrading', 'version', 'versions', 'extension', 'extensions', 'plugin', 'plugins', 'library', 'libraries', 'driver', 'drivers', 'update', 'updates', 'release', 'database', 'api', 'browser', 'browsers', 'theme', 'firmware', 'os', 'android', 'ios', 'dependency', 'dependencies', 'package', 'packages', 'schema'],
    notNear: ['personality', 'values', 'schedule', 'schedules', 'goals', 'couple', 'partner', 'partners'],
    window: 6,
  },
  // "it was fixed before release", "caught before go-live": a fault stopped before it shipped.
  { id: 'fixed-before-release', role: 'qa', terms: ['fixed|caught|found|patched|stopped before the? release|launch|go-live|production|shipping|rollout'], notNear: ['date', 'price', 'prices', 'schedule', 'salary', 'deadline', 'budget', 'scope'], window: 3 },
  // Session 34, blind set fail18 (written after the rounds above): backups restored to prove them,
  // a whole office unable to work, data counted as something it is not.
  { id: 'backups-proved', role: 'support', terms: ['~restore *? *? database|databases|backup|backups|snapshot|snapshots to a|the test|staging|spare|separate|scratch', 'backups|backup *? ~work'], notInside: ['plan', 'plans', 'career', 'life'] },
  { id: 'nobody-could', role: 'support', terms: ['nobody *? *? *? could ~send|~receive|~log|~access|~connect|~print|~reach|~load|~open|~pay|~book|~sign|~check', 'no one *? *? *? could ~send|~receive|~log|~access|~connect|~print|~reach|~load|~open|~pay|~book|~sign|~check'] },
  { id: 'counted-as', role: 'data', terms: ['counted|counting twice|double', 'counted|counting as new|separate|duplicate|duplicates|extra'], near: ['orders', 'order', 'records', 'record', 'rows', 'row', 'data', 'messages', 'drafts', 'bookings', 'photos', 'saves', 'progress', 'files', 'payments', 'events', 'returns', 'refunds', 'sales', 'visits', 'sessions', 'users', 'entries', 'transactions', 'invoices'], window: 5 },
  // Failure told as a story without a failure word (session 31's fail7 and session 32's fail10, whose
  // stories no frame read): a fault nobody saw, data gone or wrong, a repeat, a hole anyone could use.
  // "had been exiting on its first line for five weeks, and nobody noticed"; "the arm started to reset itself, and nobody knew why".
  { id: 'nobody-noticed', role: 'backend', terms: ['and nobody noticed', 'and no one noticed', 'nobody knew why', 'no one knew why'], notNear: ['i', 'me', 'my'], window: 6 },
  // "orders customers had been told were confirmed were simply not there afterwards", "the drafts were suddenly missing".
  { id: 'data-not-there', role: 'backend', terms: ['simply|just|suddenly missing', 'simply|just not there', 'not there afterwards|anymore'], near: ['orders', 'order', 'records', 'record', 'rows', 'row', 'data', 'messages', 'drafts', 'bookings', 'photos', 'saves', 'progress', 'files', 'payments', 'events', 'returns', 'refunds', 'sales', 'visits', 'sessions', 'users', 'entries', 'transactions', 'invoices'], window: 8 },
  // "started dropping off the CAN bus once the chamber passed 55 degrees".
  { id: 'dropped-off', role: 'embedded', terms: ['~drop off the? can|i2c|spi|modbus|usb|pci|field bus', '~drop off the network|wifi|vpn|mesh'], notNear: ['i', 'me', 'we'], window: 3 },
  // "our provider kept serving last Thursday's rates", "the page kept showing old prices".
  { id: 'kept-stale', role: 'data', terms: ['~keep ~serve|~show|~send|~return old|stale|outdated|cached|the previous|yesterday|last'] },
  // "a customer could use the same voucher code two times", "redeem the same coupon twice".
  { id: 'used-twice', role: 'backend', terms: ['same _? _? code|coupon|voucher|ticket|key|token|card two times|twice|again'] },
  // "anyone could read any bill by changing one number in the URL": a hole anyone could use.
  { id: 'anyone-could', role: 'security', terms: ['anyone|anybody *? could ~read|~see|~access|~view|~download|~edit|~change|~open|~delete any|other|another|someone|everyone|every _? data|order|orders|payment|payments|message|messages|bill|bills|invoice|invoices|account|accounts|file|files|document|documents|profile|profiles|password|passwords|email|emails|record|records', 'anyone|anybody *? could take over'] },
  // "quietly put claimants into the wrong age band", "charged in the wrong currency".
  { id: 'wrong-bucket', role: 'data', terms: ['wrong _? band|bucket|category|tier|group|price|rate|currency|queue|room|region|timezone', 'wrong time zone'], near: ['put', 'placed', 'sorted', 'routed', 'assigned', 'sent', 'filed', 'billed', 'charged', 'moved', 'landed', 'putting', 'placing', 'sorting', 'routing', 'assigning', 'sending', 'filing', 'billing', 'charging'],
    // Not the writer sent to the wrong room for an interview.
    notNear: ['i', 'me', 'we', 'us'],
    window: 6,
  },
  // "our side gave up waiting and sent the request again": a timeout told plainly.
  { id: 'sent-again', role: 'backend', terms: ['~give up waiting'], notNear: ['i', 'we', 'you', 'me', 'he', 'she', 'they', 'finally', 'eventually'], window: 1 },
  // "the dashboard was counting diverted flights as on time".
  { id: 'counted-wrongly', role: 'data', terms: ['~count *? *? as on time|successful|complete|completed|delivered|paid|active|new'] },
  // "codes were arriving after they had already expired".
  { id: 'after-expired', role: 'mobile', terms: ['already expired'], near: ['arrive', 'arrived', 'arriving', 'arrives', 'came', 'come', 'coming', 'delivered'], window: 6 },
  // "my code was choking on a field that was suddenly missing": a program tripping over input.
  { id: 'choked-on', role: 'backend', terms: ['~choke on'], notNear: ['i', 'me', 'we', 'food', 'water', 'words', 'laughter', 'tears', 'smoke'], window: 3 },

];
