// Phrase lists for the rules that read a letter the way a hiring manager does: stock openings,
// claims that set an interview trap, invitations to talk, and what each focus area cares about.
// Patterns use the phrase syntax of src/text/phrases.ts (plain lower-case words, "a|b", "?", "*",
// "=word" for an exact form).
import type { PhraseSpec } from '../../src/types.js';

/** Openings every reader has seen a thousand times. */
export const stockOpenings: readonly PhraseSpec[] = [
  { pattern: 'i am writing in? order? to apply|express|submit|inquire' },
  { pattern: 'i am writing in response to' },
  { pattern: 'please accept this|my letter|application' },
  { pattern: 'i would like to apply|express' },
  { pattern: 'i wish to apply' },
  { pattern: 'i am excited|thrilled|pleased|delighted|happy to apply|submit' },
  { pattern: 'i am applying for the|this position|role|job|opening' },
  { pattern: 'i am interested in the|this position|role|job|opening' },
  // "I came across your posting", "I saw the job ad": but not "I found the job queue stalled".
  { pattern: 'i came across your|the job? posting|listing|advertisement|advert|ad|vacancy' },
  { pattern: 'i came across your|the job opening' },
  { pattern: 'i saw|found your|the job? posting|listing|advertisement|advert|ad|vacancy' },
  { pattern: 'i saw|found your|the job opening' },
  { pattern: 'i am reaching out to apply|express|inquire' },
  { pattern: 'my name is' },
  { pattern: 'to whom it may concern' },
  { pattern: 'dear sir or madam' },
  { pattern: 'with great enthusiasm' },
  // The formal courtesy of "I have the honour to submit my application": any letter opens so.
  // Not the pleasure of doing the work: "I have the pleasure of presenting our ledger at QCon".
  { pattern: 'i have the honor|honour|pleasure of|to submit|apply|send|forward|express' },
];

/**
 * Claims of mastery a candidate will be asked to prove in the interview. `self`: the claim counts
 * only when it is the writer's own ("I am an expert in", "Expert in Kafka."), not someone else's
 * ("we hired an expert in tax law", "your world-class team"). `name`: the word is also part of
 * proper names ("Ninja Van", "Rockstar Games", "A Cloud Guru"), which are left alone.
 */
/** Contest and data-science sites whose ranks include "Expert". */
export const RANKING_SITES = ['codeforces', 'codechef', 'atcoder', 'topcoder', 'kaggle', 'leetcode', 'hackerrank', 'hackerearth'];

export const expertiseClaims: readonly (PhraseSpec & { label: string; self?: boolean; name?: boolean })[] = [
  // Not a rank a contest site gives: "an expert on Codeforces" (rated 1600-1899) says where, not how well.
  // "I am the expert in Juniper routing", "I am expert for AWS networking" (some writers' English); someone
  // else's expert ("we hired the expert in tax law") is told by the clause, not by "the".
  { label: 'expert in', pattern: '=expert in|at|on|with|of|for', notPrecededBy: ['domain', 'subject', 'matter', 'our', 'your', 'their', 'with', 'from', 'human'], notFollowedBy: RANKING_SITES, self: true },
  // "I'm a C# expert", "I am an expert.": the title claimed; "an expert in" is the entry above.
  // Not a kind of thing: "an expert system", "an expert-level certification", "an expert panel", "an expert-led course".
  { label: 'an expert', pattern: 'a|an _? _? _? =expert', notFollowedBy: ['in', 'at', 'on', 'with', 'of', 'knowledge', 'understanding', 'system', 'systems', 'level', 'witness', 'panel', 'review', 'reviewer', 'opinion', 'advice', 'team', 'network', 'mode', 'model', 'models', 'group', 'user', 'users', 'led', 'taught', 'curated', 'vetted', 'reviewed', 'approved', 'guided', 'written'], self: true },
  // "expert-level knowledge of PostgreSQL", "Expert-level SQL and dbt" is the title in other words; "an
  // expert-level certification" is a kind of exam.
  // "I have expert knowledge in Go": the title in other words, as "expert-level knowledge" is.
  // Only as something held: "I have expert knowledge", "with expert knowledge of"; not "I captured expert knowledge from nurses".
  { label: 'expert knowledge', pattern: 'have|has|had|bring|possess|with|my =expert knowledge|understanding|proficiency|command', notFollowedBy: ['base', 'bases', 'graph', 'graphs', 'system', 'systems', 'management', 'transfer', 'from'], self: true },
  { label: 'expert-level', pattern: 'expert level', notFollowedBy: ['certification', 'certifications', 'certificate', 'exam', 'exams', 'course', 'courses', 'track', 'difficulty', 'content', 'questions', 'problems', 'challenges', 'puzzles', 'rank', 'rating'], self: true },
  {
    label: 'master of',
    pattern: 'master of',
    // A title, not a boast: "a scrum master of a cross-functional team", "the quiz master of the club".
    notPrecededBy: ['scrum', 'quiz', 'dungeon', 'web', 'grand', 'band', 'concert', 'station', 'toast', 'post', 'ring'],
    notFollowedBy: ['science', 'arts', 'art', 'engineering', 'business', 'computer', 'none', 'ceremonies', 'information', 'technology', 'mathematics', 'philosophy', 'law', 'laws', 'public', 'applied', 'education', 'fine', 'research'],
    self: true,
  },
  // "turn my proficient skills into mastered ones": a wish for later.
  // Nor the basics mastered: "I have mastered the basics of Go" is modest, not a boast.
  // "I mastered in Computer Science from Pune University": a master's degree, in some writers' English.
  { label: 'mastered', pattern: '=mastered', notPrecededBy: ['into', 'become', 'becomes', 'get', 'gets'], notFollowedBy: ['the', 'basic', 'basics', 'fundamentals', 'nothing', 'none', 'little', 'in'], self: true },
  { label: 'mastered', pattern: '=mastered the art|craft|skill|skills', notPrecededBy: ['into', 'become', 'becomes', 'get', 'gets'], self: true },
  // "I have mastered the Magento framework": anything but the basics.
  // Nor a recording: "I mixed and mastered the soundtrack".
  { label: 'mastered', pattern: '=mastered the', notPrecededBy: ['into', 'become', 'becomes', 'get', 'gets'], notFollowedBy: ['basic', 'basics', 'fundamentals', 'rudiments', 'essentials', 'soundtrack', 'track', 'tracks', 'album', 'albums', 'record', 'recording', 'recordings', 'audio', 'mix', 'song', 'songs', 'ep', 'podcast', 'episode', 'episodes'], self: true },
  // "I master STM32 HAL and FreeRTOS very well": the present, in some writers' English; not "I master in CS" (a degree).
  { label: 'mastered', pattern: 'i =master', notFollowedBy: ['of', 'in', 'degree', 'degrees', 'thesis', 'student', 'students', 'branch', 'class', 'classes', 'course', 'courses', 'program', 'programme', 'data', 'plan', 'the', 'a', 'an', 'new', 'it', 'them', 'skills'], self: true },
  // "I master the Spring framework and Hibernate": not "I master the basics first".
  { label: 'mastered', pattern: 'i =master the', notFollowedBy: ['basic', 'basics', 'fundamentals', 'rudiments', 'essentials', 'first', 'new'], self: true },
  // "my mastery of Python", "mastery in distributed systems", "a complete mastery on Selenium".
  { label: 'mastery of', pattern: 'mastery of|in|over|on', notPrecededBy: ['toward', 'towards', 'seek', 'pursue', 'pursuing', 'gain', 'gaining', 'achieve', 'achieving'], self: true },
  {
    label: 'world-class',
    // "a world-class distributed systems engineer": up to two words of the field between.
    pattern: 'world class _? _? =engineer|=engineers|=developer|=developers|programmer|architect|coder|=expert|skills|skill|talent|expertise|abilities|ability|debugger|hacker|tester|designer|problem|communicator|leader|commander|analyst|scientist|researcher|administrator|operator|mentor|manager',
    // Nor engineers counted or met: "I inherited two world-class engineers", "alongside world-class designers" (session 34, exp14).
    notPrecededBy: ['your', 'their', 'its', 'our', 'his', 'her', 'two', 'three', 'four', 'five', 'six', 'several', 'many', 'some', 'few', 'other', 'these', 'those', 'with', 'inherit', 'inherited', 'alongside', 'among', 'by', 'of', 'hire', 'hired', 'hiring'],
    // "a world-class developer platform" praises a thing, not the writer.
    notFollowedBy: ['platform', 'experience', 'portal', 'tools', 'tooling', 'program', 'programme', 'productivity', 'relations', 'advocacy', 'documentation', 'docs', 'community'],
    self: true,
  },
  // "My MLOps skills are world-class", "I am world class at": the claim as a predicate.
  { label: 'world-class', pattern: 'skills|skill|skillset|abilities|expertise|knowledge are|is _? world class', notFollowedBy: ['team', 'teams', 'company', 'companies', 'product', 'products', 'platform', 'platforms'], self: true },
  { label: 'world-class', pattern: 'am world class', self: true },
  // "I'm a SQL master", "a true master": the title claimed, as "an expert" is; not a role or a kind of
  // thing ("a Scrum Master", "a master branch", "a master's degree": see the rule's MASTER_ROLES).
  {
    label: 'a master',
    pattern: 'a|an _? =master',
    notFollowedBy: [
      'of', 'in', 'degree', 'degrees', 'student', 'students', 'thesis', 'program', 'programme', 'course', 'courses', 'class', 'classes',
      'branch', 'node', 'nodes', 'key', 'keys', 'copy', 'copies', 'record', 'records', 'list', 'lists', 'plan', 'plans', 'data', 'file', 'files',
      'table', 'tables', 'schedule', 'agreement', 'agreements', 'server', 'database', 'db', 'instance', 'clock', 'device', 'bus', 'controller',
      'template', 'templates', 'page', 'pages', 'test', 'suite', 'version', 'build', 'image', 'track', 'recording', 'tape', 'bedroom', 'chef',
      'craftsman', 'craftsmen', 'electrician', 'plumber', 'carpenter', 'sergeant', 'mind', 'sheet', 'spreadsheet', 'account', 'password',
    ],
    self: true,
  },
  // "I produce world-class API documentation": the writer's own work called so; not an aim ("a team where I can contribute to create world class products").
  { label: 'world-class', pattern: 'produce|build|built|write|wrote|written|deliver|ship|create|design world class', notPrecededBy: ['to', 'can', 'could', 'will', 'would', 'help', 'helped', 'helping', 'helps'], self: true },
  { label: 'rockstar', pattern: 'rockstar|rockstars', name: true },
  { label: 'rockstar', pattern: 'rock star|stars', name: true },
  // Ninja is also a build system: "I replaced make with ninja", "the ninja build files".
  {
    label: 'ninja',
    pattern: 'ninja|ninjas',
    name: true,
    notPrecededBy: ['with', 'and', 'cmake', 'make', 'bazel', 'using', 'use', 'to', 'via'],
    notFollowedBy: ['build', 'builds', 'file', 'files', 'generator', 'backend', 'target', 'targets'],
  },
  { label: 'guru', pattern: 'guru|gurus', name: true },
  // "I'm an absolute wizard with PyTorch", "a wizard at SQL"; not the wizard a writer built ("a setup wizard with three steps") (session 34, exp14).
  { label: 'wizard', pattern: 'am|was|be|become a|an _? _? wizard with|at|in|when', self: true },
  // "I am one of the leading experts for Elasticsearch in our region".
  { label: 'one of the experts', pattern: 'one of the leading|top|best|foremost|few|most _? experts', self: true },
  // "My expertise in Kafka is second to none", "my SQL skills are second to none".
  { label: 'second to none', pattern: 'my *? *? expertise|skills|skill|knowledge|experience|abilities|ability *? *? *? is|are second to none' },
  {
    label: '10x engineer',
    pattern: '10x =engineer|=engineers|=developer|=developers|programmer|coder',
    // "the myth of the 10x engineer" is talked about, not claimed.
    notPrecededBy: ['the', 'mythical', 'myth', 'called'],
    notFollowedBy: ['productivity', 'experience', 'velocity', 'throughput', 'platform'],
  },
  { label: 'fluent in every…', pattern: 'fluent in every|all', notFollowedBy: ['two', 'three', 'four', 'five', 'both'] },
  // Not "extensive experience with every aspect of the process": breadth, not mastery (the labels read no mastery word there).
  { label: 'expert in all…', pattern: 'expertise|proficiency in|with|across all|every' },
  { label: 'know everything', pattern: 'know|knows everything about', notPrecededBy: ['not', 'nobody', 'one', 'never'] },
  { label: 'unparalleled', pattern: 'unparalleled|unmatched expertise|skills|experience|knowledge' },
];

/** Nouns after a word of talk that make it a thing: "a chat tool", "the discussion chapter", "a demo video". */
const THINGS_OF_TALK = ['tool', 'tools', 'bot', 'bots', 'app', 'apps', 'interface', 'widget', 'feature', 'features', 'log', 'logs', 'history', 'chapter', 'chapters', 'section', 'sections', 'paper', 'papers', 'board', 'boards', 'forum', 'forums', 'thread', 'threads', 'video', 'videos', 'reel', 'site', 'account', 'link', 'links', 'page', 'build', 'version', 'mode', 'machine', 'shop', 'cup', 'cups', 'maker'];

/**
 * A close that invites the reader to talk, or names the next step. Look-alikes are fenced off:
 * "on call", "API calls", "a talk at QCon", "meet the SLO", "the service is available to".
 */
/**
 * `forward`: a word that names a talk or a meeting, which is an invitation only in a sentence that
 * looks ahead ("I'd be glad to discuss…", "Could we set up a call?"); in one that tells what was done
 * ("I've handled six thousand support calls", "the demos I built are now the standard") it is not
 * (session 34, blind set close8).
 */
export const invitations: readonly (PhraseSpec & { forward?: boolean })[] = [
  // Exact forms: "the accessibility talks I've given" are talks given, not a talk asked for.
  { forward: true, pattern: '=talk|=talking', notPrecededBy: ['a', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'this', 'that', 'recent', 'conference', 'keynote', 'give', 'gave', 'given', 'giving', 'lightning'] },
  // Exact forms: "the problems discussed in your blog", "we chatted at the meetup" tell of talk had, not asked for.
  { forward: true, pattern: '=discuss|=discussing' },
  { forward: true, pattern: '=chat|=chatting|conversation|conversations', notFollowedBy: THINGS_OF_TALK, notPrecededBy: ['every', 'each', 'any'] },
  // Not a thing named by the word: "a chat tool", "the discussion chapter of my thesis", "a demo video".
  { forward: true, pattern: 'discussion|discussions', notFollowedBy: THINGS_OF_TALK },
  {
    // Exact forms: not "a company called Ledgerly" or "interviewing candidates".
    forward: true,
    pattern: '=call|=calls|=meeting|=meetings|=interview|=interviews',
    notPrecededBy: [
      'on', 'api', 'rpc', 'function', 'method', 'system', 'service', 'network', 'remote', 'http', 'grpc', 'database', 'blocking', 'outbound',
      'external', 'upstream', 'downstream', 'duplicate', 'retried', 'extra', 'close', 'judgment', 'judgement', 'tough', 'hard', 'we', 'they',
    ],
    // "Feel free to call me at 555…": a number to ring, as "contact me" is.
    notFollowedBy: ['me'],
  },
  // "Meet" as a wish: "glad to meet your team"; not "where skill meets purpose".
  { pattern: '=meet', notFollowedBy: ['the', 'our', 'their', 'its', 'every', 'all', 'each', 'this', 'that', 'these', 'deadline', 'deadlines', 'demand', 'sla', 'slo', 'target', 'targets', 'requirement', 'requirements'] },
  { pattern: 'walk through' },
  { pattern: 'walk * through' },
  { pattern: 'walk * * through' },
  // Not the writer's career: "feels like a natural next step for me", "the logical next step in my career".
  // Nor "For my next steps, I plan to pass the AWS exam": the writer's own plans.
  { pattern: 'next step|steps', notPrecededBy: ['natural', 'logical', 'obvious', 'my'], notFollowedBy: ['for'] },
  { pattern: 'get in touch' },
  // Not "you can reach me at 555…": a number or an address to write to, as "contact me" is.
  // Nor "the best way to reach me is my cell", "I can be reached at (312) 555-0147": where to write or
  // ring, in other words ("…to take this discussion forward" is the invitation there).
  { pattern: 'reach me|out', notFollowedBy: ['at', 'through', 'by', 'on', 'via', 'is', 'are', 'during', 'after', 'before', 'between', 'from', 'in', 'most', 'any', 'anytime'] },
  { pattern: 'be reached', notFollowedBy: ['at', 'through', 'by', 'on', 'via'] },
  { pattern: 'compare|swap|trade notes' },
  { pattern: 'dig into|deeper' },
  { pattern: 'go into more|detail|depth' },
  { pattern: 'show you' },
  { pattern: 'show your team' },
  // Not "questions": "if you have any questions, contact me" offers contact, not a conversation.
  { forward: true, pattern: 'whiteboard|demo|coffee', notFollowedBy: THINGS_OF_TALK },
  // "Could I come for a trial day in the warehouse?", "I'd love to come meet the team": a visit asked for.
  { pattern: 'trial day|shift|lesson|week', notPrecededBy: ['clinical', 'drug'] },
  // "I can come to your office in Rotterdam any day": a visit offered.
  { pattern: 'come to|by|into your office|offices|site|lab|studio' },
  { pattern: 'meet|visit the|your team|office|site|lab|crew|staff|class|classes', notFollowedBy: ['deadline', 'deadlines', 'goals', 'goal', 'targets', 'target', 'needs', 'expectations', 'requirements', 'standards'] },
  // "I look forward to discussing…", not "…to hearing from you" or "…to your reply": waiting is no next step.
  { pattern: 'look|looking forward to discussing|speaking|talking|meeting|chatting|connecting|walking|showing|exploring|comparing|digging|sharing|explaining|elaborating|introducing|presenting|demonstrating|answering' },
  // Not "eager to learn new technologies": a wish to grow, not to talk.
  {
    pattern: 'happy|glad|keen|eager|love|like|delighted|pleased|honored|honoured to share|explain|go|answer|hear|learn|speak|show|walk|meet|pair|demo|demonstrate|present|send|connect|sketch|provide',
    notFollowedBy: ['new'],
  },
  // "I'd be happy to tell you more about the sync engine"; not "I'd like to tell you that I work hard".
  { pattern: 'happy|glad|keen|eager|love|like|delighted|pleased to tell you more|about' },
  // "the opportunity to introduce myself in more detail": an interview, asked for.
  { pattern: 'chance|opportunity to hear|learn|speak|show|walk|meet|share|explain|compare|dig|go|introduce|elaborate|present|demonstrate|discuss|talk|interview' },
  // Not "I love learning new skills": a liking, not a talk.
  { pattern: 'enjoy|love|like|welcome hearing|learning|showing|meeting|walking|comparing', notFollowedBy: ['new'] },
  { pattern: 'open to a|an|talking|chatting|hearing|meeting', notFollowedBy: ['new', 'role', 'position', 'relocation', 'relocating'] },
  { pattern: 'would|could you be|have' },
  { pattern: 'are you open|free|available' },
  { pattern: 'deeper look|dive' },
  { pattern: 'deep dive' },
  { pattern: 'calendar' },
  { pattern: 'schedule|book a|some time' },
  // "Could we find 20 minutes next week?", "if you can spare half an hour".
  { pattern: 'find|grab|book|spare * minutes' },
  { pattern: 'spare half an hour' },
  // "I'd propose we start with an hour together…; I could come by the office" (session 34, blind set close9).
  { pattern: 'propose|suggest we|that we' },
  { pattern: 'come|drop|stop by the|your office|offices|studio' },
  { pattern: 'an|half hour together' },
  // "Free for a call", "available to talk"; not "feel free to email me" (a contact offer) or "available to start".
  {
    pattern: 'available|free for|to',
    notPrecededBy: ['is', 'are', 'was', 'were', 'highly', 'publicly', 'generally', 'feel', 'feels'],
    // Nor "available for full-time work from 3 March": when the writer can start, not a talk.
    notFollowedBy: ['start', 'begin', 'commence', 'join', 'relocate', 'work', 'be', 'full', 'part', 'immediate', 'immediately', 'employment', 'hire', 'contract', 'freelance', 'remote', 'relocation', 'shifts', 'shift', 'weekend', 'weekends', 'travel', 'overtime', 'night'],
  },
  // An offer to be contacted counts, with or without where to write ("contact me at … if you have any
  // questions"), as most dev labels read it (fixtures/real/README.md); "reach me at" gives only where.
  { pattern: 'contact|email|ping me' },
  // Questions invited, as contact is offered: "don't hesitate to ask", "feel free to ask me anything".
  { pattern: 'hesitate|free to ask' },
  { pattern: 'ask me any|anything' },
  { pattern: 'let me know' },
  // "just reply to this email and I'll get back to you": contact offered in so many words.
  { pattern: 'reply to this email|mail|message' },
  // Next steps offered: "a pairing session or a take-home, whichever you prefer; tell me what suits".
  { pattern: 'pairing session|exercise' },
  { pattern: 'a take home' },
  { pattern: 'what|whichever|whatever suits|suit|works|work for? you|your' },
  { pattern: 'drop me a line|note' },
  { pattern: 'speak|speaking with|soon' },
];

export type Focus = 'infrastructure' | 'product' | 'data' | 'security' | 'ai' | 'payments';

/** What a hiring manager for each focus reads for, each concern with the phrasings that show it. */
export const focusConcerns: Readonly<Record<Focus, ReadonlyArray<{ concern: string; patterns: readonly string[] }>>> = {
  // Each pattern is a phrase: words in a row, "a|b" a choice of one word, "*" any one word. A choice
  // never spans words, so "least privilege" is a pattern of its own, not an alternative in another.
  payments: [
    {
      concern: 'idempotency',
      patterns: [
        'idempotent|idempotency|idempotence',
        'charged|charge|paid|billed|processed|applied|sent twice',
        'same * twice',
        'double|duplicate charge|charges|payment|payments|payout|payouts|refund|refunds',
        'deduplicate|deduplicated|deduplication|dedupe|deduped|duplicates',
        'exactly once',
      ],
    },
    { concern: 'reconciliation', patterns: ['reconciliation|reconcile|reconciled|reconciling'] },
    { concern: 'audit trail', patterns: ['audit trail|log|logs|history|record|records', 'auditable|auditability|auditor|auditors', 'append only'] },
    { concern: 'ledger', patterns: ['ledger|ledgers', 'double entry'] },
  ],
  ai: [
    { concern: 'retrieval', patterns: ['retrieval|retrieve|retrieved|rag', 'vector search|index|store|database', 'semantic search', 'embedding|embeddings'] },
    { concern: 'evaluation', patterns: ['evaluation|evaluations|eval|evals|evaluate|evaluated|benchmark|benchmarks', 'golden set|sets|dataset', 'accuracy'] },
    { concern: 'latency', patterns: ['latency|latencies', 'p50|p95|p99', 'response time|times', 'cold start|starts', 'time to first token', 'tokens per second', 'throughput'] },
    {
      concern: 'orchestration',
      patterns: ['orchestration|orchestrate|orchestrated|orchestrator|agent|agents|pipeline|pipelines', 'routing|router|gateway|scheduler|scheduling|batching', 'fallback model|models'],
    },
    { concern: 'human review', patterns: ['human review|reviewer|reviewers|oversight', 'human in the loop', 'manual review', 'review queue'] },
  ],
  data: [
    { concern: 'pipelines', patterns: ['pipeline|pipelines|etl|elt|ingestion|ingest'] },
    { concern: 'lineage', patterns: ['lineage|provenance', 'data catalog|catalogue'] },
    {
      concern: 'quality checks',
      patterns: [
        'data quality',
        'quality check|checks|gate|gates',
        'validation|validate|validated',
        'great expectations',
        'schema check|checks|validation|drift',
        'data contract|contracts',
        'data test|tests',
        'row count|counts',
        'freshness',
        'anomaly|anomalies',
        'deduplicate|deduplicated|deduplication|dedupe|deduped',
        'reconciliation|reconcile|reconciled|reconciling',
      ],
    },
    { concern: 'backfills', patterns: ['backfill|backfills|backfilled|backfilling', 'reprocess|reprocessed|reprocessing', 'replay|replayed|replaying', 'rerun|reruns'] },
  ],
  security: [
    {
      concern: 'permissions',
      patterns: [
        'permission|permissions|authorization|authorisation|authz|rbac|iam',
        'authentication|authenticate|authenticated|authn|mfa|sso|oauth|passkey|passkeys',
        'access control|controls|review|reviews|rules|policy|policies',
        'read|write|admin|public access',
        'least privilege',
        'cross tenant',
        'credential|credentials',
        'key rotation',
      ],
    },
    {
      concern: 'threat modelling',
      patterns: [
        'threat|threats',
        'threat model|models|modeling|modelling',
        'attack surface',
        'attacker|attackers|adversary|adversaries',
        'penetration test|tests|testing',
        'pen test|tests',
        'red team',
        'replay|replayed|forged|spoofed|tamper|tampered|tampering',
        'vulnerability|vulnerabilities|exploit|exploited|fuzzing',
      ],
    },
    { concern: 'auditability', patterns: ['audit|audits|auditable|auditability|audited|auditor|auditors|compliance'] },
    {
      concern: 'privacy',
      patterns: ['privacy|pii|gdpr|hipaa', 'personal data|information', 'sensitive data|information|documents', 'encryption|encrypt|encrypted', 'redact|redacted|redaction'],
    },
  ],
  infrastructure: [
    {
      concern: 'deployment',
      patterns: ['deploy|deploys|deployed|deployment|deployments|rollout|rollouts|rollback|rollbacks|canary|canaries|release|releases', 'roll out|back', 'ci', 'continuous delivery|deployment'],
    },
    { concern: 'observability', patterns: ['observability|monitoring|metrics|tracing|traces|instrumentation|alerting|alert|alerts|dashboards|slo|slos'] },
    { concern: 'cost', patterns: ['cost|costs|spend|spending|budget|=bill|=bills|utilisation|utilization|savings', 'cloud billing'] },
    { concern: 'incident response', patterns: ['incident|incidents|postmortem|postmortems|outage|outages|paged|pager|runbook|runbooks', 'on call'] },
  ],
  product: [
    { concern: 'APIs', patterns: ['api|apis|endpoint|endpoints|interface|contract|contracts'] },
    { concern: 'data models', patterns: ['data model|models|modelling|modeling', 'schema|schemas'] },
    { concern: 'customer workflows', patterns: ['customer|customers|user|users workflow|workflows|journey|journeys|flow|flows', 'onboarding|checkout|signup', 'support ticket|tickets'] },
  ],
};

/** Posting words that say nothing about the work: benefits, process, legal text. */
export const postingBoilerplate: readonly string[] = [
  'equal', 'opportunity', 'employer', 'benefit', 'benefits', 'salary', 'compensation', 'equity', 'pto',
  'vacation', 'holiday', 'insurance', 'health', 'dental', 'vision', 'parental', 'leave', 'remote', 'hybrid',
  'office', 'apply', 'application', 'applicant', 'candidate', 'candidates', 'resume', 'cv', 'interview', 'process',
  'diversity', 'inclusion', 'inclusive', 'gender', 'race', 'religion', 'orientation', 'disability', 'veteran',
  'status', 'accommodation', 'background', 'check', 'visa', 'sponsorship', 'location', 'relocation', 'year',
  'years', 'experience', 'plus', 'bonus', 'nice', 'preferred', 'required', 'requirement', 'requirements',
  'responsibility', 'responsibilities', 'qualification', 'qualifications', 'role', 'position', 'job', 'team',
  'company', 'work', 'working', 'join', 'looking', 'ideal', 'strong', 'ability', 'skill', 'skills', 'excellent',
  'great', 'good', 'passion', 'passionate', 'world', 'mission', 'culture', 'value', 'values', 'people', 'help',
  'day', 'week', 'month', 'time', 'full', 'part', 'engineer', 'engineers', 'engineering', 'senior', 'staff',
  'junior', 'lead', 'principal', 'level', 'new', 'build', 'building', 'across', 'within', 'including', 'well',
  'hiring', 'hire', 'hires', 'competitive', 'paid', 'perks', 'stipend', 'pension', 'wellness', 'flexible',
  'welcome', 'welcomes', 'encourage', 'encouraged', 'reasonable', 'employment', 'employee', 'employees',
  'opportunities', 'regardless', 'protected', 'characteristic', 'characteristics', 'eeo', 'friendly',
  // Words that say nothing in a posting: "end to end", "you care about", "own", "make sure".
  'end', 'care', 'own', 'clear', 'make', 'sure', 'thing', 'things', 'way', 'ways', 'lot', 'etc', 'like', 'want', 'get',
];

/** Words too broad to be a posting's term alone, though their phrases are: "data pipelines", "data quality". */
export const vagueAlone: readonly string[] = ['data', 'system', 'systems', 'service', 'services', 'software', 'product', 'products', 'solution', 'solutions', 'technology', 'technologies', 'tool', 'tools'];

/** Function words, left out of posting terms. */
export const stopWords: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'we', 'our', 'us',
  'you', 'your', 'they', 'their', 'i', 'me', 'my', 'he', 'she', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'have', 'has', 'had', 'do', 'does', 'did', 'not', 'no', 'so', 'if', 'than', 'then', 'about',
  'into', 'over', 'under', 'more', 'most', 'some', 'any', 'all', 'each', 'every', 'other', 'such', 'what',
  'which', 'who', 'whom', 'how', 'when', 'where', 'why', 'also', 'very', 'just', 'both', 'own', 'up', 'out',
  'like', 'via', 'etc', 'e', 'g', 'ie', 'eg', 'them', 'there', 'here', 'while', 'one', 'two', 'three',
];
