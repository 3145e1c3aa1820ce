// Phrase lists for the rules that read a letter the way a hiring manager does: stock openings,
// claims that set an interview trap, invitations to talk, and what each focus area cares about.
// Patterns use the phrase syntax of src/phrases.ts (plain lower-case words, "a|b", "?", "*",
// "=word" for an exact form).
import type { PhraseSpec } from '../../src/phrases.js';

/** Openings every reader has seen a thousand times. */
export const stockOpenings: readonly PhraseSpec[] = [
  { pattern: 'i am writing to apply|express|submit|inquire' },
  { pattern: 'i am writing in response to' },
  { pattern: 'please accept this|my letter|application' },
  { pattern: 'i would like to apply|express' },
  { pattern: 'i wish to apply' },
  { pattern: 'i am excited|thrilled|pleased|delighted|happy to apply|submit' },
  { pattern: 'i am applying for the|this position|role|job|opening' },
  { pattern: 'i am interested in the|this position|role|job|opening' },
  { pattern: 'i came across|saw|found your job|the job|your posting|the posting|your listing|your advertisement|your ad' },
  { pattern: 'to whom it may concern' },
  { pattern: 'dear sir or madam' },
  { pattern: 'with great enthusiasm' },
];

/** Claims of mastery a candidate will be asked to prove in the interview. */
export const expertiseClaims: readonly (PhraseSpec & { label: string })[] = [
  { label: 'expert in', pattern: '=expert in|at|on|with', notPrecededBy: ['domain', 'subject', 'matter', 'our', 'your', 'their', 'the', 'with', 'from'] },
  { label: 'master of', pattern: 'master of', notFollowedBy: ['science', 'arts', 'engineering', 'business', 'computer', 'none', 'ceremonies'] },
  { label: 'mastered', pattern: '=mastered' },
  { label: 'world-class', pattern: 'world class engineer|developer|programmer|architect|coder|expert|skills|skill|talent|expertise|abilities|ability' },
  { label: 'rockstar', pattern: 'rockstar|rock star' },
  { label: 'ninja', pattern: 'ninja|ninjas' },
  { label: 'guru', pattern: 'guru|gurus' },
  { label: '10x engineer', pattern: '10x engineer|developer|programmer|coder' },
  { label: 'fluent in every…', pattern: 'fluent in every|all' },
  { label: 'extensive experience in all…', pattern: 'extensive|deep|broad experience|expertise in|with|across all|every' },
  { label: 'expert in all…', pattern: 'expertise|proficiency in|with all|every' },
  { label: 'know everything', pattern: 'know|knows everything about' },
  { label: 'unparalleled', pattern: 'unparalleled|unmatched expertise|skills|experience|knowledge' },
];

/** A close that invites the reader to talk, or names the next step. */
export const invitations: readonly PhraseSpec[] = [
  { pattern: 'talk|talking|chat|chatting|discuss|discussing|conversation|conversations' },
  { pattern: 'call|meet|meeting|interview|interviews', notPrecededBy: ['api', 'rpc', 'function', 'system'] },
  { pattern: 'walk * through' },
  { pattern: 'walk you|your team through' },
  { pattern: 'hear from you' },
  { pattern: 'next step|steps' },
  { pattern: 'get in touch' },
  { pattern: 'reach me|out' },
  { pattern: 'compare notes' },
  { pattern: 'dig into|deeper' },
  { pattern: 'go into more|detail|depth' },
  { pattern: 'show you|your team' },
  { pattern: 'whiteboard|demo|questions' },
  { pattern: 'look|looking forward to' },
  { pattern: 'happy|glad|keen|eager|love to share|explain|go|answer|hear|learn|speak' },
  { pattern: 'available|free for|to' },
  { pattern: 'contact me' },
];

export type Focus = 'infrastructure' | 'product' | 'data' | 'security' | 'ai' | 'payments';

/** What a hiring manager for each focus reads for, each concern with the phrasings that show it. */
export const focusConcerns: Readonly<Record<Focus, ReadonlyArray<{ concern: string; patterns: readonly string[] }>>> = {
  payments: [
    { concern: 'idempotency', patterns: ['idempotent|idempotency|idempotence', 'charged|charge|paid twice', 'double charge|charges|payment|payments'] },
    { concern: 'reconciliation', patterns: ['reconciliation|reconcile|reconciled|reconciling'] },
    { concern: 'audit trail', patterns: ['audit trail|log|logs|history', 'auditable|auditability'] },
    { concern: 'ledger', patterns: ['ledger|ledgers', 'double entry'] },
  ],
  ai: [
    { concern: 'retrieval', patterns: ['retrieval|retrieve|retrieved|rag', 'vector search|index|store'] },
    { concern: 'evaluation', patterns: ['evaluation|evaluations|eval|evals|evaluate|evaluated|benchmark|benchmarks'] },
    { concern: 'latency', patterns: ['latency|latencies', 'p50|p95|p99', 'time to first token'] },
    { concern: 'orchestration', patterns: ['orchestration|orchestrate|orchestrated|orchestrator|agent|agents|pipeline|pipelines'] },
    { concern: 'human review', patterns: ['human review|reviewer|reviewers|in the loop', 'manual review'] },
  ],
  data: [
    { concern: 'pipelines', patterns: ['pipeline|pipelines|etl|elt|ingestion|ingest'] },
    { concern: 'lineage', patterns: ['lineage|provenance'] },
    { concern: 'quality checks', patterns: ['data quality|quality check|quality checks|validation|validated|expectations', 'schema check|checks'] },
    { concern: 'backfills', patterns: ['backfill|backfills|backfilled|backfilling|reprocess|reprocessed|replay|replayed'] },
  ],
  security: [
    { concern: 'permissions', patterns: ['permission|permissions|authorization|authorisation|access control|least privilege|rbac|iam'] },
    { concern: 'threat modelling', patterns: ['threat model|models|modeling|modelling', 'attack surface|attacker|attackers'] },
    { concern: 'auditability', patterns: ['audit|audits|auditable|auditability|audited'] },
    { concern: 'privacy', patterns: ['privacy|pii|gdpr|personal data|encryption|encrypted'] },
  ],
  infrastructure: [
    { concern: 'deployment', patterns: ['deploy|deploys|deployment|deployments|rollout|rollouts|release|releases'] },
    { concern: 'observability', patterns: ['observability|monitoring|metrics|tracing|traces|alerting|dashboards'] },
    { concern: 'cost', patterns: ['cost|costs|spend|budget|bill|billing'] },
    { concern: 'incident response', patterns: ['incident|incidents|on call|postmortem|postmortems|outage|outages|paged'] },
  ],
  product: [
    { concern: 'APIs', patterns: ['api|apis|endpoint|endpoints|interface|contract|contracts'] },
    { concern: 'data models', patterns: ['data model|models|schema|schemas'] },
    { concern: 'customer workflows', patterns: ['customer|customers|user|users workflow|workflows|journey|journeys|flow|flows', 'onboarding|checkout|signup|support ticket|tickets'] },
  ],
};

/** Posting words that say nothing about the work: benefits, process, legal text. */
export const postingBoilerplate: readonly string[] = [
  'equal', 'opportunity', 'employer', 'benefit', 'benefits', 'salary', 'compensation', 'equity', 'bonus', 'pto',
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
];

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
