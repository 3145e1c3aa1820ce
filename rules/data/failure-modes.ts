// Operational language: words and phrasings that show the writer thinks about what fails, how it is
// noticed and what protects against it, for every kind of engineering role. The notation and the
// shared word lists are in failure-words.ts, the frames in failure-frames.ts, the other roles'
// lexicons in failure-roles.ts, the everyday practice of testing, support, security, embedded and
// network work in failure-practice.ts; this file holds backend operations and puts the families together.
import { frameFamilies } from './failure-frames.js';
import { practiceFamilies } from './failure-practice.js';
import { roleFamilies } from './failure-roles.js';
import { PERSONAL, POSSESSIVES, SCREENS, SYSTEM_NEAR, IN_FLIGHT, OPS_CONTEXT, type FailureFamily } from './failure-words.js';

export { FRAME_SLOTS, type FailureFamily, type FailureRole } from './failure-words.js';

const operations: readonly FailureFamily[] = [
  // ---- backend and operations -----------------------------------------------------------------------
  { id: 'retries', role: 'backend', terms: ['retry', 'backoff', 'exponential|jittered back-off', 'retry storm'] },
  // "at least once a month" is a habit.
  { id: 'idempotency', role: 'backend', terms: ['idempotent', 'idempotency', 'idempotence', 'idempotently', { pattern: 'safe|safely to? rerun|retry|replay|restart|resume', notFollowedBy: [...POSSESSIVES, 'our', 'a', 'an'] }, 'rerunnable', 'restartable', 'resumable'] },
  // Offline edits that meet: not "I resolve conflicts within the team".
  {
    id: 'sync-conflicts',
    role: 'mobile',
    // "resolved merge conflicts" is a git chore.
    terms: [{ pattern: 'conflict', notPrecededBy: ['merge', 'git', 'rebase'] }, 'conflicting write|writes|edit|edits|update|updates'],
    near: ['sync', 'synchronization', 'synchronisation', 'synchronize', 'realtime', 'collaborative', 'offline', 'device', 'replica', 'replication', 'crdt', 'concurrent', 'write', 'edit', 'version', 'clock', 'merge', 'wins'],
    notNear: ['team', 'stakeholder', 'colleague', 'people', 'interpersonal', 'manager', 'customer', 'skill', 'skills', 'personality', 'priorities'],
    window: 6,
  },
  // "responsible for the squad's deployments and ongoing service health": a system's health, the
  // thing on-call watches; not "a regional health system" or "health services", which come the other way round.
  {
    id: 'service-health',
    role: 'backend',
    terms: ['service|system|platform|cluster|infrastructure|server|fleet|application|site|database|node|pipeline health', 'health dashboard|dashboards'],
    notNear: ['patient', 'patients', 'clinic', 'clinical', 'medical', 'hospital', 'insurance', 'mental', 'public', 'healthcare', 'care'],
  },
  // "maintained 24/7 systems", "round-the-clock monitoring": systems that may not stop.
  { id: 'always-on', role: 'backend', terms: ['24 7 {system}|systems|operations|operation|uptime|availability|monitoring|on-call|production', 'round the clock monitoring|operations|uptime|availability',
    // "making sure the servers were always running", "the website was available 24 hours a day".
    '{system}|servers|services ~be|~stay|~remain always|reliably|continuously running|available|up|online|operational', 'they|it ~be|~stay|~remain always|reliably|continuously running|online|operational', 'available|running|online|up 24 hours a day', 'available|running|online|up around|round the clock'] },
  // "scripts to check the health of our servers", "monitored the health of the pipelines".
  { id: 'health-of', role: 'backend', terms: ['health of the|our|its|their|each|all|every? {system}'], notInside: ['patient', 'patients', 'community', 'economy', 'business', 'team', 'teams', 'company'] },
  // "configured Nagios to notify us", "set up Sentry": tools whose only work is watching and paging.
  { id: 'monitoring-tools', role: 'backend', terms: ['~configure|~use|~deploy|~integrate|~add|~install|~run|~introduce|~maintain nagios|zabbix|pagerduty|opsgenie|sentry|icinga|uptimerobot|statuspage', 'set|sets|setting up nagios|zabbix|pagerduty|opsgenie|sentry|icinga|uptimerobot|statuspage'] },
  // "a disk that was almost full", "the queue filled up": capacity running out.
  { id: 'filled-up', role: 'backend', terms: ['disk|disks|queue|queues|buffer|buffers|storage|volume|volumes|partition|partitions|mailbox|quota ~be|~get|~run almost|nearly? full', 'disk|disks|queue|queues|buffer|buffers|storage|volume|volumes|partition|partitions ~fill up'] },
  // "logging with the ELK stack so we could find errors quickly"; not errors found in essays.
  { id: 'errors-found', role: 'backend', terms: ['~find|~spot|~detect|~trace|~surface|~track down? *? errors|exceptions|failures|crashes'], notNear: ['grammar', 'spelling', 'essay', 'essays', 'student', 'students', 'homework', 'proofread', 'proofreading', 'typos', 'manuscript', 'manuscripts', 'translation', 'translations'] },
  // "set up structured logging", "added error logging".
  { id: 'logging-set-up', role: 'backend', terms: ['~add|~implement|~configure|~improve|~introduce|~build centralized|centralised|structured|error|application|audit logging', 'set|sets|setting up *? logging|tracing|alerting'], notNear: ['data', 'hours', 'timber', 'lab', 'sensor', 'sensors'] },
  // "made the website work the same way in Chrome, Firefox and Safari": one behaviour on every client.
  { id: 'same-everywhere', role: 'frontend', terms: ['~work|~behave|~render|~display the same|consistently|correctly|identically *? *? chrome|firefox|safari|edge|browsers|browser|devices|platforms|screen|screens',
    // A look kept the same across a product's own screens is design, not a fault (session 34, fail17).
    '~look the same|consistently|correctly|identically *? *? chrome|firefox|safari|edge|browsers|browser|devices|platforms'], notInside: ['i', 'we', 'me'] },
  // "fixed layout issues on small screens", "contrast problems flagged by Lighthouse".
  // Not a magazine's or a brochure's layout.
  { id: 'ui-faults', role: 'frontend', terms: ['~fix|~resolve|~solve|~address|~find|~debug *? layout|rendering|display|styling|css|ui|visual|alignment|responsive|responsiveness|accessibility|contrast|overflow|z-index issues|bugs|problems|glitches|defects'], notNear: ['magazine', 'magazines', 'newsletter', 'newsletters', 'brochure', 'brochures', 'print', 'poster', 'posters', 'yearbook', 'book'] },
  // "when the user typed something invalid", "rejects malformed payloads".
  { id: 'invalid-input', role: 'backend', terms: ['{people} ~type|~enter|~submit|~send|~upload *? invalid|malformed|bad|wrong', 'invalid|malformed input|inputs|data|values|entries|requests|payloads|tokens|files|records|rows|json|xml|messages'] },
  // "survive voltage spikes", "withstand vibration": hardware built for what goes wrong.
  { id: 'survives-faults', role: 'embedded', terms: ['voltage|power|current spike|spikes|surge|surges|sag|sags|dip|dips|transient|transients', 'brownout|brownouts', '~survive|~withstand|~tolerate *? *? spikes|surges|brownouts|faults|failures|power loss|vibration|outages'] },
  // "injection flaws and insecure defaults".
  { id: 'security-flaws', role: 'security', terms: ['injection flaw|flaws|attack|attacks|vulnerability|vulnerabilities|bug|bugs', 'insecure default|defaults|configuration|configurations|code|storage|endpoint|endpoints|deserialization|direct',
    // "reachable from the guest Wi-Fi with its default password still set", "an unusual login at 3 a.m." (session 34, fail16).
    'default password|passwords|credentials|login|logins', 'suspicious|unusual|unauthorized|unauthorised|anomalous login|logins|sign-in|sign-ins|access|activity|traffic', '~log|~sign in from an? unusual|unknown|unexpected|suspicious|strange'] },
  // "kept the legacy system stable while we replaced it", "kept it healthy".
  { id: 'kept-stable', role: 'backend', terms: ['~keep it|them stable|responsive', '~keep the|our|its|that|this? *? {system} stable|healthy|alive|responsive'] },
  // "rolled the new version out to 5% of users first": a release tried on a few before all.
  { id: 'staged-release', role: 'backend', terms: ['staged|gradual|phased|incremental|percentage rollout|rollouts|release|releases|deploy|deploys|deployment|deployments'] },
  { id: 'staged-rollout', role: 'backend', terms: ['of users|traffic|customers|devices|servers|hosts|stores first'], near: ['roll', 'rolled', 'rollout', 'release', 'released', 'ship', 'shipped', 'deploy', 'deployed', 'version', 'update', 'flag', 'rollouts', 'releases', 'deploys', 'deployment', 'deployments'], window: 8 },
  // "made the app work even with a slow internet connection".
  // Not a childhood's: "even with no internet at home, I learned to code".
  { id: 'poor-network', role: 'mobile', terms: ['even|still with|on|over|under a? slow|poor|weak|flaky|spotty|unstable|intermittent|low|no {net}|bandwidth'], notNear: ['home', 'childhood', 'village', 'grew', 'growing', 'learned', 'learnt', 'studied', 'school', 'college', 'university', 'kid', 'child'], window: 8 },
  // "documented known issues and workarounds": the failures a system is known to have.
  { id: 'known-issues', role: 'qa', terms: ['known issue|issues|bug|bugs|limitation|limitations and workaround|workarounds', 'known bug|bugs'] },
  // "kept the payments API up during Black Friday", "the site stayed up through the launch": a system kept serving.
  // Not "I stayed up late": the subject or the object is a system.
  // Not "kept the website up to date", "up late".
  {
    id: 'kept-up',
    role: 'backend',
    terms: [
      { pattern: '~keep the|our|its? *? {system} up|online|available', notFollowedBy: ['to', 'late', 'until', 'till', 'all', 'and'] },
      { pattern: '{system} ~stay up|online|available', notFollowedBy: ['to', 'late', 'until', 'till', 'all'] },
    ],
  },
  // "kept the build green", "the suite stays green".
  { id: 'kept-green', role: 'qa', terms: ['~keep *? *? *? *? build|suite|ci|test|pipeline|main|master green', 'build|suite|ci|test|pipeline|main|master ~stay|~go|~turn red|green'] },
  // Delivery guarantees; not "I have been there exactly once" or "at least once a month".
  {
    id: 'delivery-guarantees',
    role: 'backend',
    // "a re-delivered job can never pay twice"; not a workshop re-delivered.
    terms: ['exactly once', { pattern: 'at least|most once', notFollowedBy: ['a', 'an', 'per', 'every', 'each', 'in', 'during'] }, 're-delivered', 're-delivery'],
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
    // A classroom's: "lunch detention, hall monitor, timeouts".
    notNear: ['detention', 'classroom', 'classrooms', 'pupils', 'kids', 'children', 'teacher', 'teaching', 'recess', 'hall'],
  },
  {
    id: 'outages',
    role: 'backend',
    terms: [
      'outage',
      // "in my downtime I read" is leisure.
      { pattern: 'downtime', notPrecededBy: ['my', 'spare', 'personal', 'of', 'during', 'in'] },
      'zero|no|planned|unplanned downtime',
      // "twelve minutes of downtime", "hours of unplanned downtime" (session 34, fail16); not "plenty of downtime".
      'second|seconds|minute|minutes|hour|hours of planned|unplanned? downtime',
      // "no customer ever saw a maintenance window": a system taken down for work, an operations word.
      'maintenance window|windows',
      // "a 30% reduction in downtime": "in" before it is leisure only after the writer's own words.
      'reduction|reductions|decrease|drop|cut|fall|increase in downtime',
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
    // "reverted the bad migration"; not "reverted to old habits".
    // "I rolled it back across 300 machines": the change named the sentence before, or early in this one.
    terms: ['rollback', 'roll|rolled|rolling back', 'roll|rolled|rolling it|them back', '~revert'],
    near: [
      ...OPS_CONTEXT, ...SYSTEM_NEAR, 'bad', 'automatic', 'automatically', 'version', 'change', 'schema', 'config', 'plan',
      'canary', 'feature', 'flag', 'click', 'instant', 'tested', 'safe', 'wave', 'second', 'minute', 'migration', 'commit', 'error',
      'step', 'script', 'path', 'strategy', 'helm', 'terraform', 'git', 'code', 'patch', 'upgrade', 'failed',
      'release', 'releases', 'deploy', 'deployment', 'build', 'update',
      // Where it was rolled back: "across some 300 machines", "on every node".
      'machines', 'servers', 'hosts', 'nodes', 'devices', 'laptops', 'fleet', 'clusters', 'cluster',
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
    // Funds and budgets reconciled are bookkeeping: "reconciling $200 million in funding".
    // Nor a schema's types made to agree: "FAQPage schema reconciliation".
    notNear: ['funding', 'budget', 'budgets', 'grant', 'grants', 'expense', 'expenses', 'donation', 'donations', 'schema', 'seo'],
  },
  {
    id: 'monitoring',
    role: 'backend',
    // "monitoring student progress" watches people; an operational monitor watches a system.
    terms: [{ pattern: 'monitor', notPrecededBy: SCREENS }],
    near: [
      ...OPS_CONTEXT, 'alerts', 'dashboard', 'prometheus', 'grafana', 'datadog', 'relic', 'sentry', 'pagerduty', 'honeycomb',
      'splunk', 'kibana', 'cloudwatch', 'error', 'metric', 'log', 'logging', 'tracing', 'trace', 'observability', 'endpoint',
      'synthetic', 'apm', 'sli', 'slo', 'drift', 'model', 'gpu', 'stack', 'coverage', 'network', 'db', 'disk', 'cpu', 'memory',
      'step', 'lag', 'failure', 'fallback', 'freshness', 'saturation', 'throughput', 'cron', 'heartbeat', 'canary', 'deploy',
      'deployment', 'rollout', 'kubernetes', 'k8s', 'container', 'cluster', 'node', 'host', 'fleet', 'platform', 'transaction',
      // "Monitor App Statistics (responsiveness, hangs, memory)": an app's vital signs, not its visits.
      'health', 'uptime', 'responsiveness', 'hangs', 'vitals', 'errors', 'availability', 'logs',
      // "monitored environments using Nagios and Splunk".
      'environment', 'environments', 'nagios', 'zabbix', 'dynatrace', 'appdynamics',
    ],
    // Nor business figures or the news: "a dashboard to monitor sales performance", "monitor the earnings calls of the big carriers".
    notNear: ['student', 'students', 'patient', 'patients', 'employee', 'employees', 'staff', 'child', 'children', 'progress', 'social', 'brand', 'competitor', 'competitors', 'budget', 'wildlife', 'evaluation', 'programme', 'program', 'sales', 'revenue', 'marketing', 'campaign', 'campaigns', 'kpi', 'kpis', 'engagement', 'attendance', 'learning', 'classroom', 'teaching', 'earnings', 'news', 'industry', 'trends', 'prices', 'stocks', 'weather', 'competition'],
  },
  {
    id: 'alerting',
    role: 'backend',
    terms: [
      // "I stay alert" is a trait; "my job alerts" is how the writer found the posting.
      { pattern: '=alert', notPrecededBy: ['am', 'is', 'are', 'be', 'stay', 'stayed', 'remain', 'keep', 'kept', 'very', 'always', 'more', 'mentally', 'and', 'job', 'email', 'push', 'sms', 'text', 'price', 'stock', 'sale', 'news', 'weather', 'traffic', 'reminder'] },
      // Nor a product's alerts to its users: "price-drop alerts", "restock alerts", "push alerts".
      { pattern: '=alerts|=alerting|=alerted', notPrecededBy: ['job', 'jobs', 'email', 'news', 'linkedin', 'google', 'indeed', 'price', 'deal', 'deals', 'flight', 'fare', 'travel', 'weather', 'stock', 'sale', 'sales', 'drop', 'drops', 'restock', 'push', 'sms', 'text', 'search', 'listing', 'listings', 'discount', 'offer', 'offers', 'reminder', 'traffic', 'amber', 'hydration', 'stretch', 'prayer', 'adhan', 'medication', 'arrival', 'departure', 'delay', 'gate', 'score', 'match', 'goal'] },
      'observability',
    ],
    // Nor alerts a product sends its users: "passengers receive arrival alerts", "patients receive alerts
    // at the right time".
    notNear: ['passenger', 'passengers', 'patient', 'patients', 'rider', 'riders', 'traveler', 'travelers', 'traveller', 'travellers', 'shopper', 'shoppers', 'receive', 'receives', 'received', 'medication', 'bus', 'arrival', 'reminders', 'sale', 'voices', 'voice', 'reminder', 'nudge'],
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
  // "kept the service up during peak traffic", "traffic spikes": load met in production.
  { id: 'peak-load', role: 'backend', terms: ['peak|spiky traffic|load', 'traffic|load spike|spikes|surge|surges', 'thundering herd'] },
  // "made the app work offline", "offline-first sync": a mobile app that survives no network. Not "I work offline".
  {
    id: 'offline',
    role: 'mobile',
    terms: [
      'offline first|mode|support|capability|capabilities|sync|queue', { pattern: '~work|~function offline', notPrecededBy: ['i', 'we', 'you', 'to', 'can'] },
      // "handles poor network connectivity gracefully", "on flaky connections"; not "a poor connection
      // to the art world".
      'poor|flaky|unreliable|spotty|intermittent|unstable network|connectivity|signal',
      'flaky|intermittent|dropped network? connection|connections',
    ],
  },
  // "sat in on calls with customers" is meetings, not a rotation.
  // "a one-pager" is a document.
  // "the weekend support rota", "the out-of-hours rotation": the service desk's on-call.
  { id: 'on-call', role: 'backend', terms: [{ pattern: 'on call', notFollowedBy: ['with'] }, 'oncall', 'support|escalation|incident|pager rota|rotation', 'out of hours|after hours support|cover|rota|rotation', { pattern: 'pager', notPrecededBy: ['one', 'two', 'three', 'single', 'multi', 'a'] }, 'pagerduty', 'opsgenie', '=paged',
    // Memory paging is an operating system's ("x86 paging tutorial", "demand paging"), not a pager's.
    { pattern: '=paging', notPrecededBy: ['x86', 'memory', 'virtual', 'demand', 'kernel', 'page', 'table', 'os', 'disk'], notFollowedBy: ['tutorial', 'tutorials', 'table', 'tables', 'structure', 'structures', 'mechanism', 'scheme', 'algorithm', 'algorithms', 'system'] }],
    // A rota of another trade: "on call as a volunteer firefighter", "on call at the hospital".
    notNear: ['firefighter', 'volunteer', 'paramedic', 'nurse', 'doctor', 'physician', 'hospital', 'medic', 'emt', 'ambulance', 'lifeguard', 'clinic', 'ward'] },
  // "data correctness"; not "data accuracy", which tidying a CRM improves as often as a system guards it.
  { id: 'data-integrity', role: 'backend', terms: ['data integrity|loss|corruption|correctness', 'integrity check', 'checksum', 'audit trail|log', 'invariant', 'corrupted'] },
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
  {
    id: 'reliability-of',
    role: 'backend',
    // "improved process reliability by 60%": reliability with its measure is evidence, not a virtue claimed.
    terms: ['reliability of|for the|our|its|their|a? *? {system}', '~improve|~increase|~raise|~boost|~lift *? *? reliability|availability|stability|uptime by'],
  },
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
      'graceful|gracefully degradation|~degrade|shutdown|drain', '~degrade|~fail|~recover gracefully', 'degraded mode|service', 'backpressure', 'back pressure',
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
      // "a Multi-AZ architecture", "RDS Multi-AZ": standing in more than one zone so one can fail.
      'multi-az', 'multi-availability zone',
      // "my fallback plan" is the writer's.
      { pattern: 'fallback', notPrecededBy: POSSESSIVES, notFollowedBy: ['plan', 'career', 'option', 'job', 'position'] },
      // "fall back on my experience" is a figure of speech.
      { pattern: 'fall|falls|fell back', notFollowedBy: ['on', 'upon', 'into', 'in'] },
      'single point|points of failure', 'spof|spofs', 'failure point|points', 'disaster recovery', 'recovery time|point objective', 'point in time recovery',
      // Alone, "RTO" is as often "return to office".
      'rto and|or rpo', 'rpo and|or rto', 'backup restore', 'backup|backups and|or? recovery|restore|restores',
      // "restored the site from backups after a hack".
      // "restored a deleted customer table from last night's snapshot".
      '~restore *? *? *? *? from|using *? *? backup|backups|snapshot|snapshots',
      // Not "my backup plan".
      'backup system|systems|strategy|strategies|job|jobs|verification|testing|rotation|solution|solutions|infrastructure|policy|policies', 'restore drill|test',
    ],
  },
  // "I halted the rollout at 5%", "we held the launch for a sprint": a release stopped because it went wrong.
  { id: 'release-safety', role: 'frontend', terms: ['canary', 'canaried', 'feature flag|flagged', 'kill switch', '~halt|~pause|~freeze|~abort|~hold the|a|our? rollout|rollouts|release|deploy|deployment|launch',
    // "in its first months it stopped three releases where a change broke the discount": a suite that blocks a release.
    '~stop|~block two|three|four|five|several|many releases|deploys|deployments|rollouts', 'blue-green deploy|deployment|release|rollout|cutover|switch|strategy', 'staged|phased|progressive rollout', 'shadow mode|deployment|deploy', 'dark launch', 'hotfix', 'hot fix'] },
  {
    id: 'runbooks',
    role: 'backend',
    terms: ['runbook'],
    // "our sales playbook" is a method, not a runbook.
    notNear: ['sales', 'marketing', 'growth', 'hiring', 'onboarding', 'interview', 'content', 'seo', 'brand', 'recruiting', 'career', 'leadership'],
  },
  // A playbook is an operations one only beside the incident it answers: "the integration playbook
  // across international accounts" is a sales method.
  {
    id: 'playbooks',
    role: 'security',
    // "writing Ansible playbooks" is configuration, not a response plan.
    terms: [{ pattern: 'playbook', notPrecededBy: ['ansible'] }],
    near: [...OPS_CONTEXT, 'incident', 'response', 'security', 'escalation', 'soc', 'ir', 'runbook', 'failover', 'recovery', 'breach', 'ransomware', 'policies'],
    notNear: ['sales', 'marketing', 'growth', 'hiring', 'onboarding', 'interview', 'content', 'seo', 'brand', 'recruiting', 'career', 'leadership', 'accounts'],
  },
  {
    id: 'chaos',
    role: 'qa',
    terms: [
      'chaos testing|engineering|experiment|monkey', 'fault tolerance|tolerant|injection|injected',
      // "injected faults into the payment path".
      '~inject|~simulate *? faults|failures|errors|latency|chaos|outages|crashes',
      'load|stress|soak test|testing|tested',
    ],
  },
  {
    id: 'redundancy',
    role: 'backend',
    terms: [
      // In British English "redundancy" is also a layoff: "a new role following redundancy".
      // "reviewed our suites for redundancy, efficiency" and "reduced redundancy" are waste removed;
      // "code redundancy" is duplicated code.
      { pattern: 'redundancy', notPrecededBy: ['my', 'following', 'after', 'voluntary', 'compulsory', 'facing', 'of', 'through', 'recent', 'since', 'made', 'reduce', 'reduced', 'reducing', 'eliminate', 'eliminated', 'eliminating', 'remove', 'removed', 'removing', 'minimize', 'minimized', 'avoid', 'cut', 'less', 'code'] },
      // "redundant steps" and "redundant spreadsheets" are waste, not spare capacity.
      'redundant replica|node|host|server|instance|copy|region|zone|link|power|path|storage|database|network|datacenter',
      'replica|replication lag', 'lag check|checks', 'replica|replicas|follower|followers|secondary|secondaries|standby ~lag', '~lag *? *? behind the? primary', 'read after write|your writes consistency',
      'database|db|data|cross-region|multi-region|synchronous|asynchronous|streaming replication',
    ],
    notNear: ['efficiency', 'duplication', 'waste', 'compliance', 'normalization', 'normalize', 'normalized'],
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
    // Nor a racing game's "crash and damage system".
    notNear: ['market', 'stock', 'couch', 'sofa', 'car', 'bike', 'plane', 'party', 'diet', 'housing', 'economy', 'friend', 'course', 'burned', 'burnt', 'crypto', 'bitcoin', 'financial', 'recession', 'dotcom', 'damage', 'vehicle', 'vehicles', 'collision', 'collisions', 'panels'],
    window: 6,
  },
  { id: 'crash-tools', role: 'mobile', terms: ['crashlytics', 'crash report|reporting|dump|loop|reporter|reporters|dumps|logs|analytics|symbolication', '~group crashes|crash'] },
  // "I would join in a heartbeat" is an idiom.
  { id: 'health-checks', role: 'backend', terms: ['healthcheck', { pattern: 'heartbeat', notPrecededBy: ['a'] }, 'watchdog', 'liveness|readiness probe'] },
  // A service's health checks, not the clinic's.
  {
    id: 'health-check',
    role: 'backend',
    // Not a team's "quarterly team health check", a survey of how people feel.
    terms: [{ pattern: 'health check|checking', notPrecededBy: ['team', 'teams', 'mental', 'annual', 'medical', 'wellness', 'wellbeing', 'quarterly'] }],
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
  {
    id: 'concurrency',
    role: 'backend',
    terms: [
      'race condition', 'deadlock', 'data race', 'concurrent writes|updates|requests|edits|transactions|workers', 'lost update', 'double spend',
      'concurrency control|bug|bugs|issue|issues',
      // "hash collisions", "id collisions"; not a driver's "zero collisions".
      'id|ids|key|keys|hash|hashes|uuid|uuids|naming collision|collisions',
      // "one transaction that locks the class row", "row-level locking"; not "row-level security" (session 34, fail17).
      '~lock the|a|each|every|that? *? row|rows|record|records', 'row lock|locks|locking', 'row-level lock|locks|locking', 'select for update',
    ],
  },
  {
    id: 'deduplication',
    role: 'data',
    terms: ['deduplicate', 'deduplication', 'dedupe', 'deduped', 'dedup'],
    // Deduplicating a stream is a guarantee; deduplicating the CRM's contacts is a chore.
    notNear: ['crm', 'contact', 'mailing', 'list', 'spreadsheet', 'customer', 'lead', 'excel', 'manual'],
    window: 6,
    near: [...IN_FLIGHT, 'reading', 'row', 'record', 'interval', 'file', 'key', 'idempotency', 'idempotent', 'stream', 'queue', 'consumer', 'retry', 'pipeline', 'kafka', 'ingest', 'exactly', 'once', 'replay', 'redelivery', 'window', 'at', 'least'],
  },
  {
    id: 'failure-modes',
    role: 'backend',
    terms: [
      'partial failure|outage|write|load|upload|batch|file', 'failure mode|domain|scenario|case|injection|handling', 'edge case',
      'silent|silently failure|~fail|dropped|corrupted|lost|skipped|skipping|skip|swallowed|~error',
      // "jobs that failed silently", "the sync errored intermittently"; not people: "those who fail quietly".
      // "saves that survive a power cut", "a queue that survives restarts".
      '~survive a|an|the? power cut|cuts|outage|outages|loss|failure|failures', '~survive *? *? restart|restarts|reboot|reboots|crash|crashes|failover|outage|outages',
      { pattern: '~fail|~crash|~error|~break silently|quietly|intermittently|sporadically|randomly', notPrecededBy: ['who', 'i', 'we', 'you', 'they', 'he', 'she', 'people', 'students', 'someone'] },
    ],
    // A company's or a market's crash survived is no system's.
    notInside: ['startup', 'company', 'business', 'market', 'stock', 'economy', 'car', 'plane'],
  },
  {
    id: 'production-trouble',
    role: 'backend',
    terms: [
      'production|prod issue|bug|failure|outage|incident|defect|error|fire|firefight|firefighting',
      'bug|issue|failure|error|defect in production|prod',
      'debug|debugged|debugging production|prod',
      'critical|severe|blocking|showstopper bug|defect', 'production support', 'error|crash|failure recovery',
      'thread|memory|dst|timezone safe|safety', 'undefined behavior|behaviour', 'segfault', 'segmentation fault', 'core dump', 'kernel panic',
      'safe|safer|safely deploy|deployment|rollout|release|migration|migrate|upgrade|cutover', 'deploy|deployment|rollout|release|migration|upgrade safe|safer', 'customer|user reported bug|defect|incident|issue|crash', 'high severity bug|defect|incident|vulnerability',
      'exception handling', 'error analysis', 'input validation|sanitization|sanitisation', 'negative test|testing',
      'distributed tracing', 'opentelemetry', 'structured logging',
      'automated|nightly|daily|hourly|database|db|offsite|encrypted backup',
      'poor|spotty|intermittent|unreliable|lost|no connectivity|signal',
      'memory|connection|goroutine|thread|socket|handle leak', 'file descriptor leak',
      'out of memory|disk|connections', 'oom', 'oomkilled', 'memory pressure', '~terminate|~kill the|our? app|process|pod|container because|due|for|when|after', '5xx', '500 error', 'uncaught|unhandled exception|rejection|error',
    ],
  },

];

export const failureFamilies: readonly FailureFamily[] = [...frameFamilies, ...operations, ...roleFamilies, ...practiceFamilies];
