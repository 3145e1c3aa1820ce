// Deterministic inputs for the benchmark: cover letters of about 350 words (some with frontmatter,
// some with lists, some weak so that findings are printed) and long Markdown documents.
// The same seed gives the same bytes on every machine: a small seeded PRNG, no Math.random, no dates.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG, good enough to vary text. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const some = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(int(copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, some };
}

const COMPANIES = [
  'Northwind', 'Corvid Pay', 'Brightwell', 'Kestrel CI', 'Orchard Logistics', 'Marquee', 'Turnstile', 'Quarry',
  'Halcyon Health', 'Lumen Freight', 'Tidewater Bank', 'Copperleaf', 'Juniper Maps', 'Foxglove Retail', 'Beacon Energy',
  'Saltmarsh Games', 'Ironbark Insurance', 'Wren Telecom', 'Pinecrest Travel', 'Meridian Labs', 'Heron Analytics',
  'Bluebell Grocers', 'Granite Payroll', 'Alder Security', 'Fennel Foods', 'Cobalt Robotics', 'Larkspur Media',
  'Osprey Mobility', 'Thistle Learning', 'Quill Legal',
];
// Companies the letters are written for: a folder of letters names many, so there are 600 of them.
const PREFIX = [
  'Acorn', 'Basalt', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Garnet', 'Harbor', 'Indigo', 'Jasper', 'Kite', 'Linden', 'Maple',
  'Nimbus', 'Onyx', 'Pebble', 'Quartz', 'Raven', 'Sable', 'Topaz', 'Umber', 'Vesper', 'Willow', 'Yarrow', 'Zephyr', 'Aster',
  'Birch', 'Cinder', 'Dune', 'Echo', 'Fjord', 'Glade', 'Heath', 'Iris', 'Juno', 'Kelp', 'Lotus', 'Moss', 'Nova', 'Opal',
];
const SUFFIX = ['Pay', 'Health', 'Freight', 'Labs', 'Cloud', 'Bank', 'Retail', 'Energy', 'Games', 'Media', 'Travel', 'Robotics', 'Foods', 'Legal', 'Security'];
const target = (i) => `${PREFIX[i % PREFIX.length]} ${SUFFIX[Math.floor(i / PREFIX.length) % SUFFIX.length]}`;
const FIRST = ['Priya', 'Tomás', 'Ines', 'Hannah', 'Daniel', 'Amara', 'Kenji', 'Sofia', 'Lars', 'Noor', 'Mateo', 'Yuki', 'Olu', 'Greta'];
const LAST = ['Raman', 'Herrera', 'Carvalho', 'Kowalski', 'Okafor', 'Novak', 'Adeyemi', 'Lindqvist', 'Tanaka', 'Haddad', 'Moreau'];
const ROLES = ['Backend Engineer', 'Senior Backend Engineer', 'Platform Engineer', 'Site Reliability Engineer', 'Staff Engineer', 'Data Engineer'];
const SYSTEMS = [
  ['payout ledger', 'pays about {n} sellers every week'],
  ['search indexer', 'indexes roughly {n} documents a day'],
  ['order intake service', 'takes in about {n} orders an hour at peak'],
  ['remote build cache', 'serves artifacts for about {n} repositories'],
  ['notification pipeline', 'sends roughly {n} messages a day'],
  ['billing service', 'invoices about {n} customers every month'],
  ['routing API', 'answers about {n} requests a minute'],
  ['feature store', 'serves {n} feature lookups a second'],
];
const TECH = ['Python', 'Go', 'Java', 'Kotlin', 'TypeScript', 'Rust', 'PostgreSQL', 'MySQL', 'Redis', 'Kafka', 'RabbitMQ', 'Docker', 'Kubernetes', 'Terraform', 'AWS', 'GCP', 'gRPC', 'GraphQL', 'Django', 'Spring Boot'];
const GENERIC = [
  'I am a results-driven problem solver and a team player who thrives in a fast-paced environment.',
  'I am hard-working, detail-oriented and a self-starter with a proven track record of delivering high-quality software.',
  'I am truly passionate about clean code and I love to think outside the box.',
  'I am a quick learner who is excited to wear many hats and go above and beyond for the team.',
  'I believe I would be a great fit for your team and that my skills would add real value.',
];
const STORY = [
  'When I took it over, the main endpoint had a p95 of {a} ms and the nightly batch ran for {h} hours.',
  'I moved the hot path onto an append-only table with a running total per account, and split the batch into independent jobs fed from a queue.',
  'The endpoint now answers at a p95 of {b} ms, the batch finishes in {m} minutes, and we absorb about {k} thousand writes a day.',
  'Lookups used to scan a whole partition, so I added a narrow index keyed by tenant and time, and cut storage reads by {p}%.',
  'Median latency dropped from {a} ms to {b} ms, and the error rate fell from {e}% to under one in ten thousand.',
  'I wrote the design note first, reviewed it with the two teams that call the service, and shipped the change behind a flag over three weeks.',
];
const FAILURE = [
  'Correctness took more care than speed: every event carries an idempotency key, so a retried webhook cannot be applied twice.',
  'Failed calls are retried with backoff and jitter, and after three attempts they land in a dead-letter queue that on-call reviews each morning.',
  'A nightly reconciliation job compares our totals with the partner file; in its first month it surfaced {q} mismatches, all traced to one timezone bug.',
  'When the database nears saturation the service applies backpressure and returns a retry hint instead of timing out.',
  'We alert on queue depth and replication lag, so on-call hears about trouble before customers do, and every incident gets a written postmortem.',
];
const POSTING = [
  'Your posting asks for someone who can own correctness end to end and share the on-call rotation, which is how I already work.',
  'Your engineering blog post on moving to event sourcing ended with an open question about replays, and that is the problem I would like to help with.',
  'The role mentions mentoring newer engineers; I paired with each new hire on our team until they could ship changes to the service on their own.',
];
const CLOSING = [
  'I would enjoy a technical conversation about your design, and I am glad to walk through our reconciliation queries.',
  'I would be glad to walk through this write path in a technical interview whenever suits.',
  'Happy to talk through the queue design and the trade-offs we made on a call.',
];
const FILLER = [
  'The work taught me to measure before changing anything, and to write down what I expected to happen so I could check it afterwards.',
  'I keep runbooks next to the code, and I update them in the same pull request as the change they describe.',
  'Most of the hard problems were about ownership rather than code, so I spent time agreeing who gets paged for what.',
  'I also moved our deploys from a weekly train to small daily releases, which made rollbacks boring.',
  'Before that I spent two years on a small team where everyone took turns on support, which is where I learned to read logs quickly.',
];

function fill(s, r) {
  return s
    .replace('{n}', (10 + r.int(90)) * 1000 + '')
    .replace('{a}', 400 + r.int(1600) + '')
    .replace('{b}', 40 + r.int(300) + '')
    .replace('{h}', 2 + r.int(5) + '')
    .replace('{m}', 10 + r.int(40) + '')
    .replace('{k}', 100 + r.int(900) + '')
    .replace('{p}', 20 + r.int(60) + '')
    .replace('{e}', (1 + r.int(9)) / 10 + '')
    .replace('{q}', 3 + r.int(20) + '');
}

const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** One letter: about 350 words. Kinds cycle so that every set has strong, weak and mixed letters. */
export function letter(i, seed = 1) {
  const r = prng(seed * 100003 + i);
  const company = target(i);
  const role = r.pick(ROLES);
  const [system, scale] = r.pick(SYSTEMS);
  const previous = r.pick(COMPANIES.filter((c) => c !== company));
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const weak = i % 3 === 1;
  const frontmatter = i % 4 === 0;
  const list = i % 5 === 2;
  const parts = [];
  if (frontmatter) parts.push(`---\ncompany: ${company}\nrole: ${role}\nlevel: ${r.pick(['junior', 'mid', 'senior'])}\n---`);
  parts.push(weak ? 'Dear Hiring Manager,' : `Dear ${r.pick(['Ms.', 'Mr.', 'Dr.'])} ${r.pick(LAST)},`);
  if (weak) {
    const stack = r.some(TECH, 6);
    parts.push(`I am a backend developer skilled in ${stack.slice(0, -1).join(', ')} and ${stack.at(-1)}, and I am excited to apply for the ${role} position at ${r.next() < 0.5 ? '[Company]' : company}.`);
    parts.push(r.some(GENERIC, 3).join(' '));
  } else {
    parts.push(`I am applying for the ${role} role at ${company}. At ${previous} I own the ${system}, which ${fill(scale, r)}, and the problems your team describes are the ones I work on every week.`);
  }
  // Markdown as real letters hold it: bold, a code span, a link, a hard break after the sign-off;
  // now and then underscore emphasis and a heading (the fast road reads both; a heading set above
  // the frontmatter turns it into a rule and a setext heading, which only remark reads).
  const shown = i % 3 === 2 ? `**${system}**` : i % 7 === 3 ? `_${system}_` : system;
  const detail = i % 4 === 1 ? ` (design notes: [the write-up](https://example.com/${i}/notes), metric \`p99_ms\`)` : '';
  const story = [`At ${previous} I own the ${shown}, which ${fill(scale, r)}${detail}.`, ...r.some(STORY, 4).map((s) => fill(s, r))];
  parts.push(story.join(' '));
  if (list) {
    parts.push(`What changed in the ${system}:\n\n` + r.some(STORY, 3).map((s) => `- ${fill(s, r)}`).join('\n'));
  }
  if (!weak || r.next() < 0.3) parts.push(r.some(FAILURE, 3).map((s) => fill(s, r)).join(' '));
  parts.push(r.pick(POSTING));
  let body = parts.join('\n\n');
  // Pad with plain sentences to about 350 words, then close.
  const padding = [];
  const filler = r.some(FILLER, FILLER.length);
  while (words(body) + words(padding.join(' ')) < 320) padding.push(filler[padding.length % filler.length]);
  if (padding.length) body += '\n\n' + padding.join(' ');
  // Some weak letters were reused from another application and still name its company.
  const reused = weak && i % 2 === 1 ? ` I would love to join ${target(i + 7)} and grow with the team.` : '';
  body += '\n\n' + (weak ? `Thank you for your time and consideration.${reused} I look forward to hearing from you.` : r.pick(CLOSING));
  if (i % 11 === 5) body = `## Cover letter\n\n${body}`;
  body += `\n\n${r.pick(['Best,', 'Sincerely,', 'Kind regards,'])}${i % 2 === 0 ? '  ' : ''}\n${weak && r.next() < 0.4 ? '[Your Name]' : name}\n`;
  return body;
}

/** A long Markdown document (notes, a portfolio, a book of letters) of at least `bytes` bytes. */
export function document(bytes, seed = 7) {
  const r = prng(seed);
  const out = ['# Engineering notes\n'];
  let size = out[0].length;
  for (let section = 1; size < bytes; section++) {
    const chunk = [`## ${section}. ${r.pick(SYSTEMS)[0]} at ${r.pick(COMPANIES)}`];
    for (let p = 0; p < 4; p++) chunk.push(r.some([...STORY, ...FAILURE, ...FILLER], 5).map((s) => fill(s, r)).join(' '));
    if (section % 3 === 0) chunk.push(r.some([...STORY, ...FAILURE], 4).map((s) => `- ${fill(s, r)}`).join('\n'));
    if (section % 7 === 0) chunk.push('```sql\nSELECT account_id, sum(amount) FROM ledger GROUP BY account_id;\n```');
    if (section % 5 === 0) chunk.push(r.some(GENERIC, 2).join(' '));
    const text = chunk.join('\n\n') + '\n\n';
    out.push(text);
    size += Buffer.byteLength(text);
  }
  return out.join('');
}

/**
 * Writes every input under `root`: one/letter.md, letters-<n>/ for each count (letters-250 holds the
 * first 250 of the same sequence as letters-2000), and doc-<size>.md for each size in bytes.
 * Every 10th letter is plain text (.txt), the rest Markdown.
 */
export function writeInputs(root, { counts = [250, 500, 1000, 2000], sizes = [262144, 524288, 1048576] } = {}) {
  const max = Math.max(...counts);
  const letters = Array.from({ length: max }, (_, i) => letter(i));
  mkdirSync(path.join(root, 'one'), { recursive: true });
  writeFileSync(path.join(root, 'one', 'letter.md'), letters[1]); // a weak one: findings are printed
  const sets = {};
  for (const n of counts) {
    const dir = path.join(root, `letters-${n}`);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `letter-${String(i).padStart(4, '0')}.${i % 10 === 9 ? 'txt' : 'md'}`), letters[i]);
    sets[n] = `letters-${n}`;
  }
  const docs = {};
  const full = document(Math.max(...sizes));
  for (const size of sizes) {
    // Each size is a prefix of the largest, cut at a section boundary, so they differ only in length.
    let cut = full.indexOf('\n## ', size);
    if (cut < 0) cut = full.length;
    const name = `doc-${size}.md`;
    writeFileSync(path.join(root, name), full.slice(0, cut + 1));
    docs[size] = name;
  }
  const wordCounts = letters.map(words);
  return { one: 'one/letter.md', sets, docs, meanWords: wordCounts.reduce((a, b) => a + b, 0) / wordCounts.length };
}
