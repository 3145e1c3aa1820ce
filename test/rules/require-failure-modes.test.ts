import rule from '../../rules/require-failure-modes.js';
import { ruleTester } from '../rule-tester.js';

const GREETING = 'Dear Ms. Lee,';
const CLOSE = 'Best,\nSam Okafor';

/** A letter with a greeting and a sign-off around the given body paragraphs. */
const letter = (...paragraphs: string[]): string => [GREETING, ...paragraphs, CLOSE].join('\n\n');

// The opening every invalid letter below starts with, on line 3 after the greeting.
const OPENING = 'I am applying for the Backend Engineer role on your payments team.';
const MESSAGE = 'Nothing in the letter speaks of failure modes';

// Failure language of every role and in the writer's own words: each sentence alone keeps the rule quiet.
const SPOKEN: Array<[string, string]> = [
  // mobile
  ['crash-free sessions', 'On the Android app I raised crash-free sessions from 97.1% to 99.6%.'],
  ['an ANR rate', 'I cut our ANR rate in half by moving image decoding off the main thread.'],
  ['app hangs', 'I traced the app hangs on older iPhones to a lock we held during launch.'],
  ['offline sync conflicts', 'I designed how the notes app resolves sync conflicts between two offline devices.'],
  // ML and AI
  ['regression evals', 'Every prompt change now runs against our regression evals before it ships.'],
  ['a hallucination rate', "I brought the assistant's hallucination rate on billing questions down to 2%."],
  ['a wrong-answer rate', 'I built the review queue that cut the wrong-answer rate of our search bot.'],
  ['model drift', 'I added drift alerts to the fraud scorer after model drift cost us a quarter.'],
  ['guardrails on a model', 'I built the guardrails that stop the support bot from quoting refund amounts.'],
  ['red-teaming', 'Before launch I organised red-teaming of the assistant with our security team.'],
  // QA
  ['flaky tests', 'I quarantined flaky tests so that the main branch stayed green.'],
  ['test flakiness', 'I measured test flakiness per suite and published it weekly.'],
  ['escaped defects', 'Escaped defects fell from nine a release to two after I built the contract suite.'],
  ['a regression suite', 'I own the regression suite that runs on every merge to main.'],
  // security
  ['a CVE patched', 'I patched CVE-2021-44228 across 300 services in two days.'],
  ['pen-test findings', 'I closed every finding from our last pen-test within one sprint.'],
  ['a threat model', 'I wrote the threat model for the payments API with the platform team.'],
  ['incident response', 'I led incident response when a leaked API key showed up in a public repository.'],
  ['vulnerabilities', 'I triaged the vulnerabilities our scanner reported in third-party images.'],
  // data
  ['backfills', 'I made our backfills safe to rerun over any date range.'],
  ['column-level lineage', 'I added column-level lineage so analysts can see where each number came from.'],
  ['schema drift', 'I added checks for schema drift in the partner feeds we ingest.'],
  ['late-arriving data', 'The daily rollup now handles late-arriving events without a manual rerun.'],
  ['data quality checks', 'I wrote the data quality checks that gate each nightly load.'],
  // frontend
  ['an error rate after release', 'I watched the checkout error rate after each release and rolled back twice.'],
  ['a feature-flag kill switch', 'Every new widget ships behind a kill switch that support can flip.'],
  ['Sentry errors', 'I cut Sentry errors on the merchant dashboard by 60% in one quarter.'],
  // frames in the writer's own words
  ['messages processed twice', 'Messages were processed twice after a consumer restart until I stored the last offset.'],
  ['lost or duplicated', 'Under load, events could be lost or duplicated, so I rewrote the producer.'],
  ['double-charged', 'A customer was double-charged once, and I made sure it never happened again.'],
  ['when X went down, Y', 'When the vendor API went down, our checkout kept taking orders from a local queue.'],
  ['the export broke', 'The nightly export broke whenever a vendor renamed a column, so I added a contract check.'],
  ['a bug that caused', 'I fixed a bug that caused refunds to post against the wrong account.'],
  ['root-caused', 'I root-caused the slow leak in our image service to an unbounded map.'],
  ['so that a retry never', 'I keyed each send so that a retry never emails a customer a second time.'],
  ['failed payments', 'I built the flow that recovers failed payments before a subscription lapses.'],
  ['never lost', 'I rebuilt the ingest path so that no meter reading is ever lost.'],
  ['monitoring with Grafana', 'I set up monitoring for the booking API in Grafana.'],
  ['an incident and the pager', 'During my first incident on the pager I learned to write runbooks.'],
  ["a platform's resilience", 'I improved the resilience of the payment platform to a lost availability zone.'],
  ['events deduplicated by key', 'The consumer deduplicates events by key, so a redelivery changes nothing.'],
  ['the reliability of a system', 'I spent a year on the reliability of our build farm.'],
  ['the same reading again', 'A meter sometimes sends the same reading again after reconnecting.'],
  ['a file that arrives late', 'Sometimes the file from a region arrives late, and the pipeline waits for it.'],
  ['something goes wrong upstream', 'Most of my design time goes to the days when something goes wrong upstream.'],
  ['99.95% availability', 'The booking API held 99.95% availability through two regional moves.'],
  ['app stability', 'I spent my first year on app stability, mostly on old Android devices.'],
  ['pipeline failures', 'I cut nightly pipeline failures by half with idle-time checks.'],
  ['a payment success rate', 'The payment success rate went from 92% to 99% after I moved card retries into the gateway.'],
  ['breaking changes', 'I built the contract tests that stop breaking changes to the public API.'],
  ['broke production', 'I once broke production with a bad migration, and I now rehearse every one.'],
  ['critical bugs', 'I fixed two critical bugs in the sync engine the week before launch.'],
  ['poor connectivity', 'The field app keeps working with poor connectivity and uploads later.'],
  ['crashes on old phones', 'I cut crashes on older Android phones by 40% in one release.'],
  ['health checks on services', 'I added health checks to every service, so the balancer stops sending traffic to a sick pod.'],
  ['an automatic roll back', 'Failed releases now roll back automatically within two minutes.'],
  ['customer-reported bugs', 'Customer-reported bugs fell by 30% after I added the end-to-end suite.'],
  ['exactly once', 'Each webhook is applied exactly once, whatever the sender retries.'],
  ['message loss', 'We measured message loss during each broker upgrade and got it to zero.'],
  ['blue-green deploys', 'I moved the storefront to blue-green deploys.'],
  ['fixed bugs', 'As the sole client developer I fixed bugs and shipped features every week.'],
  ['debugging', 'I spend much of my week debugging the scheduler.'],
  ['live issues', 'I worked with the support team to resolve live issues within the hour.'],
  ['highly available clusters', 'I run highly available etcd clusters for three product teams.'],
  ['tests the writer built', "I built out the team's API testing and CI in my first month."],
  ['test automation', 'My focus has been exploratory testing and test automation.'],
  ['errors and warnings', 'The old site threw PHP errors and warnings on every page until I rebuilt it.'],
  ['a calculation error', 'A calculation error in a beam table is a safety failure, not a typo.'],
  ['security issues', 'I have an eye for security issues in backend code.'],
  ['something broke', 'When something broke, I was the one who fixed it.'],
  ['the reliability of a named system', 'I spent a year on the reliability of the nightly export.'],
  ['troubleshot outages', 'I troubleshot network outages across four offices.'],
  ['bug fixes', 'I shipped bug fixes every week for the checkout team.'],
  ['a security audit', 'I led a security audit of our partner integrations.'],
  ['backup and recovery', 'I set up backup and recovery for the customer database.'],
  ['app startup failures', 'I cut app startup failures on low-memory devices by a third.'],
  ['offline edits in conflict', 'I made the sync engine resolve conflicts when two devices edit the same note offline.'],
  ['a suite kept green', 'I kept our end-to-end suite green and under ten minutes.'],
  ['a ransomware attack', 'I led the response to a ransomware attack on our file servers.'],
  ['a rerun that never double-loads', 'I rebuilt the nightly job so a rerun never double-loads a day.'],
  ['a timezone bug', "I traced a wrong number on the CFO's dashboard back to a timezone bug."],
  ['network hiccups', 'My scripts ride out network hiccups without losing their place.'],
  ['safe to rerun', 'Every backfill job is safe to rerun for any day.'],
  ['production support', 'I provided production support for the claims system for two years.'],
  ['downstream dashboards broken', 'Schema changes no longer break downstream dashboards, because every model has a contract.'],
  ['without losing a record', 'We moved the ledger to the new cluster without losing a single record.'],
  ['memory safety', "Rust's memory safety is why I rewrote the parser."],
  ['deploys made safer', 'I made deploys safer by shipping every change to one region first.'],
  ['systems down', 'After the merger our booking systems were down for a week, and I ran the recovery.'],
  ['duplicate webhooks', 'Our bank sends duplicate webhooks after a timeout on their side, and I made the handler ignore them.'],
  // testing by kind and by tool
  ['manual sanity testing', 'Each sprint I ran manual sanity testing on the release candidate before sign-off.'],
  ['UAT test cases', 'I wrote the UAT test cases for the claims portal.'],
  ['a test tool put to use', 'I used pytest to evaluate the scraper against last year\'s pages.'],
  // verification and validation
  ['verification and validation', 'I led verification and validation of the brake controller firmware.'],
  ['results validated', 'I validated the forecast results against the actual loads.'],
  ['an integration validated end-to-end', 'The radar integration was validated end-to-end at the range.'],
  // changes that broke nothing
  ['without breaking existing integrations', 'I refactored the billing module without breaking existing integrations.'],
  ['without skipping a beat', 'We migrated the Redis fleet to TLS without skipping a beat.'],
  ['backward compatibility', 'I kept the public API backward compatible through three major versions.'],
  ['shipping safely behind flags', 'I have shipped every feature behind a flag, with feature-gated rollouts.'],
  ['responsible for reliability', 'As the only engineer, I was responsible for reliability and cost of forty services.'],
  ['software reliability', 'My main interest is software reliability.'],
  ['availability improved', 'I tuned the load balancer to improve availability.'],
  // monitoring set up
  ['comprehensive monitoring', 'The ingest service runs with automated error handling and comprehensive monitoring.'],
  ['alerting set up', 'I set up alerting for the nightly exports.'],
  ["an app's vital signs monitored", 'I monitor app statistics (responsiveness, hangs, memory) after every release.'],
  // security controls
  ['dependency scanning', 'I added dependency scanning to every pipeline.'],
  ['clusters hardened', 'I hardened our Kubernetes clusters after the audit.'],
  ['systems compromised', 'I study how systems are compromised so I can defend them.'],
  ['row-level security', "Nine row-level security policies keep each tenant's data apart."],
  // support and IT operations
  ['ticket triage', 'I automated ticket triage for the service desk.'],
  ['network issues resolved', 'I resolved network issues for 200 staff across two sites.'],
  ['faulty equipment', 'I replaced faulty conference room equipment across three floors.'],
  ['tier 2 support', 'I worked tier 2 support for a hosting company.'],
  ['escalations', 'I owned engineering escalations for the billing product.'],
  // embedded and hardware
  ['a fault handler', 'I wrote the fault handler that brings the motor controller to a stop.'],
  ['safety-critical', 'I have written safety-critical firmware for infusion pumps.'],
  ['a brownout', 'The board now survives a brownout without corrupting flash.'],
  // networks, mobile, ML, code
  ['link flapping', 'I tracked down the link flapping between our two data centres.'],
  ['hangs and hitches', 'I cut hangs and hitches on the feed screen of our iOS app.'],
  ['dropped frames', 'I profiled the dropped frames in our map view.'],
  ['anomaly detection', 'I built anomaly detection for the payments ledger.'],
  ['false positives', 'I cut false positives in the fraud model by a third.'],
  ['models evaluated', 'I evaluated every model against a held-out set.'],
  ['corner cases', 'I write down the corner cases before I write the parser.'],
  ['the importance of monitoring', 'I know APM tools well and the importance of application performance monitoring for our systems.'],
  ['defects reduced', 'I reduced integration defects by 5% with contract checks.'],
  ['fault tolerance built', 'I built fault-tolerant settlement engine components at Visa.'],
  ['conflicts in data sync', 'I implemented conflict resolution for real-time data synchronization.'],
];

// Look-alikes: the same words in an ordinary sense. Each letter must still fire.
const LOOKALIKES: Array<[string, string]> = [
  ['duplicated chores and redundant spreadsheets', "I removed duplicated manual work and redundant spreadsheets from the finance team's month-end close."],
  ['only a speed-up', 'I made the page load faster and cut the bundle size in half.'],
  ['reliable, robust and scalable as self-praise', 'I am a reliable team member who writes robust, scalable code.'],
  ['"tested my knowledge"', 'The course tested my knowledge of algorithms, and I test every idea with users.'],
  ['an incident with a customer', 'An incident with a difficult customer taught me patience.'],
  ["monitoring a person's progress", 'As a tutor I was monitoring student progress and reporting it to parents.'],
  ['statistical regression', 'I built a linear regression model of churn and ran a regression analysis for marketing.'],
  ['performance evals of people', 'My annual performance evals praised my communication.'],
  ['a lost job and a dropped message', 'After I lost my job in 2023 I taught myself Go. Feel free to drop a message.'],
  ['people and plans that fail', 'When my first startup failed I learned to ship smaller. I failed my first driving test.'],
  ['a measure that went down', 'When sales went down we pivoted, and our costs went down by a fifth.'],
  ['failed job interviews', 'After a few failed job interviews I rewrote my portfolio.'],
  ['things done twice on purpose', 'I delivered the workshop twice and processed twice as many claims as my peers.'],
  ['fall back on a sales playbook', 'I can fall back on our sales playbook when deals stall.'],
  ['a crash course, staying alert, drifting into a career', 'I took a crash course in Rust, I stay alert in long meetings, and I drifted into engineering from design.'],
  ['reconciling priorities, in my downtime', 'I reconcile competing priorities across teams, and in my downtime I build keyboards.'],
  ['showing vulnerability', 'I am not afraid of showing vulnerability with my team.'],
  ['a reliability job title', 'I am applying for the Site Reliability Engineer role at Quillon.'],
  ['nothing lost in translation', 'I translate between engineers and lawyers, and nothing was lost in translation.'],
  ['idioms and other senses: a heartbeat, return to office, a backfill hire, what happens when you type a URL', "I would join in a heartbeat, your RTO policy suits me, I was hired as a backfill, and I love learning what happens when you type a URL."],
  ['reliability as a value', 'I value reliability and honesty, and I took time to recover after a hard year.'],
  ['going wrong, arriving late, doing it again', "I stay calm when things go wrong, I never arrive late to meetings, half of the team arrived early, and I'd do the same thing again."],
  ['availability for a call, job stability, a stable team, an interview success rate, breaking into tech', 'I value job stability, I stabilized my team after a reorg, our interview success rate was high, I broke into tech through a bootcamp, and my availability is flexible.'],
  ['a market crash, a couch, a clinic, a workplace injury, a price roll-back', "Sales dropped when the market crashed, I crashed on a friend's couch, I ran health checks at a clinic, I filed an incident report for a workplace injury, and I rolled back a price increase."],
  ['a one-pager, the root cause of low morale, exactly once, a fallback plan, job loss', 'I wrote a one-pager on the root cause of low morale, I have been to Japan exactly once, my fallback plan was teaching, and job loss hit our town hard.'],
  ['a stalled career, a blue-green palette, quality checks on a line, anti-corruption work', 'When my career stalled I learned to code; I designed a blue-green palette, performed quality checks on a production line, and did anti-corruption work.'],
  ['building resilience and reliability in people', 'I build resilience in teams, and I value reliability and run marathons.'],
  ['issues resolved for users, bugs that disappear', 'I resolved issues for users, and I enjoy watching the code base shrink, bugs disappear.'],
  ['tests as a wish or a setting', 'I am interested in automated tests, and I worked in a test-driven environment.'],
  ['predicting sensor failure', 'My capstone was predicting sensor failure with a neural network.'],
  ['reliability as a claim', 'I thrive in fast-paced settings, enhancing platform reliability and bringing operational reliability to every team.'],
  ['ideas tested, usability tests', 'I tested my ideas with users and ran usability tests.'],
  ['the coding bug', 'I caught the coding bug at twelve and the travel bug at twenty.'],
  ['conflicts in a team, a dishwasher loaded twice, a career restarted, morale kept green', 'I resolve conflicts within the team calmly, I loaded the dishwasher twice, I felt safe to restart my career, and our team kept morale green.'],
  ['test scores of a class', 'As a teacher I improved test scores at my school, and I keep our office green.'],
  ['a break, a safe bet, momentum', 'I break down problems into small steps, took a break from the dashboard project, made a safe bet on Go, and kept shipping without losing momentum.'],
  ['support, logs, safety, tidy CRM data', 'I provided customer support, logged my hours in Jira, ensured a safe and inclusive environment, and improved data accuracy in the CRM by removing duplicates.'],
  ['failure as a life lesson', 'I learned from my failures, and my biggest failure taught me humility.'],
  ['resilience as a trait', 'I once failed an important exam, and it taught me resilience.'],
  ['tidying duplicate records', 'I cleaned messy data, removed duplicate records from the CRM and deduplicated our mailing list.'],
  ["a developer's tests as chores", 'Unit tests, end-to-end testing and automated tests are part of every project I do.'],
  ['a test suite split for speed', 'I split the test suite across parallel runners, so builds take six minutes.'],
  ['secure as praise', 'I deliver secure, scalable cloud solutions and ensure secure API access.'],
  ['funding secured, a position to secure', 'I secured funding for the robotics club and hope to secure a position on your team.'],
  ['technical issues, said of any job', 'I work with web engineers to resolve technical issues.'],
  ["a site's visits monitored", 'I monitor site statistics and conduct search engine optimisation.'],
  ['monitoring and evaluation of a programme', 'I led monitoring and evaluation for a health programme in Kenya.'],
  ['a wedding without a hitch', 'I organised the conference and it went without a hitch, without breaking the bank.'],
  ['hiring freezes, hanging out', 'Through two hiring freezes I kept coding, and my team hangs out on Fridays.'],
  ['a business model evaluated', 'I evaluated our business model and tested a new pricing model.'],
  ['a conflict escalated', 'When a conflict escalated between two colleagues I mediated.'],
  ['a test job title', 'I hope to contribute as a Software Test Engineer.'],
  ['a regression job posting', 'I am applying for the Regression Tester job posting.'],
  ['a canary deploy as a wish', 'I would love to try canary deployments someday.'],
  ['observability to learn', 'I am eager to learn about observability.'],
  ['high-level support', 'I provided high-level support to the CEO.'],
  ['fault tolerance as a value', 'I understand the importance of creating solutions that are scalable, fault-tolerant, and highly performant.'],
  ['errors cut in an essay', 'I cut spelling errors from my essays and reduced paper waste.'],
  ['safety standards on a shop floor, error correction in a classroom', 'I enforced safety standards on the shop floor, and as an English teacher I focused on error correction.'],
];

ruleTester(rule, {
  // Each valid letter speaks of a failure without the obvious keywords, often next to a personality
  // word that on its own would not count.
  valid: [
    {
      name: 'a webhook that arrives twice',
      text: letter(OPENING, 'I am reliable, and I built the merchant webhook consumer so that nothing changes when a webhook arrives twice.'),
    },
    {
      name: 'a processor that timed out',
      text: letter(OPENING, 'I am dependable under pressure: when the card processor timed out during a sale, I kept checkout taking orders.'),
    },
    {
      name: 'what happens when the queue backs up',
      text: letter(OPENING, 'Before I ship a consumer I write down what happens when the queue backs up.'),
    },
    {
      name: 'a ledger reconciled nightly',
      text: letter(OPENING, 'I consistently deliver, and I reconciled the ledger nightly against the bank files.'),
    },
    {
      name: 'paged at 3 a.m.',
      text: letter(OPENING, 'The first time I was paged at 3 a.m. I learned to write export jobs that can resume.'),
    },
    {
      name: 'customers charged twice',
      text: letter(OPENING, 'A race in the old checkout charged customers twice; I rebuilt it so a second click is ignored.'),
    },
    {
      name: 'the same file sent twice',
      text: letter(OPENING, 'I wrote the import so the bank can send the same settlement file twice without harm.'),
    },
    {
      name: 'a zero-downtime migration',
      text: letter(OPENING, 'I moved 40 million accounts to the new schema with zero downtime.'),
    },
    {
      name: 'the site went down',
      text: letter(OPENING, 'I am resilient: the site went down on Black Friday and I stayed until checkout was back.'),
    },
    {
      name: 'a bad deploy took checkout down',
      text: letter(OPENING, 'A bad deploy once took checkout down for an hour, so I made deploys go out to one region first.'),
    },
    {
      name: 'a memory leak',
      text: letter(OPENING, 'I found the memory leak that restarted our API pods every night.'),
    },
    {
      name: 'rows skipped silently',
      text: letter(OPENING, 'The nightly export silently skipped rows with null currencies until I added a count check.'),
    },
    {
      name: 'orders double-counted',
      text: letter(OPENING, 'Our dashboards double-counted orders after a network blip; I keyed the writes on the order ID.'),
    },
    {
      name: 'eventually consistent next to "consistent" said of the writer',
      text: letter(OPENING, 'I am a consistent performer, and I know the search index is eventually consistent with the ledger.'),
    },
    {
      name: 'a job that ran out of memory',
      text: letter(OPENING, 'The statement job ran out of memory at month end, so I made it stream rows instead.'),
    },
    {
      name: 'operational language in a later paragraph',
      text: letter(OPENING, 'I built the payouts service that sends $2M a day.', 'I also carry the pager one week in six.'),
    },
    ...SPOKEN.map(([name, sentence]) => ({ name, text: letter(OPENING, sentence) })),
  ],
  // Whole-letter findings: no quoted text, anchored at the first line of the opening.
  invalid: [
    {
      name: 'a happy-path letter',
      text: letter('I built the webhook service that notifies merchants of payments.', 'I would like to do the same for your platform.'),
      errors: [{ actual: null, line: 3, column: 1, message: MESSAGE, suggestion: 'idempotency key' }],
    },
    {
      name: '"I am reliable"',
      text: letter(OPENING, 'I am reliable and I take ownership of what I ship.'),
      errors: [{ actual: null, line: 3, column: 1, message: MESSAGE }],
    },
    {
      name: '"dependable"',
      text: letter(OPENING, 'My managers describe me as dependable, calm and careful.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: '"resilient" and "my resilience"',
      text: letter(OPENING, 'I am resilient, and my resilience is what my last manager praised first. I bring grit and resilience.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: '"consistent" and "I consistently deliver"',
      text: letter(OPENING, 'I am a strong, consistent performer. I consistently deliver, and I write consistent, well-tested code.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'look-alikes: time out, at least once a month, calls with customers, job alerts',
      text: letter(
        'I saw this role through my job alerts.',
        'I took time out last year to mentor two juniors, I demo to the sales team at least once a month, and I often sit in on calls with customers.',
      ),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'British "redundancy" is a layoff, and redundant steps are waste',
      text: letter(OPENING, 'I am looking for a new role following redundancy. At Tern I removed redundant steps and duplicate code from onboarding.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'a metric brought down is not an outage',
      text: letter(OPENING, 'I brought the p95 down from 2 s to 300 ms and took the build time down to four minutes.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'a job title in the contact header does not count',
      text: `Sam Okafor, Site Reliability Engineer\nsam@example.com\n\n${letter('I build internal tools that engineers like to use.')}`,
      errors: [{ actual: null, line: 6, column: 1 }],
    },
    {
      name: 'the anchor is the first line of a multi-line opening',
      text: letter('I build search for large codebases.\nMy index serves 600 engineers.', 'I would like to bring that to Grepwise.'),
      errors: [{ actual: null, line: 3, column: 1 }],
    },
    {
      name: 'a letter with no greeting is anchored at its first paragraph',
      text: 'I build search for large codebases.\n\nI would like to bring that to Grepwise.',
      errors: [{ actual: null, line: 1, column: 1 }],
    },
    ...LOOKALIKES.map(([name, sentence]) => ({ name, text: letter(OPENING, sentence), errors: [{ actual: null, line: 3, column: 1, message: MESSAGE }] })),
    {
      name: 'a plain-text letter with CRLF line endings',
      format: 'text',
      text: 'Dear Ms. Lee,\r\n\r\nI am reliable and I ship on time.\r\n\r\nBest,\r\nSam Okafor',
      errors: [{ actual: null, line: 3, column: 1 }],
    },
  ],
});
