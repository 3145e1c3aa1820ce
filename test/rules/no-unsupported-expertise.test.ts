import rule from '../../rules/no-unsupported-expertise.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  // Every valid case uses the words of a claim in an ordinary sense, or as someone else's claim.
  valid: [
    { name: 'an expert someone else is, or the writer hopes to become', text: 'I worked with a Kafka expert on the ledger. Our team hired a security expert last year. I want to become a Go expert.' },
    { name: 'a scrum master of a team, and skills to be mastered later', text: 'I am the scrum master of a cross-functional team, and I want to turn my proficient skills into mastered ones.' },
    { name: 'experts, plural, who are someone else', text: 'I worked closely with domain experts in finance on the VAT rules.' },
    { name: 'a degree: "a Master of Science"', text: 'I hold a Master of Science in Computer Science from Leeds.' },
    { name: 'a degree the exclusions do not list, capitalised as a title', text: 'I earned a Master of Data Science in 2019.' },
    { name: 'a master\'s degree as some writers put it: "I mastered in Computer Science"', text: 'I mastered in Computer Science from Pune University in 2019.' },
    { name: 'the master branch', text: 'I merged the fix into the master branch after two reviews.' },
    { name: 'ranks and titles others give, capitalised mid-sentence', text: 'I am an Expert on Codeforces, a Microsoft Certified Expert in Azure and a Google Developer Expert.' },
    { name: 'a contest rank in lower case', text: 'I became an expert on Codeforces after two years of contests.' },
    { name: 'a writer named Guru', text: "My name is Guru and I build payment systems. I'm Guru, a backend engineer from Pune." },
    { name: 'kinds of things that are expert', text: 'I built an expert system in Prolog and earned an expert-level certification in networking.' },
    // From the session-30 blind set (exp2): five look-alikes the rule took for claims.
    { name: 'a title denied: "I\'m not a rockstar or a ninja"', text: "Your ad asks for a rockstar. I'm not a rockstar or a ninja; I'm a careful frontend developer." },
    { name: 'a dataset annotated by experts', text: 'I trained a segmentation model on an expert-annotated dataset of lung CT scans.' },
    { name: "someone else's title, set off after their name", text: "I learned modelling from Tom Ashworth, our FP&A lead and the finance team's resident Excel guru, who reviewed my formulas." },
    { name: 'the last word of a quoted talk title', text: 'Talks I have given:\n\n- **"Hello, Rockstar"** at PyCon Ireland, a lightning talk about a joke language.\n' },
    { name: '"I master" of a degree, of the basics, of new skills', text: 'I master in computer science from Delhi University. I master the basics first. Every day I master new skills.' },
    { name: 'a contest rank after a colon, a world-class thing with a word between', text: 'Codeforces: Expert\n\nI studied at a world-class research university.' },
    { name: 'expert knowledge gathered or built into a thing, an expert met, a contest rank in brackets', text: 'I built an expert knowledge base for our support agents. I captured expert knowledge from our senior nurses. I interviewed an expert of the ministry about permits. I reached Codeforces (Expert) in 2022.' },
    { name: 'a nickname others give someone, in quotes (session 31, blind set exp7)', text: 'On your forum I learn a lot from a regular everyone calls the "routing guru".' },
    { name: 'the reader greeted by name, a hyphenated name holding "expert in" (session 31, blind set exp6)', text: 'Hi Guru,\n\nAt Keystrel I built an expert-in-the-loop data collection system.' },
    { name: 'a first name given in full elsewhere in the letter (session 31, blind set exp5)', text: 'Guru Subramanian, a Staff Engineer in your platform team, referred me. Guru and I worked together at Infonest for three years.' },
    { name: 'the expert someone else hired or met', text: 'We hired the expert in tax law to review the VAT rules, and I met the expert in charge of the audit.' },
    // From the session-31 blind set (exp4): look-alikes of the forms above.
    { name: "someone else's title after their name, a comma before the name", text: 'A lot of what I know I learned from my mentor at Lenard, Walter Brandt, an expert in signal integrity who designed boards for thirty years.' },
    { name: 'a word of a quoted talk title, mid-title', text: 'One speaker gave a talk called "How I Mastered Transformers in 30 Days". I read "Why I Became an Expert Witness" last year.' },
    { name: 'masters that are degrees, roles and parts', text: "I am a Master's candidate at Cornell, a Scrum Master for two teams and an SPI master on the sensor bus. I pursued a Master\u2019s by 21." },
    { name: "others' skills called world-class", text: "Your engineers' skills are world-class, and your team's knowledge is world class too." },
    { name: 'a recording mastered', text: 'I also mixed and mastered the soundtrack for our student film.' },
    { name: 'a series mixed and mastered, a record recorded, mixed, mastered (session 32, blind set exp9)', text: 'Last year I mixed and mastered a ten-part narrative series. I recorded, mixed and mastered an album for a local choir.' },
    { name: 'things made or run by experts: "an expert-led course"', text: 'I completed an expert-led course on Kubernetes security and an expert-reviewed capstone.' },
    { name: 'their world-class support team', text: 'Your world-class support team answered my first ticket in four minutes.' },
    { name: 'their world-class engineering, as a noun that is not a person', text: 'Northwind has world-class engineering documentation.' },
    { name: 'an expert the team hired', text: 'We hired an expert in tax law to review the VAT rules.' },
    { name: 'an expert the writer worked with', text: 'I worked with an expert in tax law on the VAT rules.' },
    { name: 'a disclaimer: "I\'m no expert in"', text: "I'm no expert in Rust, but I have shipped two services in it." },
    { name: 'an aim, not a claim', text: 'I want to become an expert in query planning.' },
    { name: 'engineers the writer would learn from', text: 'I want to learn from world-class engineers.' },
    { name: 'a human expert in the loop', text: 'A human expert in the loop reviews each flagged payment.' },
    { name: 'a team that mastered something', text: 'Our team mastered the new deploy flow in a week.' },
    { name: 'the basics mastered, mastery sought, the reader\'s mastery', text: "I have mastered the basics of Go, I am working towards mastery of Rust, and your team's mastery of Kafka impressed me." },
    { name: '"Ninja Van", a company (decided: a name, not a claim)', text: 'At Ninja Van I built the dispatch service for 2,000 riders.' },
    { name: '"Rockstar Games", a company, at the start of a sentence', text: 'Rockstar Games hired me as a build engineer in 2018.' },
    { name: '"A Cloud Guru", a course provider', text: 'I learned Terraform from A Cloud Guru courses.' },
    { name: 'a capitalised name before the thing it names: "the Guru app", "the Ninja plugin"', text: 'The Guru app I built helps students book tutors. I published the Ninja plugin for VS Code.' },
    { name: '"10x" as a speed-up', text: 'The new build is 10x faster than the old one.' },
    { name: 'ninja, the build system', text: 'I replaced make with ninja, and the ninja build files now take 40 seconds to generate.' },
    { name: 'a world-class platform is praise for a thing', text: 'I helped build a world-class developer platform for 300 engineers.' },
    { name: 'a denial: "I don\'t know everything about"', text: "I don't know everything about Kafka, but I know its consumer groups well." },
    { name: 'fluent in all three languages', text: 'I am fluent in all three of the languages our customers write in.' },
    { name: 'experience in some areas, not all', text: 'I have extensive experience in payments and some in search.' },
    // The labels read no mastery word in breadth claimed (the dev half's one case): experience is not expertise.
    { name: 'experience with every part of a process', text: 'I have extensive experience with every aspect of the software development process.' },
    { name: "someone else's mastery set off by a comma, after a person or a teacher", text: 'My mentor, a seasoned expert in databases, reviewed my schema. I trained under Dana, a true expert in Go.' },
    { name: 'an expert someone else is, as an apposition or a teacher', text: 'My manager, a true Python guru, taught me to profile. I studied under a machine learning guru at Stanford.' },
    { name: 'titles given to a group or to others, plural', text: 'I read every book by performance gurus like Brendan Gregg, and I value kind teams over rockstar teams.' },
    { name: 'an aim put as "to become" or "to be"', text: 'I would love to become an expert in distributed databases. My goal is to be an expert in cloud security.' },
    { name: 'expert as a kind of model or user', text: 'I trained an expert model for each category and designed screens for an expert user.' },
    { name: 'nothing mastered', text: 'I mastered nothing overnight; each skill came from shipping.' },
    { name: 'the 10x engineer as a myth, an exam at expert level, world-class work as an aim', text: 'I do not believe in the myth of the 10x engineer. I passed an expert-level exam. I want a team where I can contribute to create world class products.' },
    { name: '"As an expert …" said of someone else', text: 'As an expert in tax law explained to me, VAT rules change often. As a former colleague of a Kafka expert, I learned a lot.' },
    // Session 33, blind set exp10: a build tool named elsewhere in the letter, a team lead's title.
    { name: 'a build tool the letter names elsewhere, at a sentence\'s start', text: 'I led the migration to CMake with the Ninja generator. Ninja alone cut our no-op build to two seconds.' },
    { name: "a team lead's title set off by a comma", text: 'When my team lead, a real rockstar who had built half of our checkout, moved on, I stepped in.' },
    { name: '"as an expert" said of someone else, with no "I" after it', text: 'The rules were drafted by Dana, who as an expert in tax law had seen them change often.' },
  ],
  invalid: [
    // Session 33, blind set exp10: a label line, a title taken mid-sentence, "mastery on".
    { name: 'a skills line labelled "Expert:"', text: 'Skills:\n\n- Expert: Python, Go\n- Familiar: Rust\n', errors: [{ actual: 'Expert', line: 3 }] },
    { name: '"as an expert in …" the writer\'s, mid-sentence', text: 'During the migration of the billing service, which as an expert in event-driven design I planned end to end, we cut processing to forty minutes.', errors: [{ actual: 'expert in', line: 1 }] },
    { name: '"a complete mastery on", as some writers put it', text: 'I have a complete mastery on Selenium and Appium.', errors: [{ actual: 'mastery on', line: 1 }] },
    { name: 'mastered after another verb of the writer\'s, not a recording\'s', text: 'I learned and mastered Kubernetes in a year.', errors: [{ actual: 'mastered', line: 1 }] },
    {
      name: 'a nickname given to the writer',
      text: 'My team calls me the "Kafka guru".',
      errors: [{ actual: 'guru', line: 1 }],
    },
    {
      name: '"I master the" a framework, in some writers\' English (session 31, blind set exp6)',
      text: 'I master the Spring framework and Hibernate, and I use them every day.',
      errors: [{ actual: 'I master', line: 1 }],
    },
    {
      name: '"the expert in", "expert for", in some writers\' English (session 31, blind set exp5)',
      text: 'I am the expert in Juniper and Cisco routing. I am expert for AWS networking.',
      errors: [{ actual: 'expert in', line: 1 }, { actual: 'expert for', line: 1 }],
    },
    {
      name: 'world-class with two words between, as a predicate; a master title claimed; a fragment after the writer\'s own name (session 31, blind set exp4)',
      text: "I'm a world-class distributed systems engineer. My MLOps skills are world-class. I'm a SQL master who enjoys a good window function. Hi, I'm Sam Lee, an expert in Kafka.",
      errors: [{ actual: 'world-class distributed systems engineer', line: 1 }, { actual: 'skills are world-class', line: 1 }, { actual: 'a SQL master', line: 1 }, { actual: 'expert in', line: 1 }],
    },
    {
      name: 'self-ratings in a table, after dot leaders and after a colon; world-class with a word between (session 30, blind set exp3)',
      text: '| Skill | Level |\n| --- | --- |\n| Bazel | Expert |\n\nGo ........ expert\n\nRust: expert\n\nI am a world-class reverse engineer of mobile firmware.',
      errors: [{ actual: 'Expert', line: 3 }, { actual: 'expert', line: 5 }, { actual: 'expert', line: 7 }, { actual: 'world-class reverse engineer', line: 9 }],
    },
    { name: 'mastery in the present, in some writers\' English', text: 'I master STM32 HAL and FreeRTOS very well.', errors: [{ actual: 'I master', line: 1 }] },
    {
      name: 'a self-rating in a skills line, expert knowledge held, "expert of" (session 30, blind set exp2 and the dev half)',
      text: 'My skills: Python and PyTorch (expert), Go (intermediate). I have expert knowledge in Go and gRPC. I am expert of Selenium and Appium.',
      errors: [{ actual: '(expert)', line: 1 }, { actual: 'have expert knowledge', line: 1 }, { actual: 'expert of', line: 1 }],
    },
    {
      name: "the writer's own title after a person's name and a comma, and a title not denied",
      text: "As Tom Ashworth said, I am the team's resident Excel guru. I'm a rockstar, not a manager.",
      errors: [{ actual: 'guru', line: 1 }, { actual: 'rockstar', line: 1 }],
    },
    {
      name: "the writer's own mastery set off by a comma after a title, not a person",
      text: 'Backend engineer, a true expert in Kafka and Postgres.',
      errors: [{ actual: 'expert in', line: 1 }],
    },
    {
      name: 'claims from a blind set: the writer\'s title after "As", expert-level in a list, world-class work and a world-class debugger',
      text: 'As a test automation expert with eight years of experience, I lead QA.\n\n- Expert-level SQL and dbt\n\nI produce world-class API documentation, and I\'m a world-class debugger.',
      errors: [{ actual: 'expert with', line: 1 }, { actual: 'Expert-level', line: 3 }, { actual: 'produce world-class', line: 5 }, { actual: 'world-class debugger', line: 5 }],
    },
    {
      name: 'expert-level knowledge, and a title the writer is given',
      text: 'I have expert-level knowledge of PostgreSQL. People call me the SQL guru of my team.',
      errors: [{ actual: 'expert-level', line: 1 }, { actual: 'guru', line: 1 }],
    },
    {
      name: 'expertise claimed after a label, and on a technology',
      text: '**Technical Excellence:** Expert in Laravel and Vue. I am also an expert on Kubernetes.',
      errors: [{ actual: 'Expert in', line: 1 }, { actual: 'expert on', line: 1 }],
    },
    {
      name: 'capitalised titles taken with an article or a kind',
      text: "I am a Python Guru and a true Ninja at debugging. I'm the resident Guru on our team for anything Postgres.",
      errors: [{ actual: 'Guru', line: 1 }, { actual: 'Ninja', line: 1 }, { actual: 'Guru', line: 1 }],
    },
    {
      name: 'the title of expert claimed',
      text: "I'm a C# expert who understands memory management.",
      errors: [{ actual: 'a C# expert', line: 1 }],
    },
    {
      name: 'a framework mastered, not the basics',
      text: 'Since those humble beginnings I have mastered the Magento framework in PHP.',
      errors: [{ actual: 'mastered', line: 1 }],
    },
    {
      name: '"expert in"',
      text: 'I am an expert in Kubernetes and have run it since 2019.',
      errors: [{ actual: 'expert in', line: 1, column: 9, message: 'Claim of expertise "expert in"', suggestion: 'Say what you did and how deep it went' }],
    },
    {
      name: 'a curly contraction: "I’m a recognised expert on"',
      text: 'I\u2019m a recognised expert on Kafka consumer groups.',
      errors: [{ actual: 'expert on', line: 1, column: 18 }],
    },
    {
      name: 'a résumé fragment: "Expert in Go…"',
      text: 'Expert in Go, Kafka and PostgreSQL.',
      errors: [{ actual: 'Expert in', line: 1, column: 1 }],
    },
    {
      name: 'a claim put in a manager\'s mouth',
      text: 'My manager calls me an expert at Postgres tuning.',
      errors: [{ actual: 'expert at', line: 1, column: 24 }],
    },
    {
      name: 'mastery claimed, and an art mastered',
      text: 'My mastery of Python is evident.\nI mastered the art of debugging.',
      errors: [
        { actual: 'mastery of', line: 1, column: 4 },
        { actual: 'mastered the art', line: 2, column: 3 },
      ],
    },
    {
      name: '"master of" and "mastered"',
      text: "I am a master of distributed systems.\nI've mastered Kafka's internals.",
      errors: [
        { actual: 'master of', line: 1, column: 8 },
        { actual: 'mastered', line: 2, column: 6 },
      ],
    },
    {
      name: 'hyphen and space variants: "world-class", "world class"',
      text: 'I am a world-class engineer and a world class architect.',
      errors: [
        { actual: 'world-class engineer', line: 1, column: 8 },
        { actual: 'world class architect', line: 1, column: 35 },
      ],
    },
    {
      name: 'rockstar, rock-star and a capitalised "Python Ninja"',
      text: "I'm a rockstar developer, a rock-star on call and a Python Ninja.",
      errors: [
        { actual: 'rockstar', line: 1, column: 7 },
        { actual: 'rock-star', line: 1, column: 29 },
        { actual: 'Ninja', line: 1, column: 60 },
      ],
    },
    {
      name: 'guru',
      text: 'Friends call me the backend guru of our office.',
      errors: [{ actual: 'guru', line: 1, column: 29 }],
    },
    {
      name: '"10x engineer" in either case',
      text: 'I am a 10x engineer, or a 10X developer on a good day.',
      errors: [
        { actual: '10x engineer', line: 1, column: 8 },
        { actual: '10X developer', line: 1, column: 27 },
      ],
    },
    {
      name: '"fluent in every…"',
      text: 'I am fluent in every major cloud and have worked on its networking.',
      errors: [{ actual: 'fluent in every', line: 1, column: 6 }],
    },
    {
      name: '"deep expertise across every…" and "proficiency with all…"',
      text: 'I bring deep expertise across every layer of the stack and proficiency with all major databases.',
      errors: [
        { actual: 'expertise across every', line: 1, column: 14 },
        { actual: 'proficiency with all', line: 1, column: 60 },
      ],
    },
    {
      name: '"know everything about" and "unmatched expertise"',
      text: 'I know everything about Postgres replication and have unmatched expertise in queues.',
      errors: [
        { actual: 'know everything about', line: 1, column: 3 },
        { actual: 'unmatched expertise', line: 1, column: 55 },
      ],
    },
    {
      name: 'a plain-text letter, the claim in its second paragraph',
      format: 'text',
      text: 'Dear Ms. Okafor,\r\n\r\nAt Globex I owned the ledger.\r\nI consider myself an expert in double-entry bookkeeping.\r\n',
      errors: [{ actual: 'expert in', line: 4, column: 22 }],
    },
  ],
});
