import rule from '../../rules/structure.js';
import { ruleTester } from '../rule-tester.js';

// Body paragraphs, each a sentence or two of its own.
const P = [
  'I am applying for the Backend Engineer role at Northwind because your ledger post asked the question I have worked on for three years.',
  'At Globex I owned the payouts ledger; I moved it from nightly batches to streams, and reconciliation fell from six hours to 20 minutes.',
  'Webhooks arrived twice, so every event carries an idempotency key, and a nightly job compares our totals with the bank file.',
  'Your posting asks for someone to share the on-call rotation and write runbooks, which is how I already work.',
  'I paired with two new engineers until they shipped ledger changes on their own.',
  'Outside work I maintain a small library for parsing bank statement files.',
  'I would enjoy a technical conversation about your reconciliation design.',
];
// Lines of two sentences each, as a word processor pastes paragraphs: one to a line.
const LINES = [
  'I am applying for the Backend Engineer role at Northwind. Your ledger post asked the question I have worked on for three years.',
  'At Globex I owned the payouts ledger and moved it from nightly batches to streams. Reconciliation fell from six hours to 20 minutes.',
  'I would enjoy a technical conversation about your reconciliation design. I can walk you through the replay tooling we built.',
];
// Four paragraphs as a PDF's text comes out: a blank line after every wrapped line.
const SPACED = [
  'I am applying for the Backend Engineer role at Northwind, as posted',
  'on your careers page. I have spent three years on ledgers and the',
  'reconciliation jobs that check them.',
  'At Globex I owned the payouts ledger and moved it from nightly batches',
  'to streams, and reconciliation fell from six hours to 20 minutes.',
  'Your posting asks for someone to share the on-call rotation and write',
  'runbooks, which is how I already work.',
  'I would enjoy a technical conversation about your reconciliation',
  'design and the replay tooling we built.',
];
const letter = (paragraphs: readonly string[], { greeting = 'Dear Ms. Okafor,', signoff = 'Best,\nPriya Raman' } = {}) =>
  [greeting, ...paragraphs, signoff].filter(Boolean).join('\n\n');
const body = (n: number) => [...P.slice(0, n - 1), P[6]!];

ruleTester(rule, {
  valid: [
    { name: 'greeting, four paragraphs, sign-off', text: letter(body(4)) },
    // Greetings with no opening word of their own, told by their comma.
    ...['Hiring Manager,', 'Ladies and Gentlemen,', 'Good day,', 'Howdy,'].map((greeting) => ({ name: `"${greeting}" as the greeting`, text: letter(body(4), { greeting }) })),
    { name: 'three paragraphs, the fewest', text: letter(body(3)) },
    // Headings a reader skips: five paragraphs under three of them are five, not eight.
    { name: 'five paragraphs under plain-text headings', text: letter([P[0]!, 'About Me', P[1]!, P[2]!, 'Why Northwind?', P[3]!, 'Next steps:', P[6]!]), format: 'text' },
    { name: 'six paragraphs, the most', text: letter(body(6)) },
    { name: '"Thanks for reading," and a name', text: letter(body(4), { signoff: 'Thanks for reading,\nPriya Raman' }) },
    { name: '"With kind regards," and a name', text: letter(body(4), { signoff: 'With kind regards,\nPriya Raman' }) },
    // Closings real letters use beyond the common ones, with or without a comma.
    ...['Cordially', 'Yours cordially,', 'Thanking you,', 'With appreciation,'].map((closing) => ({ name: `"${closing}" and a name`, text: letter(body(4), { signoff: `${closing}\nPriya Raman` }) })),
    // A closing of the writer's own, which no list holds: a short capitalised line ending in a comma, then the name.
    ...['Talk soon,', 'Looking forward,', 'Until next time,'].map((closing) => ({ name: `"${closing}" and a name, with contact lines`, text: letter(body(4), { signoff: `${closing}\nPriya Raman\npriya@raman.dev` }) })),
    { name: 'a thanks with a dash and the name on its last line', text: letter(body(4), { signoff: 'Thanks for reaching out! Let me know what you think!\n- Priya' }) },
    {
      name: 'a closing, then the name and contact lines in a block of their own',
      text: letter(body(4), { signoff: 'Thanks for reading,\n\nPriya Raman\npriya@example.com' }),
    },
    { name: 'a closing and a name, then contact lines in a block of their own', text: letter(body(4), { signoff: 'Best,\nPriya Raman\n\npriya@example.com' }) },
    {
      name: 'a footnote after the sign-off',
      text: letter(body(4), { signoff: 'Thanks for reading,\nPriya Raman\n\n[1] Northwind Engineering, "Ledgers without pauses", 2024.' }),
    },
    {
      name: 'a list and the line that introduces it count as one paragraph',
      text: letter([P[0]!, 'Two things I would bring:', '- the ledger rebuild\n- the reconciliation job', P[3]!, P[4]!, P[5]!, P[6]!]),
    },
    {
      name: 'a paragraph that introduces a code block counts with the one after it',
      text: letter([P[0]!, 'The routing rule at the heart of it is deliberately boring:', '```yaml\npool: warm\n```', P[1]!, P[2]!, P[3]!, P[4]!, P[6]!]),
    },
    { name: 'a contact header above the greeting', text: `Priya Raman\npriya@example.com\n\n${letter(body(4))}` },
    { name: 'fewer paragraphs allowed by options', options: { min: 2 }, text: letter(body(2)) },
    { name: 'plain text with CRLF', format: 'text', text: letter(body(4)).replace(/\n/g, '\r\n') },
    { name: 'nothing but frontmatter', text: '---\ncompany: Northwind\n---\n' },
    {
      name: 'a greeting written as an HTML paragraph after an HTML letterhead',
      text: `<h1 class="name">Priya Raman</h1>\n<div class="contact">priya@example.com</div>\n\n<p class="dear">Dear Northwind team,</p>\n\n${[...body(4), 'Best,\nPriya Raman'].join('\n\n')}`,
    },
    { name: '"Respected Sir," greets', text: letter(body(4), { greeting: 'Respected Sir,' }) },
    { name: '"To Whom It May Concern" with no comma', text: letter(body(4), { greeting: 'To Whom It May Concern' }) },
    { name: 'a greeting set as the frontmatter title', text: `---\ntitle: Dear Northwind team,\n---\n\n${letter(body(4), { greeting: '' })}` },
    { name: 'a greeting run into the first sentence', text: letter([`Hi, I am Priya. ${P[0]}`, ...body(4).slice(1)], { greeting: '' }) },
    { name: 'a "Dear" greeting run into the first sentence', text: letter([`Dear Ms. Okafor, I am Priya. ${P[0]}`, ...body(4).slice(1)], { greeting: '' }) },
    {
      name: 'plain text, a paragraph to a line, and the name after the thanks on the last line',
      format: 'text',
      text: ['Dear Sam,', LINES[0], LINES[1], LINES[2], 'Thank you for your time. Priya Raman'].join('\n'),
    },
    {
      name: 'plain text, a paragraph to a line, a lead-in with its bullets among them, and "Sincerely Regards"',
      format: 'text',
      text: ['Dear Sam,', LINES[0], 'Three habits you may find useful in this role are:', '- writing runbooks', '- pairing on incidents', LINES[2], 'Sincerely Regards', 'Priya Raman'].join('\n'),
    },
    { name: 'a closing, the name, then an enclosure line', text: letter(body(4), { signoff: 'Yours faithfully,\nPriya Raman\nAttached: Curriculum Vitae' }) },
    { name: 'a closing, then the name set beside contact details', text: letter(body(4), { signoff: 'Sincerely,\nPriya Raman | priya@example.org | +44 20 7946 0958' }) },
    {
      name: 'a closing, the name, then a list of profile links',
      text: letter(body(4), { signoff: 'Sincerely,\n\nPriya Raman\n\n- LinkedIn: https://linkedin.com/in/priya\n- GitHub: https://github.com/priya\n- Site: https://priya.dev' }),
    },
    { name: 'a closing with the name on its line', text: letter(body(4), { signoff: 'Sincerely, Priya Raman' }) },
    { name: 'a closing, then the name in bold', text: letter(body(4), { signoff: 'Sincerely,\n\n**Priya Raman**' }) },
    {
      name: 'a PDF layout with a blank line after every wrapped line',
      format: 'text',
      text: ['Dear Sam,', ...SPACED, 'Best,\nPriya Raman'].join('\n\n'),
    },
  ],
  invalid: [
    {
      // A short line that says something ("Thank you.", "I can start in May.") is a paragraph all the same.
      name: 'seven paragraphs, two of them short sentences',
      text: letter([...P.slice(0, 5), 'I can start in May.', P[6]!]),
      errors: [{ actual: null, line: 3, message: '7 body paragraphs' }],
    },
    {
      name: '"Hiring Manager" without a comma is a line of the address, not a greeting',
      text: letter(body(4), { greeting: 'Hiring Manager\nNorthwind Ltd\n1 Market Street' }),
      errors: [{ actual: null, line: 5, message: 'No greeting' }],
    },
    {
      // The labelling brief: a sign-off is a closing followed by a name. The name is still no paragraph.
      name: 'only a name at the end',
      text: letter(body(4), { signoff: 'Priya Raman' }),
      errors: [{ actual: null, line: 3, message: 'No closing line above your name', suggestion: 'Sincerely' }],
    },
    {
      name: 'a closing with no name after it',
      text: letter(body(4), { signoff: 'Sincerely,' }),
      errors: [{ actual: null, line: 3, message: 'No name after the closing "Sincerely,"', suggestion: 'your name' }],
    },
    {
      name: 'a closing followed only by its enclosure line',
      text: letter(body(4), { signoff: 'Yours faithfully,\nAttached: Curriculum Vitae' }),
      errors: [{ actual: null, line: 3, message: 'No name after the closing "Yours faithfully,"' }],
    },
    {
      name: 'a closing followed only by contact details, no name',
      text: letter(body(4), { signoff: 'Sincerely,\n+44 20 7946 0958 | priya@example.org | github.com/priya' }),
      errors: [{ actual: null, line: 3, message: 'No name after the closing "Sincerely,"' }],
    },
    {
      // Look-alikes of a closing of one's own: a short line ending in a comma, then a sentence, or then no name.
      name: 'a short line ending in a comma before a sentence, or before a lower-case line',
      text: letter([...body(4), 'Next steps,\nI will call your office on Monday.'], { signoff: 'In short,\nthanks again' }),
      errors: [{ actual: null, line: 3, message: 'No sign-off' }],
    },
    {
      name: 'a thanks, then a template slot where the name goes: no sign-off',
      text: letter([...body(4), 'Thank you for your time.'], { signoff: 'Your Name' }),
      errors: [{ actual: null, line: 3, message: 'No sign-off' }],
    },
    {
      name: 'a first sentence that starts "Hello" and greets no one',
      text: letter(['Hello World was the first program I wrote, and I still write one in every new language.', ...body(4).slice(1)], { greeting: '' }),
      errors: [{ actual: null, line: 1, message: 'No greeting' }],
    },
    {
      name: 'a first sentence that starts "Dear" and greets no one',
      text: letter(['Dear as the old batch system was to finance, I replaced it with streams and nobody missed it.', ...body(4).slice(1)], { greeting: '' }),
      errors: [{ actual: null, line: 1, message: 'No greeting' }],
    },
    {
      name: 'a frontmatter title that greets no one',
      text: `---\ntitle: Cover letter for Northwind\n---\n\n${letter(body(4), { greeting: '' })}`,
      errors: [{ actual: null, line: 5, message: 'No greeting' }],
    },
    {
      name: 'one-line paragraphs, a few without a full stop, are still seven paragraphs',
      text: letter(P.map((p, i) => (i % 3 === 0 ? p.replace(/\.$/, '') : p))),
      errors: [{ actual: null, line: 3, message: 'The letter has 7 body paragraphs' }],
    },
    {
      name: 'one block of text: no greeting, no sign-off, one paragraph',
      text: `${P[0]} ${P[1]} ${P[6]}`,
      errors: [
        { actual: null, line: 1, message: 'No greeting', suggestion: 'Dear <name>,' },
        { actual: null, line: 1, message: 'No sign-off', suggestion: 'your name' },
        { actual: null, line: 1, message: 'The letter has 1 body paragraph; 3\u20136 read best', suggestion: 'its own paragraph' },
      ],
    },
    {
      name: 'an HTML block before the body that greets no one is no greeting',
      text: `<p class="title">Cover letter for Northwind</p>\n\n${[...body(4), 'Best,\nPriya Raman'].join('\n\n')}`,
      errors: [{ actual: null, line: 3, message: 'No greeting' }],
    },
    {
      name: 'two paragraphs',
      text: letter(body(2)),
      errors: [{ actual: null, line: 3, message: 'The letter has 2 body paragraphs' }],
    },
    {
      name: 'seven paragraphs',
      text: letter(P),
      errors: [{ actual: null, line: 3, message: 'The letter has 7 body paragraphs', suggestion: 'Merge or cut paragraphs' }],
    },
    {
      name: 'seven paragraphs, even with a closing line the anatomy does not know',
      text: letter(P, { signoff: 'Thanks for reading,\nPriya Raman' }),
      errors: [{ actual: null, line: 3, message: 'The letter has 7 body paragraphs' }],
    },
    {
      name: 'no greeting',
      text: letter(body(4), { greeting: '' }),
      errors: [{ actual: null, line: 1, message: 'No greeting' }],
    },
    {
      name: 'no sign-off: the letter ends in prose',
      text: letter(body(4), { signoff: '' }),
      errors: [{ actual: null, line: 3, message: 'No sign-off' }],
    },
    {
      name: 'a thank-you followed by more prose is not a sign-off',
      text: letter(body(4), { signoff: 'Thanks for reading.\n\nI also wanted to mention that I have followed your engineering blog for years and admire the way it explains trade-offs.' }),
      errors: [{ actual: null, line: 3, message: 'No sign-off' }],
    },
    {
      name: 'more paragraphs than options allow',
      options: { max: 4 },
      text: letter(body(5)),
      errors: [{ actual: null, line: 3, message: 'The letter has 5 body paragraphs; 3\u20134 read best' }],
    },
    {
      name: 'plain text, one paragraph under a greeting',
      format: 'text',
      text: `Dear Sam,\r\n\r\n${P[0]} ${P[6]}\r\n\r\nBest,\r\nPriya`,
      errors: [{ actual: null, line: 3, message: 'The letter has 1 body paragraph' }],
    },
  ],
});
