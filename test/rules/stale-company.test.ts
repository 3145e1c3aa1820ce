import rule from '../../rules/stale-company.js';
import { ruleTester } from '../rule-tester.js';

const fm = (company: string) => `---\ncompany: ${company}\n---\n\n`;
const run = (...companies: string[]) => ({ companies: new Set(companies) });

ruleTester(rule, {
  valid: [
    // Session 34, blind set stale1: the same phrases of someone else's job, of the past, or of no company.
    // A name after "represent", "start at" or "bring … to" that is a country, a day or a city.
    { name: 'a country represented, skills brought to a city, a start on a day', text: `${fm('Northwind')}It was an honour to represent Poland at the 2019 olympiad. I would love to bring this experience to Berlin, and I can start at Monday next week.` },
    { name: 'a sister\'s job at a competitor', text: `${fm('Lattice & Loom')}A small disclosure first, since it will come up: my sister works as a product designer at Quenby.` },
    { name: 'a start and a representing told in the past', text: `${fm('Northwind')}I started at Globex in 2019 and represented Globex at two conferences.` },
    { name: 'experience brought to the team, part of the open-source family, the ground hit running at my last job', text: `${fm('Northwind')}I would love to bring this experience to your team. I am proud to be part of the Rust community, and I hit the ground running at my last job.` },
    { name: 'one company named twice as the one applied to', text: 'Sam Lee\n\nI can bring this as an engineering manager at Scandit. I would love to contribute to the Scandit team.' },
    { name: 'a team, not a company, after "contribute to the"', text: 'I am confident I can contribute to the Engineering team at FulcrumAir. I am eager to bring my skills to FulcrumAir.' },
    { name: 'a past job said as "as an engineer at", without a modal', text: 'I worked as an engineer at Globex. I would love to contribute to the Initech team.' },
    { name: 'a greeting to the HR team names no company', text: 'To the HR Team:\n\nI am excited to apply for the Frontend Developer position at Toppa Solutions.\n\nBest,\nKhai' },
    { name: 'the writer\'s history told in the past: an interview, a summer of applying, what joining taught', text: `${fm('Northwind')}Before that I interviewed for a position at Acme. I spent a summer applying to Google and Meta. I would bring what I learned joining Globex as its first hire.` },
    { name: 'an aim the writer had, told in the past', text: `${fm('Northwind')}My dream was always to join the team at Pixar, and it led me to graphics. My goal had been to apply to Weta.` },
    {
      name: 'communities, programmes and rotations joined, not companies',
      text: `${fm('Northwind')}I would love to join the Hack Club community events and the Women Who Code network. I am applying to join the Google Summer of Code as a mentor. I am keen to join the On-Call rotation and the Open Source Program Office.`,
    },
    { name: 'where the posting was seen, and a job held, told with irregular pasts', text: `${fm('Northwind')}I saw the posting at Wellfound. I can bring this as a manager at Northwind, as I did as a lead at Initech.` },
    { name: 'a team the writer volunteers for', text: `${fm('Northwind')}In my free time I contribute to the Mozilla Firefox team as a tester.` },
    { name: "someone else's move, and a dated one", text: `${fm('Northwind')}My mentor, who left to join Microsoft, taught me review. Classmates went on to join Meta and Netflix. Joining Initech in 2020 taught me ownership.` },
    { name: "a company's own brand or subsidiary named as the place to join", text: `${fm('Google')}I would love to join YouTube and help its creators. I am applying for the role with Google DeepMind.` },
    { name: 'a subsidiary addressed, its parent named', text: `${fm('AWS')}I am applying for the SDE II role at Amazon.` },
    { name: 'a past employer at the start of a sentence', text: `${fm('Northwind')}At Globex I built the payouts ledger that moves $40M a day.` },
    { name: 'a past employer with a comma', text: `${fm('Northwind')}At Globex, we moved settlement from nightly batches to Kafka.` },
    { name: 'a previous role at another company', text: `${fm('Northwind')}In my previous role at Globex I owned the billing API.` },
    { name: 'a first job at another company', text: `${fm('Northwind')}In my first job at Globex Media we re-embedded the whole catalogue.` },
    {
      name: 'a team at a past employer',
      text: `${fm('Northwind')}Since 2023 I have been an engineer on the internal tools team at Globex Software.`,
    },
    { name: 'the letter joining its own company', text: `${fm('Northwind')}I would love to join Northwind and work on your ledger.` },
    { name: 'a longer form of its own name', text: `${fm('Northwind Pay')}I am applying for the Backend Engineer role at Northwind.` },
    { name: 'a team of its own company', text: `${fm('Northwind')}I would like to join the Payments team and its on-call rotation.` },
    {
      name: 'a team named like a product, which the letter itself puts inside its company',
      text: 'Dear Stripe team,\n\nI am applying to join the Link team at Stripe. I would love to contribute to the Link team. I hope to join Stripe\'s Atlas team one day, and to contribute to the Atlas team.',
    },
    { name: 'a greeting to a reader at the company, and that company joined', text: 'Dear Hiring Manager at Greenbank Cooperative,\n\nI would love to contribute to Greenbank\'s mission and join Greenbank Cooperative.' },
    { name: "a recruiter's firm greeted about a role at its client", text: 'Dear Hays Recruitment team,\n\nI am applying for the Backend Engineer role at Globex that you advertised for your client. I would love to join Globex.' },
    { name: 'the same, with no company of its own', text: 'Hello,\n\nI am applying to join the Link team at Stripe. I would love to contribute to the Link team.' },
    { name: 'a technology after "apply to"', text: `${fm('Northwind')}The same retry rules apply to Postgres and to Kafka consumers.` },
    {
      name: "another letter's company named as a past employer",
      text: `${fm('Northwind')}At Globex I rebuilt the settlement job, and I worked at Initech before that.`,
      run: run('Northwind', 'Globex', 'Initech'),
    },
    {
      name: "another letter's company as the writer's employer in the header",
      text: `${fm('Northwind')}Dana Whitfield\nSenior engineer at Globex\n\nDear Ms. Okafor,\n\nI am applying for the Backend Engineer role at Northwind.`,
      run: run('Northwind', 'Globex'),
    },
    {
      name: "another letter's company in the sign-off",
      text: `${fm('Northwind')}Dear Sam,\n\nI would love to join Northwind.\n\nBest,\nDana Whitfield, Globex`,
      run: run('Northwind', 'Globex'),
    },
    {
      name: "the run's companies include the letter's own",
      text: `${fm('Northwind')}I would love to join Northwind, and Northwind's ledger post is why.`,
      run: run('Northwind'),
    },
    { name: 'a greeting to a team names no company', text: 'Dear Payments hiring team,\n\nI would love to join Northwind and work on your ledger.' },
    { name: 'a greeting to a team, and the role at the company', text: 'Hello Risk Engineering team,\n\nI am applying for the Backend Engineer role at Northwind.' },
    { name: 'a different company without a declared one of its own', text: 'Dear Sam,\n\nI liked the talk by an engineer at Globex about ledgers.' },
    { name: 'joining a company told as an event in the writer\'s history', text: `${fm('Shopify')}Since joining Vandelay Industries in May I've been leading a small team. After joining Globex I rebuilt its ledger.` },
    {
      name: 'a company given something in the past, without a modal, or in spare time',
      text: `${fm('Northwind')}I contributed to Globex's mission as its first SRE. I was an asset to Initech's platform team for four years. Being part of Hooli's search team taught me ownership. In my spare time I contribute to Mozilla's mission.`,
    },
    { name: "a technology's future or group, after the frames a company's name may also follow", text: `${fm('Northwind')}I would love to contribute to React's future. Each worker would join Kafka's consumer group on start.` },
    { name: 'joining a company as the subject of a verb in the past', text: `${fm('Marigold Labs')}Joining Umbrella straight out of school was a good start but a shock. Joining Initech in its second year taught me to ship.` },
    {
      name: 'who the writer waits to hear from: people and departments, which no frame can tell from a company',
      text: 'Dear Northwind hiring team,\n\nI look forward to hearing from the Hiring Team, Human Resources, Ms. Okafor and Sam Lee.',
    },
    { name: "a person's team, which a writer would join as readily as a company's", text: `${fm('Northwind')}I would love to be part of Sam's engineering team, and I would be an asset to Professor Chen's group.` },
    {
      name: 'an address block that names the company the opening applies to, and a legal form in the writer\'s own block',
      format: 'text',
      text: 'Dana Whitfield\nGlobex Ltd\n12 Main Street\n\n2 April 2025\n\nHiring Manager\nNorthwind Traders Inc.\n410 Front Street\n\nDear Hiring Manager,\n\nI am writing to apply for the Backend Engineer position at Northwind Traders.',
    },
    {
      name: 'two companies with legal forms in the later header blocks: neither is taken as the addressee',
      format: 'text',
      text: 'Dana Whitfield\n12 Main Street\n\nSenior engineer\nGlobex Ltd\n\nHiring Manager\nNorthwind Traders Inc.\n410 Front Street\n\nDear Hiring Manager,\n\nI am writing to apply for the Backend Engineer position at Initech.',
    },
    {
      name: 'working at another company told as the writer\'s job, their history or a wish that was',
      text: `${fm('Northwind')}I moved to Berlin and currently work at Globex. I started to work at Initech in 2019. My dream was to work for Pixar. I look forward to working with you at Northwind.`,
    },
    {
      name: 'a wish to work for a person: one with a title, and the one the letter greets',
      text: 'Dear Sam,\n\nI would love to work at Northwind. I look forward to working for Dr. Chen, and I would love to work for Sam.',
    },
    { name: 'the application this letter makes, to its own company', text: `${fm('Northwind')}Thank you for considering my application to Northwind.` },
    { name: 'its own name with another legal form', text: 'Dear Acme Inc. hiring team,\n\nI am applying for the Backend Engineer role at Acme Corporation, and I would love to join ACME.' },
    { name: 'its own name written with and without dots', text: `${fm('JPMorgan Chase')}I am applying for the Software Engineer role at J.P. Morgan.` },
    { name: 'its own name run together', text: 'Dear Hiring Manager at Red Hat,\n\nI am applying for the role at Red Hat. I want to join RedHat because I have used Fedora for years.' },
    { name: 'its own name by its initials', text: 'Dear Hiring Manager,\n\nI am excited to apply for the Data Engineer position at Procter & Gamble. I would love to join P&G and its data team.' },
  ],
  invalid: [
    // Session 34, blind set stale1: a reused letter's other ways of saying where the writer wants to be.
    ...[
      ['contributing at another company', 'I am very motivated to contribute at Stelbrook.', 'Stelbrook'],
      ['a start offered at another company', 'P.S. I could start at Tallowmere as early as June.', 'Tallowmere'],
      ['another company\'s team as the place to grow', "Corvane's platform team is exactly the place where I want to grow.", "Corvane's"],
      ['part of another company\'s family', 'I hope to become part of the Quarrystone family.', 'Quarrystone'],
      ['part of another company\'s next chapter', "I very much hope to be part of Ellory's next chapter.", "Ellory's"],
      ['the ground hit running at another company', 'I am confident I could hit the ground running at Marlow Analytics.', 'Marlow Analytics'],
      ['another company represented', 'I would be proud to represent Fairhaven as a developer advocate.', 'Fairhaven'],
      ['a long wish to work at another company', "P.S. I've wanted to work at Kestrel ever since I used its maps.", 'Kestrel'],
    ].map(([name, sentence, stale]) => ({ name: name!, text: `${fm('Northwind')}${sentence}`, errors: [{ actual: stale!.replace(/['\u2019]s$/, ''), line: 5 }] })),
    {
      name: 'with no company of its own, two companies each named as the one applied to',
      text: 'Sam Lee\n\nI build data platforms for machine learning teams.\n\nI believe I can bring this experience with me as an engineering manager at Scandit.\n\nI would be delighted to contribute to the AssemblyAI team.',
      errors: [{ actual: 'AssemblyAI', line: 7, message: '"AssemblyAI" is named as the company you are applying to, and so is "Scandit"' }],
    },
    {
      name: 'a company joined, then its community praised',
      text: `${fm('Northwind')}I would love to join Initech, whose community of builders I admire.`,
      errors: [{ actual: 'Initech', line: 5 }],
    },
    {
      name: 'an aim the writer has now still names the company applied to',
      text: `${fm('Northwind')}My dream is to join the team at Pixar.`,
      errors: [{ actual: 'Pixar', line: 5 }],
    },
    {
      name: 'a company of another group named in a big company\'s letter',
      text: `${fm('Google')}I would love to join Microsoft and help its developers.`,
      errors: [{ actual: 'Microsoft', line: 5 }],
    },
    {
      name: 'joining a different company',
      text: `${fm('Northwind')}I would love to join Globex and work on your ledger.`,
      errors: [{ actual: 'Globex', line: 5, column: 22, message: /"Globex" is named as the company you are applying to, but this letter is for "Northwind"/, suggestion: 'Replace "Globex" with "Northwind"' }],
    },
    {
      name: 'the role at a different company',
      text: `${fm('Northwind')}I am applying for the Senior Backend Engineer role at Globex.`,
      errors: [{ actual: 'Globex', line: 5, column: 55 }],
    },
    {
      name: 'a wish to work at another company with an adverb in it: "I would really like to work at"',
      text: `${fm('Bellhaven Digital')}I would really like to work at Copperfield Agency because I enjoy client work.`,
      errors: [{ actual: 'Copperfield Agency', line: 5 }],
    },
    {
      name: 'a greeting to a reader at the company names it, and another company\'s mission is a leftover (session 30, blind set stale3)',
      text: "Dear Hiring Manager at Greenbank Cooperative,\n\nWhat excites me is the chance to contribute to Northfield Credit Union's mission of fairer banking.",
      errors: [{ actual: 'Northfield Credit Union', line: 3 }],
    },
    {
      name: "a recruiter's firm greeted: the client the opening names is the letter's company, and another is still a leftover",
      text: 'Dear Hays Recruitment team,\n\nI am applying for the Backend Engineer role at Globex. I would love to join Initech.',
      errors: [{ actual: 'Initech', line: 3 }],
    },
    {
      name: 'a team named like a product at a different company is still another company',
      text: `${fm('Northwind')}I would love to contribute to the Link team. I am keen on joining the Link team at Stripe.`,
      errors: [{ actual: 'Link', line: 5 }, { actual: 'Stripe', line: 5 }],
    },
    {
      name: 'a team at a different company, after "join"',
      text: `${fm('Northwind')}I am keen on joining the payments team at Globex Pay this year.`,
      errors: [{ actual: 'Globex Pay', line: 5, column: 43 }],
    },
    {
      name: 'a target phrase after a present-tense adjective in -ed is still the letter\'s target',
      text: `${fm('Northwind')}I am thrilled and honoured to apply to Globex.`,
      errors: [{ actual: 'Globex', line: 5 }],
    },
    {
      name: 'applying to a different company',
      text: `${fm('Northwind')}That is why I am excited to apply to Globex.`,
      errors: [{ actual: 'Globex', line: 5, column: 38 }],
    },
    {
      name: 'your team at a different company',
      text: `${fm('Northwind')}I could help your platform team at Globex cut its deploy time.`,
      errors: [{ actual: 'Globex', line: 5, column: 36 }],
    },
    {
      name: 'the company from the greeting, another in the close',
      text: 'Dear Northwind hiring team,\n\nI would love to join Initech.',
      errors: [{ actual: 'Initech', line: 3, column: 22, message: 'this letter is for "Northwind"' }],
    },
    {
      name: "another letter's company, named in passing",
      text: `${fm('Northwind')}Dear Sam,\n\nGlobex's post on double-entry ledgers is why I am writing.`,
      run: run('Northwind', 'Globex'),
      errors: [{ actual: 'Globex', line: 7, column: 1, message: 'another letter in this run' }],
    },
    {
      name: "another letter's company in the greeting",
      text: `${fm('Northwind')}Dear Globex hiring team,\n\nI am applying for the Backend Engineer role.`,
      run: run('Northwind', 'Globex'),
      errors: [{ actual: 'Globex', line: 5, column: 6 }],
    },
    {
      name: 'both kinds in one letter, each reported once',
      text: `${fm('Northwind')}I would love to join Globex.\n\nInitech's settlement work is what I know best.`,
      run: run('Northwind', 'Globex', 'Initech'),
      errors: [
        { actual: 'Globex', line: 5, column: 22 },
        { actual: 'Initech', line: 7, column: 1 },
      ],
    },
    {
      name: 'a greeting to a team: the opening names the company, the close another',
      text: 'Dear Payments hiring team,\n\nI would love to join Northwind.\n\nI hope to hear from Globex soon, and to join Globex this spring.',
      errors: [{ actual: 'Globex', line: 5, column: 46, message: 'this letter is for "Northwind"' }],
    },
    {
      name: 'a company given the writer\'s work, said with a modal',
      text: `${fm('Rivian')}I would love to contribute to Lucid's mission. I am confident I would be an asset to Citadel Cyber's growth. I'd be thrilled to be part of Cortexa's future.`,
      errors: [{ actual: 'Lucid', line: 5 }, { actual: 'Citadel Cyber', line: 5 }, { actual: 'Cortexa', line: 5 }],
    },
    {
      name: 'joining a company as the subject of a verb to come',
      text: `${fm('Marigold Labs')}Joining Umbrella would let me work on one product for years.`,
      errors: [{ actual: 'Umbrella', line: 5 }],
    },
    {
      name: 'the company of the address block, and another in the opening',
      format: 'text',
      text: 'Aisha Bello\n48 Crescent Road\nLeeds LS6 2QD\n\n5 February 2024\n\nBrightwave Energy Ltd\n7 Wellington Place\nLeeds LS1 4AP\n\nDear Hiring Manager,\n\nI am writing to apply for the Backend Developer role at Solace Grid.',
      errors: [{ actual: 'Solace Grid', line: 13, message: /this letter is for "Brightwave Energy Ltd"/ }],
    },
    {
      name: 'a wish to work at another company',
      text: `${fm('Northwind')}I would love to work at Vireo. I look forward to working for Globex.`,
      errors: [{ actual: 'Vireo', line: 5 }, { actual: 'Globex', line: 5 }],
    },
    {
      name: 'the application considered, to another company',
      text: `${fm('Harbourside Bank')}Thank you for considering my application to Westgate Bank.`,
      errors: [{ actual: 'Westgate Bank', line: 5 }],
    },
    {
      name: 'a company named like its product, in a frame that names an employer',
      text: 'Dear Canva team,\n\nI am excited to apply for the QA Engineer role at Miro. I would be excited to join the SRE team at Stripe.',
      errors: [{ actual: 'Miro', line: 3 }, { actual: 'Stripe', line: 3 }],
    },
    {
      name: 'a company that only shares a first letter with its own',
      text: `${fm('Northwind Pay')}I would love to join NP Labs and its data team.`,
      errors: [{ actual: 'NP Labs', line: 5 }],
    },
    {
      name: 'a company whose name differs from its own past a legal form',
      text: 'Dear Acme Inc. hiring team,\n\nI am applying for the Backend Engineer role at Initech Corporation.',
      errors: [{ actual: 'Initech Corporation', line: 3 }],
    },
    {
      name: 'plain text',
      format: 'text',
      text: 'Dear Northwind team,\r\n\r\nI look forward to joining Globex.',
      errors: [{ actual: 'Globex', line: 3, column: 27 }],
    },
  ],
});
