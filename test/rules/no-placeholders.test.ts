import rule from '../../rules/no-placeholders.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
