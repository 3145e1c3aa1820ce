// The failure words of each role beyond backend operations: mobile, ML and AI, QA, security, data
// and frontend, and the finding and fixing of bugs every role does.
import { PASTIMES, PERSONAL, PREDICTING, OPS_CONTEXT, FRAME_SLOTS, STATISTICS, type FailureFamily } from './failure-words.js';

export const roleFamilies: readonly FailureFamily[] = [
  // ---- mobile --------------------------------------------------------------------------------------
  {
    id: 'mobile-hangs',
    role: 'mobile',
    terms: [
      'anr', 'application|app not responding', 'app|ui ~hang|~freeze|~stall|jank', 'main thread ~hang|~block|~stall',
      'force close', 'watchdog termination', 'sync|write|edit|replication conflict', 'crash report',
    ],
  },

  // ---- ML and AI -----------------------------------------------------------------------------------
  {
    id: 'evals',
    role: 'ml',
    terms: [
      // "performance evals" are reviews of people.
      { pattern: '=eval|=evals', notPrecededBy: ['performance', 'annual', 'employee', 'peer', 'self', 'my', 'year', 'end'] },
      'evaluation suite|harness|set|pipeline|framework|gate|slice|slices',
      'regression|offline|online|golden eval|evals|evaluation|set|dataset|suite|test',
      // "I ran a subgroup evaluation and found the model missed more findings for patients over 75".
      'subgroup|fairness|bias eval|evals|evaluation|evaluations|audit|audits',
      'eval suite|harness|set|pipeline|gate',
    ],
  },
  // Models evaluated, told loosely: "building, evaluating, and deploying machine learning models",
  // "evaluation of the ranking model". Not a person's or a business's evaluation.
  {
    id: 'model-evaluated',
    role: 'ml',
    terms: ['~evaluate', 'evaluation'],
    // Words of machine learning, not "models" alone: "evaluated new models of espresso machines" is shopping.
    near: ['learning', 'ml', 'ai', 'nlp', 'neural', 'deep', 'llm', 'llms', 'classifier', 'classifiers', 'benchmark', 'benchmarks', 'embeddings', 'checkpoint', 'checkpoints', 'chatbot', 'chatbots', 'prompt', 'prompts', 'rag', 'training', 'trained', 'dataset', 'datasets', 'predictive'],
    // Nor a survey of a market: "my evaluation of the LLM landscape".
    notNear: ['business', 'pricing', 'financial', 'teacher', 'teachers', 'student', 'students', 'employee', 'employees', 'staff', 'program', 'programme', 'vendor', 'vendors', 'candidate', 'candidates', 'role', 'mental', 'care', 'delivery', 'funding', 'grant', 'grants', 'policy', 'policies', 'landscape', 'market', 'strategy', 'tools', 'options', 'technologies', 'technology', 'frameworks', 'solutions', 'outcomes', 'pupils', 'curriculum', 'learners'],
    window: 5,
  },
  // "how often the model gave wrong answers", "hallucinated citations from the chatbot". Not a pupil's
  // wrong answers: only beside a model.
  {
    id: 'model-wrong',
    role: 'ml',
    terms: ['wrong|incorrect|inaccurate|hallucinated|fabricated answer|answers|output|outputs|response|responses|prediction|predictions|citation|citations'],
    near: ['model', 'models', 'llm', 'llms', 'chatbot', 'chatbots', 'bot', 'classifier', 'rag', 'retrieval', 'gpt', 'prompt', 'prompts', 'ai'],
    window: 6,
  },
  // A model's failure in the writer's words: "the assistant was inventing policy clause numbers", checked
  // against "reference answers". Beside a model only: "I invented a number system" is a child's game.
  {
    id: 'model-invents',
    role: 'ml',
    terms: ['~invent|~fabricate|~make up *? *? *? fact|facts|citation|citations|number|numbers|source|sources|reference|references|answer|answers|clause|clauses', 'reference|gold|golden answer|answers|label|labels'],
    near: ['model', 'models', 'llm', 'llms', 'chatbot', 'chatbots', 'bot', 'assistant', 'classifier', 'rag', 'retrieval', 'gpt', 'prompt', 'prompts', 'ai', 'harness', 'eval', 'evals'],
    window: 8,
  },
  {
    id: 'model-failures',
    role: 'ml',
    terms: [
      'hallucination', '~hallucinate', 'model|adversarial robustness', 'robustness test|testing|eval|evaluation', 'jailbreak', 'prompt injection', 'red-team', 'red-teaming', 'red-teamed',
      'adversarial attack|example|input|testing|prompt',
      // "wrong labels" in the training data.
      'wrong|noisy|incorrect|bad label|labels|annotation|annotations', 'label noise|errors', 'model|accuracy|quality|performance degradation', 'out of distribution', 'toxic output|content', 'data leakage', 'training serving skew', 'train serve skew',
    ],
  },
  {
    id: 'drift',
    role: 'ml',
    // "addressing distribution shift", "dataset bias detection": how a model goes wrong in the field.
    terms: ['model|data|concept|feature|prediction|schema|config|configuration|distribution|embedding|label|clock drift', 'drift detection|alert|alerts|monitoring|check|checks|report|reports|dashboard', 'distribution|covariate|dataset|domain shift|shifts', '{data}|dataset|model|algorithmic bias detection|mitigation|audit|audits|testing'],
  },
  // Safety rails on a model, a cloud account or a deploy; not "my emotional guardrails".
  { id: 'guardrails', role: 'ml', terms: [{ pattern: 'guardrail', notPrecededBy: ['my', 'personal', 'emotional', 'career'] }, 'guard rail', 'safety filter|classifier|eval'] },

  // ---- QA ------------------------------------------------------------------------------------------
  {
    id: 'flaky-tests',
    role: 'qa',
    terms: [
      'flaky|flakey test|build|ci|pipeline|job|spec|suite|check|integration|e2e|network', 'flakiness', 'test flake',
      // "one integration test was flaky", "the build is intermittent".
      'test|tests|build|builds|suite|pipeline ~be flaky|flakey|intermittent',
      // "flaky end-to-end tests", "flaky UI specs": the kind of test between.
      'flaky|flakey unit|integration|ui|browser|e2e|end-to-end|regression|automated|automation|selenium|cypress|playwright|snapshot|api|smoke|acceptance test|spec|suite|check',
      // "quarantined the tests that failed at random": flaky tests in other words.
      '~quarantine *? *? test|tests|spec|specs', 'test|tests|spec|specs|build|builds that|which ~fail at random|randomly|intermittently|sporadically',
    ],
  },
  {
    id: 'regressions',
    role: 'qa',
    terms: ['regression'],
    // The statistical sense: "linear regression", "regression analysis", "ran a logistic regression".
    notNear: STATISTICS,
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
      'cve', 'owasp', 'sast', 'dast', 'siem', 'ransomware', 'cyberattack', 'cyber attack', 'idor', 'security attack|threat', 'security audit|review|hardening', 'zero day', 'exploitable', 'exploit chain', 'threat model', 'attack surface', 'blast radius', 'least privilege',
      'pen-test', 'penetration test|testing|tester', 'sql|command|code|template|ldap|xml injection', 'injection attack',
      'xss', 'csrf', 'ssrf', 'rce', 'cross site scripting', 'request forgery', 'privilege escalation', 'credential stuffing',
      'ddos', 'denial of service', 'brute-force attack|attacks|login|logins', 'account takeover', 'intrusion detection', 'malware', 'phishing', 'misconfiguration',
      // "a user opened a malicious attachment", "to make sure nothing else was infected".
      'malicious attachment|attachments|email|emails|file|files|link|links|code|payload|payloads|traffic|activity|actor|actors|package|packages',
      { pattern: 'bad|suspicious|infected attachment|attachments', notFollowedBy: ['style', 'styles', 'theory', 'issues'] }, 'share|server|drive|files|laptop|laptops|machines got|were|was encrypted',
      'infected laptop|laptops|machine|machines|host|hosts|server|servers|device|devices|file|files', 'else|machine|host|laptop|device ~be infected',
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
      // "made sure the figures matched the till totals": numbers reconciled before they go out.
      '~make sure|~ensure|~check|~verify that? the? figures|numbers|totals|counts|amounts|balances ~match|~agree|~reconcile',
      // "added proper checks on every field" of a form; not "the checks for each field trip".
      '~add|~implement|~build|~write *? checks on|to every|each|all field|fields|form|forms',
      // "I have written the validation for each row", "added validation on every field".
      '~add|~implement|~build|~write the|a? validation|validations for|on|of each|every|all row|rows|field|fields|record|records|input|inputs|upload|uploads',
      // Not "the checks for each field trip", a treasurer's.
      '~add|~implement|~build|~write the|a? checks for|on|of each|every|all row|rows|record|records|input|inputs|upload|uploads',
      'wrong|invalid|bad rows|records|entries', 'duplicated|duplicate customers|clients|users|accounts|contacts|patients|students|entries',
      'data|column|table|field lineage', 'column level lineage', 'lineage graph|tracking|tool|metadata',
      'schema mismatch|violation|validation', 'late arriving', 'late data|event|record|row|file',
      'out of order event|message|data|record|update|delivery|arrival', '~arrive out of order',
      'bad|malformed|invalid|corrupt data|row|record|event|message|payload|input|batch', 'stale data|read|reads|cache|dashboard|number|prices|price|values|results|records|entries|responses',
      // "inconsistent customer records", "dirty sensor data": a fault in the data, named with what it is.
      'inconsistent|dirty|garbled *? data|row|rows|record|records|entries|event|events|message|messages|payload|payloads',
      'row count check|mismatch|comparison', 'dbt test', 'anomaly alert|check',
      // "data cleaning", "the data collection and cleaning process"; not "cleaned messy data" beside
      // other tidying (a chore).
      'missing|null|invalid|duplicate values', '~detect|~flag|~handle|~catch outliers', 'data cleaning|cleansing|scrubbing', 'data collection|ingestion|preparation|extraction and cleaning|cleansing|validation',
      // "hired as a backfill" fills a seat; "replay value" is a game's.
      // Nor a recording watched again: "class replay", "instant replay".
      { pattern: 'backfill|backfills|backfilled|backfilling|replay|replayed|replays', notPrecededBy: [...PERSONAL, 'a', 'as', 'class', 'lecture', 'video', 'game', 'match', 'instant', 'course', 'webinar', 'stream'], notFollowedBy: ['role', 'position', 'hire', 'for', 'value'] },
    ],
  },

  // Checks run on data or lab results: "a pipeline to quality control experiments", "QC checks on
  // sequencing reads"; not a quality-control department or job.
  {
    id: 'quality-control',
    role: 'data',
    terms: ['quality control|controlled|controlling', 'qc check|checks|pipeline|pipelines|step|steps|metric|metrics'],
    near: ['data', 'dataset', 'datasets', 'pipeline', 'pipelines', 'experiment', 'experiments', 'sample', 'samples', 'assay', 'assays', 'measurement', 'measurements', 'sequencing', 'etl', 'reads', 'results', 'workflow'],
    window: 5,
  },

  // "tracked lineage from source tables to dashboards"; not a family's lineage.
  {
    id: 'lineage',
    role: 'data',
    terms: ['lineage'],
    near: ['data', 'table', 'tables', 'column', 'columns', 'dataset', 'datasets', 'dashboard', 'dashboards', 'pipeline', 'pipelines', 'source', 'sources', 'warehouse', 'dbt', 'metric', 'metrics', 'report', 'reports', 'etl'],
    notNear: ['family', 'ancestry', 'ancestors', 'genealogy', 'royal', 'my', 'cultural', 'heritage', 'tribe', 'species', 'cell', 'cells'],
    window: 5,
  },

  // The freshness of a feed or a table, not of produce.
  { id: 'freshness', role: 'data', terms: ['freshness'], near: [...OPS_CONTEXT, ...FRAME_SLOTS.data!, 'feed', 'index', 'cache', 'dashboard', 'sla', 'table', 'model', 'check', 'stale'] },

  // ---- finding and fixing what is wrong ----------------------------------------------------------------
  // "caught a race in the ledger", "catch regressions before release". Not the enthusiasm idiom: "I
  // caught the coding bug at twelve", "caught the automation bug in my first co-op", "got bitten by
  // the bug as a kid": a field or a pastime names that bug.
  {
    id: 'bugs-caught',
    role: 'qa',
    terms: [
      { pattern: '~catch *? *? *? bug|bugs|defect|defects|regression|regressions|race', notFollowedBy: ['for', 'of', 'at', 'as', 'when', 'early', 'young', 'back'] },
      // Many caught early are software's ("catch bugs early"); the coding bug caught young is one.
      { pattern: '~catch *? *? bugs|defects|regressions|issues early|sooner|before', notFollowedBy: ['in', 'on', 'my', 'life', 'childhood'] },
    ],
    notInside: [...PASTIMES],
  },
  {
    id: 'bugs-and-issues',
    role: 'qa',
    terms: [
      // "resolved issues for users" is support; "live issues", "data issues", "security issues" are failures.
      // Not "critical problem-solving skills".
      // Nor a puzzle to enjoy: "tackle challenging data problems".
      { pattern: 'production|prod|live|critical|data|security|reliability|stability|concurrency|memory|connectivity|timing|safety issue|bug|problem|flaw|hole|risk|weakness|fault|faults', notFollowedBy: ['solving', 'solver', 'solvers', 'solve', 'solutions', 'line', 'lines'], notPrecededBy: ['challenging', 'complex', 'difficult', 'hard', 'interesting', 'tough', 'novel', 'ambiguous', 'fascinating', 'exciting'] },
      // Flaws found in a design or a system: "I highlighted the flaws in the design".
      '~highlight|~find|~spot|~identify|~catch|~uncover|~expose the|several|two|three|critical|major|design|security? flaw|flaws in|of',
      // A safety engineer's review: "conduct safety review of the systems", "a safety case"; not a
      // workplace's "health and safety assessment".
      { pattern: 'safety review|reviews|case|cases|assessment|assessments|analysis|critical', notPrecededBy: ['health', 'and', 'food', 'fire', 'road', 'child', 'patient', 'workplace'] },
      // The kind of a bug names a failure: "a timezone bug", "an encoding bug".
      'timezone|encoding|unicode|null|caching|cache|logic|parsing|serialization|ordering|permission|auth|rounding|precision bug|defect',
      // Each written out: a token's "|" offers one-word alternatives, so "time zone|off by one" read as
      // "time" then "zone" or "off".
      'time zone bug|error|issue|problem', 'off by one bug|error', 'daylight saving bug|error|issue|problem',
      // "database partitions" are a design for scale; a network partition is a failure.
      'network|connection|api|database|db blip|hiccup|glitch|flap|flapping', 'network partition',
      'production|prod *? issue|bug|failure|outage|incident|defect|error',
      // "fixed issues reported by users", "triaged problems flagged by QA": faults others met.
      '~fix|~resolve|~solve|~handle|~triage|~investigate|~reproduce|~address *? issues|problems|complaints|defects|tickets reported|raised|filed|logged|flagged by',
      // "because of a permission mistake", "a mapping error": the kind of a fault named.
      'timezone|encoding|unicode|caching|parsing|serialization|ordering|permission|permissions|rounding|precision|configuration|config|mapping mistake|mistakes|error|errors|glitch',
      // "fixed bugs", "filing bugs", "tracked down a race": not "bugs disappear".
      '~fix|~spot|~find|~triage|~reproduce|~hunt|~squash|~diagnose|~file|~report|~track|~solve|~resolve|~correct|~address|~eliminate|~investigate|~patch|~log|~raise|~document|~identify|~detect|~uncover|~expose|~notice *? *? bug|defect|regression|race|desync',
      // Game and sync states that drift apart: "a desync in the netcode".
      'desync', 'desyncs', 'desynced', 'desynchronization', 'out of sync state|states|clients|replicas',
      // "found the receipt validation bug": a determiner and a two-word kind before it.
      '~fix|~spot|~find|~triage|~reproduce|~hunt|~squash|~diagnose|~file|~report|~track|~solve|~resolve|~correct|~address|~eliminate|~investigate|~patch|~log|~raise|~document|~identify|~detect|~uncover|~expose|~notice the|a|an|one|two|three|several|many|some|this|that * * bug|bugs|defect|defects|regression|regressions|race',
      // "an infinite loop", "stuck-loop detection".
      // Not "an infinite loop of learning".
      { pattern: 'infinite|stuck|runaway loop|loops|recursion', notFollowedBy: ['of'] },
      // "fix issues in existing systems", "bug resolution", "resolve failures": trouble in a system.
      // Not "resolving technical issues" for users, which the labels read as support work, nor
      // "customer problems" (a product's) or "scheduling issues" (a team's). One issue too: "fixed an
      // issue with the login page"; not "tackle problems in software engineering", a puzzle enjoyed.
      '~fix|~resolve the|an|a? issue|issues|problem|problems in|with|on *? *? system|systems|code|codebase|application|applications|app|apps|software|pipeline|pipelines|service|services|server|servers|infrastructure|website|site|page|build|database',
      // "resolved deployment issues", "corrected CI/CD workflow issues": a system's kind of trouble named.
      // Not performance, latency or scaling issues: a speed-up alone is not failure talk (g52-002).
      // "Tackled" such trouble too ("tackling website deployment issues"), the kind named.
      '~fix|~resolve|~correct|~diagnose|~troubleshoot|~debug|~handle|~investigate|~address|~tackle *? *? deployment|deploy|parsing|workflow|network|networking|build|compatibility|concurrency|integration|dependency|configuration|config|connectivity|sync|synchronization|rendering|migration|ingestion|pipeline issue|issues|problem|problems',
      'bug|defect|incident|issue resolution',
      '~resolve|~fix|~diagnose|~investigate|~debug *? failures|faults|outages|crashes',
      // "a recurring zombie process problem", "hung threads": processes that will not end.
      'zombie|orphan|orphaned|hung|runaway|stuck process|processes|thread|threads',
      // "linters to catch small issues early".
      '~catch _? _? issues|problems|errors|mistakes early|before',
      // "led board bring-up and validation": a board's first power-on, where hardware fails.
      'board|hardware|silicon|chip|soc bring up|bringup',
      // "Recoverable errors restarted cleanly".
      'recoverable|unrecoverable|transient|fatal|intermittent error|errors|failure|failures|fault|faults',
      // A numerical code's errors: "error, stability, and convergence analysis", "error verification".
      'stability|convergence analysis', 'error verification|estimation|bounds',
      // "a unique client-side id (no collisions)", "hash collisions".
      'id|key|hash|uuid|primary key collision|collisions', '~avoid|~prevent|no collision|collisions',
      // "potential breaches are detected", "a data breach".
      'data|security|privacy|potential breach|breaches', 'breach detection|notification|notifications',
      // "our iOS apps were getting rejected by Apple": a store's review as a mobile failure; not the
      // writer rejected by a company.
      'app|apps|build|builds|release|releases|update|updates|binary|submission|submissions *? *? rejected by apple|google', 'app|play store rejection|rejections',
      // Not a first program: "I debugged my first program at twelve".
      { pattern: '~debug', notFollowedBy: ['my', 'his', 'her'] }, '~trouble-shoot', 'bug fix|fixing|bash|hunt|hunting|triage|report|tracker|tracking',
      // Defects measured, predicted or prevented, in any trade: "quantify manufacturing-induced defects",
      // "reduced weld defects"; the kind of defect names it too: "manufacturing defects".
      '~quantify|~predict|~prevent|~reduce|~minimize|~minimise|~characterize|~characterise|~model|~measure|~classify|~inspect|~cut *? *? *? defect|defects|flaw|flaws',
      'manufacturing|production|process|weld|welding|surface|material|casting|print|printing|wafer defect|defects',
      // "detailed defect reports", "defect triage in Jira", "defect density".
      { pattern: 'defect report|reports|triage|tracking|tracker|lifecycle|management|logging|density|leakage|analysis', notPrecededBy: ['birth', 'congenital', 'heart', 'genetic'] },
      { pattern: 'software|hardware|firmware|calculation|safety|structural|human|rounding error|failure|bug|fault', notPrecededBy: PREDICTING },
      'error|errors and|or warning|exception|crash',
      'php|python|java|syntax|compile|compiler|type|runtime|server error',
      'error notification|alert|report|reporting|message',
      'highly available',
      // "with minimal disruption to operations", "without interrupting service".
      // Not "no disruption to my studies": only the phrasing of operations.
      'minimal|minimum disruption|disruptions|interruption|interruptions', 'service interruption|interruptions|disruption|disruptions',
      'data verification|validation|reconciliation',
      // "added client-side validation for phone numbers", "made the server reject the same cases".
      'client|server side validation|validations', '~add|~implement|~build|~write input|form? validation|validations',

      'sample swap|swaps|mix-up|mixup', 'did|does not match *? *? records|metadata',
      // "added checks that stop a run when the read depth is too low".
      'checks|guards|safeguards|guard that|which ~stop|~block|~reject|~halt|~fail',
      // "so the patients do not lose what they entered", "never lost a draft".
      'not|never ~lose what they|users|customers|patients? ~enter|~type|~write', 'not|never ~lose their|any|a|the *? data|work|input|progress|changes|entries|draft|drafts|records|orders|messages',
      'when|once the|a? connection|network|signal ~return|~drop|~come back', '~lose connection|connectivity',
      // "I traced it to two machines with the same IP": a cause found.
      '~trace|~track it|them back|down? to', '~trace|~track the problem|issue|fault|failure|bug|outage|error back|down? to',
      // "row-count and null-rate checks on the ingestion DAG": a pipeline's data checks, named by what they count.
      'row count check|checks|test|tests|validation|validations', 'null rate check|checks|test|tests', 'row count and|or null rate check|checks|test|tests',
      // "rerouted traffic over a backup microwave link": a network kept up when its main path failed.
      '~reroute traffic', 'backup|redundant|failover link|links|circuit|circuits|route|routes|path|paths',
      // "I traced the gap to two teams cutting days at different time zones": numbers that disagreed, explained.
      '~trace|~track the|that|this gap|discrepancy|discrepancies|mismatch|mismatches down? to',
      // "a uniqueness test on customer IDs flagged repeated rows": a data test of the dbt kind.
      'uniqueness|freshness test|tests|check|checks|constraint|constraints', 'referential integrity test|tests|check|checks|constraint|constraints',
      '~validate|~verify|~cleanse *? *? *? *? *? data|records', 'records|rows|entries with missing|invalid|wrong|bad|duplicate',
      'check|checks of|on row count|counts|schema|checksums', 'instead of overwriting|corrupting|losing|deleting',
      // Not "from the backup squad", a backup plan or a backup singer.
      { pattern: 'from the|a|our|my|his|her|their *? backup|backups|snapshot|snapshots', notFollowedBy: ['squad', 'team', 'plan', 'plans', 'option', 'player', 'players', 'singer', 'dancer', 'goalkeeper', 'role', 'position', 'career', 'generator', 'quarterback'] }, 'swapped|mislabeled|mislabelled|contaminated sample|samples',
      // "staggered backups for the VMs", "handled noisy drone footage", "featuring the TDD approach".
      'staggered|nightly|daily|hourly|incremental|offsite|automated backups|snapshots', 'backups|snapshots for|of the? vms|servers|databases|database|data|cluster|clusters',
      '~handle|~clean|~filter|~denoise|~detect noisy|corrupted|incomplete|missing|mislabeled|mislabelled *? data|footage|labels|images|readings|measurements|inputs|values',
      'tdd|bdd approach|practices|workflow|cycle', 'test driven development|design approach|practices|workflow',
      // "validation queries which run after each refresh", "validation scripts".
      'validation check|rule|layer|query|queries|script|scripts|job|jobs',
    ],
    // "I caught the coding bug at twelve" is a passion, not a defect.
    // Nor an idea checked against the market: "validated my business idea with market data".
    notInside: [...PASTIMES, 'birth', 'congenital', 'genetic', 'heart', 'idea', 'ideas', 'hypothesis', 'hypotheses', 'assumption', 'assumptions', 'concept', 'market', 'survey', 'theory'],
  },
  {
    id: 'tests-written',
    role: 'qa',
    // Tests the writer built or owns ("built out their API testing", "contributing my own tests");
    // not "tested my knowledge", "a test-driven environment" or tests split to run faster.
    terms: [
      // Not "automated tests": as an adjective it is as often a wish ("interested in automated tests").
      { pattern: '~write|~build|~develop|~add|~introduce|~contribute|~create|~implement|~maintain|~own|~expand|~extend|~lead|~design|~improve|~increase|~champion|~spearhead|~promote *? *? *? *? test|tests|testing|=tested', notFollowedBy: ['engineer', 'engineers', 'tester', 'testers', 'analyst', 'position', 'role', 'my', 'his', 'her', 'ideas', 'idea', 'hypotheses', 'hypothesis', 'prototypes', 'concepts', 'score', 'scores', 'taker', 'takers', 'prep', 'results', 'result', 'grade', 'grades'] },
      'test automation',
      // "did QA for the mobile app before each release": quality assurance done, not a job title.
      // Not "I hope to do QA for a living": after "to" it is a plan as often as work.
      { pattern: '~do|did|done|~perform|~conduct|~handle|~own qa for|on|of', notPrecededBy: ['to'] },
      { pattern: '~do|did|done|~perform|~conduct|~handle|~own quality assurance', notPrecededBy: ['to'] },
      // "automating testing processes", "quality kept high through automated testing"; not the bare
      // "automated tests" of a list of practices.
      { pattern: '=automate|=automates|=automating testing|tests|the? test|regression|qa', notFollowedBy: ['center', 'centre', 'centers', 'centres', 'lab', 'labs', 'site', 'sites', 'booking', 'bookings', 'schedule', 'schedules', 'calendar', 'room', 'rooms'] },
      // "scripts to automate bench tests", "automated the smoke tests"; not "automated unit tests" (the adjective) (session 35, mix2).
      '=automate|=automates|=automating the|our|its|their|all? _ test|tests|testing|suite|suites',
      '=automated the|our|its|their|all _ test|tests|testing|suite|suites',
      'through|via|with|by automated testing|tests',
      // Tests run and their results read: "CI runs unit tests to validate…", "nightly test result evaluation".
      '~run|~execute|~trigger|~schedule *? *? *? unit|integration|regression|automated|nightly|smoke|e2e|end-to-end|acceptance test|tests|suite|suites',
      'nightly|regression|automated test result|results|run|runs|report|reports', 'test result|results evaluation|analysis|triage|review',
      // "validate that the software works", "verify that the firmware behaves"; not "verify that
      // our work meets the brief" (the noun) nor "the function".
      '~validate|~verify that *? *? *? =works|=behaves|=behave|=functions',
      // "introduced TDD"; not TDD in a list of practices known.
      { pattern: '~introduce|~adopt|~champion|~establish tdd|test-driven', notFollowedBy: ['concept', 'concepts', 'lecture', 'lectures', 'course', 'courses', 'class', 'classes', 'students'] },
      // "I automated the UI tests with Selenium": the verb, said by the writer; not the adjective of a
      // list ("automated tests, linting and docs").
      'i|we =automated|=automate *? *? test|tests|testing',
      'exploratory testing',
      // "static analysis" and "static code analysis".
      'static code? analysis',
      // "set up a testing framework", "setting up EditMode tests".
      { pattern: 'set|sets|setting up *? *? *? test|tests|testing', notFollowedBy: ['engineer', 'engineers', 'position', 'role', 'assignment', 'drive', 'drives', 'date', 'dates', 'appointment', 'appointments', 'center', 'centre', 'site', 'sites', 'kitchen', 'kitchens', 'schedule', 'schedules', 'room', 'rooms'] },
      'unit|integration|e2e|contract|acceptance|snapshot|ui|api test coverage', 'end-to-end test coverage', 'property-based test coverage',
      'test coverage',
    ],
    // "well-tested code" is praise of the writer's code, A/B and usability tests are product research.
    notInside: ['usability', 'user', 'b', 'market', 'concept', 'ab', 'well'],
    // "wrote and graded tests for 150 students": exams.
    notNear: ['students', 'pupils', 'learners', 'graded', 'grading', 'exams', 'quizzes', 'marked'],
  },

  // ---- frontend ------------------------------------------------------------------------------------
  {
    id: 'frontend-errors',
    role: 'frontend',
    terms: [
      'sentry', 'error state|boundary|tracking|monitoring|reporting|logging|handling|budget|page|log', 'browser bug',
      // "error validation/logging", "error and exception handling": the same work with a second word.
      'error|errors validation|capture|detection logging|handling|tracking|reporting|monitoring',
      'error|errors and|or exception|exceptions logging|handling|tracking|reporting|monitoring',
      'js|javascript|console|runtime|silent|404|500|4xx|5xx error', 'client side error',
      // Not "staring at a blank screen".
      'white|blank screen of death|bug|bugs|crash|crashes|issue|issues|error|errors',
      // "showed blank pages on old browsers"; not a blank page to write on.
      '~show|~render|~display|~serve blank|white|empty page|pages|screen|screens', { pattern: 'broken link|links|image|images', notFollowedBy: ['between', 'with'] },
      'accessibility|a11y|visual|performance|ui|css regression',
      // "the checkout grid collapsed into a single column on Safari 12", "the layout broke on older iPads".
      '~break|~collapse|~overflow|~overlap|~misalign *? *? *? *? on safari|firefox|ie|ie11|older|old|legacy',
      'layout|grid|ui|css ~break|~collapse|~overflow',
      'cross browser bug|bugs|issue|issues|testing|test|matrix', 'browserstack', 'sauce labs', 'device farm|lab|shelf',
    ],
  },
];
