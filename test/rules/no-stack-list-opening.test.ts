import rule from '../../rules/no-stack-list-opening.js';
import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../rule-tester.js';
import { wrapAt } from '../wrap.js';

// A story paragraph that follows many of the openings below, so that the letter around the
// opening is realistic and only the opening decides the finding.
const STORY =
  'At Globex I rebuilt the payouts ledger that moves $40M a day; reconciliation now takes 20 minutes instead of six hours.';
const CLOSE = 'Best,\nPriya Raman';

ruleTester(rule, {
  valid: [
    // Session 35, blind set stack14: one game the writer shipped, told with where and how it went; the
    // reader's company described with "whose".
    { name: 'one thing shipped, an appositive and where it went, then its parts', text: `Dear Ms. Okafor,\n\nLast spring I shipped Moss & Marrow, a small roguelike, on Steam: two years of weekends in Unity and C#, with audio through FMOD and cloud saves through Steamworks.\n\n${CLOSE}` },
    { name: 'two sentences of two tools each, the first of things the writer made with them', text: `Dear Ms. Okafor,\n\nAt my previous company I wrote mostly Scala and Akka, building the services behind a ticketing platform. Before that I worked with Ruby on Rails and MySQL at a small agency.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'infrastructure managed with two tools, then monitoring the writer built with two more', text: `Dear Ms. Okafor,\n\nAt my current company I manage our infrastructure with Terraform and Ansible. Our applications run on Kubernetes and I built the monitoring with Prometheus and Grafana.\n\n${STORY}\n\n${CLOSE}` },
    { name: '"whose" after the company the writer applies to is the company\'s list', text: `Dear Ms. Okafor,\n\nI'm applying to Northwind, whose stack is Go, Kafka, PostgreSQL and Redis.\n\n${STORY}\n\n${CLOSE}` },
    { name: '"whose" after a company the writer admires is that company\'s list', text: `Dear Ms. Okafor,\n\nI'm a longtime fan of Northwind whose platform runs on Go, Kafka, PostgreSQL and Redis.\n\n${STORY}\n\n${CLOSE}` },
    // Session 34, blind set stack12: the system just told described by its parts, with the writer in a clause;
    // a project told by how it was made; the thing told before its maker.
    { name: 'the new version of the system just told, its parts listed, the writer in a clause', text: `Dear Ms. Okafor,\n\nLast spring I rebuilt the order-routing service at Fernwell. The new version is a Go service that reads events off Kafka, keeps carrier state in Redis and writes routes to PostgreSQL, with Helm charts I wrote.\n\n${CLOSE}` },
    { name: 'a final-year project told by how it was made', text: `Dear Ms. Okafor,\n\nMy final year project at university was a plant disease detector built on PyTorch, OpenCV, Flask and a Raspberry Pi.\n\n${CLOSE}` },
    { name: 'the thing told before its maker', text: `Dear Ms. Okafor,\n\nThe thing I'm proudest of is a small internal tool: a release-notes generator we built on top of GitHub Actions, the GitHub GraphQL API, a Postgres table and a Slack webhook.\n\n${CLOSE}` },
    // Session 34, blind set stack11: one thing the writer made, its parts listed after; modules taken, named after a few words.
    { name: 'a website the writer built, what it is made of after a colon', text: `Dear Ms. Okafor,\n\nFor my final-year project I built a booking website for a barber: customers pick a slot on a Vue page, the Laravel backend checks the chairs in MySQL, and it all runs on a DigitalOcean droplet.\n\n${CLOSE}` },
    { name: 'an app the writer named, its parts listed', text: `Dear Ms. Okafor,\n\nOver the winter I built Sprout Swap, a plant-swap app: a Next.js front end, a Supabase database, Stripe for shipping labels and Mapbox for the map.\n\n${CLOSE}` },
    { name: 'modules studied, a few words before the list', text: `Dear Ms. Okafor,\n\nThis spring I finished my second year, where my modules so far have been Data Structures and Algorithms, Operating Systems, Database Design and Computer Networks.\n\n${STORY}\n\n${CLOSE}` },
    // Session 33, blind set stack6: a system the writer rewrote, named the sentence before; a field, not a tool.
    { name: 'the writer rewrote "it", the system the sentence before points at, in four technologies', text: `Dear Ms. Okafor,\n\nTwo years ago the shipment-tracking service at Tallow Freight was a nightly cron job. I rewrote it in Go as Kafka consumers writing into Postgres, and put a Grafana board in front of it.\n\n${CLOSE}` },
    { name: 'a technology that names the writer\'s field, beside three tools', text: `Dear Ms. Okafor,\n\nI develop Android apps since 2018, and in my current job I use mostly Kotlin, Jetpack Compose and Room.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'a story with five technologies and no word that announces a sample', text: `Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger in Go with Kafka, Postgres, Redis and gRPC, and reconciliation fell from six hours to 20 minutes.\n\n${CLOSE}` },
    { name: 'a story with four tools announced as "tools like": one or two more than mattered, not a kit', text: `Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger with tools like Go, Kafka, Postgres and Redis, and reconciliation fell from six hours to 20 minutes.\n\n${CLOSE}` },
    { name: 'a headline of name, role and stack before a letter with no greeting (session 30)', text: `Jane Doe \u2014 Full-stack developer (React, Node.js, AWS, Docker)\n\nI am applying for the Backend role at Northwind.\n\n${STORY}\n\n${CLOSE}` },
    {
      name: 'a name that says what kind its items are ("JavaScript frameworks including …") is their category',
      text: `Dear Ms. Okafor,\n\nI have worked across JavaScript frameworks including React, Vue.js and Nuxt.js.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'three areas, then a phrase hung on the sentence by "with": not two more items',
      text: `Dear Ms. Okafor,\n\nI am a CFD engineer specialising in turbulence modelling, HPC workflows and scientific machine learning, with benchmark-driven studies and large parametric simulation campaigns.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'names inside the writer\'s title with a hyphened word ("Full-stack and AI-focused developer") are the role',
      text: `Dear Ms. Okafor,\n\nFull-stack and AI-focused developer, building web apps with React on the front end and Java/Node on the back end.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a tool of a measured result told in a clause of its own is that story\'s, not the list\'s',
      text: `Dear Ms. Okafor,\n\nI specialise in Python, TensorFlow and React, crafting projects like a Chess Engine and a Weather Bot with 95% accuracy. and I\u2019ve slashed our test automation time by 70% using Selenium.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'seven technologies in a story of one system: still the story',
      text: `Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger with Go, gRPC, Postgres, Kafka, Redis, Docker and Kubernetes, and reconciliation fell from six hours to 20 minutes.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a field named with its kind of work ("full-stack web development") is one area, not two',
      text: `Dear Ms. Okafor,\n\nI specialise in full-stack web development, blockchain solutions and backend architectures.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a stack named by its initials, then three of its parts: three things, not four',
      text: `Dear Ms. Okafor,\n\nI am a MERN stack developer skilled in React, Node.js and MongoDB.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'three tools, then two areas set side by side by "between": a pair, not more items',
      text: `Dear Ms. Okafor,\n\nWith expertise in Laravel, Tailwind CSS and React, I bridge the gap between robust backend logic and engaging frontend experiences.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a three-word name with no slash is prose, and the list stops at it',
      text: `Dear Ms. Okafor,\n\nI am hands-on with Windows, Microsoft 365, Acme Support Portal and ZenMDM.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'the technologies one project was made of',
      text: `Dear Ms. Okafor,\n\nMy capstone project was a React Native app with a Node.js backend, MongoDB and Firebase auth for 300 students.\n\n${STORY}\n\n${CLOSE}`,
    },
    // Lists of marked names after a lead-in that are not tools: companies, places, certificates, rules.
    ...[
      ['companies after "familiar with"', 'I am familiar with Google, Amazon, Meta and Netflix engineering blogs.'],
      ['markets after "experienced in"', 'I am experienced in the UK, US, EU and APAC markets.'],
      ['first-aid certificates after "trained in"', 'I am trained in CPR, First Aid, OSHA 10 and AED use.'],
      ['compliance regimes after "familiar with"', 'I am familiar with SOC 2, HIPAA, GDPR and PCI DSS requirements.'],
      ['employers that are also products', "Over the past decade I've worked at Shopify, Stripe, Atlassian and Canva, and now I want to own more."],
      ['marked names without a lead-in', 'I grew up near NASA, ESA, JAXA and ISRO tracking stations.'],
    ].map(([name, opening]) => ({ name: `marked names: ${name}`, text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}` })),
    {
      // Authentication is left out of the skills for this reason: "and fixed authentication" would be a fourth item.
      name: 'APIs and an area named in a story of what was built',
      text: `Dear Ms. Okafor,\n\nI built Go APIs, microservices and deployments for checkout, and fixed authentication for our users.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'formats and models written as ordinary words',
      text: `Dear Ms. Okafor,\n\nI sent a json file, watched a soap opera, fed a llama and felt the mistral wind on the way to work.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a name before "framework" with too few known names beside it',
      text: `Dear Ms. Okafor,\n\nI worked with Java and the Spring ecosystem, and Acme framework docs.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'what is secured, related to the clouds by "across", is not one more item; electronics sold',
      text: `Dear Ms. Okafor,\n\nWith three years of experience automating and securing cloud infrastructure across AWS, Azure, and OpenShift, I can help your platform team. At Target I sold consumer electronics, furniture and groceries.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'one field written two ways is one item',
      text: `Dear Ms. Okafor,\n\nI bring machine learning, ML, data analysis and Python to research code.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: "three tools, and a company's name with its possessive after them",
      text: `Dear Ms. Okafor,\n\nI'm a frontend developer with three years of TypeScript, React and GraphQL, applying to Shopify's Checkout team.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a list below a separator line in plain text is not the opening',
      format: 'text',
      text: `Dear Ms. Okafor,\n\nI have used Linux since kernel 0.98 and still do.\n--------------\nI can also help with Go, Java, Ruby, JavaScript, Asterisk and Angular.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: "a field in the writer's title is the role, not a fourth item",
      text: `Dear Ms. Okafor,\n\nI'm a junior DevOps engineer (Docker, GitHub Actions, Terraform) applying for the platform role.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'subjects studied, listed as courses taken',
      text: `Dear Ms. Okafor,\n\nIn my final year I took Operating Systems, Compilers, Computer Graphics and Software Architecture, and liked compilers best.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'graphics and bus names inside one story of a system built',
      text: `Dear Ms. Okafor,\n\nI wrote the SPI driver for our sensor board, and the frame rate of the DirectX viewer rose from 20 to 60.\n\n${STORY}\n\n${CLOSE}`,
    },
    { name: 'experience with a technology that helped a story', text: `Dear Ms. Okafor,\n\nI rebuilt the ledger in Go and Postgres, and my experience with Kafka and Redis helped.\n\n${STORY}\n\n${CLOSE}` },
    {
      name: 'a sentence opening "As well as" that carries on no list',
      text: `Dear Ms. Okafor,\n\nI rebuilt the ledger in Go with Kafka. As well as that, I mentor two juniors on Postgres and Redis.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: "the role's title, and the writer's title beside a story",
      text: `Dear Ms. Okafor,\n\nI am applying for the Python/Django developer role, having used PostgreSQL and Celery. As a React/Redux developer I built the checkout in Next.js with Stripe.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a company or another thing named after "with" keeps the list theirs',
      text: `Dear Ms. Okafor,\n\nI am applying for a position with Acme, whose stack is Java, Kafka, Redis and AWS. The role with the most appeal uses Go, Kafka, Redis and AWS.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'mobile apps built, then three technologies: the apps are work, not an item',
      text: `Dear Ms. Okafor,\n\nWith my expertise in building popular mobile applications and proficiency in SwiftUI, Swift and Objective-C, I would be glad to join.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'the writer described, then the story: "I am a backend engineer who rebuilt the claims engine in…"',
      text: `Dear Ms. Okafor,\n\nI am a backend engineer who rebuilt the claims engine in Kotlin and Spring Boot on PostgreSQL and RabbitMQ.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a team named after the role, "with a stack of…": the list is the team\'s',
      text: `Dear Ms. Okafor,\n\nI am applying for the role at Acme, a team with a stack of Go, Kafka, Redis and AWS.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'after the role, a relative clause or the posting\'s own wish keeps the list theirs',
      text: `Dear Ms. Okafor,\n\nI am applying for the role at Acme, whose engineers are skilled in Go, Kafka, Redis and AWS. The posting asks for an engineer experienced in Java, Spring, Kafka and AWS.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'one name in the title of the role applied for is the role, not one more item',
      text: `Dear Ms. Okafor,\n\nI am applying for the Java Developer role at Globex, and I know Spring, Kafka and AWS.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'one name in the title of a position, then three the writer knows',
      text: `Dear Ms. Okafor,\n\nThe iOS Engineer position suits me, as I know SwiftUI, Combine and Core Data.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'games and virtual reality as pastimes beside two ordinary ones',
      text: `Dear Ms. Okafor,\n\nOutside work I enjoy hiking, cooking, video games and virtual reality.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'two skills written as one noun phrase ("deep learning algorithm") beside a short list',
      text: `Dear Ms. Okafor,\n\nI don't know the latest deep learning algorithm, but I know the basics of Machine Learning, Statistics and programming.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'ordinary words that name technologies only when capitalised',
      text: `Dear Ms. Okafor,\n\nOn Fridays we drink chai, order truffle fries and argue about a retrofit of the old realm map, the dagger and the hilt included; a workday, an eclipse or an impala can wait.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a working week of two skill areas among ordinary chores',
      text: `Dear Ms. Okafor,\n\nMy week is debugging, code review, mentoring, hiring and planning with product.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a subject named with "and" is one item: three areas, not four',
      text: `Dear Ms. Okafor,\n\nAs a second-year student I have been building my skills in data structures and algorithms, computer vision and web development.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a field that modifies the writer\'s background, beside three tools',
      text: `Dear Ms. Okafor,\n\nI come from a data science background and work with Python, SQL and Spark.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'fields that modify where the writer worked ("data science/big data environments"), beside two tools',
      text: `Dear Ms. Okafor,\n\nI have eight years of experience in data science/big data environments, with a focus on Python and Linux.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'areas a product spans, not the writer\'s skills',
      text: `Dear Ms. Okafor,\n\nYour product spans payments, lending, fraud, compliance and reporting, which is why I applied.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a parenthesis that names an instance of what stands before it, in a sentence with a short list',
      text: `Dear Ms. Okafor,\n\nMost of my week goes to tooling in Ruby and Perl that keeps our batch systems healthy on cloud platforms (mostly GCP).\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'one or two technologies inside a system story',
      text: `Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger in Go on top of Postgres, and reconciliation fell from six hours to 20 minutes.\n\n${CLOSE}`,
    },
    {
      name: 'four technologies inside a sentence that tells a system story',
      text: `Dear Ms. Okafor,\n\nI built the payouts ledger in Go, Postgres, Kafka and Redis, cutting reconciliation from 6 hours to 20 minutes.\n\n${CLOSE}`,
    },
    {
      name: 'four technologies around an owned system without a figure',
      text: `Dear Ms. Okafor,\n\nFor three years I owned the checkout service at Globex, built on Go, Postgres, Kafka and Redis.\n\n${CLOSE}`,
    },
    {
      name: 'an owned API named with an acronym',
      text: `Hi Sam,\n\nI built the payments API in Go, Postgres, Kafka and Redis and have run it in production ever since.\n\n${CLOSE}`,
    },
    {
      name: 'five technologies in a migration story with a before and after',
      text: 'Hi Sam,\n\nAt Globex I migrated 40 services from Heroku to AWS, Terraform, EKS and Datadog, and deploys went from weekly to daily.\n\nThanks,\nPriya',
    },
    {
      name: 'a figure on the next line of the same sentence as the technologies',
      text: 'Hi Sam,\n\nMoved payouts to Go, Postgres, Kafka and Redis\nResult: p99 fell from 900 ms to 120 ms.\n\nThanks,\nPriya',
    },
    {
      name: 'a stack list in a later paragraph',
      text: `Dear Ms. Okafor,\n\n${STORY}\n\nThat is why the Backend Engineer role at Acme caught my eye.\n\nMy stack: Go, Postgres, Kafka, Redis, Kubernetes.\n\n${CLOSE}`,
    },
    {
      name: 'a bulleted stack list in a later paragraph',
      text: `Dear Ms. Okafor,\n\n${STORY}\n\nTools I use day to day:\n\n- Go\n- PostgreSQL\n- Kafka\n- Redis\n\n${CLOSE}`,
    },
    {
      name: 'three technologies only',
      text: `Dear Ms. Okafor,\n\nI have five years of experience with Java, Kafka and PostgreSQL.\n\n${CLOSE}`,
    },
    {
      name: 'three technologies in a "My stack:" line',
      text: 'Hi Sam,\n\nMy stack: Go, Postgres, Kafka.\n\nThanks,\nPriya',
    },
    {
      name: 'ordinary words that look like technology names, in lower case',
      text: `Dear Ms. Okafor,\n\nWhen a release might go wrong, I spark a quick review, express doubts early and keep rollbacks swift, so old habits never rust.\n\n${CLOSE}`,
    },
    {
      name: 'a letter without greeting: the opening is the first prose paragraph',
      text: `${STORY}\n\nI work with Go, Postgres, Kafka, Redis and Kubernetes.\n\n${CLOSE}`,
    },
    {
      name: 'technologies in the contact header, not the opening',
      text: `Priya Raman, Go, Rust, Kafka and Postgres\npriya@example.com\n\nDear Ms. Okafor,\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'technologies in a heading, not the opening',
      text: `## Go, Kafka, Postgres, Redis\n\nDear Ms. Okafor,\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a bulleted list introduced by a story sentence',
      text: 'Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger:\n\n- moved it from Oracle to Postgres\n- put Kafka between checkout and settlement\n- rewrote the workers in Go\n- cached balances in Redis\n\nBest,\nPriya',
    },
    {
      name: "echoing the posting's stack inside a story",
      text: 'Dear Acme team,\n\nYour posting names Go, Kafka, Postgres and Kubernetes, and with those I rebuilt the seat reservation service at Turnstile.\n\nBest,\nPriya',
    },
    {
      name: 'a plain-text letter with a story in the opening and bullets later',
      format: 'text',
      text: `Dear Ms. Okafor,\n\n${STORY}\n\nWhat I use:\n- Go\n- Postgres\n- Kafka\n- Redis\n\n${CLOSE}`,
    },
    {
      name: 'a non-technical list: design, hiring and mentoring',
      text: `Dear Ms. Okafor,\n\nMy work spans design, hiring, mentoring and planning, and I want a team where I can keep doing all four.\n\n${CLOSE}`,
    },
    {
      name: 'skill words in their ordinary senses beside three technologies',
      text: `Dear Ms. Okafor,\n\nAfter a rest I joined an agile team in the cloud business that works with Go, Kafka and Postgres.\n\n${CLOSE}`,
    },
    {
      name: 'skills named outside a list, in clauses of their own',
      text: `Dear Ms. Okafor,\n\nI love distributed systems, I care about unit testing, and I write Go and Rust.\n\n${CLOSE}`,
    },
    {
      name: 'a story sentence naming two technologies and a skill',
      text: `Dear Ms. Okafor,\n\nAt Globex I moved our REST APIs to Go and Postgres, and p99 fell from 900 ms to 120 ms.\n\n${CLOSE}`,
    },
    {
      name: "a list of the reader's work, not the writer's inventory",
      text: `Dear Ms. Okafor,\n\nYour team's work on distributed systems, machine learning, data pipelines and cloud infrastructure is why I am applying.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'employers after "at", and games after "good at"',
      text: `Dear Ms. Okafor,\n\nI was at Google, Meta, Amazon and Netflix before this.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'games a writer is good at are no stack',
      text: `Dear Ms. Okafor,\n\nI am good at Chess, Poker, Sudoku and Bridge.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a skill word inside a title-case name broken over two lines ("Cloud\\nKMS")',
      text: `Dear Ms. Okafor,\n\nI keep secrets in Cloud\nKMS, Go and Python services.\n\n${CLOSE}`,
    },
    {
      name: 'a skill word inside a product name ("Cloud KMS")',
      text: `Dear Ms. Okafor,\n\nI keep secrets in Cloud KMS, Go and Python services.\n\n${CLOSE}`,
    },
    {
      name: 'a skill word inside a job title',
      text: `Dear Ms. Okafor,\n\nI am applying for the Machine Learning Engineer role, and I have used Python, PyTorch and Kafka.\n\n${CLOSE}`,
    },
    {
      name: 'a skill-and-technology list in a later paragraph',
      text: `Dear Ms. Okafor,\n\n${STORY}\n\nI also bring C#, OOP, HTML, CSS and unit testing.\n\n${CLOSE}`,
    },
    {
      name: 'a hard-wrapped plain-text story with a label-like colon mid-sentence',
      format: 'text',
      text: 'Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger on three pieces:\nGo, Postgres and Kafka; reconciliation now takes 20 minutes.\n\nBest,\nPriya',
    },
    {
      name: 'networking and testing in their ordinary senses, in a list of non-technical items',
      text: `Dear Ms. Okafor,\n\nI love networking, public speaking, writing and mentoring, and I spent last spring testing ideas with customers before the deployment of our new office.\n\n${CLOSE}`,
    },
    {
      name: 'an area word inside a job title beside three technologies',
      text: `Dear Ms. Okafor,\n\nI am applying for the Senior Backend Engineer role, where I would use Go, Kafka and Postgres.\n\n${CLOSE}`,
    },
    {
      name: 'one system the writer rebuilt, named with four technologies',
      text: `Dear Ms. Okafor,\n\nLast year I rebuilt our billing platform on AWS, Kubernetes, Terraform and Postgres.\n\n${CLOSE}`,
    },
    {
      name: 'option min above the count',
      options: { min: 6 },
      text: `Dear Ms. Okafor,\n\nI have five years of experience with Java, Spring Boot, Kafka, PostgreSQL and AWS.\n\n${CLOSE}`,
    },
    {
      name: "the posting's list, the company's stack and a job title's are not the writer's inventory",
      text: `Dear Ms. Okafor,\n\nI noticed the posting asks for Java, Spring, AWS and Docker. Northwind's stack of Go, Kafka, Postgres and Kubernetes is what I know. I am applying for the Full Stack Developer (React, Node.js, MongoDB, AWS) position, or the Java/Spring/AWS/Kubernetes Engineer role.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'names that are not known technologies count only beside two known ones: people are not a stack',
      text: `Dear Ms. Okafor,\n\nI write Go every day, and Ana, Sam and Lee taught me how to review code.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a capitalised phrase of several words is prose, not a name in the list',
      text: `Dear Ms. Okafor,\n\nI use Go and Kafka, Your Payments Platform Team and The Ledger Book inspired me.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'technologies in prose with no list construction',
      text: `Dear Ms. Okafor,\n\nWhen I read that you are moving from a PHP monolith to Go services on Kubernetes with Kafka between them, I knew I had to apply.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'a subject line after the greeting is not the opening',
      text: `Dear Ms. Okafor,\n\nRE: Backend Engineer (Go, Kafka, Postgres, Kubernetes)\n\nI am applying for the Backend Engineer role.\n\n${STORY}\n\n${CLOSE}`,
    },
    // Lists that are not the writer's skill areas: places, clients, spoken languages, told phrases.
    ...[
      ['places after "such as"', 'I have lived in cities such as Paris, London, Berlin, Tokyo and Lagos, and I now want to build maps.'],
      ['clients after "such as"', 'With ten years of experience, I have worked with clients such as Nike, Adidas, Puma, Reebok and Asics.'],
      ['practices, not skills', 'I care about clean code, testing, documentation and reviews.'],
      ['a company that uses the list', 'I was excited to see that Acme uses Go, Kafka, Postgres and Kubernetes.'],
      ['sketching and framing as crafts, a sketch of a plan', 'I sketch, frame, paint and print my own posters. Sketch out the problem first, my mentor said, and I learned Go, Rust and Python that way.'],
      ['the job\'s list after an "im" of the writer', 'im applying because the job calls for windows, macos, jamf pro, intune and active directory.'],
      ['a meetup named by its topics', 'I learned about Acme at a Go, Rust, Kafka and Postgres meetup.'],
      ['technologies with their head nouns', "I've spent five years building production systems end to end: React frontends, Node.js backends, and the glue in between."],
      ['clients of a kind after "such as"', 'With ten years of experience, I have worked with clients of banks such as HSBC, Barclays, Lloyds, Monzo and Starling.'],
      ['spoken languages', 'I am proficient in English, Spanish, French, German and Portuguese, and I am applying for the backend role.'],
      ['work told at length', 'I have experience in leading teams of five, shipping weekly, and owning the ledger that moves $40M a day.'],
      ["the reader's areas", "Your team's experience in payments, lending, fraud, identity and compliance is why I am applying."],
      ['four areas only', 'I bring experience in design, research, writing and teaching to the product role.'],
      ['four areas, one of them a known skill', 'I bring experience in design, research, programming and teaching to the product role.'],
      ['causes the writer loves, one of them a field', 'I have a passion for education, climate, healthcare and machine learning.'],
      ['a passion for three areas', 'I have a real passion for automation, scripting and monitoring.'],
      ['causes with acronyms among them, one a known field', 'I have a passion for education, AI, ESG and climate.'],
      ['kinds of work made, none of them known', 'I have built dashboards, reports, forecasts and presentations for the sales team.'],
      ['a work ethic, not the writer\'s work', 'My work ethic is demonstrated by accuracy, consistency, punctuality and care in every task.'],
      ['areas, the last with its place, then a clause', 'I have nine years of experience in system administration, network engineering, and cybersecurity across both federal and private-sector teams.'],
      ['three tools, then work told with its place', 'I am highly skilled in Python, JavaScript, SQL, and tackling core issues in the product.'],
      ['a loop told with an article', 'I have experience with the whole loop: talking to users, writing specs, building and testing.'],
      ['a skill verb before a told system', 'My experience includes the payments ledger at Globex, its nightly jobs, its alerts, its runbooks and its on-call rota.'],
      ['visualisation as a thing done, not a listed skill', 'I love the visualisation of our data, and I drew the dashboards that the ops team, the sales team and finance read.'],
      ['a colon after a skill noun that opens a story', 'One lesson from that experience: we measured first, cached second, sharded last and never guessed again.'],
    ].map(([name, opening]) => ({ name: `skill areas: ${name}`, text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}` })),
    {
      name: "three languages listed, and the writer's own GitHub pointed at outside the list",
      text: `Dear Ms. Okafor,\n\nI am skilled in Python, JavaScript and SQL, as my GitHub shows.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'verbs in lower case that spell technologies, beside one tool in lower case',
      text: `Dear Ms. Okafor,\n\nI like to go, swim, react and adapt with docker.\n\n${STORY}\n\n${CLOSE}`,
    },
    {
      name: 'verbs in lower case that spell technologies, beside capitalised tools',
      text: `Dear Ms. Okafor,\n\nI like to go, react and adapt quickly with Docker and Kubernetes.\n\n${STORY}\n\n${CLOSE}`,
    },
    // Neighbouring sentences count together only when each names two or more tools and none tells a story.
    ...[
      ['tools, then areas of work', 'I have built interfaces in React and Redux for a small startup. Beyond that I have done projects in data analysis and machine learning.'],
      ["the writer's two tools, then the posting's list", 'I have spent five years on React and Node.js. The role at Acme asks for TypeScript, GraphQL and Postgres, which is why I applied.'],
      ["a company's field, then the writer's clouds", 'I want to join a company using artificial intelligence and AI agents well. I have shipped on AWS, Azure and Google Cloud.'],
      ['a story sentence between two short lists', 'I write Go and Python. At Globex I rebuilt the payouts ledger, and reconciliation fell from six hours to 20 minutes. I also know Kafka and Redis.'],
      ['two tools, then one', 'I work mainly with Java and Spring Boot. I also use PostgreSQL every day.'],
    ].map(([name, opening]) => ({ name: `sentence by sentence: ${name}`, text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}` })),
    { name: 'spoken languages beside two known names are not tools', text: `Dear Ms. Okafor,\n\nI am proficient in English, French, Python and Java.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'a place after the lead-in, not a tool: "experience in Berlin and London with Python…"', text: `Dear Ms. Okafor,\n\nI have experience in Berlin and London with Python, Django and Postgres.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'an acronym after the lead-in is a field: "experience in SRE and DevOps"', text: `Dear Ms. Okafor,\n\nI have three years of experience in SRE and DevOps, with Ansible.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'a story told by the writer\'s team: "My team moved our data pipeline… to Airflow, dbt and Snowflake"', text: `Dear Ms. Okafor,\n\nMy team moved our data pipeline from cron jobs to Airflow, dbt and Snowflake, and I wrote most of the DAGs in Python.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'the writer\'s role on one system, then what it is built with', text: `Dear Ms. Okafor,\n\nI was the sole engineer on our internal CRM, built with Ruby on Rails, Sidekiq, Postgres and Heroku.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'tools before the story\'s own subject: "Using Python, FastAPI, Celery and Redis, I built the claims engine"', text: `Dear Ms. Okafor,\n\nUsing Python, FastAPI, Celery and Redis, I built the claims engine that now processes every claim at Initech.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'the sides of one system, not skills: "using Leaflet on the frontend and PostGIS on the backend"', text: `Good day Ma'am/Sir,\n\nFor our city's disaster office, I developed the web map that shows flood levels, using Leaflet on the frontend and PostGIS on the backend.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'a place that shares a name with a tool: Niagara Falls', text: `Dear Ms. Okafor,\n\nI grew up near Niagara Falls and studied in Toronto, Montreal and Ottawa before moving to Berlin.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'a solver the writer wrote, with its tools inside the story', text: `Dear Professor Adebayo,\n\nDuring my PhD I wrote a lattice-Boltzmann solver in Fortran 2008, parallelised it with MPI and OpenMP, and ran it on the college's Slurm cluster.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'after a story, a sentence naming no writer describes that system\'s parts', text: `Dear Hiring Team,\n\nIn my current job I designed and built our transactions lakehouse from zero. Events come from Kafka, Spark Structured Streaming writes them into Delta Lake tables, and Airflow orchestrates the daily dbt models.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'an acronym in brackets is its item again: three areas, not four', text: `Dear Sir or Madam:\n\nI have three years of academic experience in machine learning (ML), data analysis, and back-end development.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'words that are names only when capitalised, written in capitals or lower case in prose', text: `Dear Ms. Okafor,\n\nIn my spare time I go hiking, react to news and spring into boot camps; I LOVE to GO and SPRING into work with Docker.\n\n${STORY}\n\n${CLOSE}` },
    // Lead-ins are generated (each skill word with each preposition); what follows one must still be a trade's skills.
    { name: 'languages spoken after a generated lead-in ("a good command of")', text: `Dear Ms. Okafor,\n\nI have a good command of English, French, Hindi and Tamil.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'clients after a generated lead-in ("exposure to")', text: `Dear Ms. Okafor,\n\nI have exposure to Acme, Globex, Initech and Hooli through consulting.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'soft skills after a lead-in', text: `Dear Ms. Okafor,\n\nI have exposure to communication, teamwork, planning, leadership and writing.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'industries after a lead-in', text: `Dear Ms. Okafor,\n\nI have experience in banking, insurance, retail, telecom and logistics.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'course titles the lexicons lack, beside known subjects', text: `Dear Ms. Okafor,\n\nMy coursework was Operating Systems, Computer Networks, Machine Learning and Software Engineering Ethics.\n\n${STORY}\n\n${CLOSE}` },
    // Skill items the lexicon lacks, told by their head noun ("infrastructure management"), count only beside known names.
    { name: 'skill-shaped items with one known name only', text: `Dear Ms. Okafor,\n\nLast year I worked with Kafka, vendor management, pipeline development and infrastructure management.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'a told piece of work after two names is no skill item ("the deployment")', text: `Dear Ms. Okafor,\n\nI worked with Java and Kafka, on the deployment, and with the analysis of outages.\n\n${STORY}\n\n${CLOSE}` },
    { name: 'four single-word areas after a lead-in may be industries', text: `Dear Ms. Okafor,\n\nI have experience in retail, finance, healthcare and logistics.\n\n${STORY}\n\n${CLOSE}` },
    {
      name: 'technologies inside the one clause of a story, told with a figure or a role',
      text: `Hello,\n\nI used Python, FastAPI, Redis and Postgres to build the claims engine that serves 2M requests a day. I was the sole engineer on our CRM, which I built with Django, Celery, Postgres and React for 300 sales staff.\n\n${STORY}\n\n${CLOSE}`,
    },
  ],
  invalid: [
    // Session 35, blind set stack14: the writer described, then "whose"; many things made, listed before the tools.
    {
      name: 'the writer described as an engineer "whose strengths are" a list',
      text: `Dear Ms. Okafor,\n\nI'm a backend engineer whose strengths are REST API design, CI/CD pipelines, Docker and Kubernetes, built up over six years in B2B software.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'REST API design, CI/CD pipelines, Docker and Kubernetes', line: 3 }],
    },
    // Session 34, blind set stack12: a figure in a list of duties or of many things made excuses no list.
    {
      name: 'a list of duties with tools, measured across teams',
      text: `Dear Ms. Okafor,\n\nIn my current role I am responsible for writing test plans, maintaining Selenium and Cypress suites, running load tests in JMeter, and tracking defects in Jira across two product teams.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'test plans, maintaining Selenium and Cypress suites, running load tests in JMeter, and tracking defects in Jira', line: 3 }],
    },
    {
      name: 'many things made, one counted, then the tools',
      text: `Dear Ms. Okafor,\n\nOver the past three years I've shipped landing pages, internal tools, a Chrome extension and two React Native apps, working across React, Node, Firebase and Figma.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'React Native apps, working across React, Node, Firebase and Figma', line: 3 }],
    },
    // Session 34, blind sets stack10 and stack11: tools of other fields; a role applied for "with hands-on
    // experience in…"; a rank with a number after the list is no figure; many apps made, no one thing.
    {
      name: 'an e-commerce developer\'s platforms',
      text: `Dear Ms. Okafor,\n\nI am hands-on with Magento, BigCommerce, WooCommerce, Shopware and osCommerce.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Magento, BigCommerce, WooCommerce, Shopware and osCommerce', line: 3 }],
    },
    {
      name: 'a tester\'s tools, one of them a tool named like a job',
      text: `Dear Ms. Okafor,\n\nI test banking apps with Cypress, Robot Framework, SoapUI, Jira and SQL Developer.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Cypress, Robot Framework, SoapUI, Jira and SQL Developer', line: 3 }],
    },
    {
      name: 'the role applied for "with hands-on experience in" a list',
      text: `Dear Ms. Okafor,\n\nI'm applying for the Junior iOS Developer role with hands-on experience in Swift, SwiftUI, Combine, Core Data and XCTest.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Swift, SwiftUI, Combine, Core Data and XCTest', line: 3 }],
    },
    {
      name: 'a security analyst\'s tools, then the rank held: no figure',
      text: `Dear Ms. Okafor,\n\nSplunk, CrowdStrike Falcon, Zeek, Suricata and YARA: that's what I work with on every shift as a Tier 2 analyst.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Splunk, CrowdStrike Falcon, Zeek, Suricata and YARA', line: 3 }],
    },
    {
      name: 'apps made, many of them, with a list',
      text: `Dear Ms. Okafor,\n\nI have built web apps with React, Node.js, Express, MongoDB and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'React, Node.js, Express, MongoDB and AWS', line: 3 }],
    },
    // The same with no system before "it", and a field named inside the list itself.
    {
      name: 'the writer rewrote "it" with no system named before',
      text: `Dear Ms. Okafor,\n\nI love a hard problem. I rewrote it in Go as Kafka consumers writing into Postgres, and put a Grafana board in front of it.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go as Kafka consumers writing into Postgres, and put a Grafana', line: 3 }],
    },
    {
      name: 'a field named as an item of the list',
      text: `Dear Ms. Okafor,\n\nI have experience with Android development, Kotlin, Jetpack Compose and Room.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Android development, Kotlin, Jetpack Compose and Room', line: 3 }],
    },
    {
      name: 'kinds of work made, one of them a known skill (session 33, blind set stack7)',
      text: `Dear Ms. Okafor,\n\nOver the last two years I've built web apps, APIs, user interfaces and developer tooling.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'web apps, APIs, user interfaces and developer tooling', line: 3, message: 'skill areas' }],
    },
    // What the writer's focus or background is, named after "has been"/"is"; an item with its place mid-list (session 33, blind set stack8).
    {
      name: 'a focus named over years, four areas of two words',
      text: `Dear Ms. Okafor,\n\nMy professional focus over the past fourteen years has been large-scale distributed storage, capacity modelling, incident leadership, consensus protocols and the design of service APIs.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'large-scale distributed storage, capacity modelling, incident leadership, consensus protocols', line: 3 }],
    },
    {
      name: 'a background of areas, one with its tool mid-list',
      text: `Dear Ms. Okafor,\n\nMy background is detection engineering, log analysis in Splunk, phishing triage, AWS IAM hardening and writing the incident playbooks.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'detection engineering, log analysis in Splunk, phishing triage, AWS IAM hardening', line: 3 }],
    },
    // Four areas, two of them known skills: the others are of their kind (session 33, blind set stack6; dev g31-003).
    ...[
      ['after "experience in"', 'I bring experience in distributed systems, API design, observability, and platform strategy to the role.', 'distributed systems, API design, observability, and platform strategy'],
      ['after "a passion for"', 'I have a real passion for automation, scripting, cloud infrastructure and monitoring.', 'automation, scripting, cloud infrastructure and monitoring'],
      ['after "a passion for", in plain words', 'As an IT leader with a passion for data, programming, scripting, and application development, I am applying.', 'data, programming, scripting, and application development'],
    ].map(([how, opening, list]) => ({
      name: `four skill areas anchored by two known ones: ${how}`,
      text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: list!, line: 3, message: 'skill areas' }],
    })),
    ...[
      ['bringing skills after a comma', 'I am excited to apply for the Data Analyst role at Globex, bringing skills in SQL, Python, Tableau and Excel.', 'SQL, Python, Tableau and Excel'],
      ['having studied, after a comma', 'I am applying for the position of Junior Developer at Globex, having studied HTML, CSS, JavaScript and PHP.', 'HTML, CSS, JavaScript and PHP'],
      ['with a background in', 'I am applying for the ML Engineer role at Globex with a background in PyTorch, TensorFlow, scikit-learn and pandas.', 'PyTorch, TensorFlow, scikit-learn and pandas'],
      ['as an engineer experienced in', 'I am thrilled to apply for the Mobile Developer role at Globex as an engineer experienced in Swift, SwiftUI, Combine and Core Data.', 'Swift, SwiftUI, Combine and Core Data'],
      // "im" typed without its apostrophe is the writer still (session 31's blind set).
      ['design tools', 'I am a product designer, and my main tools are Figma, Sketch, Framer and Webflow.', 'Figma, Sketch, Framer and Webflow'],
      ['"im" with no apostrophe', 'im applying for the support job at Globex and im hands-on with windows, macos, jamf pro, intune and active directory.', 'windows, macos, jamf pro, intune and active directory'],
    ].map(([how, opening, list]) => ({
      name: `the writer's own list after the role: ${how}`,
      text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: list!, line: 3 }],
    })),
    {
      name: 'a Salesforce stack in lower case, its query language known (session 30)',
      text: `Dear Ms. Okafor,\n\nI work in apex, soql, visualforce and mulesoft.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'apex, soql, visualforce and mulesoft', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a sample of five tools announced with "tools like", inside a line of work told (session 30, blind set stack3)',
      text: `Dear Ms. Okafor,\n\nFor four years I built and ran our infrastructure with tools like Terraform, Ansible, Prometheus, Grafana and PagerDuty.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Terraform, Ansible, Prometheus, Grafana and PagerDuty', line: 3, message: '5 technologies' }],
    },
    {
      name: 'a headline of name, role and stack above an opening with no greeting is no opening, and the list below it still counts',
      text: `Jane Doe \u2014 Full-stack developer (React, Node.js, AWS, Docker)\n\nI have five years with Go, Kafka, Postgres and Redis.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go, Kafka, Postgres and Redis', line: 3 }],
    },
    {
      name: 'a title line above the opening, a name, a role and a town side by side, is no list and no opening',
      text: `Dear Ms. Okafor,\n\nPriya Raman \u00b7 Backend Engineer \u00b7 Berlin\n\nI have five years with Go, Kafka, Postgres and Redis.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go, Kafka, Postgres and Redis', line: 5 }],
    },
    {
      name: 'a list after a skill\'s "at" ("skilled at", "good at"), which is no list of employers',
      text: `Dear Ms. Okafor,\n\nSkilled at Kotlin and Jetpack Compose, with Retrofit, Room and Hilt as my daily tools.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Kotlin and Jetpack Compose, with Retrofit, Room and Hilt', line: 3, message: '5 technologies' }],
    },
    {
      name: 'a list after "good at"',
      text: `Dear Ms. Okafor,\n\nI am good at Python, Go, Rust and SQL.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Python, Go, Rust and SQL', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a first paragraph that is a bare list on one line, with no stop ("Go · Kafka · Postgres · Redis")',
      text: `Dear Ms. Okafor,\n\nTech I use: Go \u00b7 Kafka \u00b7 Postgres \u00b7 Redis\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go \u00b7 Kafka \u00b7 Postgres \u00b7 Redis', line: 3, message: '4 technologies' }],
    },
    {
      name: 'skills set apart by slashes, capitalised as names are ("Python/LLMs/Fine-tuning/prompt engineering")',
      text: `Dear Ms. Okafor,\n\nI am an engineer with hands-on experience in Python/LLMs/Fine-tuning/prompt engineering.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Python/LLMs/Fine-tuning/prompt engineering', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'skills the writer brings "with", after the role and the company',
      text: `Dear Ms. Okafor,\n\nI am applying for the Backend role at Globex with strong skills in REST APIs, microservices, CI/CD, unit testing and Agile.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'REST APIs, microservices, CI/CD, unit testing and Agile', line: 3, message: '5 technologies and skills' }],
    },
    {
      name: 'the writer described, then a liking or a line of work, not a story',
      text: `Dear Ms. Okafor,\n\nI am a backend engineer who loves Kotlin, Spring Boot, PostgreSQL and RabbitMQ. I am an engineer who has worked with Go, gRPC, Redis and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Kotlin, Spring Boot, PostgreSQL and RabbitMQ', line: 3, message: '4 technologies' }],
    },
    {
      // A slash between two words with no space names variants of one tool, not a third word of its name.
      name: 'a name the lexicons lack, written with its variants after a slash, among known tools',
      text: `Dear Ms. Okafor,\n\nI am hands-on with Windows, Microsoft 365, Kaseya Backup/Restore and ZenMDM.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Windows, Microsoft 365, Kaseya Backup/Restore and ZenMDM', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a kind named without its members after it ("AWS services daily") is one more item',
      text: `Dear Ms. Okafor,\n\nI use AWS services daily, along with Go, Kafka and Postgres.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'AWS services daily, along with Go, Kafka and Postgres', line: 3, message: '4 technologies' }],
    },
    {
      name: 'five areas after a lead-in, then a phrase hung on by "with": the five still list',
      text: `Dear Ms. Okafor,\n\nMy experience covers threat hunting, malware triage, incident response, log correlation and disk forensics, with a focus on cloud estates.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'threat hunting, malware triage, incident response, log correlation and disk forensics', line: 3, message: '5 skill areas' }],
    },
    {
      name: 'the same names after the title, not in it, are items',
      text: `Dear Ms. Okafor,\n\nI am a developer focused on Kotlin, Ktor, Postgres and Docker.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Kotlin, Ktor, Postgres and Docker', line: 3, message: '4 technologies' }],
    },
    {
      name: 'the same tool in a clause that tells no result is one more item',
      text: `Dear Ms. Okafor,\n\nI specialise in Python, TensorFlow and React, and I use Selenium daily.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Python, TensorFlow and React, and I use Selenium', line: 3, message: '4 technologies' }],
    },
    {
      name: 'eight technologies carried by a story: an inventory all the same',
      text: `Dear Ms. Okafor,\n\nAt Globex I rebuilt the payouts ledger with Go, gRPC, Postgres, Kafka, Redis, Docker, Kubernetes and Terraform, and reconciliation fell from six hours to 20 minutes.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go, gRPC, Postgres, Kafka, Redis, Docker, Kubernetes and Terraform', line: 3, message: '8 technologies' }],
    },
    {
      name: 'a field named with its kind of work, one item beside three tools',
      text: `Dear Ms. Okafor,\n\nI have experience in full-stack web development, Python, Docker and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'full-stack web development, Python, Docker and AWS', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'a stack named by its initials beside tools that are not its parts',
      text: `Dear Ms. Okafor,\n\nI know the MERN stack, Python, Docker and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'MERN stack, Python, Docker and AWS', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a stack named by its initials and then spelled out: its parts are the items',
      text: `Dear Ms. Okafor,\n\nI work in the MERN stack: MongoDB, Express, React and Node.js.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'MongoDB, Express, React and Node.js', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a lead-in of another shape ("a good command of"), tools of another trade',
      text: `Dear Ms. Okafor,\n\nI have a good command of SolidWorks, ANSYS, CATIA and MATLAB.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'SolidWorks, ANSYS, CATIA and MATLAB', line: 3, message: '4 technologies' }],
    },
    // Names written all in one case, as hurried and non-native writers do, counted by their list.
    ...[
      ['lower case, a two-word name among them', 'i have experience in java, spring boot, mysql and react.', 'java, spring boot, mysql and react'],
      ['capitals', 'Skilled in JAVA, SPRING BOOT, MYSQL and ANGULAR.', 'JAVA, SPRING BOOT, MYSQL and ANGULAR'],
      ['js spaced off', 'I have worked with node js, express js, mongo db and react js.', 'node js, express js, mongo db and react js'],
    ].map(([name, opening, actual]) => ({ name: `one case: ${name}`, text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}`, errors: [{ actual, line: 3, message: '4 technologies' }] })),
    {
      name: 'names written in one case are named in the message as every known name is, not as written',
      text: `Dear Ms. Okafor,\n\nI am a software developer with skills in JAVA, PYTHON, JAVASCRIPT, HTML and CSS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'JAVA, PYTHON, JAVASCRIPT, HTML and CSS', line: 3, message: '5 technologies (Java, Python, JavaScript, HTML, CSS)' }],
    },
    {
      name: 'skills the lexicon lacks, told by their head noun, beside known names',
      text: `Dear Ms. Okafor,\n\nI have experience with Java, Kafka, infrastructure management and pipeline development.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java, Kafka, infrastructure management and pipeline development', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'a field with its head noun as the last item of a list ("… and cloud environments")',
      text: `Dear Ms. Okafor,\n\nI have experience with Docker, Kubernetes, Terraform and cloud environments.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Docker, Kubernetes, Terraform and cloud', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'the same fields listed as skills, not modifying a place of work',
      text: `Dear Ms. Okafor,\n\nI have eight years of experience in data science, big data, Python and Linux.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'data science, big data, Python and Linux', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'tools no lexicon knows, vouched for by names no common word is written as (a capital inside, two capitals, a digit)',
      text: `Dear Ms. Okafor,\n\nI am proficient in Revit, Navisworks, BIM 360 and Civil 3D.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Revit, Navisworks, BIM 360 and Civil 3D', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a project described, then the writer\'s own list in a clause of its own',
      text: `Dear Ms. Okafor,\n\nMy final project was a web app, and I am skilled in Java, Python, SQL and Docker.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java, Python, SQL and Docker', line: 3 }],
    },
    {
      name: 'a lower-case name after a skill of its own piece opens the list ("ML projects using python, …")',
      text: `Dear Ms. Okafor,\n\nI have worked on ML projects using python, tensorflow, keras and opencv.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'python, tensorflow, keras and opencv', line: 3, message: '4 technologies' }],
    },
    {
      name: 'libraries of one ecosystem are items of their own, not their parent twice',
      text: `Dear Ms. Okafor,\n\nDay to day I use React, Redux Toolkit, React Query and Jest.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'React, Redux Toolkit, React Query and Jest', line: 3, message: '4 technologies' }],
    },
    {
      name: 'the SQL Server tools counted apart',
      text: `Dear Ms. Okafor,\n\nMy experience includes ETL development using SSIS, SSRS, T-SQL and Azure Data Factory.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'SSIS, SSRS, T-SQL and Azure Data Factory', line: 3 }],
    },
    {
      name: 'one known tool and three marked names after "comfortable with"',
      text: `Dear Ms. Okafor,\n\nI am comfortable with Salesforce, HubSpot, Marketo and Google Analytics.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Salesforce, HubSpot, Marketo and Google Analytics', line: 3 }],
    },
    {
      name: 'a bioinformatician\'s areas, each its own skill',
      text: `Dear Ms. Okafor,\n\nDuring my PhD I developed experience in variant calling, RNA-seq differential expression analysis, de novo genome assembly and phylogenetic inference.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'variant calling, RNA-seq differential expression analysis, de novo genome assembly and phylogenetic', line: 3 }],
    },
    {
      name: 'four areas named in two or three words each, after a lead-in',
      text: `Dear Ms. Okafor,\n\nMy main areas are threat hunting, malware triage, incident response, and log correlation.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'threat hunting, malware triage, incident response, and log correlation', line: 3 }],
    },
    {
      name: 'other trades\' tools: mainframe, telecom, genomics',
      text: `Dear Ms. Okafor,\n\nEvery day I work with z/OS, JES2, RACF, SMP/E, REXX and TSO/ISPF, and I like to automate the boring tasks.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'z/OS, JES2, RACF, SMP/E, REXX and TSO', line: 3 }],
    },
    {
      name: 'skills with a shared head: "unit and integration testing, CI/CD pipelines"',
      text: `Dear Ms. Okafor,\n\nMy background is in REST API design, unit and integration testing, CI/CD pipelines, and microservices.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'REST API design, unit and integration testing, CI/CD pipelines, and microservices', line: 3 }],
    },
    {
      name: 'a trade\'s areas with no tool named: bioinformatics and data skills',
      text: `Dear Dr. Chen,\n\nMy training covers variant calling, RNA-seq analysis, single-cell workflows and phylogenetics, and my data work covers data modeling, ETL design, data warehousing and pipeline orchestration.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'variant calling, RNA-seq analysis, single-cell workflows and phylogenetics, and my data work covers data modeling, ETL design, data warehousing and pipeline orchestration', line: 3 }],
    },
    {
      name: 'a lower-case list after a lead-in later in the sentence: "… and i am having experience in python, django, postgres and docker"',
      text: `Respected Sir/Madam,\n\nI am Pranav, fresher from Pune and i am having experience in python, django, postgres and docker.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'python, django, postgres and docker', line: 3 }],
    },
    {
      name: 'a list in its own clause, then a figure or a role told in another, after a contracted subject',
      text: `Hi Jonas,\n\nI work mainly with Laravel, Vue.js, MySQL, Tailwind CSS and Stripe, and over the last six years I've built online shops and booking systems for around twenty small businesses.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Laravel, Vue.js, MySQL, Tailwind CSS and Stripe', line: 3 }],
    },
    {
      name: 'a list with its own clause, then a story in another: the story does not excuse the list',
      text: `Hello,\n\nCurrently I work with Angular 14, RxJS 7, NgRx and TypeScript 4.9, and before that I spent two years migrating an old AngularJS application piece by piece.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Angular 14, RxJS 7, NgRx and TypeScript', line: 3 }],
    },
    {
      name: 'a role at a company or on systems in general is no one system: still an inventory',
      text: `Dear Ms. Okafor,\n\nI was a developer at Initech working with Ruby on Rails, Sidekiq, Postgres and Heroku.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Ruby on Rails, Sidekiq, Postgres and Heroku', line: 3 }],
    },
    {
      name: 'an unknown name right after the lead-in, before known ones: "skilled in ArcPy, ArcGIS Pro, QGIS and PostGIS"',
      text: `Dear Ms. Okafor,\n\nI am skilled in ArcPy, ArcGIS Pro, QGIS and PostGIS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'ArcPy, ArcGIS Pro, QGIS and PostGIS', line: 3 }],
    },
    {
      name: "a frontend's areas as items: user interfaces, localization, lazy loading",
      text: `Dear Ms. Okafor,\n\nMy frontend work covers user interfaces, localization, lazy loading and Redux.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'user interfaces, localization, lazy loading and Redux', line: 3 }],
    },
    {
      name: 'data formats and model families as items: XML, JSON, GPT-4, BERT',
      text: `Dear Ms. Okafor,\n\nI have considerable experience in .NET, C#, XML and SQL, and I have fine-tuned GPT-4 and BERT.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: '.NET, C#, XML and SQL, and I have fine-tuned GPT-4 and BERT', line: 3 }],
    },
    {
      name: 'an unknown name said to be a programming language, at the end of a list',
      text: `Dear Ms. Okafor,\n\nIn my thesis I worked with Java, C++, Matlab, and IEC611313 programming language to run control applications.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java, C++, Matlab, and IEC611313', line: 3 }],
    },
    {
      name: "an electrical engineer's areas",
      text: `Dear Ms. Okafor,\n\nAfter twelve years in hardware, my expertise covers electronics, power circuits, embedded programming and PCB design.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'electronics, power circuits, embedded programming and PCB design', line: 3 }],
    },
    {
      name: 'a skill the lexicons do not know carries the list on without counting',
      text: `Dear Ms. Okafor,\n\nAt a telecom operator I developed strong knowledge in statistics, regression, A/B testing, SQL and Looker.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'statistics, regression, A/B testing, SQL and Looker', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'a bioinformatician\'s and a network engineer\'s tools',
      text: `Dear Ms. Okafor,\n\nI work daily with Bioconductor, Nextflow, Snakemake and Python. I configure Cisco routers, VLANs, OSPF and BGP.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Bioconductor, Nextflow, Snakemake and Python', line: 3 }],
    },
    {
      name: 'the tools of GIS, networking and ERP trades',
      text: `Dear Ms. Okafor,\n\nFor four years I have worked daily with ArcGIS Pro, QGIS, PostGIS and FME. I also configure Cisco IOS, BGP, OSPF and VLANs.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'ArcGIS Pro, QGIS, PostGIS and FME', line: 3 }],
    },
    {
      name: "a product's number is no figure that makes the opening a story",
      text: `Dear Ms. Okafor,\n\nI am a Dynamics 365 developer with experience in Microsoft Dynamics 365 F&O, X++, Power Automate and Azure DevOps.\n\n${STORY}\n\n${CLOSE}`,
      // The writer's field ("a Dynamics 365 developer") is no item; the list is the four after it.
      errors: [{ actual: 'Microsoft Dynamics 365 F&O, X++, Power Automate and Azure DevOps', line: 3 }],
    },
    {
      name: 'a graphics programmer\'s tools, most of them unknown to the lexicon of old',
      text: `Dear Ms. Okafor,\n\nMy student engine projects gave me experience with Vulkan, DirectX 12, HLSL, ImGui and RenderDoc.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Vulkan, DirectX 12, HLSL, ImGui and RenderDoc', line: 3 }],
    },
    {
      name: 'microcontrollers and the buses they speak',
      text: `Dear Ms. Okafor,\n\nFor five years I have worked with nRF52 and STM32 parts on Zephyr, SPI and UART links included.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'STM32 parts on Zephyr, SPI and UART', line: 3 }],
    },
    {
      name: 'an ML stack told over two sentences, serving tools in the second',
      text: `Dear Ms. Okafor,\n\nMost days I work in PyTorch and JAX. I also serve models with TensorRT, Triton and ONNX Runtime.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'PyTorch and JAX. I also serve models with TensorRT, Triton and ONNX Runtime', line: 3 }],
    },
    {
      name: 'language-processing skill areas listed',
      text: `Dear Ms. Okafor,\n\nMy work covers sentiment analysis, named entity recognition, retrieval-augmented generation and fine-tuning.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'sentiment analysis, named entity recognition, retrieval-augmented generation and fine-tuning', line: 3 }],
    },
    {
      name: 'the last item after "my knowledge of", in a list carried on past a full stop',
      text: `Dear Ms. Okafor,\n\nI know Javascript, HTML, CSS. As well as my knowledge of responsive design and mobile.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Javascript, HTML, CSS. As well as my knowledge of responsive design', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'a list cut by a full stop and carried on with "As well as"',
      text: `Dear Ms. Okafor,\n\nI work with Java, Spring and Kafka. As well as Docker and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java, Spring and Kafka. As well as Docker and AWS', line: 3, message: '5 technologies' }],
    },
    {
      name: "the writer's own title names part of the stack, a list names the rest",
      text: `Dear Ms. Okafor,\n\nI'm a Python/Django developer with experience in PostgreSQL, Celery and Docker.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Python/Django developer with experience in PostgreSQL, Celery and Docker', line: 3, message: '5 technologies' }],
    },
    {
      name: 'a list the writer brings "with" the role applied for, grouped in parentheses',
      text: `Dear Ms. Okafor,\n\nI am applying for the Backend role with experience in Java (Spring Boot, Hibernate) and databases (PostgreSQL, Redis).\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java (Spring Boot, Hibernate) and databases (PostgreSQL, Redis', line: 3, message: '6 technologies and skills' }],
    },
    {
      name: 'fields of engineering named as areas worked in',
      text: `Dear Ms. Okafor,\n\nI have worked across AI, robotics, computer graphics and IoT.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'AI, robotics, computer graphics and IoT', line: 3 }],
    },
    {
      name: 'an enterprise platform\'s stack',
      text: `Dear Ms. Okafor,\n\nI have worked with Salesforce, Apex, Visualforce, and Lightning Web Components.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Salesforce, Apex, Visualforce, and Lightning Web Components', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a stack named by its initials beside state libraries',
      text: `Dear Ms. Okafor,\n\nI build front ends on the MERN stack with Zustand, Vuex and NgRx.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'MERN stack with Zustand, Vuex and NgRx', line: 3, message: '4 technologies' }],
    },
    {
      name: 'lower-case names that vouch for each other beside one known name',
      text: `Dear Ms. Okafor,\n\nI have built apps with react, node, express and mongodb.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'react, node, express and mongodb', line: 3, message: '4 technologies' }],
    },
    {
      name: 'a list written in lower case, case-sensitive names and all',
      text: `Dear Ms. Okafor,\n\nI have experience in python, django, postgresql and docker.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'python, django, postgresql and docker', line: 3, message: '4 technologies' }],
    },
    // An inventory told a sentence at a time.
    ...[
      ['I work mainly with Java and Spring Boot. I also use PostgreSQL, Redis and Docker every day.', 'Java and Spring Boot. I also use PostgreSQL, Redis and Docker'],
      ["I'm a mobile developer working in Kotlin and Jetpack Compose. I also write Flutter and Dart, and I've used Firebase.", 'Kotlin and Jetpack Compose. I also write Flutter and Dart, and I\'ve used Firebase'],
    ].map(([opening, actual]) => ({
      name: `sentence by sentence: ${opening.slice(0, 40)}`,
      text: `Dear Ms. Okafor,\n\n${opening}\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual, line: 3, message: '5 technologies' }],
    })),
    {
      name: 'a subject named with "and" among three more areas',
      text: `Dear Ms. Okafor,\n\nAs a second-year student I have been building my skills in data structures and algorithms, computer vision, databases and web development.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'data structures and algorithms, computer vision, databases and web development', line: 3, message: '4 technologies and skills' }],
    },
    // Each trade's areas count one by one, as a web developer's technologies do.
    ...[
      ['a data analyst', 'data cleaning, data visualization, statistical modeling and A/B testing'],
      ['a QA engineer', 'regression testing, test planning, automation frameworks and defect tracking'],
      ['an embedded engineer', 'C, RTOS, device drivers and firmware debugging'],
      ['an ML engineer', 'NLP, computer vision, reinforcement learning and recommender systems'],
      ['a roboticist', 'robot control, SLAM, motion planning and sensor fusion'],
      ['an SRE', 'monitoring, capacity planning, load balancing and configuration management'],
      ['a graphics programmer', 'game development, GPU programming, signal processing and computer architecture'],
      ['a .NET developer', 'Sitecore, SXA, WCF and MVVM'],
      ['a frontend engineer', 'UI development, state management, performance optimization and accessibility'],
      ['a BI developer', 'ETL, data warehousing, data modeling and BI reporting'],
    ].map(([who, list]) => ({
      name: `the areas of ${who}`,
      text: `Dear Ms. Okafor,\n\nI bring experience in ${list}.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: list, line: 3, message: '4 technologies and skills' }],
    })),
    {
      name: "a security engineer's areas, each its own skill",
      text: `Dear Ms. Okafor,\n\nI have hands-on experience in penetration testing, threat modeling, SIEM and incident response.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'penetration testing, threat modeling, SIEM and incident response', line: 3 }],
    },
    {
      name: "a systems administrator's areas",
      text: `Dear Ms. Okafor,\n\nI am comfortable with networking, Linux administration, scripting and virtualization.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'networking, Linux administration, scripting and virtualization', line: 3 }],
    },
    {
      name: "the writer's team that uses the list",
      text: `Dear Ms. Okafor,\n\nMy team uses Go, Kafka, Postgres and Kubernetes every day.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go, Kafka, Postgres and Kubernetes', line: 3 }],
    },
    {
      name: 'the crafts of language models as skills',
      text: `Dear Ms. Okafor,\n\nI am an aspiring ML engineer with hands-on experience in Python, LLMs, fine-tuning, and prompt engineering.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Python, LLMs, fine-tuning, and prompt engineering', line: 3 }],
    },
    {
      name: 'skill areas after "aspects of <field> such as"',
      text: `Dear Ms. Okafor,\n\nI have had experience with many aspects of robotics such as speech recognition, user interface, mapping and localisation, navigation and planning.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'speech recognition, user interface, mapping and localisation, navigation and planning', line: 3, message: 'skill areas' }],
    },
    {
      name: 'skill areas after a skill noun and a verb that lists ("expertise encompasses")',
      text: `Dear Ms. Okafor,\n\nWith 14 years in embedded work, my expertise encompasses firmware, power circuits, board bring-up, motor control and PCB layout.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'firmware, power circuits, board bring-up, motor control and PCB layout', line: 3, message: 'skill areas' }],
    },
    {
      name: '.NET after a slash, which the tokenizer takes for a full stop',
      text: `Dear Ms. Okafor,\n\nI code mostly in C#/.NET, with SQL Server, Azure DevOps and Angular on the side.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'C#/.NET, with SQL Server, Azure DevOps and Angular', line: 3 }],
    },
    {
      name: 'four data skills, visualisation alone among them',
      text: `Dear Ms. Okafor,\n\nI am skilled in machine learning, data analysis, statistics and visualisation.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'machine learning, data analysis, statistics and visualisation', line: 3 }],
    },
    {
      name: 'skill areas after a skill noun and a colon',
      text: `Dear Ms. Okafor,\n\nIn previous work I have delivered on a range of responsibilities: design, testing, research, usability, security and mentoring.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'design, testing, research, usability, security and mentoring', line: 3, message: 'skill areas' }],
    },
    // A story first does not excuse an inventory after it: the opening still spends its words on a list.
    {
      name: 'an inventory after a story sentence in the opening',
      text: `Dear Ms. Okafor,\n\n${STORY} Day to day I work with Go, Postgres, Kafka, Redis and Kubernetes.\n\n${CLOSE}`,
      errors: [{ actual: 'Go, Postgres, Kafka, Redis and Kubernetes', line: 3 }],
    },
    {
      name: 'a "My stack:" line after a story line in the same paragraph',
      text: `Dear Ms. Okafor,\n\nAt Tern I rebuilt the tracking pipeline that handles 6 million events a day.\nMy stack: Go, gRPC, Postgres, Kafka\n\n${CLOSE}`,
      errors: [{ actual: 'Go, gRPC, Postgres, Kafka', line: 4 }],
    },
    {
      name: 'skill areas after "my skills cover"',
      text: `Dear Ms. Okafor,\n\nMy skills cover networking, scripting, virtualization, storage and backups.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'networking, scripting, virtualization, storage and backups', line: 3, message: 'The opening lists 5 skill areas' }],
    },
    {
      name: 'a list in parentheses is still a list',
      text: `Dear Ms. Okafor,\n\nI write services in Ruby and Perl and run them on cloud platforms (GCP, Azure).\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Ruby and Perl and run them on cloud platforms (GCP, Azure', line: 3, message: 'The opening lists 5 technologies and skills' }],
    },
    {
      name: "the writer's own role and its list",
      text: `Dear Ms. Okafor,\n\nIn my previous role I used Java, Spring, AWS and Docker every day.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java, Spring, AWS and Docker', line: 3, message: 'The opening lists 4 technologies' }],
    },
    {
      name: 'names written back to back, in any spelling of a JavaScript name',
      text: `Dear Ms. Okafor,\n\nAs a developer, I write clean Java/ReactJs/JavaScript/PostgreSQL code.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java/ReactJs/JavaScript/PostgreSQL', line: 3, message: '4 technologies (Java, React, JavaScript, PostgreSQL)' }],
    },
    {
      name: 'a list whose items run on, with a technology before it',
      text: `Dear Ms. Okafor,\n\nI use Python for data work, Go for services, and Postgres and Redis for storage.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Python for data work, Go for services, and Postgres and Redis', line: 3, message: '4 technologies' }],
    },
    {
      name: "a trade's skill areas after \"experience in\"",
      text: `Dear Ms. Okafor,\n\nI bring experience in building design, estimation, architectural drawings, tender documentation, and code compliance.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'building design, estimation, architectural drawings, tender documentation, and code compliance', line: 3, message: 'The opening lists 5 skill areas' }],
    },
    {
      name: 'skill areas set off by dashes after years in a trade',
      text: `Dear Ms. Okafor,\n\nWith eight years in technical writing, I cover the full content lifecycle\u2014authoring, editorial review, metadata, SEO, and publishing\u2014for teams.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'authoring, editorial review, metadata, SEO, and publishing', line: 3, message: '5 skill areas (authoring, editorial review, metadata, SEO, publishing)' }],
    },
    {
      name: 'skill areas after "my skills include", hard-wrapped',
      text: `Dear Ms. Okafor,\n\nMy skills include requirements gathering, stakeholder\nmanagement, sprint planning, risk tracking and reporting.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'requirements gathering, stakeholder\nmanagement, sprint planning, risk tracking and reporting', line: 3, message: '5 skill areas' }],
    },
    {
      name: 'tools the lexicon does not know, listed beside known ones, are items too',
      text: `Dear Ms. Okafor,\n\nI bring hands-on work with Kubernetes, Kafka, Istio, Pinpoint and Skywalking.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Kubernetes, Kafka, Istio, Pinpoint and Skywalking', line: 3, message: 'The opening lists 5 technologies (Kubernetes, Kafka, Istio, Pinpoint, Skywalking)' }],
    },
    {
      name: 'a one-sentence inventory',
      text: `Dear Ms. Okafor,\n\nI have five years of experience with Java, Spring Boot, Kafka, PostgreSQL and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [
        {
          actual: 'Java, Spring Boot, Kafka, PostgreSQL and AWS',
          line: 3,
          column: 38,
          message: 'The opening lists 5 technologies (Java, Spring Boot, Kafka, PostgreSQL, AWS)',
          suggestion: 'Lead with one system you owned',
        },
      ],
    },
    {
      name: 'an inventory after a sentence that tells no story',
      text: 'Dear Ms. Okafor,\n\nI am writing to apply for the Backend Engineer role at Acme. I work with Python, Django, PostgreSQL, Redis and Docker every day.\n\nBest,\nPriya',
      errors: [{ actual: 'Python, Django, PostgreSQL, Redis and Docker', line: 3, column: 74, message: '5 technologies' }],
    },
    {
      name: 'generic experience "building" things is not a story',
      text: 'Dear Ms. Okafor,\n\nI have five years of experience building data pipelines with Java, Spark, Kafka and Airflow.\n\nBest,\nPriya',
      errors: [{ actual: 'Java, Spark, Kafka and Airflow', line: 3, column: 62 }],
    },
    {
      name: 'a role description in the present tense is not a story',
      text: 'Hi Sam,\n\nI am a backend engineer who builds scalable services with Go, Postgres, Kafka and Redis.\n\nThanks,\nPriya',
      errors: [{ actual: 'Go, Postgres, Kafka and Redis', line: 3, column: 59, message: '(Go, PostgreSQL, Kafka, Redis)' }],
    },
    {
      name: 'years of "scaling services" is a description, not a story',
      text: 'Hi Sam,\n\nI have spent four years scaling payment services with Go, Kafka, Postgres and Redis.\n\nThanks,\nPriya',
      errors: [{ actual: 'Go, Kafka, Postgres and Redis', line: 3, column: 55 }],
    },
    {
      name: 'a "My stack:" line even when a story follows in the same paragraph',
      text: `Dear Ms. Okafor,\n\nMy stack: Go, gRPC, Postgres, Kafka. ${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go, gRPC, Postgres, Kafka', line: 3, column: 11, message: '4 technologies' }],
    },
    {
      name: 'a "My stack:" line without a full stop, with a story on the next line',
      text: 'Dear Ms. Okafor,\n\nMy stack: Go, gRPC, Postgres, Kafka\nAt Tern I rebuilt the tracking pipeline that handles 6 million events a day.\n\nBest,\nPriya',
      errors: [{ actual: 'Go, gRPC, Postgres, Kafka', line: 3, column: 11 }],
    },
    {
      name: 'an intro line ending in ":" followed by a bulleted Markdown list',
      text: `Dear Mr. Novak,\n\nI'd bring this stack to the team:\n\n- Java\n- Spring Boot\n- PostgreSQL\n- Kafka\n\n${STORY}\n\n${CLOSE}`,
      errors: [
        {
          actual: 'Java\n- Spring Boot\n- PostgreSQL\n- Kafka',
          line: 5,
          column: 3,
          message: '4 technologies (Java, Spring Boot, PostgreSQL, Kafka)',
        },
      ],
    },
    {
      name: 'a bulleted list of labelled groups',
      text: 'Dear Mr. Novak,\n\nWhat I bring:\n\n* **Languages:** Go, Python\n* **Data:** PostgreSQL, Kafka\n\nBest,\nPriya',
      errors: [{ actual: 'Go, Python\n* **Data:** PostgreSQL, Kafka', line: 5, column: 18 }],
    },
    {
      name: 'a plain-text letter with "- " bullet lines',
      format: 'text',
      text: `Dear Mr. Novak,\n\nHere is what I work with:\n- Go\n- Postgres\n- Kafka\n- Kubernetes\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Go\n- Postgres\n- Kafka\n- Kubernetes', line: 4, column: 3, message: '4 technologies' }],
    },
    {
      name: 'a plain-text letter with bullets set off from their intro line by a blank line',
      format: 'text',
      text: 'Dear Mr. Novak,\n\nHere is what I work with:\n\n- Go\n- Postgres\n- Kafka\n- Kubernetes\n\nBest,\nPriya',
      errors: [{ actual: 'Go\n- Postgres\n- Kafka\n- Kubernetes', line: 5, column: 3 }],
    },
    {
      name: 'aliases: k8s, Postgres, GCP, Node.js, C#, C++ and .NET',
      text: `Hi Sam,\n\nI work across k8s, Postgres, GCP, Node.js, C#, C++ and .NET.\n\n${CLOSE}`,
      errors: [
        {
          actual: 'k8s, Postgres, GCP, Node.js, C#, C++ and .NET',
          line: 3,
          column: 15,
          message: '7 technologies (Kubernetes, PostgreSQL, Google Cloud, Node.js, C#, \u2026)',
        },
      ],
    },
    {
      name: 'a ".NET" stack line followed by a story, with neighbouring names kept apart by commas',
      text: `Hi Sam,\n\nMy stack: .NET, C#, Azure, SQL Server. ${STORY}\n\n${CLOSE}`,
      errors: [{ actual: '.NET, C#, Azure, SQL Server', line: 3, column: 11, message: '4 technologies (.NET, C#, Azure, SQL Server)' }],
    },
    {
      name: 'names joined by slashes',
      text: 'Hi Sam,\n\nI am most at home with Go/Rust and Postgres/Redis.\n\nThanks,\nPriya',
      errors: [{ actual: 'Go/Rust and Postgres/Redis', line: 3, column: 24, message: '4 technologies' }],
    },
    {
      name: 'a letter without greeting, after a contact header',
      text: 'Priya Raman\npriya@example.com\n\nI bring Go, Rust, Kafka and ClickHouse to every team I join.\n\nBest,\nPriya',
      errors: [{ actual: 'Go, Rust, Kafka and ClickHouse', line: 4, column: 9 }],
    },
    {
      name: 'a heading before the greeting',
      text: '# Application: Backend Engineer\n\nDear Ms. Okafor,\n\nI know TypeScript, React, GraphQL and MongoDB well.\n\nBest,\nPriya',
      errors: [{ actual: 'TypeScript, React, GraphQL and MongoDB', line: 5, column: 8 }],
    },
    {
      name: 'a plain-text letter with CRLF line endings',
      format: 'text',
      text: 'Dear Ms. Okafor,\r\n\r\nI have shipped code in Kotlin, Swift, Firebase and GraphQL.\r\n\r\nBest,\r\nPriya',
      errors: [{ actual: 'Kotlin, Swift, Firebase and GraphQL', line: 3, column: 24 }],
    },
    {
      name: 'a background in technologies plus skills, in ordinary prose',
      text: `Dear Ms. Okafor,\n\nI am applying for the Backend Engineer role. My background in Go, Rust, React, Terraform and MySQL, plus CI pipelines and observability, makes me a strong fit.\n\n${STORY}\n\n${CLOSE}`,
      errors: [
        {
          actual: 'Go, Rust, React, Terraform and MySQL, plus CI pipelines and observability',
          line: 3,
          column: 63,
          message: 'The opening lists 7 technologies and skills (Go, Rust, React, Terraform, MySQL, \u2026)',
        },
      ],
    },
    {
      name: 'three technologies and an acronym skill make four',
      text: `Dear Ms. Okafor,\n\nI am a recent graduate with a solid grounding in C#, OOP, HTML and CSS.\n\n${CLOSE}`,
      errors: [{ actual: 'C#, OOP, HTML and CSS', line: 3, column: 50, message: '4 technologies and skills (C#, OOP, HTML, CSS)' }],
    },
    {
      name: 'skills alone, with inflections and hyphen variants',
      text: `Dear Ms. Okafor,\n\nI have experience with data structures, object-oriented programming, unit tests and micro-services.\n\n${CLOSE}`,
      errors: [
        {
          actual: 'data structures, object-oriented programming, unit tests and micro-services',
          line: 3,
          message: '(data structures, object-oriented programming, unit tests, micro-services)',
        },
      ],
    },
    {
      name: 'acronym skills joined by slashes, and a British spelling',
      text: `Dear Ms. Okafor,\n\nI work across REST APIs, CI/CD, AI/ML and containerisation.\n\n${CLOSE}`,
      errors: [{ actual: 'REST APIs, CI/CD, AI/ML and containerisation', line: 3, column: 15, message: '4 technologies and skills' }],
    },
    {
      name: 'skills as items of a bulleted list',
      text: `Dear Ms. Okafor,\n\nWhat I bring:\n\n- REST APIs\n- unit testing\n- CI/CD pipelines\n- Agile\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'REST APIs\n- unit testing\n- CI/CD pipelines\n- Agile', line: 5, column: 3 }],
    },
    {
      name: 'a hard-wrapped plain-text opening, lines broken mid-sentence',
      format: 'text',
      text: 'Dear Ms. Okafor,\n\nI am writing to apply for the Software Engineer position. I have\nexperience with Java, object-oriented programming, REST APIs, SQL\ndatabases and unit testing, and I enjoy working in agile teams.\n\nBest,\nPriya',
      errors: [{ actual: 'Java, object-oriented programming, REST APIs, SQL\ndatabases and unit testing', line: 4, column: 17, message: '5 technologies and skills' }],
    },
    {
      name: 'a hard-wrapped opening whose second line has a label-like colon',
      format: 'text',
      text: 'Dear Ms. Okafor,\n\nI am a developer with hands-on experience in the following\ntechnologies: Go, Rust, React,\nTerraform and MySQL.\n\nBest,\nPriya',
      errors: [{ actual: 'Go, Rust, React,\nTerraform and MySQL', line: 4, column: 15, message: '5 technologies' }],
    },
    {
      name: 'areas of work listed as the opening: back-end, front-end, testing, deployment',
      text: `Dear Ms. Okafor,\n\nI know what it takes to ship a product, having worked on the back-end, front-end, testing and finally the deployment of several products.\n\n${CLOSE}`,
      errors: [{ actual: 'back-end, front-end, testing and finally the deployment', line: 3, message: '4 technologies and skills (back-end, front-end, testing, deployment)' }],
    },
    {
      name: 'quantitative skills listed as the opening',
      text: `Dear Ms. Okafor,\n\nWith my experience in mathematics, statistics, convex optimization and time series forecasting, I would be a great fit for the role.\n\n${CLOSE}`,
      errors: [{ actual: 'mathematics, statistics, convex optimization and time series forecasting', line: 3, column: 23 }],
    },
    {
      name: 'a career told as a list of areas, "from … to …"',
      text: `Dear Ms. Okafor,\n\nOver eight years I have worked across IT, from technical support, networking and hardware to full-stack development.\n\n${CLOSE}`,
      errors: [{ actual: 'technical support, networking and hardware to full-stack development', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'a line of work told as past-tense verb phrases over plural systems is not one story',
      text: `Dear Ms. Okafor,\n\nI have built data platforms on AWS, designed Kubernetes clusters and automated CI/CD pipelines with Terraform.\n\n${CLOSE}`,
      errors: [{ actual: 'AWS, designed Kubernetes clusters and automated CI/CD pipelines with Terraform', line: 3, message: '4 technologies and skills' }],
    },
    {
      name: 'option min lowered to three',
      options: { min: 3 },
      text: `Dear Ms. Okafor,\n\nI have five years of experience with Java, Kafka and PostgreSQL.\n\n${CLOSE}`,
      errors: [{ actual: 'Java, Kafka and PostgreSQL', line: 3, column: 38, message: '3 technologies' }],
    },
    {
      name: 'the suggestion names the system the letter tells about',
      text: `Dear Ms. Okafor,\n\nI have five years of experience with Java, Spring Boot, Kafka, PostgreSQL and AWS.\n\n${STORY}\n\n${CLOSE}`,
      errors: [{ actual: 'Java, Spring Boot, Kafka, PostgreSQL and AWS', line: 3, suggestion: 'I owned the payouts ledger' }],
    },
  ],
});

// A hard-wrapped opening (lines broken mid-sentence, as plain-text and many Markdown letters are)
// must be read exactly as the same text unwrapped: same finding, same message.
const OPENINGS = [
  'I am applying for the Backend Engineer role. My background in Go, Rust, React, Terraform and MySQL, plus CI pipelines and observability, makes me a strong fit.',
  'I am a recent graduate with a solid grounding in C#, OOP, HTML and CSS, and I am eager to learn from your team.',
  'I have experience with data structures, object-oriented programming, unit tests and micro-services from my degree.',
  'I am a developer with hands-on experience in the following technologies: Go, Rust, React, Terraform and MySQL.',
  'My stack: Go, gRPC, Postgres, Kafka. I like small teams.',
  'At Globex I rebuilt the payouts ledger in Go, Postgres, Kafka and Redis, and reconciliation fell from six hours to 20 minutes.',
  'My work spans design, hiring, mentoring and planning, and after a rest I joined an agile team that works with Go, Kafka and Postgres.',
];

describe('no-stack-list-opening: hard-wrapped openings', () => {
  for (const opening of OPENINGS) {
    for (const format of ['text', 'markdown'] as const) {
      it(`${format}: ${opening.slice(0, 40)}…`, async () => {
        // With a greeting, and without one after a contact header.
        for (const head of ['Dear Ms. Okafor,', 'Priya Raman\npriya@example.com']) {
          const letter = (body: string) => `${head}\n\n${body}\n\n${CLOSE}`;
          const flat = await findingsOf(rule, { name: 'flat', format, text: letter(opening) });
          for (const width of [28, 40, 55, 72]) {
            const wrapped = await findingsOf(rule, { name: 'wrapped', format, text: letter(wrapAt(opening, width)) });
            expect(wrapped.map((f) => f.message), `wrapped at ${width}`).toEqual(flat.map((f) => f.message));
            expect(wrapped.map((f) => f.actual?.replace(/\s+/g, ' ')), `wrapped at ${width}`).toEqual(flat.map((f) => f.actual));
          }
        }
      });
    }
  }
  it('the examples include both findings and quiet openings', async () => {
    const fired = await Promise.all(OPENINGS.map((o) => findingsOf(rule, { name: 'o', text: `Dear Ms. Okafor,\n\n${o}\n\n${CLOSE}` })));
    expect(fired.filter((f) => f.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(fired.filter((f) => f.length === 0).length).toBeGreaterThanOrEqual(2);
  });
});
