// What a system story is made of: a verb of ownership and the thing owned. Shared by the rules
// that ask whether a paragraph tells one (stack-list opening, word count) and by the facts that
// fill suggestions with the letter's own system.

/**
 * Verbs of building, owning or changing something; matched by stem. "write" is left out because
 * "I am writing to…" is about the letter itself; "wrote" and "rewrote" stay.
 */
export const ownershipVerbs: readonly string[] = [
  'architect', 'automate', 'build', 'built', 'cut', 'debug', 'deliver', 'design', 'fix', 'halve', 'harden',
  'implement', 'improve', 'launch', 'lead', 'led', 'maintain', 'migrate', 'move', 'own', 'port', 'rebuild',
  'rebuilt', 'redesign', 'reduce', 'refactor', 'replace', 'rewrite', 'rewrote', 'run', 'ran', 'scale', 'ship',
  'speed', 'split', 'stabilize', 'take', 'took', 'tune', 'wrote', 'create', 'develop', 'introduce',
  'consolidate', 'instrument', 'profile', 'shard', 'partition', 'optimize',
];

/** Past forms of the verbs above that do not end in "-ed": they mark a told story, not a job description. */
export const irregularPast: readonly string[] = ['built', 'rebuilt', 'cut', 'led', 'ran', 'rewrote', 'wrote', 'split', 'took'];

/** Head nouns of systems people own, singular; matched by stem. */
export const systemNouns: readonly string[] = [
  'api', 'app', 'application', 'backend', 'balancer', 'billing', 'broker', 'cache', 'checkout', 'cluster',
  'compiler', 'consumer', 'controller', 'daemon', 'dashboard', 'database', 'engine', 'gateway', 'index',
  'indexer', 'infrastructure', 'integration', 'ledger', 'library', 'migration', 'model', 'monolith',
  'orchestrator', 'parser', 'pipeline', 'platform', 'processor', 'producer', 'proxy', 'queue', 'replica',
  'resolver', 'router', 'runtime', 'scheduler', 'schema', 'sdk', 'search', 'server', 'service', 'store',
  'stream', 'system', 'tool', 'tooling', 'warehouse', 'webhook', 'worker', 'workflow', 'endpoint', 'feed',
  'job', 'cli', 'bot', 'agent', 'ingestion', 'crawler', 'exporter', 'ingester', 'loader', 'matcher', 'planner', 'sync',
  'crm', 'erp', 'portal', 'lakehouse', 'solver', 'simulator', 'emulator', 'interpreter', 'renderer',
];

/** Words that start the noun phrase naming a system: "the", "our", … */
export const determiners: readonly string[] = ['the', 'our', 'a', 'an', 'their', 'its', 'my', 'his', 'her', 'that', 'this'];
