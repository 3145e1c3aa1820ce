import rule from '../../rules/no-placeholders.js';
import { ruleTester } from '../rule-tester.js';

// A slot where the company's name should stand: "I would love to join <slot> as a backend engineer."
const JOINED: Array<[string, string]> = [
  ['the template noun with no article where a name stands', 'Company'],
  ['a template variable with a sigil', '$COMPANY'],
  ['a template variable between percent signs', '%COMPANY%'],
  ['a template variable with underscores', 'COMPANY_NAME'],
  ['an instruction in capitals', 'INSERT COMPANY NAME'],
  ['a bullet left in brackets', '[\u25cf]'],
  ['a lone slot noun in emphasis', '_Company_'],
];

ruleTester(rule, {
  valid: [
    { name: 'a bare label inside a longer name', text: 'During my time at Zip Code Wilmington, I learned Java.' },
    { name: 'a bracketed aside in title case inside a sentence', text: 'The talk [Ledgers At Scale] by your team shaped my thinking.' },
    { name: 'a company whose name ends in "Company", and "the Company of" with its article', text: 'The Coca-Cola Company was my first employer; I want to work at the Company of the year.' },
    { name: 'a parenthesis of ordinary words', text: 'I led the payments team (six people) for two years.' },
    { name: 'a constant in capitals with no slot word, and money', text: 'I set MAX_RETRIES to five and saved $4M a year on the ledger.' },
    { name: 'a heading in capitals that names the company', text: 'ABOUT THE COMPANY\n\nI admire how Northwind runs its ledger.' },
    { name: 'a real company whose name is a letter', text: 'I spent two years at X Corp on the timeline service.' },
    { name: "an editor's cut in a quotation", text: 'Your post said "we ship [...] every day", and I have done the same.' },
    { name: 'a parenthesis that starts with a question word', text: 'I moved to Leeds (where I led the migration) in 2021.' },
    { name: 'a company name in capitals among capitals', text: 'I worked at ACME INC. for three years.' },
    { name: 'a company and a position in lower case, and a name line that is a real name', text: 'I admire your company and this position.\n\nBest,\nYour Dang' },
    { name: 'a blank page', text: 'I started the blank page of the design doc with the failure cases.' },
    { name: 'a greeting with a name, and "dear" inside a sentence', text: 'Dear Mr. Okafor,\n\nThe ledger was dear to me, so I rebuilt it.' },
    { name: 'a job title and a company address said in prose', text: 'My job title was Staff Engineer, and the company address moved to Leeds.' },
    { name: 'a Markdown link', text: 'I read [your write-up on retries](https://example.com/retries) twice.' },
    { name: 'a reference link', text: 'I read [the design doc][doc] closely.\n\n[doc]: https://example.com/doc' },
    { name: 'a citation', text: 'Your postmortem [1] changed how I think about queues.' },
    { name: 'a pair of citations', text: 'Two talks [2, 3] shaped the design.' },
    { name: 'inline code', text: 'The config key `{{role}}` is templated by Helm.' },
    { name: 'a fenced code block', text: 'Here it is:\n\n```\n// TODO: remove [Company]\n```\n' },
    { name: 'real inline HTML', text: 'I moved the queue<br>to a new host.' },
    { name: 'an editorial aside', text: 'He said the system "never [sic] failed".' },
    { name: 'lower-case todo in prose', text: 'I keep a todo list for every migration.' },
    { name: 'an autolink', text: 'My code is at <https://example.com/me>.' },
    { name: 'an HTML comment', text: 'Thank you.<!-- TODO: add [Company] -->' },
    { name: 'ordinary parentheses', text: 'We used change data capture (CDC) for the ledger.' },
    { name: 'citations on lines of their own, a blank line apart', format: 'text', text: 'Two talks shaped the design [1\n\nand 2] of the queue.' },
    { name: "an editor's insertion naming a platform or a field", text: 'He wrote that "it [the platform] never slept", and that "we [in the field] knew".' },
    { name: 'a heading tag with a class (an HTML block)', text: '<h1 class="cv-name">Priya Raman</h1>\n\nThank you for reading.' },
    { name: 'an arrow drawn with angle brackets', format: 'text', text: 'My tools: Eclipse <---> Git (GitHub).' },
    { name: 'emphasis on ordinary words that include slot words', text: 'I would love to join *your team*, and I loved *the name* of the product **really**.' },
    { name: 'a Python dunder and bold capitals', text: 'I rewrote `__init__` paths and __init__ hooks, and **IMPORTANT** notices.' },
    { name: 'a separator line of asterisks and bold italics', format: 'text', text: 'I rebuilt the ledger.\n\n***\n\nAnd ***really*** enjoyed it.' },
    { name: 'real-looking contact details on example domains', text: 'Priya Raman\npriya.raman@example.com | (415) 555-0142 | 555-123-4567\n\nDear Sam,' },
    { name: 'city and state in lower case', text: 'I moved to the city, and the state of our pipeline improved.' },
    { name: 'coordinates, not a placeholder', text: 'I plotted x, y and z coordinates.' },
    { name: 'a link whose text names a real page', text: 'My notes are on [LinkedIn](https://example.com/in/me) and [my blog](https://example.com/blog).' },
    { name: 'a link to the company website', text: 'I read your [company website](https://example.com) and its [brand guidelines](https://example.com/brand).' },
    { name: 'the TODO app and TODO lists', text: 'My first project was a TODO list in React, then two TODO apps and a to-do tracker.' },
    { name: "an editor's insertion into a quotation", text: 'Your CTO wrote that "we [the team] ship every day", and [emphasis added] I want to help.' },
    { name: 'a Markdown task box', text: 'What I did last year:\n\n- [X] shipped the ledger rewrite\n- [X] moved billing to Postgres' },
    { name: 'a comment inside an HTML block', text: 'Thank you.\n\n<div>\n<!-- TODO: add [Company] and <Your Name> -->\n</div>\n' },
    { name: 'real HTML blocks with attributes', text: 'Thank you.\n\n<p align="center">Best regards</p>\n\n<Img src="sig.png" alt="signature">\n' },
    { name: 'parentheses that start with an ordinary word', text: 'I built two add-ons (added later to the core) and a queue (enterprise plan only).' },
  ],
  invalid: [
    {
      name: "a template's brackets left around what was filled in",
      text: '[Auto & General]\n\nDear [Gosia],\n\nI built the ledger.',
      errors: [{ actual: '[Auto & General]', line: 1, column: 1 }, { actual: '[Gosia]', line: 3, column: 6 }],
    },
    ...JOINED.map(([name, slot]) => ({ name, text: `I would love to join ${slot} as a backend engineer.`, errors: [{ actual: slot, line: 1, column: 22 }] })),
    { name: 'a slot noun alone in parentheses', text: 'I would love to join (Company) as a (position).', errors: [{ actual: '(Company)', line: 1, column: 22 }, { actual: '(position)', line: 1, column: 37 }] },
    {
      name: 'slot nouns in capitals among ordinary words',
      text: 'I am excited about the POSITION role at COMPANY.',
      errors: [{ actual: 'POSITION', line: 1, column: 24 }, { actual: 'COMPANY', line: 1, column: 41 }],
    },
    { name: "a template's example company", text: 'I would love to join ABC Company, or Company X.', errors: [{ actual: 'ABC Company', line: 1, column: 22 }, { actual: 'Company X', line: 1, column: 38 }] },
    { name: 'every title offered, none chosen', text: 'Dear Mr./Ms. Lastname,\n\nI built the ledger.', errors: [{ actual: 'Mr./Ms.', line: 1, column: 6 }, { actual: 'Lastname', line: 1, column: 14 }] },
    { name: 'a question the template asks, in square brackets', text: 'I saw the posting on [where you found the job posting].', errors: [{ actual: '[where you found the job posting]', line: 1, column: 22 }] },
    { name: 'a label of slot words in parentheses', text: 'I would love to join your company (name) soon.', errors: [{ actual: '(name)', line: 1, column: 35 }] },
    {
      name: 'a slot label alone on its line in any case, the template noun capitalised, and a blank position',
      text: 'I admire your Company and want the blank position.\n\nSincerely,\nYour name',
      errors: [
        { actual: 'your Company', line: 1, column: 10 },
        { actual: 'the blank position', line: 1, column: 32 },
        { actual: 'Your name', line: 4, column: 1 },
      ],
    },
    {
      name: 'a greeting without its name, and a template header',
      text: 'Dear Mr,\n\nJob Title at Company Address\n\nMonth DD, YYYY\n\nCall me on xxx-xxx-xxxx.',
      errors: [
        { actual: 'Dear Mr,', line: 1, column: 1 },
        { actual: 'Job Title', line: 3, column: 1 },
        { actual: 'Company Address', line: 3, column: 14 },
        { actual: 'Month DD, YYYY', line: 5, column: 1 },
        { actual: 'xxx-xxx-xxxx', line: 7, column: 12 },
      ],
    },
    {
      name: 'square-bracket company',
      text: 'I would love to join [Company] as a backend engineer.',
      errors: [{ actual: '[Company]', line: 1, column: 22, message: 'Template placeholder' }],
    },
    {
      name: 'company filled from frontmatter in the suggestion',
      text: '---\ncompany: Northwind\n---\n\nI would love to join [Company].',
      errors: [{ actual: '[Company]', line: 5, column: 22, suggestion: '"Northwind"' }],
    },
    {
      name: 'your name in the sign-off',
      text: 'Thanks for reading.\n\nBest,\n[Your Name]',
      errors: [{ actual: '[Your Name]', line: 4, column: 1, suggestion: 'your name' }],
    },
    {
      name: 'angle brackets, parsed as HTML by Markdown',
      text: 'I am excited about <Company> and its API.',
      errors: [{ actual: '<Company>', line: 1, column: 20 }],
    },
    {
      name: 'mustache slot',
      text: 'I am applying for the {{role}} role.',
      errors: [{ actual: '{{role}}', line: 1, column: 23 }],
    },
    {
      name: 'draft markers',
      text: 'I cut latency by XXX percent. TODO: add the team size.',
      errors: [
        { actual: 'XXX', line: 1, column: 18 },
        { actual: 'TODO', line: 1, column: 31 },
      ],
    },
    {
      name: 'parenthetical instruction',
      text: 'I admire your work on (replace) and would like to help.',
      errors: [{ actual: '(replace)', line: 1, column: 23 }],
    },
    {
      name: 'angle-bracket slots inside a Markdown paragraph (inline HTML to remark)',
      text: 'I would love to join <team name here> as your next <insert role>.',
      errors: [
        { actual: '<team name here>', line: 1, column: 22 },
        { actual: '<insert role>', line: 1, column: 52 },
      ],
    },
    {
      name: 'an angle-bracket slot alone on a line (an HTML block to remark)',
      text: 'I would love to join your team.\n\n<Company Name>\n\nBest,\n\n<Your Name>\n',
      errors: [
        { actual: '<Company Name>', line: 3, column: 1, suggestion: 'company' },
        { actual: '<Your Name>', line: 7, column: 1, suggestion: 'your name' },
      ],
    },
    {
      name: 'a bracket slot inside an HTML block',
      text: 'Hello.\n\n<div>\nDear [Hiring Manager],\n</div>\n',
      errors: [{ actual: '[Hiring Manager]', line: 4, column: 6 }],
    },
    {
      name: 'bracketed notes to self',
      text: 'I cut costs by [X]% and served [add a number] customers, growing revenue by [insert metric] over [X years].',
      errors: [
        { actual: '[X]', line: 1, column: 16 },
        { actual: '[add a number]', line: 1, column: 32 },
        { actual: '[insert metric]', line: 1, column: 77 },
        { actual: '[X years]', line: 1, column: 98 },
      ],
    },
    {
      name: 'notes to self led by other instructions',
      text: 'At my last job [describe the outage] we grew fast [include a link to the postmortem].',
      errors: [
        { actual: '[describe the outage]', line: 1, column: 16 },
        { actual: '[include a link to the postmortem]', line: 1, column: 51 },
      ],
    },
    {
      name: 'an editorial-looking bracket that says it is a slot',
      text: 'I admire the work of [the company name here].',
      errors: [{ actual: '[the company name here]', line: 1, column: 22 }],
    },
    {
      name: 'slots as link text',
      text: 'I would love to join [Company Name](https://example.com) and you can see my work at [insert portfolio link](https://example.com/me).\n\nDear [Company](https://example.com) team,',
      errors: [
        { actual: '[Company Name]', line: 1, column: 22 },
        { actual: '[insert portfolio link]', line: 1, column: 85 },
        { actual: '[Company]', line: 3, column: 6 },
      ],
    },
    {
      name: 'a parenthetical note led by "add"',
      text: 'Checkout got faster (add a metric) after the rewrite.',
      errors: [{ actual: '(add a metric)', line: 1, column: 21 }],
    },
    {
      name: 'TODO before an ordinary word is still a note',
      text: 'TODO mention the team size. I led the ledger rewrite.',
      errors: [{ actual: 'TODO', line: 1, column: 1 }],
    },
    {
      name: 'template variables between double underscores',
      text: 'I am applying for the __POSITION__ at __COMPANY__ for __TIME_PERIOD__.',
      errors: [
        { actual: '__POSITION__', line: 1, column: 23 },
        { actual: '__COMPANY__', line: 1, column: 39 },
        { actual: '__TIME_PERIOD__', line: 1, column: 55 },
      ],
    },
    {
      name: 'slot labels in emphasis',
      text: 'I am writing about the *role title* opening at _organization name_ and *COMPANY*.',
      errors: [
        { actual: '*role title*', line: 1, column: 24 },
        { actual: '_organization name_', line: 1, column: 48 },
        { actual: '*COMPANY*', line: 1, column: 72 },
      ],
    },
    {
      name: 'blanks left to fill in',
      text: 'Dear ___,\n\nI want the internship working as a *** for the summer, or as a <..>.',
      errors: [
        { actual: '___', line: 1, column: 6 },
        { actual: '***', line: 3, column: 36 },
        { actual: '<..>', line: 3, column: 64 },
      ],
    },
    {
      name: 'contact details only a template gives',
      format: 'text',
      text: 'Jane Roe\nStreet Address\nCity, State ZIP\n123-456-7890 | email@example.com | (555) 555-5555\n\nDear XYZ,',
      errors: [
        { actual: 'Street Address', line: 2, column: 1 },
        { actual: 'City, State', line: 3, column: 1 },
        { actual: '123-456-7890', line: 4, column: 1 },
        { actual: 'email@example.com', line: 4, column: 16 },
        { actual: '(555) 555-5555', line: 4, column: 36 },
        { actual: 'XYZ', line: 6, column: 6 },
      ],
    },
    {
      name: "slots about the employer and the writer, joined by slashes or with a possessive",
      text: 'I am drawn to [industry/field] and proud of [specific project/achievement] at [Company\'s] office.\n\nDear ________________,',
      errors: [
        { actual: '[industry/field]', line: 1, column: 15 },
        { actual: '[specific project/achievement]', line: 1, column: 45 },
        { actual: "[Company's]", line: 1, column: 79 },
        { actual: '________________', line: 3, column: 6 },
      ],
    },
    {
      name: 'slots broken across lines by hard wrapping',
      format: 'text',
      text: 'Dear [Hiring Manager\nName],\n\nI would love to join <team name\nhere> soon.',
      errors: [
        { actual: '[Hiring Manager\nName]', line: 1, column: 6 },
        { actual: '<team name\nhere>', line: 4, column: 22 },
      ],
    },
    {
      name: 'the same slots broken across lines in Markdown',
      text: 'Dear [Hiring Manager\nName],\n\nI would love to join <team name\nhere> soon.',
      errors: [
        { actual: '[Hiring Manager\nName]', line: 1, column: 6 },
        { actual: '<team name\nhere>', line: 4, column: 22 },
      ],
    },
    {
      name: 'capitalised slot label',
      text: 'Dear [HIRING_MANAGER],',
      errors: [{ actual: '[HIRING_MANAGER]', line: 1, column: 6 }],
    },
    {
      name: 'bare title-case slot',
      text: 'Sincerely,\nYour Name',
      errors: [{ actual: 'Your Name', line: 2, column: 1 }],
    },
    {
      name: 'plain text letter',
      format: 'text',
      text: 'Dear [Hiring Manager],\r\n\r\nI want to work at [Company].',
      errors: [
        { actual: '[Hiring Manager]', line: 1, column: 6, suggestion: "hiring manager's name" },
        { actual: '[Company]', line: 3, column: 19 },
      ],
    },
  ],
});
