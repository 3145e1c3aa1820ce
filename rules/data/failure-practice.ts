// The failure work of roles the other lexicons under-serve, and the everyday forms every role uses for
// it: testing by kind and tool, verification and validation, changes made without breaking anything,
// monitoring that was set up, security controls, IT support and troubleshooting, embedded and hardware
// faults, networks. Each family names the kinds of a thing once ("smoke|sanity|regression testing"),
// so a letter's variant is met by the combination, not by one listed phrase.
import { OPS_CONTEXT, SCREENS, STATISTICS, SYSTEM_NEAR, type FailureFamily } from './failure-words.js';

/** Kinds of testing: "manual sanity testing", "UAT", "soak tests". Not "usability" or "A/B": product research. */
// Only the kinds a tester runs to find faults: a developer's "unit tests" or "end-to-end testing" in a
// list of practices is a chore, as the real letters' labels have it.
const TEST_KINDS =
  'manual|sanity|smoke|regression|functional|acceptance|uat|stress|soak|performance|security|exploratory|compatibility|cross-browser|black-box|white-box|boundary|mutation|hil|hardware-in-the-loop|qa|negative|failover|recovery|resilience';

/** Test tools whose only sense is testing (Selenium and Puppeteer also scrape; Postman also builds). */
const TEST_TOOLS = 'pytest|jest|mocha|junit|testng|rspec|cypress|appium|espresso|xctest|xcuitest|nunit|xunit|jasmine|vitest|phpunit|jmeter|k6|locust|gatling|cucumber|unittest';

/** Systems that are secured or hardened: not "secured a position" or "secured funding". */
const SECURED = 'api|apis|network|networks|infrastructure|endpoint|endpoints|server|servers|cluster|clusters|application|applications|app|apps|system|systems|cloud|database|databases|pipeline|pipelines|kubernetes|container|containers|backend|platform|accounts|devices';

/** What gets troubleshot in support and IT work: "technical issues", "network problems". */
// Not "technical issues" (resolved with web engineers, said of any job) or "performance issues" (a speed-up).
const TROUBLE_KIND = 'hardware|software|network|system|connectivity|server|computer|printer|login|access|it|device|equipment|production|configuration|email|telephone|phone|internet|wifi|vpn';
const TROUBLE = 'issue|issues|problem|problems|fault|faults|failure|failures|outage|outages|ticket|tickets|incident|incidents|error|errors';

/** Things that are faulty or troubled in the field: "faulty sensors", "troubled conference rooms". */
const HARDWARE = 'device|devices|equipment|hardware|machine|machines|room|rooms|printer|printers|laptop|laptops|computer|computers|server|servers|network|connection|connections|part|parts|unit|units|component|components|sensor|sensors|board|boards|cable|cables|wiring|drive|drives|circuit|circuits|terminal|terminals|workstation|workstations';

export const practiceFamilies: readonly FailureFamily[] = [
  // ---- testing the writer did ------------------------------------------------------------------------
  {
    id: 'testing-kinds',
    role: 'qa',
    // "manual sanity testing", "UAT testing", "smoke tests", "regression test cases", "test plans".
    // Not bare "automated tests" (a wish as often as work: "interested in automated tests").
    terms: [
      { pattern: `${TEST_KINDS} testing|test|test-case|test-plan|test-suite|test-script|test-run`, notFollowedBy: ['engineer', 'engineers', 'tester', 'analyst', 'position', 'role', 'job', 'score', 'scores'] },
      // Not "test suite": a suite split to run faster is a speed-up.
      // "your starter test cases" and "a sample test plan" are the hiring exercise.
      { pattern: 'test case|cases|plan|plans|harness|harnesses|strategy|matrix|cycle|cycles|report|reports|execution', notPrecededBy: ['starter', 'sample', 'your', 'coding', 'hiring', 'interview', 'take'] },
      'qa process|processes|cycle|cycles|checks|automation|sign-off|signoff',
      'quality gate|gates',
      // "the full test suite on every push": tests as a gate on each change.
      'test|tests|testing|suite|suites|checks ~run? on|before|after every|each push|commit|merge|pr|deploy|deployment|release|build|change',
      // "rigorous testing protocols", "thorough QA": testing described as practised.
      // "rigorous unit testing": the kind may stand between.
      // "passed rigorous tests for my licence" is an exam.
      { pattern: 'rigorous|thorough|extensive|comprehensive|systematic|careful unit|integration|end-to-end|e2e|automated|manual|api|ui|regression? testing|qa', notPrecededBy: ['pass', 'passed', 'passing', 'took', 'take', 'taking', 'sat', 'failed', 'through', 'underwent', 'undergo', 'survived'] },
      'testing|test|qa protocol|protocols|procedure|procedures',
    ],
    // "A/B test plans" and "usability test scripts" are product research; "test scores" a school's.
    notInside: ['usability', 'b', 'ab', 'score', 'scores', 'taker', 'prep', 'drive', 'driving', 'covid', 'blood', 'pregnancy', 'standardized'],
  },
  // "The system had a successful field test": a device tested where it runs. Not soil or recipes.
  {
    id: 'field-test',
    role: 'embedded',
    terms: [{ pattern: 'field test|tests|testing|tested|trial|trials', notFollowedBy: ['engineer', 'engineers', 'technician', 'technicians', 'position', 'role', 'lead', 'manager'] }],
    near: [...SYSTEM_NEAR, 'device', 'devices', 'prototype', 'prototypes', 'sensor', 'sensors', 'hardware', 'firmware', 'robot', 'robots', 'drone', 'drones', 'units', 'board', 'boards', 'radio', 'vehicle'],
    window: 6,
  },
  // A change tested before it ships: "test updates prior to deployment", "tested each build before release".
  // Not an idea or the waters tried before a launch.
  {
    id: 'tested-before-release',
    role: 'qa',
    terms: [
      // "before each release", "before every deploy": the release counted.
      '~test *? *? *? before|prior to? each|every|any|a|the|our|its? deployment|deploying|deploy|release|releasing|launch|launching|merge|merging|shipping|production|rollout|go-live',
      // "testing the apps in production environments".
      '~test *? *? *? *? in production|prod|staging',
    ],
    notInside: ['my', 'idea', 'ideas', 'waters', 'market', 'concept', 'concepts', 'hypothesis', 'assumptions', 'pitch', 'limits', 'patience', 'i', 'we', 'me'],
  },
  // "87 tests, 100% coverage", "tests with a 100% coverage threshold", "code coverage": the share of
  // code the tests reach. Not news, insurance or a map's coverage.
  {
    id: 'test-coverage',
    role: 'qa',
    terms: ['coverage'],
    near: ['test', 'tests', 'testing', 'tested', 'threshold', 'code', 'branch', 'line', 'statement', 'mutation', 'pytest', 'jest', 'vitest', 'jacoco', 'istanbul', 'codecov', 'coveralls'],
    // "designed coverage for the children's areas" after a site survey is a wireless network's (session 34, fail16).
    notNear: ['insurance', 'health', 'medical', 'media', 'press', 'news', 'path', 'map', 'network', 'cellular', 'signal', 'wifi', 'sales', 'territory', 'shift', 'shifts', 'phone', 'desk', 'wireless', 'survey', 'surveyed', 'antenna', 'antennas', 'radio', 'areas', 'floor', 'floors'],
  },
  // "five years in quality assurance"; not "the highest excellence and quality assurance for you".
  { id: 'quality-assurance', role: 'qa', terms: ['quality assurance'], notNear: ['excellence', 'highest', 'commitment', 'dedication', 'passion', 'promise', 'guarantee'] },
  // "used pytest to evaluate", "Cypress tests", "JMeter scripts".
  // "Tests with Vitest", "tested using pytest".
  { id: 'test-tools', role: 'qa', terms: [`${TEST_TOOLS} test|tests|testing|suite|suites|script|scripts|coverage|case|cases|spec|specs`, `~use|~write|~automate|~adopt|~introduce|~add ${TEST_TOOLS}`, `test|tests|testing|tested with|using|in ${TEST_TOOLS}`, `${TEST_TOOLS} for *? testing|tests`] },

  // ---- verification and validation ---------------------------------------------------------------------
  {
    id: 'verification',
    role: 'qa',
    terms: [
      'verification and validation', 'validation and verification',
      'design|hardware|formal|functional|silicon|post-silicon|firmware|model|software|system verification',
      'model|hardware|firmware|system|silicon|post-silicon|cross|laboratory|lab|clinical|out-of-sample|holdout|walk-forward validation', 'cross validated',
      // "validated the results", "verify the correctness of", "validate performance"; not "validated my idea".
      '~validate|~verify the|our|its|their|each|every|all|frontier? *? llm|llms|agent|agents|accuracy|correctness|integrity|results|outputs|output|predictions|forecasts|forecast|calculations|fixes|fix|performance|behavior|data|integration|integrations|releases|release|builds|build|firmware|hardware|model|models|migration|migrations|pipeline|schema|payloads',
      // "to test the CSV output": a test of what a thing produces, with its determiner ("testing data-driven
      // solutions" tests nothing of the kind).
      '~test the|our|its|their|each|every|all *? output|outputs|results|accuracy|correctness|predictions|calculations|fixes|fix|firmware|migration|migrations|pipeline|integration|integrations',
      // "tested our REST APIs with Postman", "tested the new endpoints": a system's parts tested, with a
      // determiner. Not "application" (a job application is tested by no one, but read as one).
      '~test the|our|its|their|each|every|all|new *? api|apis|endpoint|endpoints|app|apps|service|services|feature|features|code|codebase|backend|ui',
      // "radar-to-weapon integration validated end-to-end".
      '{system} was|were|is|are|got? ~validate|~verify|~test end-to-end',
      'ground truth validation|verification|comparison|labels|data', 'against ground truth',
      // "verified every figure against the source system".
      '~verify|~validate|~check|~reconcile the|our|its|each|every|all? figure|figures|number|numbers|total|totals|count|counts against',
      '~verify|~validate|~check|~reconcile *? *? *? against the|its|their? source|ledger|bank|warehouse|database|upstream',
    ],
    notInside: ['my', 'idea', 'ideas', 'hypothesis', 'concept', 'market', 'identity', 'parking'],
  },

  // Validation in regulated work: "documentation and validation with the quality team for FDA
  // clearance". Bare "validation" only beside the words of such work, not "validation of my idea".
  {
    id: 'regulated-validation',
    role: 'qa',
    terms: ['validation', 'verification', '~validate', '~verify'],
    // The regulated context is often named a clause ahead: "with regulatory and quality teams on documentation and validation".
    window: 8,
    near: ['fda', 'regulatory', 'regulated', 'clearance', 'clinical', 'gxp', 'gmp', 'iso', 'iec', 'hipaa', 'traceability', 'audit', 'audits', 'certification', 'compliance'],
    notNear: ['identity', 'age', 'email', 'phone', 'account', 'passport', 'visa', 'eligibility', 'idea', 'ideas', 'hypothesis', 'concept'],
  },

  // ---- changes made without breaking anything ------------------------------------------------------------
  {
    id: 'safe-change',
    role: 'backend',
    terms: [
      'without|with-no|with-zero|with-minimal|with-little ~break|breakage|downtime|disruption|interruption|interruptions|regression|regressions|outage|outages|incident|incidents|risk|customer-impact|user-impact|data-loss|errors',
      { pattern: 'without ~break|~affect|~disrupt|~interrupt|~impact the|any? existing|production|prod|users|customers|service|services|clients|functionality|features|work|workflows|api|apis|integrations|compatibility|anything|consumers|traffic', notFollowedBy: ['bank'] },
      'without skipping a beat', 'without a hitch',
      // A failure counted at none: "zero missed pay runs", "zero failed payments".
      'zero missed|failed|dropped|lost *? run|runs|{data}',
    ],
    // The change it is said of: "migrated the ledger with zero downtime"; not "raised a family with minimal support".
    near: [...OPS_CONTEXT, ...SYSTEM_NEAR, 'deploy', 'deployed', 'release', 'released', 'migrate', 'migrated', 'migrating', 'rollout', 'rolled', 'upgrade', 'upgraded', 'ship', 'shipped', 'shipping', 'cutover', 'implemented', 'refactor', 'refactored', 'rewrite', 'rewrote', 'moved', 'redis', 'kafka', 'infrastructure', 'schema', 'code', 'codebase', 'change', 'changes'],
    notNear: ['bank', 'sweat', 'stride', 'supervision', 'guidance', 'training', 'investment', 'portfolio'],
    window: 8,
  },
  // "shipping safely", "feature-gated rollouts", "released behind a flag".
  { id: 'shipping-safely', role: 'frontend', terms: ['~ship|~deploy|~release|~migrate|~upgrade safely', 'feature-gated|flag-gated|gated rollout|rollouts|release|releases|launch|launches', 'behind a|feature? flag|flags|toggle|toggles'] },
  { id: 'compatibility', role: 'backend', terms: ['backward|backwards compatible|compatibility', 'breaking api|schema|contract change|changes'] },
  {
    id: 'reliability-owned',
    role: 'backend',
    // "one engineer responsible for reliability, cost and delivery", "owned uptime for the platform".
    terms: ['responsible|accountable for the? *? reliability|uptime|availability|durability|stability|resilience', 'ownership of the? *? reliability|uptime|availability|durability|stability|resilience', 'data durability', '~keep *? *? reliable|stable|available|up under *? *? *? load|traffic|failure|failures'],
    notNear: ['team', 'family', 'financial', 'emotional', 'my', 'career', 'job'],
  },
  // "computer systems' software reliability": a field of work, not a trait.
  { id: 'field-reliability', role: 'backend', terms: ['software|hardware|firmware|network|data|system|systems reliability'] },
  // "disruption-tolerant networks", "service continuity": designed to keep working. Not "business
  // continuity" (an office's plans, g31-006), nor reliability "enhanced" in a claim (g3-010: tried, not kept).
  // "a self-healing network": built to recover from its own faults.
  { id: 'tolerant-by-design', role: 'backend', terms: ['disruption|delay|partition|byzantine|crash tolerant|tolerance', 'service continuity', 'self ~heal'] },
  {
    id: 'availability-raised',
    role: 'backend',
    // "Liveness and Readiness Checks to improve availability"; not "improve my availability for calls".
    // "improve service availability": one word of what was kept up may stand between.
    terms: [{ pattern: '~improve|~increase|~boost|~maximize|~raise _? availability|uptime|durability', notFollowedBy: ['of', 'for', 'to'] }, 'liveness|readiness check|checks'],
  },

  // ---- monitoring that was set up ---------------------------------------------------------------------
  {
    id: 'monitoring-built',
    role: 'backend',
    terms: [
      'comprehensive|proactive|continuous|real-time|realtime|automated|centralized|end-to-end|application|infrastructure|system|server|network|uptime|production|performance|health|log|synthetic|service|cloud|database|api|endpoint|error|apm|pipeline|job|model|app monitoring',
      'monitoring and alerting|logging|observability|alerts|alarms|dashboards|incident',
      'logging|alerting|metrics and monitoring|alerting|tracing',
      { pattern: 'monitoring tool|tools|system|systems|stack|solution|solutions|platform|platforms|setup|infrastructure|agent|agents|coverage|checks|jobs|application|applications|app|apps|dashboard|dashboards|service|software', notPrecededBy: SCREENS },
      '~build|~add|~implement|~introduce|~improve|~expand|~create|~design|~deploy|~configure|~automate|~own the|our? monitoring|alerting|observability|alarms', 'set|sets|setting up the|our? monitoring|alerting|observability|alarms',
      'nagios|zabbix|prometheus|grafana|datadog|splunk|cloudwatch|dynatrace|appdynamics|elk|bugsnag alerts|alerting|monitors|dashboards|monitoring|metrics',
      'jaeger|zipkin tracing|traces',
    ],
    // "monitoring student progress", "monitoring and evaluation" of a programme, "social media monitoring".
    notNear: ['student', 'students', 'patient', 'patients', 'employee', 'employees', 'staff', 'child', 'children', 'progress', 'social', 'brand', 'competitor', 'competitors', 'budget', 'evaluation', 'wildlife', 'environmental'],
  },

  // A panel that watches a system: "a metrics and control panel for the proxy server", "health
  // dashboards for each service". Not a sales team's metrics dashboard.
  {
    id: 'ops-dashboard',
    role: 'backend',
    terms: ['metrics|monitoring|health|status|observability|uptime dashboard|dashboards|panel|panels|console', 'metrics and *? dashboard|dashboards|panel|panels|console'],
    near: [...OPS_CONTEXT, ...SYSTEM_NEAR],
    notNear: ['sales', 'marketing', 'revenue', 'kpi', 'kpis', 'business', 'campaign', 'campaigns', 'student', 'students', 'patient', 'patients', 'employee', 'employees', 'engagement', 'finance', 'financial', 'executive', 'executives'],
    window: 6,
  },

  // ---- security controls ---------------------------------------------------------------------------------
  {
    id: 'security-practice',
    role: 'security',
    terms: [
      'row-level security', 'rls policy|policies',
      'security|vulnerability|dependency|secret|secrets|container|image|code|malware|virus scanning|scan|scans|scanner|scanners',
      'threat detection|hunting|intelligence|modeling|analysis|assessment|assessments', 'digital forensics', 'forensic analysis|investigation|investigations',
      'intrusion prevention', 'firewall rule|rules|configuration|configurations|policy|policies', 'zero trust', // Not "security posture": "contribute to your team's security posture" is a wish.
      'security controls|monitoring|operations|alerts|logs|testing|vulnerabilities|risks|gaps',
      'encryption at rest|in transit', 'end-to-end encryption', 'encrypted at rest|in transit',
      '{system} ~be|~get compromised|hacked|breached', 'compromised account|accounts|system|systems|host|hosts|machine|machines|server|servers|endpoint|endpoints|device|devices',
      // "deliver secure, scalable solutions" is praise: only the verb's past and -ing forms, spelled exactly.
      `=secured|=securing|=hardened|=hardening|=harden the|our|a|an|their|its? *? ${SECURED}`,
      // Hardening baselines and control frameworks: "implemented the STIGs", "NIST 800-171 controls", "CIS benchmarks".
      'stig|stigs', 'cis benchmark|benchmarks|controls|hardening', 'nist sp|800|csf|cybersecurity|controls', 'security baseline|baselines|hardening',
      'access control|controls', 'role-based access', 'rbac', 'secure coding|code', 'ethical hacking', 'bug bounty|bounties', 'red team|teaming|teams', 'blue team|teaming', '~sanitize user? input|inputs', '~validate|~sanitise user|form? input|inputs|payload|payloads',
      // Security monitoring: "audited access logs for suspicious activity".
      'suspicious activity|activities|behavior|behaviour|logins|traffic',
      // A practice stated: "designed with security in mind", "kept security in mind".
      'with security|safety|reliability|failure in mind', '~keep security|safety|reliability in mind', 'audit logging', 'security patching|updates', 'patch management',
      // "triage of scanner findings"; not "shared my findings" nor a charity's audit findings.
      'scanner|scan|scans|security|pentest|pen-test finding|findings',
      // "patched our servers after the disclosure", "audited IAM permissions"; not "patched things up with a friend".
      { pattern: `~patch the|our|their|its|all|every? *? ${SECURED}`, notFollowedBy: ['of', 'together', 'up'] },
      '~audit|~tighten the|our? *? iam|permissions|privileges',
    ],
    notInside: ['position', 'role', 'job', 'funding', 'grant', 'deal', 'interview', 'internship', 'contract'],
  },

  // "remediation workflows for scanner findings", "a code remediation agent"; not soil or reading remediation.
  {
    id: 'remediation',
    role: 'security',
    terms: ['remediation', '~remediate'],
    near: ['vulnerability', 'vulnerabilities', 'security', 'finding', 'findings', 'cve', 'cves', 'scanner', 'scan', 'scans', 'patch', 'patching', 'incident', 'incidents', 'exposure', 'threat', 'threats', 'code', 'misconfiguration', 'misconfigurations', 'alert', 'alerts', 'breach', 'compliance'],
    notNear: ['environmental', 'soil', 'groundwater', 'asbestos', 'mold', 'site', 'academic', 'student', 'students', 'reading', 'literacy', 'math', 'learning'],
    window: 6,
  },

  // ---- support and IT operations -------------------------------------------------------------------------
  {
    id: 'it-support',
    role: 'support',
    terms: [
      'help-desk|helpdesk|service-desk|support|trouble|incident|it ticket|tickets|queue|escalation|escalations',
      `~resolve|~trouble-shoot|~diagnose|~fix|~repair|~investigate|~handle|~triage|~escalate *? ${TROUBLE_KIND} ${TROUBLE}`,
      'tier|level 1|2|3|one|two|three|i|ii|iii support|escalation|escalations|engineer|technician', 'l1|l2|l3|first-line|second-line|third-line|1st-line|2nd-line|3rd-line support|escalation|escalations|engineer|technician',
      'ticket handling|triage|resolution|escalation|escalations',
      // "network diagnosis on a regular basis", "hardware troubleshooting": troubleshooting named by its kind.
      `${TROUBLE_KIND} diagnosis|diagnostics|troubleshooting`,
      `troubled|faulty|defective|malfunctioning|failing|damaged|misbehaving *? *? ${HARDWARE}`,
      'break-fix', 'first response|resolution time|times',
      // "restored service for 200 users".
      '~restore service|services|connectivity|network|email'
    ],
    notInside: ['my', 'personal', 'family'],
  },
  {
    id: 'escalations',
    role: 'support',
    terms: ['escalation', 'escalated'],
    near: ['support', 'ticket', 'tickets', 'incident', 'incidents', 'issue', 'issues', 'customer', 'customers', 'engineering', 'tier', 'sla', 'call', 'outage', 'bug', 'bugs', 'technical', 'l2', 'l3', 'vendor'],
    // "escalated the conflict" and "escalation of commitment" are no support queue.
    notNear: ['conflict', 'tension', 'tensions', 'commitment', 'violence', 'war', 'prices'],
  },

  // ---- embedded, hardware and safety ---------------------------------------------------------------------
  {
    id: 'embedded-faults',
    role: 'embedded',
    terms: [
      'fault handling|handler|handlers|detection|isolation|recovery|management|diagnosis|diagnostics|analysis|tree|code|codes|condition|conditions|protection',
      'hard fault', 'hardfault', 'bus fault', 'safety-critical', 'functional safety', 'safety case|integrity',
      'iso 26262', 'iec 61508', 'do-178', 'misra', 'fmea', 'fmeca', 'brown-out', 'power loss|failure|failures|glitch|glitches|cycling',
      'bit flip|flips', 'error detection', 'error correcting|correction code|codes', 'forward error correction', 'crc check|checks', 'cyclic redundancy check', 'hardware-in-the-loop', 'hil rig|bench|setup',
      // Hardware checked before it ships: "verify and validate the FPGA prototype designs".
      // Only hardware: "validated the design with users" is product research.
      'design verification', 'hardware|rtl|fpga|asic|silicon|pre-silicon|post-silicon verification|validation',
      '~verify|~validate the|our|a|each|every? *? fpga|asic|rtl|hardware|chip|circuit|pcb|board|silicon|soc design|designs|prototype|prototypes|logic',
      '~verify|~validate the|our|a|each|every? rtl|fpga|asic|board|boards|circuit|circuits|pcb|pcbs|firmware|silicon',
      'signal integrity', 'esd protection', 'emc|emi testing|compliance|requirements|shielding|issues', 'failure analysis', 'reliability testing|test|tests|analysis|qualification', 'burn-in test|tests|testing', 'environmental testing',
      'stress screening', 'electrical fault|faults', 'ground fault',
    ],
  },

  // ---- networks ----------------------------------------------------------------------------------------
  {
    id: 'network-failures',
    role: 'network',
    terms: ['latency spike|spikes', 'link failure|failures|flap|flaps|flapping', 'routing loop|loops', 'broadcast storm|storms', 'network redundancy|resilience|failover|segmentation', 'bgp|ospf|hsrp|vrrp failover|flap|flaps|convergence', 'signal loss', 'dropped calls|connections|packets',
      // "network drops", "handled spotty connectivity": the network failing under an app.
      // Not "my network" of people, nor a "drop-off" in sign-ups.
      { pattern: 'network|connection|connectivity|wifi|wi-fi drop|drops|dropout|dropouts|loss|partition', notPrecededBy: ['my', 'professional', 'social', 'personal', 'his', 'her', 'their'], notFollowedBy: ['off'] },
      // "flaky subway connections".
      'flaky|unreliable|spotty|intermittent|patchy *? network|connection|connectivity|signal|wifi|wi-fi', 'lost network|connection'],
  },

  // ---- mobile responsiveness ---------------------------------------------------------------------------
  {
    id: 'mobile-jank',
    role: 'mobile',
    // "App Statistics (responsiveness, hangs, hitches, memory)"; not "without a hitch" or "hangs out".
    // "removed the stutter when loading new levels": a game's or a view's, not a speaker's.
    // Not a bank card's freezing, nor a game that "freezes time for six frames" (session 34, fail16).
    terms: [{ pattern: 'hangs|hitches|jank|stutters|freezes', notPrecededBy: ['card', 'cards', 'account', 'accounts'], notFollowedBy: ['time'] }, 'the stutter|stuttering|hitching'],
    near: ['app', 'apps', 'ios', 'android', 'mobile', 'ui', 'thread', 'scroll', 'scrolling', 'frame', 'frames', 'launch', 'startup', 'responsiveness', 'memory', 'crash', 'crashes', 'monitor', 'statistics', 'stats', 'performance', 'device', 'devices', 'iphone', 'metrickit', 'vitals', 'rendering', 'animation', 'animations', 'screen', 'screens', 'view', 'views', 'fix', 'fixed', 'cut', 'reduce', 'reduced', 'fewer', 'game', 'level', 'levels', 'loading', 'profiled', 'fps', 'removed', 'eliminated'],
    notNear: ['around', 'together', 'tight', 'hiring', 'price', 'budget', 'wage', 'salary'],
    window: 6,
  },
  { id: 'mobile-frames', role: 'mobile', terms: ['frozen|dropped|slow frames', 'memory warning|warnings', 'low memory kill|kills|condition|conditions', 'app store rejection|rejections'] },

  // ---- ML evaluation -----------------------------------------------------------------------------------
  {
    id: 'model-evaluation',
    role: 'ml',
    terms: [
      'model evaluation|validation|testing|audit|audits|monitoring|failure|failures|errors|bias', 'bias|fairness audit|audits|testing|evaluation|metrics|checks',
      '~evaluate|~benchmark the|our|each|every|a|an|all? model|models|classifier|classifiers|llm|llms|agent|agents|prompts|predictions|forecasts|outputs',
      'anomaly|anomalies detection|detector|detectors|alert|alerts', 'outlier detection',
      // The same said the other way round: "detection of anomalies", "flagged outliers".
      'detection of anomalies|outliers', '~detect|~flag anomalies|outliers',
      // Not an accuracy reported "on the held-out set" or "on our holdout set", a result as the conventions read it.
      { pattern: 'holdout|hold-out|held-out set|data|test|evaluation', notPrecededBy: ['the', 'our', 'my'] }, 'overfitting', 'underfitting', 'precision and? recall', 'false positive|positives|negative|negatives',
      // Knowing when a model is wrong: "calibrated uncertainty estimates", "robustness to noisy inputs".
      'uncertainty quantification|estimates|estimation|calibration', 'calibrated uncertainty|probabilities|predictions|confidence', 'model|probability calibration',
      'adversarial robustness|examples|attacks|testing', 'robustness to|against *? noise|noisy|adversarial|perturbations|outliers|shift|shifts|corruption|corruptions',
      'model|classifier|network|detector robustness', '~improve|~evaluate|~test|~measure the? robustness of the|our|a? model|models|classifier|classifiers|network|networks|detector|detectors',
    ],
    notInside: ['business', 'pricing', 'operating', 'role', 'financial'],
  },

  // "reducing integration defects by 5%", "cut escalations in half", "fewer crashes".
  {
    id: 'fewer-failures',
    role: 'qa',
    // "reduced the number of customer complaints", "fewer support tickets".
    terms: [
      '~reduce|~cut|~lower|~minimize|~decrease|~halve|~eliminate|fewer|zero *? *? defect|defects|bug|bugs|error|errors|failure|failures|crash|crashes|outage|outages|incident|incidents|regression|regressions|escalation|escalations|rework',
      '~reduce|~cut|~lower|~minimize|~decrease|~halve|fewer *? *? *? customer|user|support complaints|tickets',
      // "make sure there are no bugs".
      'there are|were|is|was no|zero *? bugs|defects|regressions|crashes|errors',
    ],
    notInside: ['my', 'spelling', 'grammar', 'typo', 'typos', 'paper', 'waste', 'cost', 'costs'],
    // "minimizes the error in piecewise linear regression": a quantity of a fit.
    notNear: STATISTICS.filter((w) => w !== 'analysis' && w !== 'model' && w !== 'variable'),
  },

  // ---- correctness in the code itself --------------------------------------------------------------------
  // "handle errors gracefully", "catch and log exceptions", "handling the edge cases".
  // Not an editor's: "caught the grammar errors and tangled sentences".
  { id: 'errors-handled', role: 'backend', terms: ['~handle|~catch|~log|~surface|~propagate *? *? error|errors|exception|exceptions|failure|failures|timeout|timeouts|edge-case|edge-cases|retries|crash|crashes'], notInside: ['my', 'criticism', 'feedback', 'stress', 'pressure', 'customer', 'customers', 'complaint', 'complaints', 'grammar', 'grammatical', 'spelling', 'typographical'], notNear: ['sentences', 'readers', 'copy', 'manuscript', 'manuscripts', 'proofreading', 'editing', 'edited'] },
  // "fixed errors in the legacy code", "debugged runtime errors in the app": a system's errors put right.
  // Not "corrected errors in the invoices" or an essay's: only beside the code or a system.
  {
    id: 'errors-fixed',
    role: 'backend',
    terms: ['~fix|~debug|~resolve|~eliminate|~troubleshoot|~diagnose *? *? error|errors'],
    near: [...SYSTEM_NEAR, 'code', 'codebase', 'legacy', 'software', 'program', 'script', 'scripts', 'runtime', 'compiler', 'production', 'build', 'builds'],
    window: 6,
  },
  // "recovered from failures", "resumes after a crash": a system coming back, told.
  { id: 'recovered', role: 'backend', terms: ['~recover|~resume|~restart from|after *? failure|failures|crash|crashes|outage|outages|interruption|interruptions'], notInside: ['my', 'injury', 'illness', 'surgery', 'setback', 'setbacks'] },
  // "we were back up by lunch from the previous night's copy", "the store was back up within an hour":
  // a system restored. Not a person ("I was back up on my feet").
  { id: 'back-up', role: 'backend', terms: ['we|it|site|service|system|server|store|app|shop|network|everything were|was back up by|within|after', 'back up and running'], notInside: ['feet', 'i', 'me', 'bed'] },
  // "test restores of the backups", "to be sure the backups are really usable".
  { id: 'restores-tested', role: 'backend', terms: ['test|tested|testing|practice restore|restores', 'restore|restores ~be tested|~work', 'backups|backup ~be *? usable|restorable|valid|complete'] },
  // "handling API inconsistencies", "inconsistencies between the partner feeds": a system's, not a diary's.
  {
    id: 'inconsistencies-handled',
    role: 'data',
    terms: ['~handle|~catch|~detect|~flag|~reconcile|~resolve *? *? inconsistency|inconsistencies'],
    near: [...OPS_CONTEXT, ...SYSTEM_NEAR, 'data', 'feed', 'feeds', 'records', 'source', 'sources', 'partner', 'vendor'],
    notNear: ['my', 'schedule', 'team', 'personal', 'family', 'grammar', 'style', 'story', 'stories', 'entry'],
  },
  // "made the app more stable", "kept our API reliable": a system made so, not the writer.
  // "kept the API up during Black Friday traffic": a system kept up through what could have broken it.
  {
    id: 'made-reliable',
    role: 'backend',
    terms: [
      '~make|~keep the|our|a|an|its|their? *? {system} more|very|highly|fully? stable|reliable|resilient|robust|available',
      // Through a strain named: not "kept the website running during my time as webmaster".
      '~keep the|our|its|their? {system} up|online|available|running during|through|under|despite *? *? traffic|load|peak|peaks|spike|spikes|surge|surges|outage|outages|failure|failures|incident|incidents|migration|migrations|launch|launches|sale|sales|storm|storms',
    ],
    // Nor a shop kept open through the holidays.
    notInside: ['i', 'me', 'myself', 'team', 'my', 'store', 'shop'],
  },
  {
    id: 'defensive-code',
    role: 'backend',
    terms: ['corner case|cases', 'defensive programming|coding', 'type safety', 'null pointer|reference exception|exceptions|check|checks|errors', 'error codes|paths', 'sad path|paths', 'unhappy path|paths', 'failure path|paths', 'stack trace|traces', 'log analysis|aggregation'],
  },
];
