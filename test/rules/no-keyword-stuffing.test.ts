import rule from '../../rules/no-keyword-stuffing.js';
import { ruleTester } from '../rule-tester.js';

const OPENING = 'I am applying for the Backend Engineer role at Northwind, whose ledger post I have read twice.';
const STORY = 'At Globex I owned the payouts ledger in Go and Postgres; moving it onto Kafka cut reconciliation from six hours to 20 minutes.';
const CLOSE = 'I would enjoy a technical conversation about your settlement design.';
const letter = (...paragraphs: string[]) => ['Dear Sam,', OPENING, ...paragraphs, CLOSE, 'Best,\nPriya'].join('\n\n');

// Twelve distinct technologies, each inside a sentence about work done with it.
const TWELVE = [
  STORY,
  'The API gateway ran on Kubernetes with Envoy in front, and we traced requests through OpenTelemetry into Grafana.',
  'Batch reports moved from cron scripts to Airflow, with results cached in Redis and archived to S3.',
  'The merchant dashboard was a small React app talking to a Django service.',
].join(' ');

ruleTester(rule, {
  valid: [
    { name: 'twelve technologies, the most, each inside a story', text: letter(TWELVE) },
    { name: 'the new names as ordinary words: a pact, a lighthouse', text: letter(TWELVE, 'We made a pact to ship on Fridays, and the old lighthouse on our logo stayed.') },
    { name: 'a stack list in the opening is left to no-stack-list-opening', text: ['Dear Sam,', 'I work in Go, Rust, Kafka, Redis, Postgres and Terraform.', STORY, CLOSE].join('\n\n') },
    {
      name: 'five technologies in a paragraph that is mostly story',
      text: letter('We rebuilt the payouts pipeline in Go, put its state in Postgres, streamed events through Kafka, cached balances in Redis and deployed it with Terraform, and the nightly batch that used to take three hours now finishes in twenty minutes.'),
    },
    { name: 'four technologies as a bare list', text: letter(STORY, 'Go, Rust, Kafka and Redis.') },
    {
      name: 'the same technology named again and again counts once',
      text: letter('Postgres held the ledger. Postgres replicas served reads. Postgres partitions kept vacuum short. Postgres advisory locks guarded payouts. Postgres logical replication fed the warehouse.'),
    },
    {
      name: 'technologies in a code block are not prose',
      text: letter(STORY, '```\ngo rust kafka redis postgres terraform docker kubernetes python java scala kotlin spark flink\n```'),
    },
    {
      name: 'a list of tools with what each did for the story',
      text: letter(STORY, 'What I used and why:\n\n- Datadog for tracing the slow settlement queries\n- Terraform to rebuild the replicas by review, not by hand\n- Postgres partitioning to keep each day\'s ledger small\n- Go for the reconciliation worker and its retry loop\n- Redis to hold idempotency keys for a day'),
    },
    { name: 'more technologies allowed by options', options: { max: 20 }, text: letter(TWELVE, 'I also wrote the CLI in Rust and the data checks in Python.') },
    { name: 'ordinary words that are also names', text: letter(STORY, 'A swift rollback kept the rust off our release process; we go back over every go-live with the team, and the spark for it was a bad night.') },
  ],
  invalid: [
    {
      name: 'test, build and debugging tools counted (session 34, blind set kw1)',
      text: letter(TWELVE, 'For the contract tests I used Pact and REST Assured, with Testcontainers on the JVM, and I debugged the boards with GDB.'),
      errors: [{ actual: null, line: 3, message: 'The letter names 17 technologies' }],
    },
    {
      name: 'thirteen technologies in one letter',
      text: letter(TWELVE, 'I also wrote the deploy CLI in Rust.'),
      errors: [{ actual: null, line: 3, message: 'The letter names 13 technologies; keep it to the 12 or fewer', suggestion: 'Go, PostgreSQL, Kafka' }],
    },
    {
      name: 'a paragraph that is a list of technologies',
      text: letter(STORY, 'I also know Go, Rust, Java, Kotlin and Scala.'),
      errors: [{ actual: 'Go, Rust, Java, Kotlin and Scala', line: 7, column: 13, message: 'mostly a list of 5 technologies', suggestion: 'one sentence about what you built' }],
    },
    {
      name: 'a paragraph of technologies after the one that announces it',
      text: letter(STORY, 'These are the tools I reach for every day at work:', 'Go, Rust, Java, Kotlin, Scala.'),
      errors: [{ actual: 'Go, Rust, Java, Kotlin, Scala', line: 9, column: 1, message: 'mostly a list of 5 technologies' }],
    },
    {
      name: 'a list judged without the long sentence that introduces it',
      text: letter(STORY, 'In my last two roles, where I worked on the payments platform for several years and learned a great deal, I used these:\n\n- Go, Rust, Java\n- Kotlin, Scala, Elixir'),
      errors: [{ actual: 'Go, Rust, Java\n- Kotlin, Scala, Elixir', line: 9, column: 3, message: 'mostly a list of 6 technologies' }],
    },
    {
      name: 'a plain-text list whose items run on to a second line, after its lead-in',
      text: ['Dear Sam,', OPENING, STORY, 'I have used the tools below for years, in many projects at several companies and on my own:', '- Languages:\nGo, Rust, Java', '- Platforms:\nKubernetes, Terraform, Docker', CLOSE, 'Best,\nPriya'].join('\n\n'),
      format: 'text',
      errors: [{ actual: 'Go, Rust, Java\n\n- Platforms:\nKubernetes, Terraform, Docker', line: 10, message: 'mostly a list of 6 technologies' }],
    },
    {
      name: 'a bulleted list of bare technologies after the story',
      text: letter(STORY, 'Tools:\n\n- Terraform\n- Docker\n- Kubernetes\n- Prometheus\n- Grafana'),
      errors: [{ actual: 'Terraform\n- Docker\n- Kubernetes\n- Prometheus\n- Grafana', line: 9, column: 3 }],
    },
    {
      name: 'a slash-separated list',
      text: letter(STORY, 'Stack: Postgres/Redis/Kafka/Docker/Terraform.'),
      errors: [{ actual: 'Postgres/Redis/Kafka/Docker/Terraform', line: 7, column: 8 }],
    },
    {
      name: 'the docs example after an opening',
      text: letter(STORY, 'I also know Go, Rust, Java, Kotlin, Scala, Kafka, Pulsar, Flink, Spark, Redis, Postgres, MySQL, Cassandra and DynamoDB.'),
      errors: [
        { actual: null, line: 3, message: 'The letter names 14 technologies' },
        { actual: 'Go, Rust, Java, Kotlin, Scala, Kafka, Pulsar, Flink, Spark, Redis, Postgres, MySQL, Cassandra and DynamoDB', line: 7, column: 13, message: 'mostly a list of 14 technologies' },
      ],
    },
    {
      name: 'a lower limit from options',
      options: { max: 3 },
      text: letter('We ran Go services on Kubernetes, kept state in Postgres and queued work in Kafka, and p99 fell from 900 ms to 180 ms.'),
      errors: [{ actual: null, line: 3, message: 'names 4 technologies; keep it to the 3 or fewer' }],
    },
    {
      name: 'a list paragraph among story paragraphs',
      text: letter(STORY, 'Python, Django, Celery, RabbitMQ, Redis.', 'I paired with two new engineers until they shipped ledger changes on their own.'),
      errors: [{ actual: 'Python, Django, Celery, RabbitMQ, Redis', line: 7, column: 1 }],
    },
    {
      name: 'plain text',
      format: 'text',
      text: letter(STORY, 'Languages: Go, Rust, Python, Java, TypeScript.').replace(/\n/g, '\r\n'),
      errors: [{ actual: 'Go, Rust, Python, Java, TypeScript', line: 7, column: 12 }],
    },
  ],
});
