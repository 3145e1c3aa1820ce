import rule from '../../rules/no-generic-claims.js';
import { ruleTester } from '../rule-tester.js';

const CLOSE = 'Best,\nAva Patel';

ruleTester(rule, {
  // Every valid case uses the words of a claim family in an ordinary sense.
  valid: [
    { name: 'a team told as a fact, and teamwork of others', text: 'I worked as part of a team of six on the checkout service, owning its retries. The payments team collaborates effectively with others since the runbook was shared.' },
    { name: 'habits of others, a deadline met with its deed, initiative with the deed after it', text: 'The team met every deadline last quarter. I met the March deadline by cutting the export scope. I took initiative to rebuild the deploy pipeline. Our service adapts quickly to new traffic.' },
    { name: 'keeping a thing up to date, a schema aligned, and a reputation reported (the corpus reads it so)', text: 'I keep the runbook up to date with every deploy, aligned the schema with the audit requirements, and colleagues describe me as reliable.' },
    { name: 'what the reader needs, in the words of praise', text: 'Your need for strong Java and Kafka skills is why I read the posting twice. You are looking for solid SQL and modelling experience, which my ledger work at Globex used daily.' },
    { name: 'a compound after a praise word is no praise: "deep learning and NLP", "sound design"', text: 'I built deep learning and NLP experiments for the search team, and I reviewed the sound design and audio experience of our game.' },
    { name: 'a team that enjoys working with a tool, and a set of tests', text: 'My team enjoyed working with the new SDK, and I wrote the right set of tests for the parser before the release.' },
    { name: "a knack that is a parser's, an eye kept on a budget, a best estimate, a team's attitude", text: 'The parser has a knack for failing on Mondays. I kept an eye on the error budget. I give my best estimate in the design doc. The team shows a positive attitude to on-call.' },
    { name: 'a foundation of things, a fit of tools, an asset that is a thing, digging into logs', text: 'I built a solid foundation of integration tests. I chose Postgres because it was well suited to the workload. My dashboard became an asset for finance. I love digging into the logs.' },
    { name: 'people who love building things with a product', text: 'Our users love building things with the payouts API.' },
    { name: 'enthusiasts who are someone else, and passions that are interests', text: 'Our app serves car enthusiasts in Ohio; my passions, sports among them, drive my side projects.' },
    { name: 'a workshop on a skill, and requirements met by a release', text: 'I gave a good presentation skills workshop to interns, and the release met your requirements for the audit.' },
    { name: 'what the job requires, in the words of a claim', text: 'It requires taking ownership, writing clean and maintainable code, and collaborating with the team.' },
    { name: 'a named thing to learn', text: 'I am very interested in learning SystemVerilog and the UVM methodology.' },
    { name: 'a wealth of knowledge that is not the writer\'s', text: 'Our wiki holds a wealth of knowledge about the ledger.' },
    { name: 'someone else who is a firm believer', text: 'The CFO was a firm believer in manual checks, so I built the audit trail.' },
    { name: 'a share of something given', text: 'We give 100 percent of refunds within a day.' },
    { name: 'a success rate the writer helped raise', text: 'Our alerting work contributed to the team\'s success rate of 99.9%.' },
    { name: 'a system pushed to its limits', text: 'Traffic pushed the limits of the old cluster, so I sharded it across 12 nodes.' },
    { name: 'a project driven by a need that is not the writer\'s', text: 'The migration was driven by the need for lower storage costs.' },
    { name: 'a mindset that names a practice, not a trait', text: 'I bring a security mindset to code review: every endpoint gets a threat model.' },
    { name: 'a drive to improve that is a fact about a team', text: 'The drive to improve reconciliation came from the finance team.' },
    { name: 'a blend of technologies in a system', text: 'The ledger is a blend of Postgres and Kafka.' },
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
    // Frames: each has a sentence that uses its words without claiming a trait.
    { name: '"I am responsible for" states a duty, not a trait', text: 'I am responsible for the billing pipeline and its on-call rotation.' },
    { name: '"I am confident that" and "excited to" are not traits', text: 'I am confident that the ledger design holds, and excited to show it.' },
    { name: '"I am organizing" is a verb', text: 'I am organizing the Leeds Rust meetup this year.' },
    { name: 'a service that has been reliable', text: 'The queue has been reliable since we added the dead-letter topic.' },
    { name: '"driven by" a cause', text: 'I am driven by the same question every week: why did the batch run late?' },
    { name: 'a dedicated engineer in a story told as "we"', text: 'We hired a dedicated on-call engineer for the payments team.' },
    { name: '"as a reliable store" said of a system', text: 'We used Postgres as a reliable store for events before moving them to Kafka.' },
    { name: 'strong consistency, not strong skills', text: 'I chose strong consistency for the ledger because duplicates cost money.' },
    { name: 'a solid understanding of the system, said of others', text: 'They needed a solid understanding of the retry path before the cutover.' },
    { name: 'a team of engineers after a trait word: the slot stops at "of"', text: 'I led a dedicated team of five engineers through the cutover.' },
    { name: 'one quality word on a system, told with a figure', text: 'I built a reliable webhook service that retried 4,000 deliveries a day.' },
    { name: '"excel" as the spreadsheet', text: 'I replaced the Excel export in the finance app with a ledger query.' },
    { name: 'a set of services, not of skills', text: 'I moved a wide set of services onto the new cluster.' },
    { name: 'a strategic partner and a collaborative tool are not the writer', text: 'I integrated a strategic partner\'s API into our collaborative editor.' },
    { name: 'new challenges the system faced', text: 'The queue met new challenges when traffic doubled, so I added backpressure.' },
    { name: 'delivering code to a named place', text: 'I delivered the billing code to production behind a flag.' },
    { name: 'organizing, not organized', text: 'I am an organizing member of the Leeds Rust meetup.' },
    { name: 'a rich text editor and a significant background job', text: 'I built a rich text editor and moved a significant background job onto a queue.' },
    { name: 'relationships between tables', text: 'I modelled the relationships between orders and refunds in the ledger schema.' },
    { name: 'a list that runs on from "my": "my background, passions and goals"', text: 'My background, passions and goals line up with the payments team: I rebuilt a ledger.' },
    { name: '"my drive" as a road and a disk: possessives without a trait', text: 'My drive to the office passes the depot, and my hard drive holds its routing logs.' },
    { name: '"love to learn more about" the company', text: "I'd love to learn more about how your team runs its settlement jobs." },
    { name: '"eager to learn how" something works', text: 'I am eager to learn how you shard the ledger at your scale.' },
    { name: 'a comfort zone that is not the writer\'s', text: 'The zone outside the blast radius stayed up, which was a comfort to support.' },
    { name: '"deep" as a measure of a queue', text: 'I watched the queue grow deep while the consumers restarted.' },
    { name: 'solving one named problem', text: 'I enjoyed solving the race between the refund and capture webhooks.' },
    { name: 'a good fit said of a technology', text: 'Kafka was a good fit for the settlement stream, so I moved it there.' },
    { name: '"making a difference" said of a change', text: 'The index made a difference of 800 ms at p99.' },
    { name: 'a table in a database', text: 'I brought the orders table to the new cluster without downtime.' },
    { name: 'working independently on one task', text: 'I worked independently on the migration for two weeks.' },
    { name: 'a fit drawn from the experiences just told, pointed at', text: 'I rebuilt the ledger and ran its on-call. All of these experiences would make me a good fit for the role.' },
    { name: 'a problem told, and a program able to solve problems', text: 'I solved the problem of duplicate payouts with idempotency keys. Our scheduler has the ability to solve routing problems for 300 vans.' },
    { name: 'what the writer is good at as a topic, and good friends', text: 'Instead of telling you what I am good at, I will show you how I work. I am good friends with the team lead.' },
    { name: 'persistence said of a program, not the writer', text: 'The retry loop never gives up on a message until the queue confirms it.' },
    {
      name: 'a whole letter of ordinary senses',
      text: `Dear Ms. Okafor,\n\nThe problem our team faced was slow audits. Results driven by a caching change came first, and the support team played a part in choosing filters.\n\n${CLOSE}`,
    },
  ],
  invalid: [
    {
      name: 'teamwork told with its manner, not its deed',
      text: 'What I offer is my ability to work well as part of a team. I function effectively within a team, collaborate effectively with others, and thrive when working as part of a team.',
      errors: [
        { actual: 'work well as part of a team', line: 1 },
        { actual: 'function effectively within a team', line: 1 },
        { actual: 'collaborate effectively with others', line: 1 },
        { actual: 'thrive when working as part of a team', line: 1 },
      ],
    },
    {
      name: 'a capacity to solve problems claimed, and work done in a timely manner',
      text: 'I have the ability to troubleshoot and solve problems quickly, and I can solve complex problems. I deliver work in a timely and accurate manner. These skills make me a great fit.',
      errors: [{ actual: 'ability to troubleshoot and solve problems', line: 1 }, { actual: 'can solve complex problems', line: 1 }, { actual: 'in a timely and accurate manner', line: 1 }, { actual: 'make me a great fit', line: 1 }],
    },
    {
      name: 'a skill graded by its owner, and pride of any degree',
      text: "I am good in analysing, I'm great with scripting, and I take tremendous pride in my work.",
      errors: [{ actual: 'I am good in', line: 1 }, { actual: "I'm great with", line: 1 }, { actual: 'take tremendous pride in my work', line: 1 }],
    },
    {
      name: 'alone and in a team, with "part of" between; persistence claimed',
      text: 'I work well both independently and as part of a team. I am someone who never gives up.',
      errors: [{ actual: 'independently and as part of a team', line: 1 }, { actual: 'never gives up', line: 1 }],
    },
    {
      name: 'habits claimed: deadlines, trends, adapting, juggling, ownership, getting things done',
      text: 'I always meet deadlines and stay up to date with the latest technologies. I adapt quickly to new environments, handle multiple tasks, take ownership of my work and get things done.',
      errors: [{ actual: 'meet deadlines', line: 1 }, { actual: 'stay up to date with the latest technologies', line: 1 }, { actual: 'adapt quickly to new environments', line: 1 }, { actual: 'handle multiple tasks', line: 1 }, { actual: 'take ownership of my work', line: 1 }, { actual: 'get things done', line: 1 }],
    },
    {
      name: 'skills that align, a love of technology, the drive to succeed',
      text: 'My skills align perfectly with the requirements of this role. I have always loved technology, and I have the drive to succeed.',
      errors: [{ actual: 'align perfectly with the requirements', line: 1 }, { actual: 'I have always loved technology', line: 1 }, { actual: 'drive to succeed', line: 1 }],
    },
    {
      name: 'praise with any words before what is praised, and the right set of skills',
      text: 'I have a strong full-stack and integration background, solid Java and Kafka skills, and the right set of skills for this team.',
      errors: [{ actual: 'strong full-stack and integration background', line: 1 }, { actual: 'solid Java and Kafka skills', line: 1 }, { actual: 'right set of skills', line: 1 }],
    },
    {
      name: 'confidence in one\'s skills, contributing at once, liking teamwork, and a qualified fit',
      text: 'I am confident in my core programming skills and could contribute right away. I enjoy working in a team. I am uniquely qualified for this role and would be an effective match for your needs.',
      errors: [{ actual: 'confident in my core programming skills', line: 1 }, { actual: 'contribute right away', line: 1 }, { actual: 'enjoy working in a team', line: 1 }, { actual: 'am uniquely qualified', line: 1 }, { actual: 'be an effective match', line: 1 }],
    },
    {
      name: 'gifts, attitudes and a natural curiosity claimed',
      text: 'I bring a can-do attitude and a natural curiosity. I have a knack for simplifying complex problems, and I always give my best.',
      errors: [{ actual: 'a can-do attitude', line: 1 }, { actual: 'a natural curiosity', line: 1 }, { actual: 'a knack for', line: 1 }, { actual: 'give my best', line: 1 }],
    },
    { name: 'praise before "of" is the same claim: "a deep understanding of"', text: 'I have a deep understanding of distributed systems and solid general knowledge of networking.', errors: [{ actual: 'deep understanding', line: 1 }, { actual: 'solid general knowledge', line: 1 }] },
    { name: 'suited, suitable, an asset', text: 'I believe I am well suited to this position. I am a suitable person for it. I would be an asset to your team.', errors: [{ actual: 'am well suited to', line: 1 }, { actual: 'am a suitable person', line: 1 }, { actual: 'would be an asset', line: 1 }] },
    { name: 'a kind of mind, digging into problems, qualifications praised', text: 'I have a logical mind, I love digging into performance problems, and my strong academic qualifications speak for me.', errors: [{ actual: 'logical mind', line: 1 }, { actual: 'love digging into performance problems', line: 1 }, { actual: 'strong academic qualifications', line: 1 }] },
    { name: 'a blend of skills', text: 'I possess a unique blend of technical and soft skills.', errors: [{ actual: 'unique blend of technical and soft skills', line: 1 }] },
    { name: 'a love of coding', text: 'I really love coding and building things.', errors: [{ actual: 'I really love coding', line: 1 }] },
    { name: 'a praised desire to excel', text: 'I have a strong desire to excel.', errors: [{ actual: 'strong desire to excel', line: 1 }] },
    { name: 'a growth mindset', text: 'I have a growth mindset.', errors: [{ actual: 'growth mindset', line: 1 }] },
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
      name: 'a trait claimed with "I\'m", an adverb and a role noun',
      text: "I'm a highly motivated and dedicated backend developer.",
      errors: [{ actual: "I'm a highly motivated", line: 1, column: 1, message: '(a trait claimed without evidence)' }],
    },
    {
      name: 'traits in other frames: "consider myself", "have always been", "known for being"',
      text: 'I consider myself adaptable. I have always been proactive. I am known for being reliable.',
      errors: [
        { actual: 'myself adaptable', line: 1, column: 12 },
        { actual: 'I have always been proactive', line: 1, column: 30 },
        { actual: 'known for being reliable', line: 1, column: 65 },
      ],
    },
    {
      name: 'a trait before what the writer is',
      text: 'As a passionate software engineer, I build tools that people use.',
      errors: [{ actual: 'a passionate software engineer', line: 1, column: 4, message: '(a trait word before what you are)' }],
    },
    {
      name: 'labels for oneself: "lifelong learner", "tech enthusiast", "strong communicator"',
      text: 'I am a lifelong learner, a tech enthusiast and a strong communicator.',
      errors: [
        { actual: 'lifelong learner', line: 1, column: 8 },
        { actual: 'tech enthusiast', line: 1, column: 28 },
        { actual: 'strong communicator', line: 1, column: 50 },
      ],
    },
    {
      name: 'praise for one\'s own skills, with kinds between',
      text: 'I have strong analytical and communication skills and a solid background in backend work.',
      errors: [
        { actual: 'strong analytical and communication skills', line: 1, column: 8, message: '(praise for your own skills)' },
        { actual: 'solid background', line: 1, column: 57 },
      ],
    },
    {
      name: 'love of problems and of coding',
      text: 'I love solving complex problems. My love of coding started early.',
      errors: [
        { actual: 'love solving complex problems', line: 1, column: 3 },
        { actual: 'love of coding', line: 1, column: 37 },
      ],
    },
    {
      name: 'idioms: ground running, above and beyond, to the table',
      text: 'I can hit the ground running, I always go above and beyond, and I bring a unique perspective to the table.',
      errors: [
        { actual: 'hit the ground running', line: 1, column: 7 },
        { actual: 'go above and beyond', line: 1, column: 40 },
        { actual: 'bring a unique perspective to the table', line: 1, column: 67 },
      ],
    },
    {
      name: 'impact from day one, thriving under pressure, a great asset',
      text: 'I would make an immediate impact. I thrive under pressure. I would be a great asset to your team.',
      errors: [
        { actual: 'make an immediate impact', line: 1, column: 9 },
        { actual: 'thrive under pressure', line: 1, column: 37 },
        { actual: 'be a great asset', line: 1, column: 68 },
      ],
    },
    {
      name: 'praise in a bullet with no pronoun, eagerness to learn, and a comfort zone',
      text: "- Extensive experience with Kubernetes operators\n- I'm eager to learn and grow, and happy to step out of my comfort zone",
      errors: [
        { actual: 'Extensive experience', line: 1, column: 3 },
        { actual: 'eager to learn', line: 2, column: 7 },
        { actual: 'out of my comfort zone', line: 2, column: 50 },
      ],
    },
    {
      name: 'a self-label, an eye for something, plain praise, an impact made, and a fit to the requirements',
      text: 'I am an agile enthusiast with a good eye for UX and good communication and presentation skills. I made a big difference there, and my background will match your job requirements.',
      errors: [
        { actual: 'enthusiast', line: 1, column: 15 },
        { actual: 'a good eye for', line: 1, column: 31 },
        { actual: 'good communication and presentation skills', line: 1, column: 53 },
        { actual: 'made a big difference', line: 1, column: 99 },
        { actual: 'match your job requirements', line: 1, column: 151 },
      ],
    },
    {
      name: 'what the role needs, then the same claim made by the writer',
      text: 'This role needs someone passionate about payments, and I am passionate about payments. I am eager to learn and grow.',
      errors: [
        { actual: 'passionate about', line: 1, column: 61 },
        { actual: 'eager to learn', line: 1, column: 93 },
      ],
    },
    {
      name: 'a wealth of experience, a firm believer, the extra mile, 110% and excellence',
      text: 'I bring a wealth of experience. I am a firm believer in clean code. I go the extra mile, give 110% and strive for excellence.',
      errors: [
        { actual: 'a wealth of experience', line: 1, column: 9 },
        { actual: 'I am a firm believer in', line: 1, column: 33 },
        { actual: 'go the extra mile', line: 1, column: 71 },
        { actual: 'give 110', line: 1, column: 90 },
        { actual: 'strive for excellence', line: 1, column: 104 },
      ],
    },
    {
      name: 'a motive, a boundary pushed, success contributed to, and a trait as a mindset',
      text: "Driven by the desire to build, I push the boundaries of what I know. I hope to contribute to your team's continued success with my proactive mindset.",
      errors: [
        { actual: 'Driven by the desire to', line: 1, column: 1 },
        { actual: 'push the boundaries', line: 1, column: 34 },
        { actual: "contribute to your team's continued success", line: 1, column: 80 },
        { actual: 'my proactive mindset', line: 1, column: 129 },
      ],
    },
    {
      name: 'traits said as possessions',
      text: 'My technical adaptability and my dedication to testing set me apart.',
      errors: [
        { actual: 'My technical adaptability', line: 1, column: 1, message: '(a trait you say you have)' },
        { actual: 'my dedication', line: 1, column: 31 },
      ],
    },
    {
      name: 'an experienced developer, with the role spelled out between',
      text: 'I am an experienced Full Stack Python Developer.',
      errors: [{ actual: 'an experienced Full Stack Python Developer', line: 1, column: 6, message: '(a trait word before what you are)' }],
    },
    {
      name: 'a pile of quality words on a product noun',
      text: 'I have worked on building scalable, secure, and high-performance applications.',
      errors: [{ actual: 'scalable, secure, and high-performance applications', line: 1, column: 27, message: '(a pile of quality words)' }],
    },
    {
      name: 'excelling, pride, a broad set of skills, and a fit with "me"',
      text: 'I excel in either environment and take great pride in my work. I have a broad set of technical skills, which would make me a great fit.',
      errors: [
        { actual: 'I excel in', line: 1, column: 1 },
        { actual: 'take great pride in my work', line: 1, column: 35 },
        { actual: 'broad set of technical skills', line: 1, column: 73 },
        { actual: 'make me a great fit', line: 1, column: 116 },
      ],
    },
    {
      name: 'a strategic thinker who works well with others and enjoys new challenges',
      text: 'I am a strategic thinker who works well with others and enjoys new challenges.',
      errors: [
        { actual: 'I am a strategic', line: 1, column: 1 },
        { actual: 'works well with others', line: 1, column: 30 },
        { actual: 'enjoys new challenges', line: 1, column: 57 },
      ],
    },
    {
      name: 'fascination, pride, high-quality work and a fresh perspective',
      text: 'I have always been fascinated by technology. I pride myself on delivering high-quality work and bring a fresh perspective.',
      errors: [
        { actual: 'fascinated by technology', line: 1, column: 20 },
        { actual: 'pride myself on', line: 1, column: 48 },
        { actual: 'delivering high-quality work', line: 1, column: 64 },
        { actual: 'bring a fresh perspective', line: 1, column: 97 },
      ],
    },
    {
      name: 'an organized, competent and reliable candidate with significant background',
      text: 'I am an organized developer. I am a competent and reliable candidate with a significant background in Go.',
      errors: [
        { actual: 'I am an organized', line: 1, column: 1 },
        { actual: 'I am a competent', line: 1, column: 30 },
        { actual: 'significant background', line: 1, column: 77 },
      ],
    },
    {
      name: 'well versed, picking up tools quickly, and a strong and immediate impact',
      text: 'Well-versed in test design. I pick up new tools quickly and would make a strong and immediate impact.',
      errors: [
        { actual: 'Well-versed in', line: 1, column: 1 },
        { actual: 'pick up new tools quickly', line: 1, column: 31 },
        { actual: 'make a strong and immediate impact', line: 1, column: 67 },
      ],
    },
    {
      name: 'the skills and qualifications to excel',
      text: 'I have the skills and qualifications to excel in this role.',
      errors: [{ actual: 'skills and qualifications to excel', line: 1, column: 12, message: '(a great fit)' }],
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
