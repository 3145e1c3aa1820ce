// Words that name a team or a line of work rather than a company: "Dear Payments hiring team,"
// addresses a team, and says nothing about which company the letter is for.
export const teamWords: readonly string[] = [
  'ai', 'analytics', 'api', 'apis', 'application', 'applications', 'app', 'apps', 'backend', 'billing', 'checkout',
  'cloud', 'commerce', 'compliance', 'core', 'customer', 'data', 'database', 'databases', 'design', 'developer',
  'devops', 'engineering', 'experience', 'finance', 'fraud', 'frontend', 'growth', 'identity', 'infra',
  'infrastructure', 'integrations', 'internal', 'ledger', 'marketplace', 'merchant', 'ml', 'mobile', 'money',
  'observability', 'operations', 'ops', 'payments', 'payment', 'payouts', 'platform', 'platforms', 'product',
  'productivity', 'reliability', 'research', 'risk', 'safety', 'search', 'security', 'services', 'sre',
  'storage', 'systems', 'tools', 'tooling', 'treasury', 'trust', 'web',
];
