import rule from '../../rules/focus-coverage.js';
import type { Focus } from '../../src/types.js';
import { ruleTester } from '../rule-tester.js';

const letter = (...paragraphs: string[]) => ['Dear Sam,', 'I am applying for the Backend Engineer role at Northwind.', ...paragraphs, 'Best,\nPriya'].join('\n\n');
const focus = (f: Focus) => ({ focus: f });
// A story that speaks to no focus area's concerns.
const PLAIN = 'At Globex I rebuilt the search service, and its memory use fell from 9 GB to 2 GB.';

ruleTester(rule, {
  valid: [
    { name: 'no focus: the rule is off', text: letter(PLAIN) },
    {
      name: 'payments: idempotency and reconciliation',
      profile: focus('payments'),
      text: letter('Every webhook carries an idempotency key, and a nightly job reconciles our totals with the bank file.'),
    },
    {
      name: 'payments: inflections and a double-entry ledger',
      profile: focus('payments'),
      text: letter('I moved balances onto a double-entry ledger, and no customer has been charged twice since.'),
    },
    {
      name: 'payments: the same event twice, and a morning reconciliation',
      profile: focus('payments'),
      text: letter('Stripe will deliver the same event twice, so every handler checks the event id first, and we reconcile refunds against the balance report each morning.'),
    },
    {
      name: 'data: a pipeline that deduplicates',
      profile: focus('data'),
      text: letter('I moved the meter readings onto an orchestrated pipeline, and it deduplicates on meter and interval before anything is summed.'),
    },
    {
      name: 'security: authorization and a penetration test',
      profile: focus('security'),
      text: letter('I led the move of our authorization rules into one policy service, and the next penetration test found no cross-tenant reads.'),
    },
    {
      name: 'ai: retrieval and evaluation',
      profile: focus('ai'),
      text: letter('I built the retrieval layer over our support articles and the offline evals that gate each prompt change.'),
    },
    {
      name: 'data: lineage and backfills',
      profile: focus('data'),
      text: letter('Every table records its lineage, so when a feed was wrong we backfilled three months in an afternoon.'),
    },
    {
      name: 'security: least privilege and a threat model',
      profile: focus('security'),
      text: letter('I wrote the threat model for the admin console and moved its service accounts to least privilege.'),
    },
    {
      name: 'security: attackers and personal data, each a phrase of its own',
      profile: focus('security'),
      text: letter('I assumed an attacker already had a laptop, and kept personal data out of every log line.'),
    },
    {
      name: 'ai: a human in the loop and p99',
      profile: focus('ai'),
      text: letter('Low-confidence answers go to a human in the loop, and the p99 stayed under two seconds.'),
    },
    {
      name: 'infrastructure: rollouts and incidents',
      profile: focus('infrastructure'),
      text: letter('I built staged rollouts for the fleet, and our incidents from bad deploys fell from six a quarter to one.'),
    },
    {
      name: 'product: APIs and data models',
      profile: focus('product'),
      text: letter('I designed the public API for bookings and the data model behind it, versioned so old clients kept working.'),
    },
    {
      name: "the letter's frontmatter focus wins over the flag",
      profile: focus('payments'),
      text: `---\nfocus: data\n---\n\n${letter('I built the ingestion pipeline and the data quality checks that stop a bad feed before it lands.')}`,
    },
    { name: 'one concern is enough with min 1', profile: focus('payments'), options: { min: 1 }, text: letter('I own the payouts ledger at Globex.') },
  ],
  invalid: [
    {
      name: 'payments: only the ledger',
      profile: focus('payments'),
      text: letter('I own the payouts ledger at Globex, and payouts now leave two hours earlier.'),
      errors: [
        {
          actual: null,
          line: 3,
          message: 'For a payments role the letter speaks to 1 of 4 concerns (idempotency, reconciliation, audit trail, ledger); aim for 2',
          suggestion: 'Show where your story touched idempotency, reconciliation, audit trail:',
        },
      ],
    },
    {
      name: 'ai: none of its concerns',
      profile: focus('ai'),
      text: letter(PLAIN),
      errors: [{ actual: null, line: 3, message: 'For an AI role the letter speaks to 0 of 5 concerns', suggestion: 'retrieval, evaluation, latency' }],
    },
    {
      name: 'data: a pipeline alone',
      profile: focus('data'),
      text: letter('I rebuilt the nightly pipeline that loads orders into the warehouse.'),
      errors: [{ actual: null, line: 3, message: '1 of 4 concerns (pipelines, lineage, quality checks, backfills)', suggestion: 'lineage, quality checks, backfills' }],
    },
    {
      name: 'data: "expectations" in the ordinary sense is not a quality check',
      profile: focus('data'),
      text: letter('I rebuilt the nightly pipeline, and it met every expectation the analysts had.'),
      errors: [{ actual: null, line: 3, message: 'speaks to 1 of 4' }],
    },
    {
      name: 'security: none of its concerns',
      profile: focus('security'),
      text: letter(PLAIN),
      errors: [{ actual: null, line: 3, suggestion: 'permissions, threat modelling, auditability' }],
    },
    {
      name: 'infrastructure: a billing service is not cost',
      profile: focus('infrastructure'),
      text: letter('I own the billing service at Globex, and I was on call for it through the migration.'),
      errors: [{ actual: null, line: 3, message: 'For an infrastructure role the letter speaks to 1 of 4', suggestion: 'deployment, observability, cost' }],
    },
    {
      name: 'product: none of its concerns',
      profile: focus('product'),
      text: letter('I rewrote the recommendation ranking, and time to first result fell from 2 s to 300 ms.'),
      errors: [{ actual: null, line: 3, suggestion: 'APIs, data models, customer workflows' }],
    },
    {
      name: "the letter's frontmatter focus wins over the flag, and finds it short",
      profile: focus('data'),
      text: `---\nfocus: payments\n---\n\n${letter('I built the ingestion pipeline and the data quality checks that stop a bad feed before it lands.')}`,
      errors: [{ actual: null, line: 7, message: 'For a payments role the letter speaks to 0 of 4' }],
    },
    {
      name: 'concerns inside a code block do not count',
      profile: focus('payments'),
      text: letter(PLAIN, '```sql\nselect * from ledger where reconciled = false and idempotency_key is null\n```'),
      errors: [{ actual: null, line: 3, message: 'speaks to 0 of 4' }],
    },
    {
      name: 'more concerns asked for by options',
      profile: focus('payments'),
      options: { min: 3 },
      text: letter('Every webhook carries an idempotency key, and a nightly job reconciles our totals with the bank file.'),
      errors: [{ actual: null, line: 3, message: 'speaks to 2 of 4 concerns (idempotency, reconciliation, audit trail, ledger); aim for 3', suggestion: 'audit trail, ledger' }],
    },
  ],
});
