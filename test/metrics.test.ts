// How numbers in prose are judged (src/text/metrics.ts), read through the public pipeline: each sentence
// is the body of a short letter, and the test reads `letter.numbers`. Non-metric sentences are written
// to sit close to a metric (a count noun, "cut", "faster" nearby), since that is where false
// positives come from.
import { describe, expect, it } from 'vitest';
import * as data from '../rules/data/metrics.js';
import { buildLetter } from '../src/letter/letter.js';

interface Case {
  /** The form under test, as the test name. */
  form: string;
  text: string;
  /** The quoted text of every mention judged a metric, in order. */
  metrics: string[];
  /** When given, the quoted text of every mention judged not a metric, in order. */
  others?: string[];
}

function numbersOf(sentence: string) {
  // A greeting keeps the sentence in the body: a lone short line could otherwise be read as a contact header.
  const text = `Dear Ms. Okafor,\n\n${sentence}\n`;
  const letter = buildLetter('case.md', text, 'markdown');
  expect(letter.anatomy.body.map((p) => text.slice(p.start, p.end)), 'the sentence is the body').toEqual([sentence]);
  return letter.numbers;
}

const metrics: Case[] = [
  { form: '40%', text: 'We cut checkout errors by 40% after the rewrite.', metrics: ['40%'] },
  { form: '40 percent', text: 'We cut checkout errors by 40 percent after the rewrite.', metrics: ['40 percent'] },
  // A plus after a number without separators, as after one with them ("250,000+ addresses").
  { form: '250000+ addresses', text: 'I built the geocoder that places 250000+ addresses for the couriers.', metrics: ['250000'] },
  // A change "by N times" is a multiplier, as "N times faster" is.
  { form: 'by 3 times', text: 'I reduced the search latency by 3 times with a new index.', metrics: ['3'] },
  { form: 'forty percent', text: 'We cut checkout errors by forty percent after the rewrite.', metrics: ['forty percent'] },
  { form: '38 per cent', text: 'Failed payouts fell by 38 per cent in the first month.', metrics: ['38 per cent'] },
  { form: '420 ms', text: 'The search endpoint now answers in 420 ms.', metrics: ['420 ms'] },
  { form: '1.8s', text: 'Cold starts dropped to 1.8s on the new runtime.', metrics: ['1.8s'] },
  { form: 'p99 of 900 ms', text: 'We held a p99 of 900 ms through the sale.', metrics: ['900 ms'] },
  { form: '3x', text: 'The new index made the nightly report 3x faster.', metrics: ['3x'] },
  { form: '10×', text: 'The batch job runs 10× faster on the columnar store.', metrics: ['10×'] },
  { form: 'three times faster', text: 'The importer is three times faster than the one it replaced.', metrics: ['three'] },
  { form: '$2.4M', text: 'The change saved $2.4M a year in compute.', metrics: ['$2.4M'] },
  { form: '€300k', text: 'Moving off the old vendor saved €300k.', metrics: ['€300k'] },
  { form: '$16.27b', text: 'The ledger settles $16.27b a year for our merchants.', metrics: ['$16.27b'] },
  { form: '2 million users', text: 'The app serves 2 million users across Europe.', metrics: ['2 million'] },
  { form: 'two million users', text: 'The app serves two million users across Europe.', metrics: ['two million'] },
  { form: '3,000 requests per second', text: 'The gateway handles 3,000 requests per second at peak.', metrics: ['3,000 requests'] },
  { form: '40 services', text: 'I split the monolith into 40 services.', metrics: ['40 services'] },
  { form: '12 teams', text: 'The platform now supports 12 teams.', metrics: ['12 teams'] },
  { form: '90 TB', text: 'The warehouse holds 90 TB of order events.', metrics: ['90 TB'] },
  { form: 'from 1.8 s to 420 ms', text: 'I cut p99 from 1.8 s to 420 ms.', metrics: ['1.8 s', '420 ms'] },
  { form: 'from nine seconds to two', text: 'Page loads went from nine seconds to two.', metrics: ['nine', 'two'] },
  { form: 'from 12 to 40 (units after)', text: 'We went from 12 to 40 services in a year.', metrics: ['12', '40'] },
  { form: 'halved', text: 'The new cache halved our database load.', metrics: ['halved'] },
  { form: 'doubled', text: 'Our test coverage doubled over one quarter.', metrics: ['doubled'] },
  { form: 'halving', text: 'I rebuilt the claims engine, halving the time to pay a claim.', metrics: ['halving'] },
  { form: 'tripling', text: 'The new index kept search fast while tripling the catalogue.', metrics: ['tripling'] },
  { form: '5 deploys a day', text: 'We now ship 5 deploys a day.', metrics: ['5 deploys'] },
  { form: 'a dozen times a day', text: 'We went from weekly releases to a dozen times a day.', metrics: ['dozen'] },
  { form: '20 times a day', text: 'We deploy the API 20 times a day now.', metrics: ['20'] },
  { form: 'twice as fast', text: 'Deploys became twice as fast after the pipeline rewrite.', metrics: ['twice'] },
  { form: 'an order of magnitude', text: 'The rewrite made reports an order of magnitude faster.', metrics: ['order of magnitude'] },
  { form: 'cut in half', text: 'We cut p99 latency in half.', metrics: ['in half'] },
  { form: 'by half', text: 'I reduced pages by half.', metrics: ['by half'] },
  { form: 'by a third', text: 'Our on-call pages fell by a third.', metrics: ['by a third'] },
  { form: 'a factor of three', text: 'Throughput grew by a factor of three.', metrics: ['three'] },
  { form: 'sub-100ms', text: 'Our p99 stayed sub-100ms through the sale.', metrics: ['100ms'] },
  { form: '40-percent', text: 'A 40-percent drop in pages followed.', metrics: ['40-percent'] },
  { form: '3-fold', text: 'We got a 3-fold speedup on the ledger import.', metrics: ['3'] },
  { form: '20-30%', text: 'Spot instances cut our costs by 20-30%.', metrics: ['20-30%'] },
  { form: '1.2k req/s', text: 'We handle 1.2k req/s at peak.', metrics: ['1.2k'] },
  { form: 'four nines', text: 'We reached four nines of availability on the ledger.', metrics: ['four nines'] },
  { form: 'from 4.2% to 0.3%', text: 'Error rates fell from 4.2% to 0.3%.', metrics: ['4.2%', '0.3%'] },
  { form: 'a hedged before/after', text: 'Weekly users grew from about 150 to 520 within two months.', metrics: ['150', '520'], others: ['two months'] },
  { form: 'thousands separator, any noun', text: 'Readings from around 400,000 smart meters arrived as bulk files.', metrics: ['400,000 smart meters'] },
  { form: 'N things per X', text: 'We oversold roughly 120 seats per large event.', metrics: ['120 seats'] },
  { form: 'ten times our volume', text: 'Your platform runs at roughly ten times our volume.', metrics: ['ten'] },
  // Quantities in words: a plural magnitude with a counted noun, a unit or a rate.
  { form: 'millions of requests', text: 'The API I own serves millions of requests.', metrics: ['millions of requests'] },
  { form: 'thousands of users', text: 'It is a product used by thousands of users.', metrics: ['thousands of users'] },
  { form: 'hundreds of services', text: 'The platform spans hundreds of services.', metrics: ['hundreds of services'] },
  { form: 'tens of thousands of events', text: 'The pipeline ingests tens of thousands of events.', metrics: ['tens of thousands of events'] },
  { form: 'billions of rows', text: 'The warehouse holds billions of rows.', metrics: ['billions of rows'] },
  { form: 'dozens of microservices', text: 'The gateway fronts dozens of microservices.', metrics: ['dozens of microservices'] },
  { form: 'modifiers before the noun', text: 'The app reaches millions of monthly active users.', metrics: ['millions of monthly active users'] },
  { form: 'hundreds of thousands of dollars', text: 'The rewrite saved hundreds of thousands of dollars.', metrics: ['hundreds of thousands of dollars'] },
  { form: 'millions in revenue', text: 'The checkout rewrite brought in millions in revenue.', metrics: ['millions in revenue'] },
  { form: 'saved the company millions', text: 'The migration saved the company millions.', metrics: ['millions'] },
  { form: 'millions a day', text: 'The ledger records millions a day.', metrics: ['millions a day'] },
  { form: 'a dozen services', text: 'I split the monolith into a dozen services.', metrics: ['dozen services'] },
  { form: 'a few hundred merchants', text: 'We onboarded a few hundred merchants.', metrics: ['hundred merchants'] },
  { form: 'three services', text: 'I split the monolith into three services.', metrics: ['three services'] },
  // Time saved, hyphen and space alike.
  { form: 'saved thousands of developer-hours', text: 'The tooling saved thousands of developer-hours.', metrics: ['thousands of developer-hours'] },
  { form: 'saved thousands of developer hours', text: 'The tooling saved thousands of developer hours.', metrics: ['thousands of developer hours'] },
  { form: 'hundreds of engineer-hours a month', text: 'We freed up hundreds of engineer-hours a month.', metrics: ['hundreds of engineer-hours a month'] },
  // Numbers in words.
  { form: 'twenty-five percent', text: 'Errors fell twenty-five percent.', metrics: ['twenty-five percent'] },
  { form: 'ten-fold', text: 'The index made queries ten-fold faster.', metrics: ['ten-fold'] },
  { form: 'a hundred fold', text: 'Throughput grew a hundred fold.', metrics: ['hundred'] },
  { form: 'tenfold', text: 'Throughput grew tenfold.', metrics: ['tenfold'] },
  // Before/after of units of time, in words.
  { form: 'from hours to minutes', text: 'Deploys went from hours to minutes.', metrics: ['from hours to minutes'] },
  { form: 'from days to hours', text: 'Triage went from days to hours.', metrics: ['from days to hours'] },
  { form: 'from weeks to a day', text: 'Releases went from weeks to a day.', metrics: ['from weeks to a day'] },
  { form: 'from an hour to ten minutes', text: 'I cut build time from an hour to ten minutes.', metrics: ['ten minutes'] },
  { form: 'from several weeks to under an hour', text: 'Onboarding a tenant went from several weeks to under an hour.', metrics: ['from several weeks to under an hour'] },
  { form: 'from weekly releases to several deploys a day', text: 'We went from weekly releases to several deploys a day.', metrics: ['from weekly releases to several deploys a day'] },
  { form: 'from monthly to daily', text: 'We moved from monthly releases to daily ones.', metrics: ['from monthly releases to daily'] },
  { form: 'from forty-one seconds to under three', text: 'Notification went from forty-one seconds to under three.', metrics: ['forty-one', 'three'] },
  { form: 'from a handful of users to thousands', text: 'We grew from a handful of users to thousands.', metrics: ['from a handful of users to thousands'] },
  { form: 'from hundreds to millions of rows', text: 'The table went from hundreds to millions of rows.', metrics: ['from hundreds to millions of rows'] },
  { form: 'under a minute', text: 'Deploys now take under a minute.', metrics: ['under a minute'] },
  { form: 'less than a second', text: 'Search now answers in less than a second.', metrics: ['less than a second'] },
  { form: 'sub-second', text: 'Search latency is now sub-second.', metrics: ['sub-second'] },
  { form: 'down to minutes', text: 'I brought deploys down to minutes.', metrics: ['down to minutes'] },
  { form: 'fell to a second', text: 'Page loads fell to a second.', metrics: ['to a second'] },
  // Look-alikes of the judgements below that stay figures.
  { form: '8 core machines', text: 'We run the ledger on 8 core machines.', metrics: ['8 core machines'] },
  { form: '25+ report types', text: 'I shipped dashboards across 25+ report types.', metrics: ['25+ report types'] },
  { form: 'a ~7-week modernization', text: 'I led a ~7-week modernization of the billing system.', metrics: ['7-week'] },
  { form: '40 store managers', text: 'Each week 40 store managers opened the report.', metrics: ['40 store managers'] },
  { form: '31 upstream schema changes', text: 'The checks caught 31 upstream schema changes.', metrics: ['31 upstream schema changes'] },
  { form: '64 cores', text: 'The training cluster has 64 cores.', metrics: ['64 cores'] },
  { form: '40 page views', text: 'The dashboard gets 40 page views a minute.', metrics: ['40 page views'] },
  { form: 'dozens of Kubernetes clusters', text: 'I look after dozens of Kubernetes clusters.', metrics: ['dozens of Kubernetes clusters'] },
  { form: 'from six-week cycles to weekly', text: 'We went from six-week cycles to weekly deployments.', metrics: ['from six-week cycles to weekly'] },
  { form: 'a measure before from', text: 'I drove release cadence from six-week cycles to weekly deployments.', metrics: ['from six-week cycles to weekly'] },
  { form: 'a change verb further back', text: 'I reduced the lead time for a new environment from several weeks to under an hour.', metrics: ['from several weeks to under an hour'] },
  { form: 'from once a month to twice a week', text: 'Releases went from once a month to twice a week.', metrics: ['from once a month to twice a week'] },
  { form: '99.9% of the time', text: 'The gateway was up 99.9% of the time.', metrics: ['99.9%'] },
  { form: 'availability to 99.95%', text: 'We raised availability to 99.95%.', metrics: ['99.95%'] },
  { form: 'remote build failures by 40%', text: 'We cut remote build failures by 40%.', metrics: ['40%'] },
  { form: '40% on Python services', text: 'I cut p99 by 40% on Python services.', metrics: ['40%'] },
  { form: 'an error rate, then money saved', text: 'We cut the error rate, saving $2M.', metrics: ['$2M'] },
  { form: 'a result in a degree project', text: 'In my degree project I cut inference time by 40%.', metrics: ['40%'] },
  { form: 'the last 30 large events', text: 'Oversells went to zero across the last 30 large events.', metrics: ['30 large events'] },
  { form: 'the last 2 million events', text: 'The pipeline handled 2 million events last month.', metrics: ['2 million'] },
  { form: 'a thesis result', text: 'My thesis cut inference latency by 40%.', metrics: ['40%'] },
  { form: 'an average latency', text: 'Our average error rate fell to 0.5%.', metrics: ['0.5%'] },
  { form: 'in seconds instead of minutes', text: 'The test suite now runs in seconds instead of minutes.', metrics: ['seconds instead of minutes'] },
  { form: 'a day rather than a week', text: 'A release takes a day rather than a week.', metrics: ['day rather than a week'] },
  { form: 'terabytes of logs', text: 'We process terabytes of logs every day.', metrics: ['terabytes of logs'] },
  { form: 'by roughly a quarter', text: 'Support tickets dropped by roughly a quarter.', metrics: ['by roughly a quarter'] },
  { form: 'thousands of times a week', text: 'My tool is downloaded thousands of times a week.', metrics: ['thousands of times a week'] },
  { form: 'thousands of stars', text: 'The library has thousands of stars on GitHub.', metrics: ['thousands of stars'] },
  { form: 'saved me hours', text: 'The script saved the team hours every week.', metrics: ['hours'] },
  { form: 'shaved minutes off', text: 'I shaved minutes off every build.', metrics: ['minutes'] },
  { form: 'a 100-node cluster', text: 'We run a 100-node cluster.', metrics: ['100-node cluster'] },
  // Ratios.
  { form: 'one in twenty', text: 'Before the fix, one in twenty checkouts timed out.', metrics: ['one in twenty checkouts'] },
  { form: '1 in 5', text: 'Before the fix, 1 in 5 checkouts timed out.', metrics: ['1 in 5'] },
  { form: '9 out of 10', text: 'Now 9 out of 10 merchants renew.', metrics: ['10 merchants'], others: ['9'] },
  // A count of users, customers or teams served is scale, whoever counts them.
  { form: 'used by 400 engineers', text: 'The platform I led is used by 400 engineers.', metrics: ['400 engineers'] },
  { form: 'onboarded 300 customers', text: 'I onboarded 300 customers onto the new API.', metrics: ['300 customers'] },
  { form: 'thousands of developers use', text: 'Thousands of developers use the library.', metrics: ['Thousands of developers'] },
  { form: 'a metric beside a headcount', text: 'The two interns I mentored shipped 12 services.', metrics: ['12 services'], others: ['two interns'] },
  { form: 'a metric next to a tenure', text: 'It took two years to migrate 40 services.', metrics: ['40 services'], others: ['two years'] },
  { form: 'hours saved a week', text: 'The tool I built saved the team 20 hours per week.', metrics: ['20 hours'] },
  { form: 'users served, not yours', text: 'I scaled the API to 2 million users.', metrics: ['2 million'] },
  { form: 'a reduction to zero, softened or not, and zero downtime', text: 'I cut incidents to near zero, errors to zero, and we had zero downtime.', metrics: ['to near zero', 'to zero', 'zero downtime'], others: [] },
  { form: 'the same figure counting things', text: 'We grew to 3M users, and at 3M requests per second the cache held.', metrics: ['3M', '3M'], others: [] },
];

const nonMetrics: Case[] = [
  { form: '2019', text: 'I joined the payments team in 2019.', metrics: [], others: ['2019'] },
  { form: 'since 2021', text: 'Since 2021 I have cut latency across the checkout services.', metrics: [], others: ['2021'] },
  { form: 'March 2020', text: 'In March 2020 we moved payments to a new queue.', metrics: [], others: ['2020'] },
  { form: '2019–2023', text: 'From 2019–2023 I owned the ledger services.', metrics: [], others: ['2019–2023'] },
  { form: 'five years', text: 'I spent five years on the payments platform.', metrics: [], others: ['five years'] },
  { form: '5+ years', text: 'I bring 5+ years of backend work on high-traffic services.', metrics: [], others: ['5+ years'] },
  { form: '5 years of experience', text: 'I have 5 years of experience scaling payment systems.', metrics: [], others: ['5 years'] },
  { form: 'Python 3.12', text: 'Python 3.12 made our workers faster.', metrics: [], others: ['3.12'] },
  { form: 'Node 20', text: 'We run Node 20 workers behind the queue.', metrics: [], others: ['20'] },
  { form: 'Java 17', text: 'We run Java 17 services on the platform.', metrics: [], others: ['17'] },
  { form: 'version 2', text: 'We shipped version 2 of the ledger API to every client.', metrics: [], others: ['2'] },
  { form: 'v2', text: 'We shipped v2 of the ledger API to every client.', metrics: [], others: [] },
  { form: 'HTTP/2', text: 'The gateway speaks HTTP/2 to every backend service.', metrics: [], others: [] },
  { form: 'upgraded from 9.6 to 15', text: 'We upgraded Postgres from 9.6 to 15 without downtime.', metrics: [], others: ['9.6', '15'] },
  { form: '+44 7700 900412', text: 'Call me on +44 7700 900412 to talk about the payments team.', metrics: [], others: ['+44 7700 900412'] },
  { form: '(555) 123-4567', text: 'Call me at (555) 123-4567 about the 40 services question.', metrics: ['40 services'], others: ['(555) 123-4567'] },
  { form: '555-123-4567', text: 'Call me at 555-123-4567 about the payments team.', metrics: [], others: ['555-123-4567'] },
  { form: '07700 900412', text: 'Call me on 07700 900412 about the payments team.', metrics: [], others: ['07700 900412'] },
  { form: '221 Baker Street', text: 'I live at 221 Baker Street, near your office.', metrics: [], others: ['221'] },
  { form: '221B Baker Street', text: 'I live at 221B Baker Street, near your office.', metrics: [], others: ['221B'] },
  { form: 'Apt 5B', text: 'My flat is Apt 5B, a short walk from your office.', metrics: [], others: ['5B'] },
  { form: 'SW1A 1AA', text: 'My office is in SW1A 1AA, close to your teams.', metrics: [] },
  { form: '94107', text: 'I moved to San Francisco 94107 for this team.', metrics: [], others: ['94107'] },
  { form: '24/7', text: 'Our support desk runs 24/7 for merchants.', metrics: [] },
  { form: '24x7', text: 'Our support desk runs 24x7 for merchants.', metrics: [] },
  { form: '24 hours a day, 7 days a week', text: 'Our pager ran 24 hours a day, 7 days a week.', metrics: [] },
  { form: '24-hour support', text: 'We offer 24-hour support to merchants in every region.', metrics: [], others: ['24'] },
  { form: '9am to 5pm', text: 'I was on call from 9am to 5pm every weekday.', metrics: [] },
  { form: 'Q3', text: 'We launched the ledger in Q3 with the payments team.', metrics: [], others: [] },
  { form: '1st', text: 'I placed 1st in the internal reliability hackathon.', metrics: [], others: ['1st'] },
  { form: 'third', text: 'This is the third payments platform I have built.', metrics: [], others: [] },
  { form: 'Web3', text: 'I worked at a Web3 startup on wallet services.', metrics: [], others: [] },
  { form: 'S3 and EC2', text: 'We store invoices in S3 and run workers on EC2.', metrics: [], others: [] },
  { form: '2FA and 5xx', text: 'I rolled out 2FA and cleaned up 5xx errors in the gateway.', metrics: [], others: [] },
  { form: 'p99 alone', text: 'I watched p99 closely during the migration.', metrics: [], others: [] },
  { form: 'one of the', text: 'It was one of the hardest migrations our team faced.', metrics: [], others: [] },
  { form: 'top 10', text: 'We ranked in the top 10 for developer experience.', metrics: [], others: ['10'] },
  { form: 'the 1990s', text: 'The billing code dates back to the 1990s.', metrics: [], others: ['1990s'] },
  { form: 'the 90s', text: 'I have been writing servers since the 90s.', metrics: [], others: ['90s'] },
  { form: 'doubled down', text: 'We doubled down on reliability after the outage.', metrics: [], others: [] },
  { form: 'doubled as', text: 'I doubled as the on-call lead for the ledger.', metrics: [], others: [] },
  { form: 'doubling down, doubling as', text: 'I am doubling down on testing, and doubling as our release captain.', metrics: [], others: [] },
  { form: 'split in half', text: 'We split the monolith in half along the ledger boundary.', metrics: [], others: [] },
  { form: 'three reasons', text: 'I have three reasons for wanting to join your payments team.', metrics: [], others: ['three reasons'] },
  { form: 'promoted two times', text: 'I was promoted 2 times on the payments team.', metrics: [], others: ['2'] },
  { form: 'a few addresses with a plus', text: 'I have lived at 12+ addresses across Europe.', metrics: [], others: ['12'] },
  { form: "two weeks' notice", text: "I can start with two weeks' notice.", metrics: [], others: ['two weeks'] },
  { form: '2-week sprints', text: 'I moved our deploys to 2-week sprints with the platform team.', metrics: [], others: ['2'] },
  { form: 'first 90 days', text: 'My first 90 days would focus on the ledger services.', metrics: [], others: ['90'] },
  { form: 'slipped by a quarter', text: 'The launch slipped by a quarter.', metrics: [], others: [] },
  // A singular noun after a number modifies the next word; a hyphenated length names a kind of thing.
  { form: 'three core areas', text: 'My experience covers three core areas.', metrics: [], others: ['three core'] },
  { form: 'two key reasons', text: 'I have two key reasons for applying.', metrics: [], others: ['two key'] },
  { form: '10-day forecasts', text: 'The model provides 10-day forecasts of demand.', metrics: [], others: ['10'] },
  { form: 'Fortune 500, Fortune Ten', text: 'I worked at a Fortune 500 company and a Fortune Ten company.', metrics: [], others: ['500', 'Ten company'] },
  { form: 'Fortune Global 500, FTSE 100', text: 'I worked at a Fortune Global 500 company and a FTSE 100 bank.', metrics: [], others: ['500', '100'] },
  { form: 'a portfolio counted', text: 'I maintain 4 personal websites, 2 PyPI packages and built 3 Android apps.', metrics: [], others: ['4', '2 PyPI packages', '3 Android apps'] },
  { form: 'own output counted by its adjective, and tests and fixes', text: 'I have 570 merged pull requests, wrote 87 tests and fixed 40 bugs.', metrics: [], others: ['570 merged pull requests', '87 tests', '40 bugs'] },
  { form: 'workflows and integrations built', text: 'I built 30 workflows and 12 integrations.', metrics: [], others: ['30 workflows', '12 integrations'] },
  { form: 'output beside what changed', text: 'Our 300 pull requests a week now merge in 20 minutes, and a suite of 2,000 tests runs in 4 minutes.', metrics: ['300 pull requests', '20 minutes', '2,000 tests', '4 minutes'], others: [] },
  { form: 'an 8-step SDLC, a 3-tier app', text: 'I designed an 8-step SDLC for a 3-tier app.', metrics: [], others: ['8', '3'] },
  { form: 'a portfolio beside what it served', text: 'I built 3 apps with 2 million downloads and 40 services handling 9,000 requests.', metrics: ['2 million', '40 services', '9,000 requests'], others: ['3 apps'] },
  { form: 'steps cut', text: 'I cut the deploy from 12 steps to 3.', metrics: ['12', '3'], others: [] },
  { form: 'a 24-hour contest', text: 'I won a 24-hour hackathon contest.', metrics: [], others: ['24'] },
  // Shares of the writer's own time, skill mixes, grades and pay asked for.
  { form: 'travel up to 25%', text: 'I am open to travel up to 25% next year.', metrics: [], others: ['25%'] },
  { form: 'worked 80-100% remote, a role with 50% travel', text: 'I have worked 80-100% remote, and my last role had 50% travel.', metrics: [], others: ['80-100%', '50%'] },
  { form: '100% on-site, a hyphened arrangement', text: 'My last role was 100% on-site.', metrics: [], others: ['100%'] },
  // Effort promised, not measured (session 30, blind set gen2).
  { form: 'give 100%, 110%', text: 'I always give 100% in every task and give 110% to my team.', metrics: [], others: ['100%', '110%'] },
  { form: '100% committed', text: 'I am 100% committed to quality, and I am committed 100% to my team.', metrics: [], others: ['100%', '100%'] },
  { form: 'a share given, and uptime kept: still figures', text: 'We give 100% of refunds within a day, and I kept the API at 100% uptime.', metrics: ['100%', '100%'], others: [] },
  // Look-alikes: the same words heading what was measured.
  { form: 'travel costs and commute time cut', text: 'I reduced our travel costs by 40% and cut commute time by 30%.', metrics: ['40%', '30%'], others: [] },
  { form: 'remote build times cut', text: 'I cut remote build times by 80%.', metrics: ['80%'], others: [] },
  { form: 'presence at site was about 10%', text: 'My presence at site was only about 10%.', metrics: [], others: ['10%'] },
  { form: '20% of my day', text: 'I spend about 20% of my day developing.', metrics: [], others: ['20%'] },
  { form: 'a skill mix', text: 'My skills are 60% Python/Django, 30% TypeScript and 5% PostgreSQL.', metrics: [], others: ['60%', '30%', '5%'] },
  { form: 'a daily rate', text: 'I am seeking a daily rate of £580 per day.', metrics: [], others: ['£580'] },
  { form: 'a salary expectation', text: 'My salary expectation is $120,000.', metrics: [], others: ['$120,000'] },
  { form: 'a mark in exams', text: 'During my degree I scored 92% in my final exams.', metrics: [], others: ['92%'] },
  { form: 'my last two jobs', text: 'I used a Mac in my last two jobs.', metrics: [], others: ['two jobs'] },
  { form: 'a grade', text: 'I expect a first-class degree, on a current average of 82%.', metrics: [], others: ['82%'] },
  // Vague quantities that are no outcome.
  { form: 'thousands of miles', text: 'I drove thousands of miles to reach the payments team.', metrics: [], others: [] },
  { form: 'thousands of books', text: 'I have read thousands of books about distributed systems.', metrics: [], others: [] },
  { form: 'tens of engineers', text: 'Tens of engineers touched the ledger services.', metrics: [], others: [] },
  { form: 'hundreds of hours spent learning', text: 'In the hundreds of hours I spent learning Rust I grew.', metrics: [], others: ['hundreds of hours'] },
  { form: 'a couple of weeks ago', text: 'I started a couple of weeks ago on the ledger services.', metrics: [], others: [] },
  { form: 'the project cost millions', text: 'The project cost millions and ran late.', metrics: [], others: [] },
  { form: 'millions in a list', text: 'Millions in our city use the metro.', metrics: [], others: [] },
  { form: 'millions of Americans', text: 'Millions of Americans use payment services.', metrics: [], others: [] },
  // Ranges of time that grow are spans, not outcomes.
  { form: 'from weeks to months', text: 'Projects lasted from weeks to months.', metrics: [], others: [] },
  { form: 'from daily to quarterly', text: 'I ran everything from daily stand-ups to quarterly planning.', metrics: [], others: [] },
  { form: 'from seconds to minutes', text: 'Latency grew from seconds to minutes under load.', metrics: [], others: [] },
  { form: 'a range of interests', text: 'My interests range from weeks of hiking to a day at the museum.', metrics: [], others: [] },
  { form: 'a course that ran from', text: 'The course ran from monthly workshops to a weekly reading group.', metrics: [], others: [] },
  { form: 'from day one to launch', text: 'I owned the service from day one to launch.', metrics: [], others: [] },
  { form: 'from hundreds of scripts to one service', text: 'I ran everything from hundreds of small scripts to one service.', metrics: [], others: [] },
  { form: 'from a few to many', text: 'Our teams went from a few to many.', metrics: [], others: [] },
  { form: 'within a week', text: 'I can start within a week.', metrics: [], others: [] },
  { form: 'less than a year', text: 'I learned Go in less than a year.', metrics: [], others: [] },
  { form: 'brought the team to a two-day offsite', text: 'I brought the team to a two-day offsite.', metrics: [], others: [] },
  { form: 'cut back to part-time hours', text: 'I cut back to part-time hours.', metrics: [], others: [] },
  { form: 'hundreds of times', text: 'I have done this hundreds of times.', metrics: [], others: [] },
  { form: 'saves the minutes', text: 'The app records meetings and saves the minutes automatically.', metrics: [], others: [] },
  { form: 'spent hours', text: 'I spent hours on the payments code.', metrics: [], others: [] },
  { form: 'rather than a week of polish', text: 'We chose speed rather than a week of polish.', metrics: [], others: [] },
  { form: 'nine to five', text: 'I worked nine to five at the bank, or 9-to-5 in digits.', metrics: [], others: ['nine to', 'five at', '9'] },
  { form: 'a 10-page design doc', text: 'I wrote a 10-page design doc.', metrics: [], others: ['10'] },
  { form: 'one in a million', text: 'It was a one in a million chance.', metrics: [], others: ['million chance'] },
  { form: 'two in three years', text: 'Two in three years is a fine pace.', metrics: [], others: ['Two in', 'three years'] },
  { form: 'twenty-five years', text: 'The bank has run for twenty-five years.', metrics: [], others: ['twenty-five years'] },
  { form: 'a twofold purpose', text: 'The role has a twofold purpose.', metrics: [], others: [] },
  { form: 'a two-fold purpose', text: 'The role has a two-fold purpose.', metrics: [], others: [] },
  // Headcounts of people managed, mentored, led, hired or onboarded: scope, not outcomes.
  { form: 'mentored two junior engineers', text: 'I mentored two junior engineers.', metrics: [], others: ['two junior engineers'] },
  { form: 'led a team of 5', text: 'I led a team of 5.', metrics: [], others: ['5'] },
  { form: 'a team of five engineers', text: 'I joined a team of five engineers.', metrics: [], others: ['five engineers'] },
  { form: 'managed 12 engineers', text: 'I managed 12 engineers.', metrics: [], others: ['12 engineers'] },
  { form: 'onboarded three interns', text: 'I onboarded three interns.', metrics: [], others: ['three interns'] },
  { form: 'hired 4 developers', text: 'I hired 4 developers.', metrics: [], others: ['4 developers'] },
  { form: 'hired and onboarded 4 developers', text: 'I hired and onboarded 4 developers.', metrics: [], others: ['4 developers'] },
  { form: 'led 3 teams', text: 'I led 3 teams through the migration.', metrics: [], others: ['3 teams'] },
  { form: 'tech lead for 12 engineers', text: 'I was the tech lead for 12 engineers.', metrics: [], others: ['12 engineers'] },
  { form: 'a 12-person team', text: 'I run a 12-person team.', metrics: [], others: ['12-person team'] },
  { form: 'six direct reports', text: 'I have six direct reports.', metrics: [], others: ['six direct reports'] },
  { form: '12 hires', text: 'I made 12 hires last year.', metrics: [], others: ['12 hires'] },
  { form: 'grew the team from 3 to 12', text: 'I grew the team from 3 to 12 engineers.', metrics: [], others: ['3', '12'] },
  { form: 'mentored dozens of engineers', text: 'I mentored dozens of engineers.', metrics: [], others: ['dozens of engineers'] },
  { form: 'taught 30 students', text: 'I taught 30 students.', metrics: [], others: ['30 students'] },
  { form: 'an organisation of about 200 engineers', text: 'I led incident review for an organisation of about 200 engineers.', metrics: [], others: ['200 engineers'] },
  // Ranks, grades and course codes.
  { form: 'top 10 customers', text: 'We are in the top 10 customers list.', metrics: [], others: ['10'] },
  { form: 'top ten finalists', text: 'We were top ten finalists.', metrics: [], others: ['ten finalists'] },
  { form: 'number one', text: 'We were number one in the region.', metrics: [], others: [] },
  { form: 'grade 10 students', text: 'I tutored grade 10 students in maths.', metrics: [], others: ['10'] },
  { form: 'GPA', text: 'I graduated with a 3.9 GPA, or a GPA of 3.8 in my major.', metrics: [], others: ['3.9', '3.8'] },
  { form: 'course codes', text: 'I took CS 101 and CSE 331.', metrics: [], others: ['101', '331'] },
  { form: 'words that name Object members', text: 'Our constructor services and __proto__ toString jobs ran.', metrics: [], others: [] },
  { form: 'inline code', text: 'I set `timeout: 30s` and `retries: 3` on the payments client.', metrics: [], others: [] },
  // Figures that are not the writer's result.
  { form: "the reader's figures", text: 'I admire how your team works across nearly 40 locations.', metrics: [], others: ['40 locations'] },
  { form: 'hours offered', text: 'I can dedicate 20 hours per week to the role.', metrics: [], others: ['20 hours'] },
  // Zero as a start or an amount of nothing in particular.
  { form: 'zero as a starting point', text: 'I went from zero to one and started from zero knowledge, then moved us to zero-downtime deploys.', metrics: [], others: [] },
  // A lower-case b is billions only after a currency sign: a phase, a section or a flat otherwise.
  { form: 'a phase or a flat, not billions', text: 'I ran the Phase 2b study and lived in Flat 4b.', metrics: [], others: [] },
  // A company whose name is written like a figure.
  { form: 'a company named like a figure', text: 'I interned at 3M in 2021 and toured the 3M Innovation Center.', metrics: [], others: ['3M', '2021', '3M'] },
];

describe('numbers judged metrics', () => {
  for (const c of metrics) {
    it(c.form, () => {
      const numbers = numbersOf(c.text);
      expect(numbers.filter((n) => n.metric).map((n) => n.text)).toEqual(c.metrics);
      if (c.others) expect(numbers.filter((n) => !n.metric).map((n) => n.text)).toEqual(c.others);
    });
  }
});

describe('numbers judged not metrics', () => {
  for (const c of nonMetrics) {
    it(c.form, () => {
      const numbers = numbersOf(c.text);
      expect(numbers.filter((n) => n.metric).map((n) => n.text)).toEqual(c.metrics);
      if (c.others) expect(numbers.filter((n) => !n.metric).map((n) => n.text)).toEqual(c.others);
    });
  }
});

describe('mentions point into the letter', () => {
  it('start and end quote the text, after the greeting', () => {
    const text = 'Dear Ms. Okafor,\n\nWe cut p99 from 1.8 s to 420 ms for 2 million users.\n';
    const letter = buildLetter('case.md', text, 'markdown');
    expect(letter.numbers.map((n) => [n.text, text.slice(n.start, n.end)])).toEqual([
      ['1.8 s', '1.8 s'],
      ['420 ms', '420 ms'],
      ['2 million', '2 million'],
    ]);
  });

  it('numbers in the contact header and sign-off are not read', () => {
    const text = 'Ana Ruiz\n+44 7700 900412\n221 Baker Street\n\nDear Ms. Okafor,\n\nI rebuilt the ledger.\n\nBest,\nAna Ruiz\n(555) 123-4567\n';
    expect(buildLetter('case.md', text, 'markdown').numbers).toEqual([]);
  });

  it('plain text is judged the same way', () => {
    const text = 'Dear Ms. Okafor,\r\n\r\nSince 2021 I have cut p99 by 40% on Java 17 services.\r\n';
    const letter = buildLetter('case.txt', text, 'text');
    expect(letter.numbers.map((n) => [n.text, n.metric])).toEqual([
      ['2021', false],
      ['40%', true],
      ['17', false],
    ]);
  });
});

describe('the lexicons of the frames in words', () => {
  const lists: Record<string, readonly string[]> = {
    magnitudes: data.magnitudes,
    savingVerbs: data.savingVerbs,
    durationFillers: data.durationFillers,
    headcountNouns: data.headcountNouns,
    headcountOnlyNouns: data.headcountOnlyNouns,
    headcountVerbs: data.headcountVerbs,
    teamNouns: data.teamNouns,
    rankWords: data.rankWords,
    foldKinds: data.foldKinds,
    timeScale: data.timeScale.flatMap((u) => u.units),
  };
  for (const [name, list] of Object.entries(lists)) {
    it(`${name}: non-empty, lower case, trimmed, no duplicates`, () => {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size, 'duplicates').toBe(list.length);
      for (const w of list) expect(w).toMatch(/^[a-zµ]+$/);
    });
  }
  it('keeps users and customers out of the headcount nouns: a count of them is scale', () => {
    for (const scale of ['user', 'customer', 'client', 'merchant', 'tenant']) expect(data.headcountNouns).not.toContain(scale);
  });
  it('never lets a multiplier-only magnitude stand alone, and every one is a magnitude', () => {
    for (const m of data.multiplierOnlyMagnitudes) expect(data.magnitudes).toContain(m);
  });
  it('orders the units of time by length, and gives cadence words the length of the unit they name', () => {
    const length = (w: string) => data.timeScale.find((u) => u.units.includes(w))!.seconds;
    for (let i = 1; i < data.timeScale.length; i++) expect(data.timeScale[i]!.seconds).toBeGreaterThan(data.timeScale[i - 1]!.seconds);
    expect(length('daily')).toBe(length('day'));
    expect(length('weekly')).toBe(length('week'));
  });
});
