import rule from '../../rules/no-generic-claims.js';
import { ruleTester } from '../rule-tester.js';

const CLOSE = 'Best,\nAva Patel';

ruleTester(rule, {
  // Every valid case uses the words of a claim family in an ordinary sense.
  valid: [
    { name: '"hard work" as a noun, not "hard-working"', text: 'Dear Ana,\n\nMost of the hard work was in the failure modes.\n\nBest,\nSam' },
    { name: '"problem" and "team" in a story', text: 'The problem our team faced was that auditors could not rebuild a card\'s history.' },
    { name: 'a team that played a part', text: 'I was glad of the part the support team played in the design.' },
    { name: 'results driven by a cause', text: 'The first results were driven by a caching change: p95 fell from 3.2 s to 240 ms.' },
    { name: '"results, driven by" with commas', text: 'The results, driven by one index change, were a 40% drop in p95.' },
    { name: 'worked hard to do something', text: 'We worked hard to migrate the ledger without losing a single write.' },
    { name: '"self" in a compound that is not "self-starter"', text: 'I built our self-service portal for refunds.' },
    { name: '"detail" as a noun', text: 'It was the detail in the audit log that won over our compliance lead.' },
    { name: 'a player in a market', text: 'Larkspur, a small player in the payments market, issues 80,000 cards a month.' },
    { name: 'a box outside a data centre', text: 'I think the box outside the data centre was the culprit, so we moved the job off it.' },
    { name: 'passion fruit', text: 'My first job was building the ordering system for a passion fruit importer.' },
    { name: 'team and player split by a comma', text: 'For a football data API I built the team, player and fixture endpoints.' },
    { name: 'hard and working split by a comma', text: 'The first month was hard, working nights to finish the cutover.' },
    { name: 'work and hard split by a comma', text: 'At work, hard problems arrive in batches, so I built a triage queue.' },
    { name: 'learned quickly that something happened', text: 'We learned quickly that the cache was serving stale prices.' },
    { name: '"organising" as a verb is not "organised"', text: 'I am organising the Leeds Rust meetup this year.' },
    { name: 'well organised, said of a thing', text: 'The runbooks were well organised by service, so new hires found them quickly.' },
    { name: '"problem-solving" as a modifier of a document', text: 'I wrote the problem-solving guide for the on-call rotation.' },
    { name: 'fast and paced apart', text: 'I paced the rollout so the fast path stayed warm.' },
    { name: 'hats that were worn, listed', text: 'The hats I wore at Tern: on call, DBA and release manager for the tracking pipeline.' },
    {
      name: 'a whole letter of ordinary senses',
      text: `Dear Ms. Okafor,\n\nThe problem our team faced was slow audits. Results driven by a caching change came first, and the support team played a part in choosing filters.\n\n${CLOSE}`,
    },
  ],
  invalid: [
    {
      name: 'Markdown emphasis inside and around the claim',
      text: 'Dear Ana,\n\nI am a *self*-starter who is **passionate** about queues.\n\nBest,\nSam',
      errors: [
        { actual: 'self*-starter', line: 3, column: 9 },
        { actual: 'passionate** about', line: 3, column: 32 },
      ],
    },
    {
      name: 'a contraction: "I\'m a team player"',
      text: "I'm a team player who enjoys pairing.",
      errors: [{ actual: 'team player', line: 1, column: 7, message: 'Generic claim "team player"', suggestion: 'Name one collaboration' }],
    },
    {
      name: 'inserted adverbs: "truly, deeply passionate about"',
      text: 'I am truly, deeply passionate about developer tooling.',
      errors: [{ actual: 'passionate about', line: 1, column: 20 }],
    },
    {
      name: 'space and hyphen variants: "self starter", "team-player"',
      text: 'I am a self starter and a team-player.',
      errors: [
        { actual: 'self starter', line: 1, column: 8, message: /^Generic claim "self starter": / },
        { actual: 'team-player', line: 1, column: 27 },
      ],
    },
    {
      name: '"hardworking" closed up and "hard-working"',
      text: 'I am hardworking, and my last manager called me hard-working too.',
      errors: [
        { actual: 'hardworking', line: 1, column: 6, message: '(hard-working)' },
        { actual: 'hard-working', line: 1, column: 49 },
      ],
    },
    {
      name: 'inflections: "thriving in fast-paced environments"',
      text: 'I have been thriving in fast-paced environments for six years.',
      errors: [{ actual: 'fast-paced environments', line: 1, column: 25, message: '(fast-paced environment)' }],
    },
    {
      name: 'British spellings: "results-orientated", "well-organised"',
      text: 'I am results-orientated and extremely well-organised.',
      errors: [
        { actual: 'results-orientated', line: 1, column: 6, message: '(results-driven)' },
        { actual: 'extremely well-organised', line: 1, column: 29, message: '(highly organized)' },
      ],
    },
    {
      name: '"I\'m very organised": the quote leaves out "am"',
      text: "I'm very organised and I have strong organisational skills.",
      errors: [
        { actual: 'very organised', line: 1, column: 5 },
        { actual: 'organisational skills', line: 1, column: 38 },
      ],
    },
    {
      name: '"problem-solver" and "problem solving skills"',
      text: "I'm a natural problem-solver with strong problem solving skills.",
      errors: [
        { actual: 'problem-solver', line: 1, column: 15 },
        { actual: 'problem solving skills', line: 1, column: 42, message: '(problem solver)' },
      ],
    },
    {
      name: '"detail-orientated" and "eye for detail"',
      text: "I'm extremely detail-orientated and have a keen eye for detail.",
      errors: [
        { actual: 'detail-orientated', line: 1, column: 15, message: '(detail-oriented)' },
        { actual: 'eye for detail', line: 1, column: 49 },
      ],
    },
    {
      name: 'a quick learner who picks up new technologies fast',
      text: 'I am a quick learner and pick up new technologies fast.',
      errors: [
        { actual: 'quick learner', line: 1, column: 8 },
        { actual: 'pick up new technologies fast', line: 1, column: 26, message: '(quick learner)' },
      ],
    },
    {
      name: '"I learn quickly" without an object',
      text: 'I learn quickly.',
      errors: [{ actual: 'learn quickly', line: 1, column: 3, message: '(quick learner)' }],
    },
    {
      name: '"thinking outside of the box"',
      text: 'I like thinking outside of the box.',
      errors: [{ actual: 'thinking outside of the box', line: 1, column: 8, message: '(think outside the box)' }],
    },
    {
      name: 'a go-getter with a proven track record',
      text: 'I am a go-getter with a proven track record of delivery.',
      errors: [
        { actual: 'go-getter', line: 1, column: 8 },
        { actual: 'proven track record', line: 1, column: 25, suggestion: 'Give the record' },
      ],
    },
    {
      name: '"worn many hats"',
      text: 'At two startups I have worn many hats.',
      errors: [{ actual: 'worn many hats', line: 1, column: 24, message: '(wear many hats)' }],
    },
    {
      name: 'experienced in building highly scalable systems',
      text: 'I am experienced in building highly scalable systems.',
      errors: [{ actual: 'experienced in building highly scalable', line: 1, column: 6, message: '(experienced with scalable systems)' }],
    },
    {
      name: 'experience designing scalable APIs',
      text: 'I have experience designing scalable APIs.',
      errors: [{ actual: 'experience designing scalable', line: 1, column: 8 }],
    },
    {
      name: '"work really hard" and "a hard worker"',
      text: 'I work really hard. My manager called me a hard worker.',
      errors: [
        { actual: 'work really hard', line: 1, column: 3, message: '(hard-working)' },
        { actual: 'hard worker', line: 1, column: 44 },
      ],
    },
    {
      name: '"passion for" and "passionate about" with no object',
      text: 'I have a passion for payments, and reconciliation is what I am passionate about.',
      errors: [
        { actual: 'passion for', line: 1, column: 10, message: '(passionate about)' },
        { actual: 'passionate about', line: 1, column: 64 },
      ],
    },
    {
      name: 'excellent communication skills',
      text: 'I have excellent communication skills.',
      errors: [{ actual: 'excellent communication skills', line: 1, column: 8 }],
    },
    {
      name: 'a claim in Markdown emphasis',
      text: "I'm a **team player**.",
      errors: [{ actual: 'team player', line: 1, column: 9 }],
    },
    {
      name: 'claims in a bulleted list after the greeting',
      text: `Dear Ms. Okafor,\n\nWhat I bring:\n\n- Results-driven\n- Self-motivated\n\n${CLOSE}`,
      errors: [
        { actual: 'Results-driven', line: 5, column: 3 },
        { actual: 'Self-motivated', line: 6, column: 3, message: '(self-starter)' },
      ],
    },
    {
      name: 'the company from frontmatter fills the suggestion',
      text: `---\ncompany: Ledgerwise\n---\n\nDear Ms. Okafor,\n\nI am passionate about audit trails.\n\n${CLOSE}`,
      errors: [{ actual: 'passionate about', line: 7, column: 6, suggestion: "Ledgerwise's" }],
    },
    {
      name: 'a plain-text letter with CRLF line endings',
      format: 'text',
      text: 'Dear Ms. Okafor,\r\n\r\nI thrive in a fast paced environment.\r\n\r\nBest,\r\nAva Patel',
      errors: [{ actual: 'fast paced environment', line: 3, column: 15 }],
    },
  ],
});
