import rule from '../../rules/lead-with-system.js';
import { ruleTester } from '../rule-tester.js';

// Letters are blocks joined by blank lines: with a one-line greeting, body paragraph n starts on
// line 2n + 1.
const letter = (...blocks: string[]): string => blocks.join('\n\n') + '\n';

const GREETING = 'Dear Ms. Okafor,';
const SIGNOFF = 'Best,\nAna Ruiz';
// Paragraphs without a system story: motivation, values, fit and close.
const WHY = 'I am applying for the Senior Backend Engineer role at Northwind because settlement is the problem I care most about.';
const VALUES = 'I care about correctness, and I enjoy working with finance teams who need numbers they can trust.';
const FIT = 'Your posting talks about audits and month-end close, which is where I have spent most of my career.';
const CLOSE = 'I would be glad to talk through how we could reconcile payouts without pausing them.';
// Stories: something built or owned, and what changed; with figures and without.
const STORY_NUMBERS = 'At Globex I rebuilt the payouts ledger that moves $40M a day, and reconciliation fell from six hours to 20 minutes.';
const STORY_WORDS = 'At Globex I rebuilt the payouts ledger, so finance could close the month without a spreadsheet.';

ruleTester(rule, {
  valid: [
    { name: "a late wish about the reader's system, with a figure", text: letter(GREETING, WHY, VALUES, FIT, 'I would love to work on your payment API and help it scale to 10x its traffic.', CLOSE, SIGNOFF) },
    { name: 'a late liking with a figure: "I enjoy improving systems that serve millions"', text: letter(GREETING, WHY, VALUES, FIT, 'I enjoy improving systems that serve millions of users.', CLOSE, SIGNOFF) },
    { name: 'no greeting: an address block ending "Inc." is a header, not a paragraph before the story', text: letter('Ana Ruiz\nana@example.com', 'Northwind Inc.\n12 Harbor Rd.\nBoston, MA', WHY, STORY_NUMBERS, VALUES, CLOSE, SIGNOFF) },
    { name: 'a late figure with no piece of work beside it', text: letter(GREETING, WHY, VALUES, FIT, 'I helped my team improve productivity by 30% through better planning.', CLOSE, SIGNOFF) },
    // At most 20 body words before the story: one sentence's worth, however it is broken into paragraphs.
    { name: 'an opening of two one-line paragraphs before the story', text: letter(GREETING, 'I am applying for the Backend Engineer role at Northwind.', 'I found it through a friend on your team.', STORY_NUMBERS, VALUES, CLOSE, SIGNOFF) },
    { name: 'an epigraph before a one-line opening', text: letter(GREETING, '> "Make it work, make it right, make it fast."', 'I am applying for the Backend Engineer role at Northwind.', STORY_NUMBERS, VALUES, CLOSE, SIGNOFF) },
    { name: 'paragraph 2 tells a piece of work by how it was made: "A single-page app built with Vue 3…"', text: letter(GREETING, WHY, 'A single-page application built with Vue 3 that lets a clinic book and reschedule visits.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'paragraph 2: "a command-line tool written in Rust…"', text: letter(GREETING, WHY, 'Attached is a command-line tool written in Rust that diffs two database schemas.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'paragraph 2 names an app of the writer\'s with "my … for": "my application for iOS"', text: letter(GREETING, WHY, 'Last year I rebuilt my application for iOS from scratch.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'paragraph 2 points at a system with "that": "I rebuilt that service"', text: letter(GREETING, WHY, 'The checkout was slow, and I rebuilt that service in my first quarter.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'paragraph 2 describes a project: "My final-year project was a mobile app that…"', text: letter(GREETING, WHY, 'My final-year project was a mobile app that helps students find study rooms.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'paragraph 2: "One project I am proud of is an open-source CLI…"', text: letter(GREETING, WHY, 'One project I am proud of is an open-source CLI for managing dotfiles.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'paragraph 2: "I worked on a data pipeline that…"', text: letter(GREETING, WHY, 'Recently I worked on a data pipeline that ingests sensor data from wind turbines.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'the story in the opening paragraph, with numbers', text: letter(GREETING, STORY_NUMBERS, WHY, FIT, CLOSE, SIGNOFF) },
    { name: 'the story in paragraph 2, without numbers', text: letter(GREETING, WHY, STORY_WORDS, VALUES, FIT, CLOSE, SIGNOFF) },
    ...[
      'At Acme, my work centred on the checkout service, which handles two million orders a month.',
      'Over the past three years I have been responsible for the data platform at Acme.',
      'At Acme, I was responsible for maintaining the CI pipeline.',
      'I am currently working on a recommendation engine at Acme.',
      'My proudest work is the offline sync engine in the field app.',
      'I spent the summer at Acme writing the ingestion pipeline for sensor data.',
      // Plain pieces of work, enough early on (session 22, from generated letters).
      'At Acme I own the alerting setup for our payments team.',
      'My team still relies on the test harness I put together last spring.',
      'At Acme I rebuilt our release workflow from scratch.',
      // With no subject, as résumés and terse letters write it (session 30, probes written here).
      'Worked 2 years at Acme on their order management system, which processes 5k orders daily.',
      'Responsible for migrating the legacy monolith at Acme into separate services.',
      'Designed and shipped the booking app that our clinics now use.',
      // A list or a label of the writer's own projects, named and described (session 30).
      'Some things I have worked on:\n\n- Budget Buddy: a React app that tracks household expenses, 2,000 users\n- A Slack bot for stand-ups, used by three teams',
      'Project: FarmSense, an IoT system for soil moisture monitoring, deployed on 12 farms.',
      // The writer's work named, then what it was.
      'You may know my work on Foo, an open-source library that 2,000 projects depend on.',
      'Recent work includes a fraud model for a neobank and an internal data catalogue used by 80 analysts.',
      // A system pointed at by its company's name, the writer the subject.
      "For the past two years I have been part of the team responsible for Acme's mobile banking app.",
    ].map((p2) => ({ name: `paragraph 2 names a system as the writer's: "${p2}"`, text: letter(GREETING, WHY, p2, VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) })),
    { name: 'a one-line question or label is a heading, not a paragraph: "Why Northwind?", "Experience:"', text: letter(GREETING, 'Why Northwind?', WHY, 'Experience:', STORY_NUMBERS, CLOSE, SIGNOFF) },
    { name: 'no story at all: other rules ask for one', text: letter(GREETING, WHY, VALUES, FIT, CLOSE, SIGNOFF) },
    {
      name: 'a late paragraph about systems in general or an application demonstration tells no one story',
      text: letter(
        GREETING,
        WHY,
        VALUES,
        'I have developed robust Django-based systems for many clients. I also delivered an application demonstration to the IT director.',
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'verbs of the lexicon used as nouns ("the support of a CI server", "on build servers") tell no story',
      text: letter(
        GREETING,
        WHY,
        VALUES,
        'I would like the support of a continuous integration server, and static analysis on build servers to guide the API.',
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'a story in paragraph 2 told as "I replaced …", the system named far from the verb',
      text: letter(
        GREETING,
        WHY,
        'Our order intake fell over every Saturday. I replaced the unbounded push with explicit backpressure: the API now checks queue depth first.',
        // The shared story test finds its first story here, in paragraph 3.
        'I also moved every consumer onto a dead-letter queue, and dropped orders fell from eleven a quarter to zero.',
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'a story in paragraph 2 told as a before and after',
      text: letter(
        GREETING,
        WHY,
        'My main project has been a preview tool for branches. Before the tool existed, a preview meant a ticket and a two-day wait; now developers get a link in a minute.',
        // The shared story test finds its first story here, in paragraph 3.
        'I rewrote the upload service so that an interrupted upload resumes from the last chunk.',
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'a list with the line that introduces it is one paragraph, with the story in its third item',
      text: letter(
        GREETING,
        WHY,
        'What I did at Globex:\n\n- Ran the on-call rota for payments.\n- Wrote the audit guide.\n- Rebuilt the payouts ledger, and reconciliation fell from six hours to 20 minutes.',
        FIT,
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'headings do not count as paragraphs',
      text: letter(GREETING, WHY, '## What I have built', STORY_WORDS, '## Why Northwind', FIT, CLOSE, SIGNOFF),
    },
    {
      name: 'a contact header and a greeting do not count as paragraphs',
      text: letter('Ana Ruiz\nana@example.com\n+44 7700 900123', GREETING, WHY, STORY_NUMBERS, FIT, CLOSE, SIGNOFF),
    },
    {
      name: 'a story told only in a P.S. is not in the body',
      text: letter(GREETING, WHY, VALUES, FIT, CLOSE, SIGNOFF, 'P.S. At Globex I rebuilt the payouts ledger that moves $40M a day.'),
    },
    {
      name: 'a plain-text letter with CRLF line ends, the story in paragraph 2',
      format: 'text',
      text: letter('Hi Sam,', WHY, STORY_NUMBERS, FIT, CLOSE, SIGNOFF).replace(/\n/g, '\r\n'),
    },
    {
      name: 'an early first-person account of work without a system noun counts: "we have developed", "I\'ve been … building", "were built"',
      text: letter(GREETING, WHY, 'On my first project we have made a partnership with a research lab, using dependent types for smart contracts.', STORY_WORDS, CLOSE, SIGNOFF),
    },
    {
      name: 'a graduate student building simulations, early on',
      text: letter(GREETING, WHY, "For two years I've been a graduate student building 3-D simulations of the golf swing. The simulations were built in MapleSim.", STORY_WORDS, CLOSE, SIGNOFF),
    },
    {
      name: 'a late list that its lead-in calls strengths is a list of claims, not a story',
      text: letter(
        GREETING,
        WHY,
        VALUES,
        'Some key strengths I bring to this role include:\n\n1. Strong problem-solving skills.\n2. An obsession with writing efficient code, as my work on improving search times by 200% shows.',
        CLOSE,
        SIGNOFF,
      ),
    },
    {
      name: 'a late list of labelled skills is a résumé section, not a story',
      text: letter(
        GREETING,
        WHY,
        VALUES,
        '**Key skills:**\n\n* **Test strategy:** I rebuilt the regression suite, which cut regression time by 30%.\n* **Defects:** I triage issues in JIRA every day.',
        CLOSE,
        SIGNOFF,
      ),
    },
    ...[
      'I enhanced the ROS 2 Whisper open-source project by adding live transcription.',
      'In my last role I deployed two Android apps for field technicians.',
      'I co-founded a tutoring product with two classmates and wrote most of its code.',
      'In my second year I soldered two controller boards for robot arms.',
      'Today I build and maintain data pipelines for pricing models.',
    ].map((p2) => ({ name: `paragraph 2 tells of a piece of work with a wider verb: "${p2}"`, text: letter(GREETING, WHY, p2, VALUES, STORY_NUMBERS, CLOSE, SIGNOFF) })),
  ],
  invalid: [
    {
      name: 'three short paragraphs, over 20 words, before the story',
      text: letter(GREETING, 'I am applying for the Backend Engineer role at Northwind.', 'I found it through a friend on your team, who told me about your work on payouts.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 9, message: 'body paragraph 4' }],
    },
    // Paragraph 2 that tells no story of the writer's, so the story in paragraph 3 is reported.
    ...[
      // Session 34, blind set lws6: the letter called an application, and "that" opening a clause after a colon.
      ['the letter itself is no app: "Please accept this letter as my application for the role"', 'Please accept this letter as my application for the Staff Engineer position, which I read about on your blog.'],
      ['"that" opening a clause is no pointer: "convictions: that service level objectives…"', 'Over the years I have come to hold a few convictions: that service level objectives are only useful when owners agree to them.'],
      ['the reader\'s system told by how it was made is no story of the writer: "your platform, built on Kafka"', 'I have followed your platform, built on Kafka and Postgres, since its launch.'],
      ['finding the reader\'s project is no story: "I found the project on your careers page"', 'I found the project on your careers page and read its design notes twice.'],
      ['a present verb of making on what one grows is no story: "I develop strong relationships"', 'I develop strong relationships with the people I work with.'],
      ['a belief or a joining in the past is no story: "I always believed software…", "I joined a club"', 'I have always believed that software can change lives, and I joined the robotics club with that in mind.'],
      ['the reader\'s setup or workflow is no story of the writer: "your team\'s setup"', 'I have read about your team\'s setup and the review workflow your engineers describe.'],
      ['the hiring process and a tech stack tell no story', 'I enjoyed the hiring process so far, and I like the tech stack you use.'],
      ['a participle that describes the writer is no subjectless story: "Trained as a physicist…"', 'Trained as a physicist, I came to software through data analysis.'],
      ['a job held, not a thing made: "Worked as a waiter…"', 'Worked as a waiter through university, which taught me patience.'],
      ['a company\'s app read about and wished for', "I have read about Acme's mobile app, and I want to build one like it."],
      ["the reader's own system, pointed at by its name (session-25 blind set, w42)", "I've wanted to work on payments since I was a teenager, and Northwind's settlement engine is what I find most exciting."],
      ['the reader\'s work, or the writer\'s wished for', 'I admire your work on the payments API. I hope my work at Northwind will include the search service.'],
    ].map(([name, p2]) => ({
      name: name!,
      text: letter(GREETING, WHY, p2!, STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 7, message: 'body paragraph 3' }],
    })),
    // Lists under a lead-in of projects or highlights that are no work of the writer's (session 30).
    {
      name: "a list of the reader's projects the writer would like to work on",
      text: letter(GREETING, WHY, 'Projects at Northwind I would love to work on:\n\n- the payments ledger\n- the mobile app', STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 10, message: 'body paragraph 3' }],
    },
    {
      name: 'a list of subjects under "Highlights"',
      text: letter(GREETING, WHY, 'Highlights of my degree:\n\n- distributed systems\n- compilers\n- databases', STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 11, message: 'body paragraph 3' }],
    },
    {
      name: 'a short sentence that ends in a stop is a paragraph of its own',
      text: letter(GREETING, 'I love ledgers.', WHY, STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 7, message: 'body paragraph 3' }],
    },
    {
      name: 'a wider verb of making on skills or on people is no story: "I developed strong soft skills", "I trained new hires"',
      text: letter(GREETING, WHY, 'I developed strong soft skills as a tutor, and I trained new hires at the library.', STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 7, column: 1, message: 'body paragraph 3' }],
    },
    {
      name: "paragraph 2 names the reader's system or a wish, not the writer's",
      text: letter(GREETING, WHY, 'I would love to work on the checkout service, and your platform is why I applied.', STORY_WORDS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_WORDS, line: 7, column: 1 }],
    },
    {
      name: 'a project named without a thing built, and work taken part in without one, are no story',
      text: letter(GREETING, WHY, 'My project management skills are strong, and my work on communication is a project that is never done.', VALUES, STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 9, message: 'The first system story is in body paragraph 4; move it up to the second' }],
    },
    {
      name: 'a mission or a wish in paragraph 2 is not the writer\'s work: "your mission of building", "I took the initiative"',
      text: letter(GREETING, WHY, 'I am drawn to your mission of building tools for finance teams, and I took the initiative to learn accounting.', STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 7, column: 1, message: 'body paragraph 3' }],
    },
    {
      name: 'a late list of stories without labels still counts',
      text: letter(GREETING, WHY, VALUES, `Highlights from Globex:\n\n- ${STORY_NUMBERS}\n- I ran on-call for the ledger.`, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 9, column: 3, message: 'body paragraph 3' }],
    },
    {
      name: 'the story in paragraph 3, with numbers',
      text: letter(GREETING, WHY, VALUES, STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 7, column: 1, message: 'body paragraph 3; move it up to the second', suggestion: 'the payouts ledger' }],
    },
    {
      name: 'the story in paragraph 4, without numbers',
      text: letter(GREETING, WHY, VALUES, FIT, STORY_WORDS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_WORDS, line: 9, column: 1, message: 'body paragraph 4' }],
    },
    {
      name: 'the story sentence is quoted, not the paragraph it sits in',
      text: letter(GREETING, WHY, VALUES, `Payments have been my work for six years. ${STORY_WORDS} It still runs.`, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_WORDS, line: 7, column: 43 }],
    },
    {
      name: 'a stack list is one paragraph: the story after it is in paragraph 3',
      text: letter(GREETING, WHY, 'My stack:\n\n- Go\n- PostgreSQL\n- Kafka\n- Terraform', STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 12, column: 1, message: 'body paragraph 3' }],
    },
    {
      name: 'a move to a city is not a story: "I moved to Berlin to be near the fintech scene"',
      text: letter(GREETING, WHY, 'I moved to Berlin in 2019 to be near the fintech scene and its banks.', STORY_WORDS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_WORDS, line: 7, column: 1 }],
    },
    {
      name: 'the story in paragraph 5, after four of motivation',
      text: letter(GREETING, WHY, VALUES, FIT, 'I read the engineering blog every week, and the posts on audits are my favourite.', STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 11, column: 1, message: 'body paragraph 5' }],
    },
    {
      name: 'a story told only as a figure and a verb: "cut p99 from 900 ms to 180 ms"',
      text: letter(GREETING, WHY, VALUES, 'Last spring I cut checkout p99 from 900 ms to 180 ms.', CLOSE, SIGNOFF),
      errors: [{ actual: 'Last spring I cut checkout p99 from 900 ms to 180 ms.', line: 7, column: 1 }],
    },
    {
      name: 'a letter without a greeting counts from its first paragraph',
      text: letter(WHY, VALUES, STORY_WORDS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_WORDS, line: 5, column: 1, message: 'body paragraph 3' }],
    },
    {
      name: 'a plain-text letter, the story in paragraph 3',
      format: 'text',
      text: letter('Hi Sam,', WHY, VALUES, STORY_NUMBERS, CLOSE, SIGNOFF),
      errors: [{ actual: STORY_NUMBERS, line: 7, column: 1 }],
    },
  ],
});
