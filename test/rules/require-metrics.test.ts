import rule from '../../rules/require-metrics.js';
import { ruleTester } from '../rule-tester.js';

// Letters are paragraphs joined by blank lines, so a finding's line is easy to count: the
// whole-letter finding is anchored at the first line of the opening paragraph.
const letter = (...blocks: string[]): string => blocks.join('\n\n') + '\n';

const GREETING = 'Dear Ms. Okafor,';
const SIGNOFF = 'Best,\nAna Ruiz';
// Story paragraphs without a single figure: they talk about speed and scale but never measure it.
const STORY =
  'At Globex I rebuilt the payouts ledger. I moved settlement onto a stream, made every payout idempotent and made reconciliation much faster.';
const CLOSE = 'I would welcome a conversation about your settlement work.';

ruleTester(rule, {
  valid: [
    // Session 34, blind set met5: a share of counted things, and a change told by a fraction before them.
    { name: 'a count from digits to a number word: "from over 200 to a dozen" (session 34, met6)', text: letter(GREETING, 'The audit findings I owned went from over 200 to a dozen.', CLOSE, SIGNOFF) },
    { name: 'a tool\'s measure from one figure to another, not its versions', text: letter(GREETING, 'I raised our Lighthouse performance score from 60 to 95.', CLOSE, SIGNOFF) },
    { name: 'a third of all orders', text: letter(GREETING, 'The order-again feature I built now handles close to a third of all orders.', CLOSE, SIGNOFF) },
    { name: 'a third fewer tickets, half of our requests', text: letter(GREETING, 'The classifier I trained gave us a third fewer misrouted tickets.', CLOSE, SIGNOFF) },
    { name: 'none of a kind counted, two words between', text: letter(GREETING, 'We had zero major security incidents after the rollout.', CLOSE, SIGNOFF) },
    { name: 'money in transactions', text: letter(GREETING, 'The ledger I rebuilt handles billions in weekly transactions.', CLOSE, SIGNOFF) },
    { name: 'a share of things, in digits', text: letter(GREETING, 'I moved 8 of 9 blog posts past the threshold.', CLOSE, SIGNOFF) },
    { name: 'network gear counted', text: letter(GREETING, 'I ran more than 80 switches and routers for the campus.', CLOSE, SIGNOFF) },
    { name: 'buildings counted (a plural the stemmer keeps apart)', text: letter(GREETING, 'The campus network I ran spans 30 buildings.', CLOSE, SIGNOFF) },
    { name: 'the public a service reaches, in words', text: letter(GREETING, 'The tax portal I maintained is serving millions of citizens.', CLOSE, SIGNOFF) },
    { name: 'a size named by its order', text: letter(GREETING, 'I built a petabyte-scale data lake on S3.', CLOSE, SIGNOFF) },
    { name: 'a frame rate and a latency in microseconds written with the Greek mu', text: letter(GREETING, 'The renderer holds a steady 60fps, and order matching takes ~27\u03bcs.', CLOSE, SIGNOFF) },
    { name: 'money in a currency code', text: letter(GREETING, 'The script saves the lab 7000 CAD annually.', CLOSE, SIGNOFF) },
    { name: 'a rise measured over the course of months', text: letter(GREETING, 'My dashboards raised the number of customers by 5% over the course of five months.', CLOSE, SIGNOFF) },
    { name: 'the size of a codebase with its unit glued on', text: letter(GREETING, 'I ported a 300KLOC MATLAB codebase to Python.', CLOSE, SIGNOFF) },
    { name: 'a count of uses, findings from before to after, a share of the time, hundreds of an unlisted thing', text: letter(GREETING, 'The plugin was downloaded more than 10,000 times. Critical findings went from more than 40 to 3. Pages now load in a third of the time. I migrated roughly 600 mailboxes.', CLOSE, SIGNOFF) },
    { name: 'companies that use what the writer built', text: letter(GREETING, 'The SDK I maintain is used in 200 companies.', CLOSE, SIGNOFF) },
    // Session 35, blind set mix1: Indian English magnitudes.
    { name: 'a scale in lakhs, in words', text: letter(GREETING, 'The platform I built reads lakhs of meters every night.', CLOSE, SIGNOFF) },
    { name: 'a count in lakhs and crores', text: letter(GREETING, 'Our app has 2 lakh users and handles 3 crore requests a month.', CLOSE, SIGNOFF) },
    { name: 'product companies that use what the writer built, many of them', text: letter(GREETING, 'The SDK I maintain is used across 40 product companies.', CLOSE, SIGNOFF) },
    { name: 'jobs run by a co-op, counted per night', text: letter(GREETING, 'Our student co-op ran 40 jobs a night on the cluster I set up.', CLOSE, SIGNOFF) },
    {
      name: 'lines and requests that are scale, not the writer\'s output',
      text: letter(GREETING, 'I wrote a job that processes 2 million lines of logs a day for an API that handles 3,000 requests per second.', CLOSE, SIGNOFF),
    },
    {
      name: 'requests and lines right after a verb of making that are scale, not pull requests or code',
      text: letter(GREETING, 'I pushed 20,000 requests per second through the new gateway and made 2 million lines of logs searchable.', CLOSE, SIGNOFF),
    },
    {
      name: 'recurring manual work whose length is given, done away with',
      text: letter(GREETING, 'At Globex I automated a two-hour weekly reconciliation that finance used to do by hand.', CLOSE, SIGNOFF),
    },
    {
      name: 'a before and after told with "into"',
      text: letter(GREETING, 'I turned a three-day manual release process into a ten-minute script.', CLOSE, SIGNOFF),
    },
    {
      name: 'a percentage among a year and a version',
      text: letter(GREETING, 'Since 2019 I have owned the checkout service, moved it to Python 3.12 and cut its error rate by 40%.', CLOSE, SIGNOFF),
    },
    {
      name: 'a percentage in words only',
      text: letter(GREETING, 'After I rewrote the alerting, the on-call rotation got forty percent fewer pages.', CLOSE, SIGNOFF),
    },
    {
      name: 'per cent, British style, in a plain-text letter',
      format: 'text',
      text: letter(GREETING, 'Failed card payouts fell by 38 per cent once I added the retry queue.', CLOSE, SIGNOFF),
    },
    {
      name: 'a before/after in words only',
      text: letter(GREETING, 'Page loads on the merchant dashboard went from nine seconds to two.', CLOSE, SIGNOFF),
    },
    {
      name: 'a latency before/after',
      text: letter(GREETING, 'I cut the search endpoint\'s p99 from 1.8 s to 420 ms by moving ranking out of the request path.', CLOSE, SIGNOFF),
    },
    {
      name: 'a p99 with its unit',
      text: letter(GREETING, 'The pricing service held a p99 of 900 ms through the busiest sale of the year.', CLOSE, SIGNOFF),
    },
    {
      name: '"halved", the only figure',
      text: letter(GREETING, 'The read-through cache I built halved the load on our primary database.', CLOSE, SIGNOFF),
    },
    {
      name: '"doubled", the only figure',
      text: letter(GREETING, 'Moving the importer onto workers doubled the catalogue size we could refresh overnight.', CLOSE, SIGNOFF),
    },
    {
      name: 'a multiplier in words',
      text: letter(GREETING, 'My rewrite of the invoice importer made it three times faster than the one it replaced.', CLOSE, SIGNOFF),
    },
    {
      name: 'multipliers with x and ×',
      text: letter(GREETING, 'The columnar store made the nightly report 3x faster and the batch export 10× faster.', CLOSE, SIGNOFF),
    },
    {
      name: 'money with a suffix',
      text: letter(GREETING, 'Right-sizing the clusters saved $2.4M a year in compute.', CLOSE, SIGNOFF),
    },
    {
      name: 'euros with a k',
      text: letter(GREETING, 'Moving off the old search vendor saved €300k without losing a feature.', CLOSE, SIGNOFF),
    },
    {
      name: 'a count of users, with a phone number in the contact header',
      text: letter('Ana Ruiz\n+44 7700 900412\nana@example.com', GREETING, 'The sign-in service I own serves 2 million users across Europe.', CLOSE, SIGNOFF),
    },
    {
      name: 'a request rate in a bulleted list',
      text: letter(GREETING, 'What I did at Globex:', '- rebuilt the payments gateway\n- kept it at 3,000 requests per second during the sale\n- wrote the runbook', CLOSE, SIGNOFF),
    },
    {
      name: 'a count of services beside years of experience',
      text: letter(GREETING, 'In 5 years of backend work I split one monolith into 40 services.', CLOSE, SIGNOFF),
    },
    {
      name: 'a count of teams',
      text: letter(GREETING, 'The deploy platform I built is used by 12 teams every day.', CLOSE, SIGNOFF),
    },
    {
      name: 'a size',
      text: letter(GREETING, 'Our event warehouse holds 90 TB, and I designed its partitioning.', CLOSE, SIGNOFF),
    },
    {
      name: 'a deploy rate',
      text: letter(GREETING, 'Since 2021 we ship 5 deploys a day, up from one a fortnight.', CLOSE, SIGNOFF),
    },
    {
      name: 'cut in half',
      text: letter(GREETING, 'I cut the payouts job\'s run time in half by batching its writes.', CLOSE, SIGNOFF),
    },
    {
      name: 'the only metric is in a postscript after the sign-off',
      text: letter(GREETING, STORY, CLOSE, SIGNOFF, 'P.S. The rebuild cut nightly reconciliation from six hours to 20 minutes.'),
    },
    {
      name: 'the metric is in the closing paragraph, not the opening',
      text: letter(GREETING, STORY, 'Along the way the ledger grew to 40,000 merchants.', CLOSE, SIGNOFF),
    },
    // Figures in words: each frame, alone in a letter, satisfies the rule.
    {
      name: 'a scale in words: "multi-million projects", "a multimillion-dollar budget"',
      text: letter(GREETING, 'I delivered several multi-million projects and ran a multimillion-dollar budget.', CLOSE, SIGNOFF),
    },
    {
      name: 'a vague quantity with a counted noun: "millions of requests"',
      text: letter(GREETING, 'The payments API I rebuilt now serves millions of requests without a pager going off.', CLOSE, SIGNOFF),
    },
    {
      name: 'a chain of magnitudes: "tens of thousands of events"',
      text: letter(GREETING, 'The settlement stream I designed carries tens of thousands of events through one idempotent consumer.', CLOSE, SIGNOFF),
    },
    {
      name: 'a vague quantity as a rate: "millions a day"',
      text: letter(GREETING, 'The ledger I own records payouts by the millions a day, and I wrote its reconciliation.', CLOSE, SIGNOFF),
    },
    {
      name: 'time saved, hyphenated: "saved thousands of developer-hours"',
      text: letter(GREETING, 'The build cache I wrote saved thousands of developer-hours across the company.', CLOSE, SIGNOFF),
    },
    {
      name: 'a before/after of units of time: "from hours to minutes"',
      text: letter(GREETING, 'After I rebuilt the pipeline, deploys went from hours to minutes.', CLOSE, SIGNOFF),
    },
    {
      name: 'a before/after of cadences: "from weekly releases to several deploys a day"',
      text: letter(GREETING, 'With canary releases we went from weekly releases to several deploys a day.', CLOSE, SIGNOFF),
    },
    {
      name: 'a before/after of counts in words: "from a handful of merchants to thousands"',
      text: letter(GREETING, 'The payouts service I built grew from a handful of merchants to thousands.', CLOSE, SIGNOFF),
    },
    {
      name: 'a speed in words: "under a minute", "down to minutes"',
      text: letter(GREETING, 'My rewrite brought the nightly export down to minutes, and a rollback now takes under a minute.', CLOSE, SIGNOFF),
    },
    {
      name: 'an amount saved or earned: "saved the company millions", "millions in revenue"',
      text: letter(GREETING, 'Moving the ledger off the mainframe saved the company millions.', CLOSE, SIGNOFF),
    },
    {
      name: 'an after and its before: "in seconds instead of minutes"',
      text: letter(GREETING, 'After my rewrite the test suite runs in seconds instead of minutes.', CLOSE, SIGNOFF),
    },
    {
      name: 'amounts by their unit and vague time saved: "terabytes of logs", "saved the team hours every week"',
      text: letter(GREETING, 'I built the pipeline that moves terabytes of logs, and a script of mine saved the team hours every week.', CLOSE, SIGNOFF),
    },
    {
      name: 'a hedged fraction after a change: "dropped by roughly a quarter"',
      text: letter(GREETING, 'After the new triage flow, support tickets dropped by roughly a quarter.', CLOSE, SIGNOFF),
    },
    {
      name: 'a ratio in words: "one in twenty checkouts"',
      text: letter(GREETING, 'Before my retry fix, one in twenty checkouts timed out at the payment step.', CLOSE, SIGNOFF),
    },
    {
      name: 'a compound number word: "twenty-five percent"',
      text: letter(GREETING, 'The new index cut the reporting bill by twenty-five percent.', CLOSE, SIGNOFF),
    },
    {
      name: 'a multiplier with a hyphen: "ten-fold"',
      text: letter(GREETING, 'Moving the search to a columnar store made it ten-fold faster.', CLOSE, SIGNOFF),
    },
    {
      name: 'a count of people served is scale, even beside a headcount',
      text: letter(GREETING, 'I mentored two junior engineers while the platform I led grew to serve 400 engineers.', CLOSE, SIGNOFF),
    },
    {
      name: 'growth twofold, revenue a product made, units shipped: figures',
      text: letter(GREETING, 'Revenue grew twofold after the launch; the product was making $2M a year when I left, and we shipped 30 units of the sensor board a week.', CLOSE, SIGNOFF),
    },
    {
      name: 'people counted at scale beside "with" or "alongside", and a tool used by engineers, stay figures',
      text: letter(GREETING, 'Our app now works with 2 million people a month; I tested it alongside 3,000 volunteers, and my internal tool is used by 300 engineers.', CLOSE, SIGNOFF),
    },
    {
      name: 'a percentage on a skill\'s services, and uptime "of the time", stay figures',
      text: letter(GREETING, 'I cut p99 by 40% on our Python services, and the gateway was up 99.9% of the time.', CLOSE, SIGNOFF),
    },
    {
      name: 'a result in a degree project, and a count after "last month", stay figures',
      text: letter(GREETING, 'In my degree project I cut inference time by 40%, and the pipeline handled 2 million events last month.', CLOSE, SIGNOFF),
    },
    {
      name: 'a count of none before what it counts, and power in megawatts',
      text: letter(GREETING, 'We shipped with zero critical defects in shipped releases. The control software I wrote runs a 99MW wind farm.', CLOSE, SIGNOFF),
    },
    {
      name: 'one unit of time saved, counted by its article',
      text: letter(GREETING, 'The release script saved the team a full day of work every sprint.', CLOSE, SIGNOFF),
    },
    {
      name: 'people of other trades who use what the writer built are scale',
      text: letter(GREETING, 'The dashboard I built is used by over 300 analysts every morning.', CLOSE, SIGNOFF),
    },
    {
      name: 'customers onboarded are scale, not a headcount',
      text: letter(GREETING, 'I onboarded 300 customers onto the new settlement API in its first quarter.', CLOSE, SIGNOFF),
    },
  ],
  invalid: [
    {
      name: 'one of two, a score out of four',
      text: letter(GREETING, 'I was one of two engineers on the team, and I scored 3 of 4 in the exam.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'a standard\'s number, a program\'s length, a grade, days a week offered, testers counted, the company\'s figure after "I know" (session 34, blind set met6)',
      text: letter('Dear Rydeway hiring team,', 'I am applying for the QA role at Rydeway.', 'I contributed to our SOC 2 Type II report and did the 12-week full-stack program at Brightforge. I hold an average grade of 16.4 out of 20, I can work in Vienna two days per week, and I am part of team of 4 testers who test the portal. I know Rydeway serves 14 million riders across Europe.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'a share of time, of people, of a year: no outcome (session 34)',
      text: letter(GREETING, 'I spend a third of my time on reviews. Half of the team works remotely, and a quarter of the year I travel.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'the reader company\'s own figures, as the subject of its sentence (session 34, blind set met5)',
      text: letter('Dear Hollowell Grocers hiring team,', 'I am applying for the Data Engineer role at Hollowell Grocers.', "Hollowell operates more than 200 stores, and that scale is what I want to work on. Hollowell's platform delivers a billion messages a day.", CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'a rank and a step named with a number: "a Tier 2 analyst", "Phase 3" (session 34)',
      text: letter(GREETING, 'I work as a Tier 2 analyst, and I joined in Phase 3 of the rollout.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'a family and a code name that carry no figure of the work',
      text: letter(GREETING, 'I grew up in a family of five and named my first game CAD Runner.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'a grade over the course of a degree',
      text: letter(GREETING, 'I scored 92% over the course of my degree.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'customers of the role hoped for',
      text: letter(GREETING, 'The chance to impact millions of customers excites me.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: "a sprint's length, minor versions, a standard's number and promotions counted",
      text: letter(GREETING, 'We work in sprints of two weeks. I moved our clusters from 1.24 to 1.27 and met NIST SP 800-171 requirements. I was promoted two times.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'the companies a career passed through, counted',
      text: letter(GREETING, 'My strengths are API design and CI/CD, built over five years in two fintech companies.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      // Session 35, blind set mix1: the people beside the writer are no scale.
      name: 'friends the writer built a project with',
      text: letter(GREETING, 'For my databases class project me and two friends built a Node.js and Express API for a library.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      // Session 35, blind set stack14: a singular noun before "companies" was read as the thing counted.
      name: 'the companies a career passed through, a kind of company named',
      text: letter(GREETING, 'I have five years of experience building web apps with Vue and Nuxt across two product companies.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'posts held counted, as a career is',
      text: letter(GREETING, 'I completed four co-op jobs, each at a different company, and two summer placements.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'a "multi-" word that is no magnitude',
      text: letter(GREETING, 'I led a multi-team, multi-threaded rewrite of the scheduler.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: "the writer's own output counted, a grade point average, and a share of the posting's requirements",
      text: letter(GREETING, 'I contributed three merged pull requests to Cornerstone, made 40 commits to the kernel and wrote over ten thousand lines of code. I have a GPA of 3.8 out of 4.0, and I may not meet 100% of the technical requirements.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'lengths of things changed that are no saving: a talk made longer, a contract replaced',
      text: letter(GREETING, 'I converted a ten-minute talk into a three-hour workshop and replaced a one-year contract with a permanent role.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'hours spent learning are tenure, not an outcome',
      text: letter(GREETING, 'At the bootcamp I gained over 1000 hours of hands-on experience and 200 hours of pair programming practice.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'No measured outcome' }],
    },
    {
      name: 'no numbers at all',
      text: letter(GREETING, STORY, CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, column: 1, message: 'anywhere', suggestion: 'Add an outcome' }],
    },
    {
      name: 'vague improvement words, no figure',
      text: letter(GREETING, 'I greatly improved the performance of our reporting service and made it far more scalable.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'anywhere', suggestion: 'Add the scale' }],
    },
    {
      name: 'only a year',
      text: letter(GREETING, 'I joined Globex in 2019 and rebuilt the payouts ledger.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: /numbers \("2019"\) are/ }],
    },
    {
      name: 'only years and tenure',
      text: letter(GREETING, 'Since 2021 I have brought 5+ years of backend work to the checkout team, after five years in banking.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"2021", "5+ years", "five years"' }],
    },
    {
      name: 'only versions, next to count nouns',
      text: letter(GREETING, 'I moved our workers to Python 3.12 and our services to Java 17, then upgraded Postgres from 9.6 to 15.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"3.12"' }],
    },
    {
      name: 'the only number is a phone number in the contact header',
      text: letter('Ana Ruiz\n+44 7700 900412\nana@example.com', GREETING, STORY, CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 7, message: 'anywhere' }],
    },
    {
      name: 'no greeting: the contact header with a phone number is still skipped',
      text: letter('Ana Ruiz\n+44 7700 900412', STORY, CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 4, message: 'anywhere' }],
    },
    {
      name: 'a postscript with only a phone number',
      text: letter(GREETING, STORY, CLOSE, SIGNOFF, 'P.S. I am free for a call any weekday on +44 7700 900412.'),
      errors: [{ actual: null, line: 3, message: 'numbers ("+44 7700 900412")' }],
    },
    {
      name: 'the only numbers are a street address in the contact header',
      text: letter('Ana Ruiz\n221B Baker Street\nLondon NW1 6XE', GREETING, STORY, CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 7, message: 'anywhere' }],
    },
    {
      name: 'the only number is a phone number in the sign-off',
      text: letter(GREETING, STORY, CLOSE, 'Best,\nAna Ruiz\n(555) 123-4567'),
      errors: [{ actual: null, line: 3, message: 'anywhere' }],
    },
    {
      name: 'the only numbers are frontmatter and inline code',
      text: letter('---\ncompany: Globex\nphone: "5551234567"\n---', GREETING, 'I set `timeout: 30s` on the payouts client and made every payout idempotent.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 8, message: 'anywhere' }],
    },
    {
      name: 'shapes that are not numbers: Web3, S3, EC2, p99, "doubled down", "one of the", "third"',
      text: letter(
        GREETING,
        'At a Web3 startup I moved invoices to S3 and workers to EC2, and I watched p99 closely. It was one of the hardest migrations, the third I have led, and we doubled down on testing.',
        CLOSE,
        SIGNOFF,
      ),
      errors: [{ actual: null, line: 3, message: 'anywhere' }],
    },
    {
      name: 'a clock, a quarter, an ordinal and a ranking',
      text: letter(GREETING, 'Our support desk runs 24/7. We launched the ledger in Q3, I placed 1st in the reliability hackathon and we ranked in the top 10 for developer experience.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: /numbers \("24", "1st", "10"\)/ }],
    },
    {
      name: 'a decade and a protocol version',
      text: letter(GREETING, 'The billing code dates back to the 1990s, and I moved it onto HTTP/2 without a single outage.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"1990s"' }],
    },
    {
      name: 'an address, a notice period and a plan in the body',
      text: letter(GREETING, STORY, 'I live at 221B Baker Street, can start with two weeks\' notice, and my first 90 days would go to your ledger.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"221B", "two weeks", "90"' }],
    },
    // Look-alikes of the frames in words: the same words in an ordinary sense.
    {
      name: 'vague quantities of things that are no outcome: miles, books, tens of engineers',
      text: letter(GREETING, STORY, 'I have driven thousands of miles to conferences, read thousands of books, and worked beside tens of engineers.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'anywhere' }],
    },
    {
      name: 'time spent, not saved: "the hundreds of hours I spent learning", "a couple of weeks ago"',
      text: letter(GREETING, STORY, 'In the hundreds of hours I spent learning Rust, which began a couple of weeks ago, I grew.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"hundreds of hours"' }],
    },
    {
      name: 'ranges of time that grow are spans: "from weeks to months", "from daily stand-ups to quarterly planning"',
      text: letter(
        GREETING,
        STORY,
        'My projects lasted from weeks to months, I ran everything from daily stand-ups to quarterly planning, and my interests range from weeks of hiking to a day at the museum.',
        CLOSE,
        SIGNOFF,
      ),
      errors: [{ actual: null, line: 3, message: 'anywhere' }],
    },
    {
      name: 'idioms with numbers: "one in a million", "a two-fold purpose", "number one", "one of the"',
      text: letter(GREETING, STORY, 'Your role is a one in a million chance with a two-fold purpose, and your team is number one of the teams I follow.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"million chance"' }],
    },
    {
      name: 'an amount that is no outcome: "the project cost millions", "millions in our city"',
      text: letter(GREETING, STORY, 'The project cost millions and ran late, and millions in our city now ride the metro it planned.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'anywhere' }],
    },
    {
      name: 'numbers that describe the writer: three core areas, 10-day forecasts, travel, a skill mix, a day rate, a grade',
      text: letter(
        GREETING,
        STORY,
        'My work covers three core areas and 10-day forecasts. I can travel up to 25%, my skills are 60% Python, and I ask a daily rate of £580.',
        'I will graduate with a first-class degree, on a current average of 82%.',
        CLOSE,
        SIGNOFF,
      ),
      errors: [{ actual: null, line: 3, message: '"three core", "10", "25%"' }],
    },
    {
      name: 'a stretch of a career and an exam mark: "my last two jobs", "92% in my final exams"',
      text: letter(GREETING, STORY, 'I used a Mac in my last two jobs, and during my degree I scored 92% in my final exams.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"two jobs", "92%"' }],
    },
    {
      name: 'look-alikes: "hundreds of times", "spent hours", "rather than a week of polish", "slipped by a quarter", "nine to five", "a 10-page doc", "saves the minutes"',
      text: letter(
        GREETING,
        STORY,
        'I have done this hundreds of times and spent hours on it. We chose speed rather than a week of polish, and the launch slipped by a quarter.',
        'I worked nine to five, wrote a 10-page design doc, and built an app that saves the minutes of each meeting.',
        CLOSE,
        SIGNOFF,
      ),
      errors: [{ actual: null, line: 3, message: '"nine to", "five", "10"' }],
    },
    {
      name: 'durations that are plans or tenure: "within a week", "less than a year", "a two-day offsite"',
      text: letter(GREETING, STORY, 'I learned Go in less than a year, brought my team to a two-day offsite, and can start within a week.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: 'anywhere' }],
    },
    {
      name: 'only headcounts: mentored, led a team of, managed, onboarded, hired',
      text: letter(
        GREETING,
        STORY,
        'I mentored two junior engineers, led a team of 5, managed 12 engineers, onboarded three interns and hired 4 developers.',
        CLOSE,
        SIGNOFF,
      ),
      errors: [{ actual: null, line: 3, message: '"two junior engineers", "5", "12 engineers"' }],
    },
    {
      name: 'zero as an idiom, a lack and a compound',
      text: letter(GREETING, STORY, 'I took the product from zero to one with zero experience in retail, and led a zero-downtime migration.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3 }],
    },
    {
      name: 'hours worked or spent a week are time given, not a result',
      text: letter(GREETING, STORY, 'I worked 30 hours a week for the first year and spent 5 hours a week tutoring.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3 }],
    },
    {
      name: 'the day saved, an idiom, and a day taken off',
      text: letter(GREETING, STORY, 'I saved the day when the server went down, and took a day off after the launch.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3 }],
    },
    {
      name: 'people of other trades managed, trained or teamed are a headcount',
      text: letter(GREETING, STORY, 'I managed 12 analysts, trained 40 nurses on the new system and led a team of 5 technicians.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3 }],
    },
    {
      name: 'credits toward a degree, a reason in two parts, pay earned, one of two or three developers',
      text: letter(GREETING, STORY, 'I hold a 3.8 GPA over 30 units of college credit, with 4 more units on the way. The reason behind this choice is twofold. I am currently making roughly $140k/year, as one of two or three developers.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3 }],
    },
    {
      name: 'only colleagues counted beside the writer: one of two, worked with, alongside, joined by',
      text: letter(GREETING, STORY, 'I was one of two developers on the platform, worked with 12 engineers across three time zones, alongside three designers, and was later joined by two more engineers.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3 }],
    },
    {
      name: 'only headcounts: a 12-person team, six direct reports, 12 hires, a team grown from 3 to 12',
      text: letter(GREETING, STORY, 'I run a 12-person team with six direct reports, made 12 hires last year and grew the team from 3 to 12.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"12-person team", "six direct reports", "12 hires"' }],
    },
    {
      name: 'ranks, grades and course codes: a top 10 finalist, a GPA, CS 101, 24/7',
      text: letter(GREETING, STORY, 'I was a top 10 finalist, graduated with a 3.9 GPA after CS 101, and kept our support desk running 24/7.', CLOSE, SIGNOFF),
      errors: [{ actual: null, line: 3, message: '"10", "3.9", "101"' }],
    },
    {
      name: 'a plain-text letter with only a year and a version',
      format: 'text',
      text: letter(GREETING, 'Since 2021 I have run the payments services on Node 20.', CLOSE, SIGNOFF).replace(/\n/g, '\r\n'),
      errors: [{ actual: null, line: 3, message: '"2021", "20"' }],
    },
  ],
});
