// The parts of a letter (header, headings, greeting, body, opening, sign-off), its word count and
// the facts read from it, as every rule sees them.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import type { Format } from '../src/letter/letter.js';
import type { Letter } from '../src/types.js';
import { targetCompanies } from '../src/letter/facts.js';

async function read(text: string, format: Format = 'markdown'): Promise<Letter> {
  const { letter } = await lintText(text, format === 'text' ? 'letter.txt' : 'letter.md', format, { settings: [] });
  return letter;
}

const of = (letter: Letter, range: { start: number; end: number } | undefined): string | undefined =>
  range && letter.text.slice(range.start, range.end);

/** The parts of a letter as text, for comparing whole anatomies at once. */
function parts(letter: Letter) {
  const a = letter.anatomy;
  return {
    header: a.header.map((b) => of(letter, b)),
    headings: a.headings.map((b) => of(letter, b)),
    greeting: of(letter, a.greeting),
    body: a.body.map((p) => of(letter, p)),
    opening: of(letter, a.opening),
    signoff: a.signoff.map((b) => of(letter, b)),
  };
}

const STORY = 'At Globex I rebuilt the seller payouts ledger that moves $40M a day.';
const FIT = 'Your posting describes the same move from nightly batches to streams.';

describe('greeting', () => {
  it.each([
    ['Dear Ms. Okafor,'],
    ['Hello Acme team,'],
    ['Hi Sam,'],
    ['To whom it may concern:'],
    ['Dear Hiring Manager,'],
    ['To the Acme hiring team:'],
    ['To the Hiring Manager.'],
    ['Good morning,'],
    ['Respected HR Team,'],
    ["Good day Ma'am/Sir,"],
    ['To Whom It May Concern'],
    // Writers of other languages keep their own salutation above an English letter (session 33, blind set stack7).
    ['Sehr geehrte Damen und Herren, dear hiring team,'],
    ['Madame, Monsieur,'],
    ['Olá, dear recruiter!'],
    ['Estimado equipo,'],
  ])('reads "%s" as the greeting', async (greeting) => {
    const letter = await read(`${greeting}\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya Raman`);
    expect(parts(letter)).toEqual({
      header: [],
      headings: [],
      greeting,
      body: [STORY, FIT],
      opening: STORY,
      signoff: ['Best,\nPriya Raman'],
    });
  });

  it('splits a greeting from the first body line in the same paragraph', async () => {
    const letter = await read(`Dear Ms. Okafor,\n${STORY} I would like to do that again at Acme.\n\n${FIT}\n\nBest,\nPriya`);
    const a = letter.anatomy;
    expect(of(letter, a.greeting)).toBe('Dear Ms. Okafor,');
    expect(of(letter, a.opening)).toBe(`${STORY} I would like to do that again at Acme.`);
    expect(a.opening!.sentences.map((s) => s.words[0]!.text)).toEqual(['At', 'I']);
    expect(a.greeting!.sentences.flatMap((s) => s.words.map((w) => w.text))).toEqual(['Dear', 'Ms', 'Okafor']);
    // The split pieces replace the block they came from.
    expect(letter.blocks.map((b) => of(letter, b))).toEqual([
      'Dear Ms. Okafor,',
      `${STORY} I would like to do that again at Acme.`,
      FIT,
      'Best,\nPriya',
    ]);
  });

  it('splits the greeting off in a plain-text letter too', async () => {
    const letter = await read(`Hi Sam,\n${STORY}\n\nThanks,\nPriya`, 'text');
    expect(parts(letter)).toMatchObject({ greeting: 'Hi Sam,', opening: STORY, signoff: ['Thanks,\nPriya'] });
  });

  it.each([
    ['a hard-wrapped first line that starts with "To"', 'To keep payouts moving during the outage,\nI rebuilt the settlement ledger at Globex in a weekend.'],
    ['a sentence that starts with "Hello"', 'Hello world programs taught me little; rebuilding the payouts ledger at Globex taught me a lot.'],
    ['a short sentence to the team that ends with a stop', 'To the platform team I handed the pager.'],
    ['a long line that starts with "Dear"', 'Dear as the old batch system was to finance, I replaced it with streams and nobody missed it.'],
    ['a sentence that starts with a name of another language', "Madame Curie's notebooks made me want to measure things, and I now measure payouts at Globex."],
    ['a sentence that starts with "Hola"', 'Hola was the first word of the chatbot I built for a bakery in Lima.'],
  ])('finds no greeting in %s', async (_, opening) => {
    const letter = await read(`${opening}\n\n${FIT}\n\nBest,\nPriya`);
    expect(letter.anatomy.greeting).toBeUndefined();
    expect(of(letter, letter.anatomy.opening)).toBe(opening);
  });

  it('finds no greeting in a hard-wrapped line that carries a sentence on, "to the eLearning team."', async () => {
    const opening = 'I have been at the help desk for eight years, and I know that I would be a great addition\nto the eLearning team.';
    const letter = await read(`${opening}\n\n${FIT}\n\nBest,\nPriya`, 'text');
    expect(letter.anatomy.greeting).toBeUndefined();
    expect(of(letter, letter.anatomy.opening)).toBe(opening);
    // The same words as a line of their own are the greeting they look like.
    const greeted = await read(`To the eLearning team.\n${STORY}\n\n${FIT}\n\nBest,\nPriya`, 'text');
    expect(of(greeted, greeted.anatomy.greeting)).toBe('To the eLearning team.');
  });

  it('reads a greeting and a closing behind LaTeX paragraph commands, as a letter written for pandoc has them', async () => {
    const letter = await read(`\\noindent To whom it may concern,\n\n\\indent ${STORY}\n\n\\indent ${FIT}\n\n\\noindent Best,\n\n\\noindent Priya Nair\n`);
    expect(of(letter, letter.anatomy.greeting)).toBe('\\noindent To whom it may concern,');
    expect(of(letter, letter.anatomy.opening)).toBe(`\\indent ${STORY}`);
    expect(letter.anatomy.body).toHaveLength(2);
  });

  it('takes no word that only starts like a LaTeX command for one', async () => {
    const letter = await read(`\\indentation matters to me,\n\n${STORY}\n\nBest,\nPriya`);
    expect(letter.anatomy.greeting).toBeUndefined();
  });
});

describe('sign-off', () => {
  it.each([['Best,'], ['Kind regards,'], ['Sincerely yours,'], ['Thank you,'], ['Warm regards,'], ['Cheers,'], ['Yours faithfully,'], ['With kind regards,'], ['Thanks for reading,'], ['Mit freundlichen Grüßen,'], ['Cordialement,'], ['Atenciosamente,']])(
    'reads "%s" and the name below it as the sign-off',
    async (close) => {
      const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${FIT}\n\n${close}\nPriya Raman`);
      expect(parts(letter).signoff).toEqual([`${close}\nPriya Raman`]);
      expect(parts(letter).body).toEqual([STORY, FIT]);
    },
  );

  it('splits "Thank you," from the last body line in the same paragraph', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\nI hope we can talk soon.\nThank you,\nPriya Raman`);
    expect(parts(letter).body).toEqual([STORY, 'I hope we can talk soon.']);
    expect(parts(letter).signoff).toEqual(['Thank you,\nPriya Raman']);
    expect(letter.anatomy.body[1]!.sentences).toHaveLength(1);
  });

  it.each([['Best, Priya'], ['Thanks \u2014 Priya Raman'], ['Kind regards, Priya Raman']])(
    'reads "%s", with the name on the same line, as the sign-off',
    async (close) => {
      const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${FIT}\n${close}`);
      expect(parts(letter).signoff).toEqual([close]);
      expect(parts(letter).body).toEqual([STORY, FIT]);
    },
  );

  it('takes a sign-off with the name on its own paragraph', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\nBest,\n\nPriya Raman\npriya@example.com`);
    expect(parts(letter).signoff).toEqual(['Best,', 'Priya Raman\npriya@example.com']);
    expect(parts(letter).body).toEqual([STORY]);
  });

  it.each([
    ['"Thank you for reading."', 'Thank you for reading.'],
    ['"Thanks to the rewrite, …"', 'Thanks to the rewrite, finance now closes the books before lunch.'],
    ['"Best of all, …"', 'Best of all, the on-call rota got quieter.'],
    ['"Thanks, Globex taught me …"', 'Thanks, Globex taught me to test the failure path first.'],
  ])('keeps a closing sentence such as %s in the body', async (_, last) => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${last}`);
    expect(parts(letter).body).toEqual([STORY, last]);
    expect(letter.anatomy.signoff).toEqual([]);
  });
});

describe('contact header and headings', () => {
  it('reads a letterhead of labelled fields as the header where no greeting follows it', async () => {
    const letter = await read(`**Date:**  \n[Month Day, Year]\n\n**To:**\nHiring Manager, Northwind\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya`);
    expect(parts(letter)).toMatchObject({ header: ['**Date:**  \n[Month Day, Year]', '**To:**\nHiring Manager, Northwind'], opening: STORY, body: [STORY, FIT] });
    // A line that announces the letter's own list is no field.
    const tools = await read(`Tools I use:\n\n- Go\n- PostgreSQL\n\n${STORY}\n\nBest,\nPriya`);
    expect(tools.anatomy.header).toEqual([]);
  });

  it('reads the contact lines before the greeting as the header', async () => {
    const header = 'Priya Raman\npriya@example.com\n+44 20 7946 0958\nhttps://example.com/priya';
    const letter = await read(`${header}\n\n12 March 2025\n\nDear Ms. Okafor,\n\n${STORY}\n\nBest,\nPriya`);
    expect(parts(letter)).toMatchObject({ header: [header, '12 March 2025'], greeting: 'Dear Ms. Okafor,', opening: STORY, body: [STORY] });
  });

  it('splits a plain-text letter written as one block into header, greeting, body and sign-off', async () => {
    const letter = await read(`Priya Raman\npriya@example.com\nDear Ms. Okafor,\n${STORY}\nThanks,\nPriya`, 'text');
    expect(parts(letter)).toEqual({
      header: ['Priya Raman\npriya@example.com'],
      headings: [],
      greeting: 'Dear Ms. Okafor,',
      body: [STORY],
      opening: STORY,
      signoff: ['Thanks,\nPriya'],
    });
  });

  it('reads a contact header without a greeting, and the first prose paragraph as the opening', async () => {
    const letter = await read(`Priya Raman\npriya@example.com\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya`);
    expect(parts(letter)).toMatchObject({ header: ['Priya Raman\npriya@example.com'], greeting: undefined, opening: STORY, body: [STORY, FIT] });
  });

  it('reads an address block whose lines end in abbreviations ("Northwind Inc.", "12 Harbor Rd.") as header, not as the opening', async () => {
    const address = 'Northwind Inc.\n12 Harbor Rd.\nBoston, MA';
    const letter = await read(`Priya Raman\npriya@example.com\n\n${address}\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya`);
    expect(parts(letter)).toMatchObject({ header: ['Priya Raman\npriya@example.com', address], greeting: undefined, opening: STORY, body: [STORY, FIT] });
  });

  it('reads a subject line above a recipient\'s address, with no greeting, as header with the address after it', async () => {
    const address = 'The Associated Press,\n\n200 Liberty Street\n\nNew York, NY 10281';
    for (const format of ['markdown', 'text'] as const) {
      const letter = await read(`Subject: Application for the Backend Engineer role\n\n${address}\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya`, format);
      expect(parts(letter), format).toMatchObject({ header: ['Subject: Application for the Backend Engineer role', 'The Associated Press,', '200 Liberty Street', 'New York, NY 10281'], opening: STORY, body: [STORY, FIT] });
    }
  });

  it('reads a letterhead without a greeting as header: long lines of contact fields, a line apart for each detail, a title of fields, a date', async () => {
    const heads = [
      '**Priya Raman**\nEmail: priya@example.com | Phone: +1 555 010 0199 | GitHub: github.com/praman | LinkedIn: linkedin.com/in/praman',
      'Priya Raman\n\n181 Woodlawn Ct.\n\nOregon City, OR 97045\n\n+1 503 555 0710\n\npriya@example.com\n\nMarch 3, 2024',
      '**BACKEND ENGINEER | PAYMENTS | DISTRIBUTED SYSTEMS | SITE RELIABILITY**\n\nBerlin, Germany | +49 30 5550 1234 | priya@example.com',
      'Systems Developer Hiring Manager Friday August 19, 2022\n\n137 University Ave. W.',
    ];
    for (const head of heads) {
      const letter = await read(`${head}\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya`, 'text');
      expect(of(letter, letter.anatomy.opening), head).toBe(STORY);
    }
  });

  it('keeps a first paragraph that says a sentence as the opening, though it holds an address or fields', async () => {
    const first = 'You can read the ledger code at github.com/praman/ledger | it settles refunds | and it has run for two years.';
    const letter = await read(`${first}\n\n${STORY}\n\nBest,\nPriya`, 'text');
    expect(of(letter, letter.anatomy.opening)).toBe(first);
  });

  it('parts a first block of line-broken paragraphs whose last line introduces a list set apart below it', async () => {
    const first = 'I am writing to apply for the Incident Responder role at Northwind. Your breach report from last spring is one I have read twice.';
    const second = 'I am a certified analyst with two years of hands-on work in incident response, forensics and vulnerability management for a hospital network.';
    const leadIn = 'In my recent work, I have focused heavily on practical, hands-on security operations:';
    const list = '- Led a simulated ransomware response with Splunk, QRadar, Wireshark and Velociraptor.\n- Wrote the hospital\'s incident playbook and ran its first tabletop exercise.';
    const letter = await read(`Dear Ms. Okafor,\n\n${first}\n${second}\n${leadIn}\n${list}\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(letter, letter.anatomy.opening)).toBe(first);
    // Hard-wrapped, the same words are one paragraph: its lines end mid-sentence.
    const wrapped = 'I am writing to apply for the Incident Responder role at Northwind. Your breach\nreport from last spring is one I have read twice, and in my recent work I have\nfocused heavily on practical, hands-on security operations:';
    const hard = await read(`Dear Ms. Okafor,\n\n${wrapped}\n${list}\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(hard, hard.anatomy.opening)).toContain(wrapped);
  });

  it('still reads a short line that ends a sentence as the letter, not its header', async () => {
    const letter = await read(`Priya Raman\npriya@example.com\n\nI ship things.\n\n${STORY}\n\nBest,\nPriya`);
    expect(parts(letter).opening).toBe('I ship things.');
  });

  it('keeps numbers in the header and sign-off out of the letter\u2019s numbers', async () => {
    const letter = await read(`Priya Raman\n+44 20 7946 0958\n\nDear Ms. Okafor,\n\n${STORY}\n\nBest,\nPriya\n221 Baker Street`);
    expect(letter.numbers.map((n) => n.text)).toEqual(['$40M']);
  });

  it('keeps headings out of the body, before and inside the letter', async () => {
    const letter = await read(`# Priya Raman\n\nDear Ms. Okafor,\n\n${STORY}\n\n## Why Acme\n\n${FIT}\n\nBest,\nPriya`);
    expect(parts(letter)).toMatchObject({
      headings: ['# Priya Raman', '## Why Acme'],
      greeting: 'Dear Ms. Okafor,',
      body: [STORY, FIT],
      opening: STORY,
    });
    expect(letter.blocks.filter((b) => b.kind === 'heading')).toHaveLength(2);
  });

  it('does not take a short opening line for a header when the letter is one paragraph', async () => {
    const letter = await read('I rebuilt the payouts ledger.');
    expect(letter.anatomy.header).toEqual([]);
    expect(of(letter, letter.anatomy.opening)).toBe('I rebuilt the payouts ledger.');
  });
});

describe('CRLF line endings', () => {
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  const source = `Priya Raman\npriya@example.com\n\nDear Ms. Okafor,\n${STORY}\n\n${FIT}\nKind regards,\nPriya Raman`;

  it.each([['markdown' as Format], ['text' as Format]])('reads the same parts in %s with CRLF as with LF', async (format) => {
    const lf = await read(source, format);
    const letter = await read(crlf(source), format);
    expect(parts(letter)).toEqual({
      header: [crlf('Priya Raman\npriya@example.com')],
      headings: [],
      greeting: 'Dear Ms. Okafor,',
      body: [STORY, FIT],
      opening: STORY,
      signoff: [crlf('Kind regards,\nPriya Raman')],
    });
    expect(letter.wordCount).toBe(lf.wordCount);
    expect(letter.facts).toEqual(lf.facts);
  });

  it('leaves no line break at the end of a split piece', async () => {
    const letter = await read(crlf(source), 'text');
    for (const block of letter.blocks) expect(of(letter, block)).not.toMatch(/[\r\n]$/);
  });
});

describe('opening', () => {
  it('is the first body paragraph after the greeting, not a paragraph before it', async () => {
    const letter = await read(`Re: Backend Engineer, posting 4471\n\nDear Ms. Okafor,\n\n${FIT}\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(letter, letter.anatomy.opening)).toBe(FIT);
  });

  it('is not a subject line right after the greeting, which is no body paragraph either', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n**RE: Backend Engineer (Go, Kafka, Postgres, Kubernetes)**\n\n${FIT}\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(letter, letter.anatomy.opening)).toBe(FIT);
    expect(letter.anatomy.body.map((p) => of(letter, p))).toEqual([FIT, STORY]);
  });

  it('is not a title, a section label or a recipient line that says no sentence', async () => {
    for (const title of ['Claud D. Park · Cover Letter\n\nAbout Me', '**To:** The Canonical Hiring Manager\n**Role:** Junior Data Engineer (Remote / EMEA)', 'Dr. Ching-Yao Lai & Dean of Faculty']) {
      const letter = await read(`${title}\n\n${FIT}\n\n${STORY}\n\nBest,\nPriya`);
      expect(of(letter, letter.anatomy.opening), title).toBe(FIT);
      expect(letter.anatomy.body.map((p) => of(letter, p)), title).toEqual([FIT, STORY]);
    }
  });

  it('is a short first paragraph that ends a sentence, or the only paragraph there is', async () => {
    const short = 'I want to build ledgers.';
    const letter = await read(`Dear Ms. Okafor,\n\n${short}\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(letter, letter.anatomy.opening)).toBe(short);
    const alone = await read(`Dear Ms. Okafor,\n\nLedgers are my thing\n\nBest,\nPriya`);
    expect(of(alone, alone.anatomy.opening)).toBe('Ledgers are my thing');
  });

  it('is a paragraph that starts "Re:" when it runs on as prose', async () => {
    const prose = 'Re: your note about the ledger, I rebuilt it twice.\nThe second time it held.';
    const letter = await read(`Dear Ms. Okafor,\n\n${prose}\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(letter, letter.anatomy.opening)).toBe(prose);
  });

  it('is the first prose paragraph when there is no greeting', async () => {
    const letter = await read(`${FIT}\n\n${STORY}\n\nBest,\nPriya`);
    expect(letter.anatomy.greeting).toBeUndefined();
    expect(of(letter, letter.anatomy.opening)).toBe(FIT);
  });

  it('skips code and HTML between the greeting and the first paragraph', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n<!-- draft 3 -->\n\n\`\`\`\nmake letter\n\`\`\`\n\n${STORY}\n\nBest,\nPriya`);
    expect(of(letter, letter.anatomy.opening)).toBe(STORY);
  });

  it('holds a Markdown list together with the line that introduces it', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\nWhat I would bring:\n\n- Go\n- PostgreSQL\n- Kafka\n\n${STORY}\n\nBest,\nPriya`);
    const opening = letter.anatomy.opening!;
    expect(opening.isList).toBe(true);
    expect(opening.blocks.map((b) => of(letter, b))).toEqual(['What I would bring:', 'Go', 'PostgreSQL', 'Kafka']);
    expect(parts(letter).body).toEqual(['What I would bring:\n\n- Go\n- PostgreSQL\n- Kafka', STORY]);
  });

  it('holds labelled paragraphs together with the line that announces them, and only those', async () => {
    const items = 'Data Reporting | Producing reports for policy makers.\n\nData Management | Self-taught in SQL.';
    const letter = await read(`Dear Ms. Okafor,\n\n${FIT}\n\nKey applicable skills include:\n\n${items}\n\n${STORY}\n\nBest,\nPriya`);
    expect(parts(letter).body).toEqual([FIT, `Key applicable skills include:\n\n${items}`, STORY]);
    const unannounced = await read(`Dear Ms. Okafor,\n\n${FIT}\n\n${items}\n\n${STORY}\n\nBest,\nPriya`);
    expect(parts(unannounced).body).toEqual([FIT, ...items.split('\n\n'), STORY]);
  });

  it('holds plain-text list items that run on to a line without a bullet together, with their intro', async () => {
    const list = '- MATLAB:\nSimulink, DSP toolbox\n\n- Hardware:\nVivado, Vitis';
    const letter = await read(`Dear Ms. Okafor,\n\n${FIT}\n\nWhat I would bring:\n\n${list}\n\n${STORY}\n\nBest,\nPriya`, 'text');
    expect(parts(letter).body).toEqual([FIT, `What I would bring:\n\n${list}`, STORY]);
    expect(letter.anatomy.body[1]!.isList).toBe(true);
  });

  it('holds a plain-text bullet list together with its intro line, with or without a blank line between', async () => {
    for (const gap of ['\n', '\n\n']) {
      const letter = await read(`Dear Ms. Okafor,\n\nWhat I would bring:${gap}- Go\n- PostgreSQL\n- Kafka\n\n${STORY}\n\nBest,\nPriya`, 'text');
      expect(letter.anatomy.opening!.isList, JSON.stringify(gap)).toBe(true);
      expect(of(letter, letter.anatomy.opening), JSON.stringify(gap)).toBe(`What I would bring:${gap}- Go\n- PostgreSQL\n- Kafka`);
      expect(parts(letter).body[1]).toBe(STORY);
    }
  });

  it('holds a list together with a short title line above it, but not with a sentence', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n**Payments platform, 2021-2023**\n\n- Rebuilt the ledger\n- Ran on-call\n\nBest,\nPriya`);
    expect(parts(letter).body).toEqual([STORY, '**Payments platform, 2021-2023**\n\n- Rebuilt the ledger\n- Ran on-call']);
    expect(letter.anatomy.body[1]!.isList).toBe(true);
  });

  it('reads a closing line alone before the body, as a LaTeX class may set it after the greeting, as no paragraph', async () => {
    const opening = 'I am applying for the backend role on your payments team, because settlement is the problem I know best.';
    const close = 'I would be glad to walk your team through the cutover and what I would check first in your own flow.';
    const letter = await read(`Dear Ms. Okafor,\n\nBest regards,\n\n${opening}\n\n${STORY}\n\n${close}`);
    expect(parts(letter).body).toEqual([opening, STORY, close]);
    expect(letter.anatomy.signoff).toEqual([]);
  });

  it.each([['Thanking you.\nYours truly,'], ['Thank you for your consideration.'], ['Thanks in advance!']])('reads a closing block set right after the greeting (%j) as no paragraph, and a thanks paragraph later as one', async (early) => {
    const opening = 'I am applying for the backend role on your payments team, because settlement is the problem I know best.';
    const thanks = 'Thank you for your consideration.';
    const letter = await read(`Dear Ms. Okafor,\n\n${early}\n\n${opening}\n\n${STORY}\n\n${thanks}\n\n${FIT}`);
    expect(parts(letter).opening).toBe(opening);
    expect(parts(letter).body).toEqual([opening, STORY, thanks, FIT]);
  });

  it('parts paragraphs where two <br> tags leave a blank line, and counts the words a reader sees in HTML blocks', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\nI am applying for the backend role.<br>\n<br>\n${STORY}\n<br>\nIt moves a lot.\n\n<ul>\n<li>Rebuilt the ledger</li>\n<li>Ran on-call <!-- not shown --></li>\n</ul>\n\nBest,\nPriya`);
    expect(parts(letter).body).toEqual(['I am applying for the backend role.<br>\n<br>', `${STORY}\n<br>\nIt moves a lot.`]);
    const words = (t: string) => t.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
    // Every word but the tags and the comment: greeting, both paragraphs, the two items, sign-off.
    expect(letter.wordCount).toBe(words(`Dear Ms. Okafor, I am applying for the backend role. ${STORY} It moves a lot. Rebuilt the ledger Ran on-call Best, Priya`));
  });

  // pandoc writes a Word document's empty line as a line that is only a backslash (a hard break).
  it('parts paragraphs where backslash hard breaks leave a blank line, and keeps one break as a line within a paragraph', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\nI am applying for the backend role.\\\n\\\n${STORY}\\\nIt moves a lot.\\\n\\\nI would be glad to talk.\n\nBest,\nPriya`);
    expect(parts(letter).body).toEqual(['I am applying for the backend role.\\\n\\', `${STORY}\\\nIt moves a lot.\\\n\\`, 'I would be glad to talk.']);
    // An escaped backslash at a line's end ("C:\\\\") is a character, not a break.
    const escaped = await read(`Dear Ms. Okafor,\n\nI keep my notes in C:\\\\\n\\\n${STORY}\n\nBest,\nPriya`);
    expect(parts(escaped).body).toHaveLength(1);
  });

  it('reads a bold title alone on its line as no body paragraph, and a paragraph that ends with a colon as one with the paragraph it announces', async () => {
    const announce = 'I have done this twice:';
    const letter = await read(`Dear Ms. Okafor,\n\n**Why I am a fit:**\n\n${announce}\n\n${STORY}\n\n**Closing**\n\nI would be glad to talk.\n\nBest,\nPriya`);
    expect(parts(letter).body).toEqual([`${announce}\n\n${STORY}`, 'I would be glad to talk.']);
    expect(letter.anatomy.body[0]!.isList).toBe(false);
    // A bold line that says a sentence is a paragraph; so is a title when it is all the body there is.
    const sentence = await read(`Dear Ms. Okafor,\n\n**I rebuilt the ledger.**\n\n${STORY}\n\nBest,\nPriya`);
    expect(parts(sentence).body).toEqual(['**I rebuilt the ledger.**', STORY]);
    const alone = await read('Dear Ms. Okafor,\n\n**Payments platform**\n\nBest,\nPriya');
    expect(parts(alone).body).toEqual(['**Payments platform**']);
  });

  it('reads long lines of several sentences each, with no blank line between, as paragraphs; one sentence a line stays one paragraph', async () => {
    const lines = [
      'I am applying for the backend role at Northwind because settlement is the problem I know best. It is also the one I enjoy most.',
      'At Globex I rebuilt the seller payouts ledger that moves forty million dollars a day. Reconciliation fell from six hours to twenty minutes.',
      'I would be glad to walk your team through the cutover and what I would check first in your own settlement flow. Thank you for reading.',
    ];
    const pasted = await read(`Dear Ms. Okafor,\n${lines.join('\n')}\nBest,\nPriya`);
    expect(parts(pasted).body).toEqual(lines);
    const semantic = ['I am applying for the backend role at Northwind because settlement is what I know best.', 'At Globex I rebuilt the seller payouts ledger that moves forty million dollars every day.'];
    const oneEach = await read(`Dear Ms. Okafor,\n\n${semantic.join('\n')}\n\nBest,\nPriya`);
    expect(parts(oneEach).body).toEqual([semantic.join('\n')]);
  });

  it('reads a line-per-paragraph letter with a short sentence line among long ones, and one long line that runs on without a stop', async () => {
    const lines = [
      'I am applying for the backend role at Northwind because settlement is the problem I know best, and I have spent six years on ledgers and the teams who depend on them every day with Go, Postgres and Azure',
      'At Globex I rebuilt the seller payouts ledger that moves forty million dollars a day. Reconciliation fell from six hours to twenty minutes.',
      'I have attached my résumé to this email.',
      'I would be glad to walk your team through the cutover and what I would check first in your own settlement flow. Thank you for reading.',
    ];
    const pasted = await read(`Dear Ms. Okafor,\n${lines.join('\n')}\nBest,\nPriya`, 'text');
    expect(parts(pasted).body).toEqual(lines);
    // Hard-wrapped prose: lines that end mid-sentence are one paragraph, even with a stop at one line's end.
    const wrapped = [
      'I am applying for the backend role at Northwind because settlement',
      'is the problem I know best. I have spent six years on ledgers and',
      'the teams who depend on them, and I rebuilt the payouts ledger.',
    ];
    const hard = await read(`Dear Ms. Okafor,\n\n${wrapped.join('\n')}\n\nBest,\nPriya`, 'text');
    expect(parts(hard).body).toEqual([wrapped.join('\n')]);
  });

  it('finds the greeting after a letterhead of more than eight short blocks, but not after a paragraph of prose', async () => {
    const head = ['March 4th, 2026', 'Jordan Rodriguez', '5555 Jorod Drive', 'Orlando, FL', 'Andrew Wilson', 'Electronic Arts', '5555 Electric Arts Drive', 'Orlando, FL'];
    const letter = await read(`${head.join('\n\n')}\n\nDear Mr. Wilson,\n\n${STORY}\n\n${FIT}\n\nBest,\nJordan`);
    expect(parts(letter).greeting).toBe('Dear Mr. Wilson,');
    expect(parts(letter).body).toEqual([STORY, FIT]);
    const prose = await read(`${head.slice(0, 7).join('\n\n')}\n\n${STORY}\n\n${FIT}\n\nDear Mr. Wilson,\n\nBest,\nJordan`);
    expect(parts(prose).greeting).toBeUndefined();
  });

  it('reads a greeting set as a heading as the greeting', async () => {
    const letter = await read(`## Dear Hiring Manager,\n\n${STORY}\n\n${FIT}\n\nBest,\nPriya`);
    expect(parts(letter)).toMatchObject({ greeting: '## Dear Hiring Manager,', headings: [], body: [STORY, FIT] });
    const titled = await read(`## Why Northwind\n\n${STORY}\n\nBest,\nPriya`);
    expect(parts(titled).greeting).toBeUndefined();
  });

  it('takes a sign-off that ends in an HTML line break', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\nRespectfully,</br>\nPriya`);
    expect(parts(letter).body).toEqual([STORY]);
    expect(parts(letter).signoff[0]).toContain('Respectfully');
  });

  it('reads a greeting and a sign-off wrapped in HTML line breaks', async () => {
    const letter = await read(`Dear Hiring Manager,<br><br>\n${STORY}<br>\n\n${FIT}\n\nSincerely,\nPriya Raman<br>\npriya@example.com<br>`);
    expect(parts(letter).greeting).toBe('Dear Hiring Manager,<br><br>');
    expect(parts(letter).signoff[0]).toMatch(/^Sincerely,/);
    // A tag in the middle of a sentence is left alone: the line is not a greeting.
    const inline = await read(`${STORY}\n\n<b>Hello</b> from the payments team, where I ran the ledger cutover.\n\nBest,\nPriya`);
    expect(parts(inline).greeting).toBeUndefined();
  });

  it.each([['Best regards, Marco A. da Silva'], ['Kind regards, Anne van der Berg'], ['Thanks \u2014 Ana Maria de Souza']])(
    'reads "%s", a name with initials and particles, as the sign-off',
    async (close) => {
      const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${FIT}\n\n${close}`);
      expect(parts(letter).signoff).toEqual([close]);
      expect(parts(letter).body).toEqual([STORY, FIT]);
    },
  );

  it('keeps "Best regards to the team in Porto and everyone there" in the body: not a name', async () => {
    const last = 'Best regards to the team in Porto and everyone there.';
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${last}`);
    expect(parts(letter).body).toEqual([STORY, last]);
  });

  it('holds a list together with a line that introduces it with a dash, with or without "<br>"', async () => {
    for (const intro of ['As a tech lead at Globex, I do -', 'Some of what I did there \u2013 <br>']) {
      const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${intro}\n- Rebuilt the ledger\n- Ran on-call\n\nBest,\nPriya`);
      expect(letter.anatomy.body).toHaveLength(2);
      expect(letter.anatomy.body[1]!.isList).toBe(true);
    }
    // A dash inside a sentence does not introduce the list.
    const mid = await read(`Dear Ms. Okafor,\n\n${STORY}\n\nThe ledger - and its tests - moved with me.\n\n- Go\n- PostgreSQL\n\nBest,\nPriya`);
    expect(mid.anatomy.body).toHaveLength(3);
  });

  it('reads a line-per-paragraph letter whose last line is short, and keeps blank-line paragraphs whole', async () => {
    const lines = [
      'I am applying for the backend role at Northwind because settlement is the problem I know best. It is also the one I enjoy most.',
      'At Globex I rebuilt the seller payouts ledger that moves forty million dollars a day. Reconciliation fell from six hours to twenty minutes.',
      'Thank you for your time. I look forward to hearing from you.',
    ];
    const pasted = await read(`Dear Ms. Okafor,\n${lines.join('\n')}\nBest,\nPriya`);
    expect(parts(pasted).body).toEqual(lines);
    // Where blank lines already part the paragraphs, a two-line paragraph (a quote's lazy line) stays one.
    const two = `${lines[0]}\n${lines[1]}`;
    const parted = await read(`Dear Ms. Okafor,\n\n${FIT}\n\n${two}\n\n${STORY}\n\nThank you for reading.\n\nBest,\nPriya`);
    expect(parts(parted).body).toEqual([FIT, two, STORY, 'Thank you for reading.']);
  });

  it('reads a line-per-paragraph letter with a lead-in and its bullets as one paragraph among the lines, and a name after the thanks', async () => {
    const lines = [
      'I am applying for the backend role at Northwind because settlement is the problem I know best. It is also the one I enjoy most.',
      'Two habits you may find useful in this role are:\n- writing runbooks\n- pairing on incidents',
      'At Globex I rebuilt the seller payouts ledger that moves forty million dollars a day. Reconciliation fell from six hours to twenty minutes.',
      'Thank you for your time. Priya Raman',
    ];
    const pasted = await read(`Dear Ms. Okafor,\n${lines.join('\n')}`, 'text');
    expect(parts(pasted).body).toEqual(lines);
    // A last line that runs on without a stop after lines that do is no name: the block stays whole.
    const runOn = [lines[0], lines[2], 'Thank you for your time and for reading about the ledger and the migration that took us most of a year to plan'];
    const whole = await read(`Dear Ms. Okafor,\n${runOn.join('\n')}`, 'text');
    expect(parts(whole).body).toEqual([runOn.join('\n')]);
  });

  it('reads blank lines after every wrapped line, as text from a PDF has them, as line spacing; paragraphs part where a sentence ends', async () => {
    const first = ['I am applying for the backend role at Northwind, as posted', 'on your careers page. I know settlement and the teams', 'who depend on it.'];
    const second = ['At Globex I rebuilt the seller payouts ledger that moves', 'forty million dollars a day, and reconciliation fell to minutes.'];
    const third = ['I would be glad to walk your team through the cutover and', 'what I would check first in your settlement flow.'];
    const letter = await read(['Dear Ms. Okafor,', ...first, ...second, ...third, 'Best,\nPriya'].join('\n\n'), 'text');
    expect(parts(letter).body).toEqual([first, second, third].map((p) => p.join('\n\n')));
    // The sentence cut by the blank line is one sentence again.
    expect(letter.anatomy.body[0]!.sentences.map((s) => letter.text.slice(s.start, s.end).replace(/\s+/g, ' '))).toEqual([
      'I am applying for the backend role at Northwind, as posted on your careers page.',
      'I know settlement and the teams who depend on it.',
    ]);
    // Three such lines among whole paragraphs are not a layout: the paragraphs stay as written.
    const few = ['I am applying for the backend role at Northwind, as posted', STORY, FIT, 'I would be glad to walk your team through the cutover and', STORY, 'what I would check first in your settlement flow and why'];
    const kept = await read(['Dear Ms. Okafor,', ...few, 'Best,\nPriya'].join('\n\n'), 'text');
    expect(parts(kept).body).toEqual(few);
  });

  it('finds the sign-off above a name and a list of profile links, the list counted as one block', async () => {
    const links = '- LinkedIn: https://linkedin.com/in/priya\n- GitHub: https://github.com/priya\n- Site: https://priya.dev';
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n${FIT}\n\nSincerely,\n\nPriya Raman\n\n${links}\n`);
    expect(parts(letter).body).toEqual([STORY, FIT]);
    expect(parts(letter).signoff[0]).toBe('Sincerely,');
  });

  it('does not join a list to a paragraph that does not introduce it', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\n- Go\n- PostgreSQL\n\nBest,\nPriya`);
    // The list part starts at its first item's text, after the marker.
    expect(parts(letter).body).toEqual([STORY, 'Go\n- PostgreSQL']);
    expect(letter.anatomy.opening!.isList).toBe(false);
  });
});

describe('word count', () => {
  it('counts the greeting, body and sign-off as an editor would', async () => {
    // Dear Ms. Okafor, (3) + 12 + 5 + Best, Priya (2)
    const letter = await read(
      'Dear Ms. Okafor,\n\nI moved 1,200 cron jobs, e.g. the Node.js ones, onto one queue.\n\nThe on-call rota didn\u2019t notice.\n\nBest,\nPriya',
    );
    expect(letter.wordCount).toBe(3 + 12 + 5 + 2);
  });

  it('leaves out frontmatter, code, HTML comments and URLs', async () => {
    const letter = await read(
      '---\ncompany: Acme\n---\n\nI ran `make migrate` on https://example.com/db and [the docs](https://example.com/docs) <!-- note -->.\n\n```\ncode here\n```',
    );
    // I ran on and the docs
    expect(letter.wordCount).toBe(6);
  });
});

describe('facts', () => {
  it('reads company and role from frontmatter first', async () => {
    const letter = await read(`---\ncompany: Northwind Payments\nrole: Staff Engineer\n---\n\nHello Acme team,\n\nI would love to join Globex as a Senior Backend Engineer.\n\nBest,\nPriya`);
    expect(letter.facts).toMatchObject({ company: 'Northwind Payments', role: 'Staff Engineer' });
  });

  it.each([
    ['Dear Northwind Payments team,', 'Northwind Payments'],
    ['Hello Acme hiring team,', 'Acme'],
    ['Dear Globex Engineering Team,', 'Globex'],
    ['Hi Contoso Data team,', 'Contoso'],
    ['To the AT&T platform team:', 'AT&T'],
    // A reader at the company (session 30, blind set stale3).
    ['Dear Hiring Manager at Greenbank Cooperative,', 'Greenbank Cooperative'],
    ['To the hiring team of Acme Inc.:', 'Acme Inc'],
    ['Dear Recruiter at Globex,', 'Globex'],
  ])('reads the company from the greeting "%s"', async (greeting, company) => {
    const letter = await read(`${greeting}\n\n${STORY}\n\nBest,\nPriya`);
    expect(letter.facts.company).toBe(company);
  });

  it.each([['Dear Hiring Team,'], ['Dear Hiring Manager,'], ['Dear Ms. Okafor,'], ['To whom it may concern:'], ['Dear Sam at Globex,'], ['Dear Hiring Manager at your earliest convenience,']])(
    'reads no company from the greeting "%s"',
    async (greeting) => {
      const letter = await read(`${greeting}\n\n${STORY}\n\nBest,\nPriya`);
      expect(letter.facts.company).toBeUndefined();
    },
  );

  it.each([
    ['I would love to join Acme as a Staff Engineer.', 'Acme', 'Staff Engineer'],
    ['I am applying for the Senior Backend Engineer role at Northwind Payments.', 'Northwind Payments', 'Senior Backend Engineer'],
    ["I would like to join Acme's platform group.", 'Acme', undefined],
    ['I would like to join Acme. I rebuilt the payouts ledger at Globex.', 'Acme', undefined],
    ['I am applying to Booking.com for the payments team.', 'Booking.com', undefined],
    ['I am applying for the Position of Junior Data Scientist at Afiniti, as advertised.', 'Afiniti', undefined],
  ])('reads the company from the opening "%s"', async (opening, company, role) => {
    const letter = await read(`Dear Ms. Okafor,\n\n${opening}\n\nBest,\nPriya`);
    expect(letter.facts.company).toBe(company);
    expect(letter.facts.role).toBe(role);
  });

  it('reads no company from the writer\'s own current role', async () => {
    const letter = await read('Dear Ms. Okafor,\n\nIn my current role at Globex I rebuilt the payouts ledger.\n\nBest,\nPriya');
    expect(letter.facts.company).toBeUndefined();
  });

  it('reads no company from a position of trust held with an employer', async () => {
    const letter = await read('Dear Ms. Okafor,\n\nI held a position of responsibility with Globex for years.\n\nBest,\nPriya');
    expect(letter.facts.company).toBeUndefined();
  });

  it('reads the company of an opening hard-wrapped inside the role, as of the same opening on one line', async () => {
    const wrapped = await read('Dear Ms. Okafor,\n\nI am applying for the Position of Junior Data\nScientist at Afiniti, as advertised.\n\nBest,\nPriya', 'text');
    expect(wrapped.facts.company).toBe('Afiniti');
    // Offsets are the text's own, whatever its line endings.
    const text = 'the Position of Junior Data\r\nScientist at Afiniti, as advertised';
    expect(targetCompanies(text).map((c) => text.slice(c.start, c.end))).toEqual(['Afiniti']);
  });

  it('reads no company when the opening joins something in lower case', async () => {
    const letter = await read('Dear Ms. Okafor,\n\nI would like to join the team that runs your ledger.\n\nBest,\nPriya');
    expect(letter.facts.company).toBeUndefined();
  });

  it('does not read the company from a later paragraph', async () => {
    const letter = await read(`Dear Ms. Okafor,\n\n${STORY}\n\nI would love to join Acme.\n\nBest,\nPriya`);
    expect(letter.facts.company).toBeUndefined();
  });

  it.each([
    [STORY, 'seller payouts ledger'],
    ['I own the checkout service at Globex.', 'checkout service'],
    ['Last year I built the payments API that 3,000 merchants call.', 'payments API'],
    ['I have experience building data pipelines. At Globex I rebuilt our fraud scoring service.', 'fraud scoring service'],
  ])('reads the system from "%s"', async (sentence, system) => {
    const letter = await read(`Dear Ms. Okafor,\n\n${sentence}\n\nBest,\nPriya`);
    expect(letter.facts.system).toBe(system);
  });

  it.each([
    ['I am a Staff Backend Engineer with eight years of experience.'],
    ['I have experience building data pipelines and APIs.'],
    ['I am writing to apply for the Platform Engineer role.'],
  ])('reads no system from "%s"', async (sentence) => {
    const letter = await read(`Dear Ms. Okafor,\n\n${sentence}\n\nBest,\nPriya`);
    expect(letter.facts.system).toBeUndefined();
  });
});
