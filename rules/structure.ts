import { greetsInHtml, greetsInTitle } from '../src/letter/anatomy-greeting.js';
import { isHeadingLine } from '../src/letter/anatomy-paragraphs.js';
import { isBareClosing, NAME_LINE } from '../src/letter/anatomy-signoff.js';
import { markedLines } from '../src/text/trim.js';
import { slotLabelLines } from './data/placeholders.js';
import type { Letter, Part, Rule } from '../src/types.js';
import { hasLetter, wordsOnLine } from '../src/text/latin.js';
import { hasContact, ITEM_SEPARATOR } from '../src/letter/anatomy-header.js';
import { quote } from '../src/text/suggest.js';

// Closings the letter's anatomy may not take for a sign-off ("Thanks for reading,", "With kind
// regards,"): a short line that opens with one, followed only by a name, contact lines or notes.
const CLOSING =
  /^(?:with\s+)?(?:(?:best|kind|kindest|warm|warmest|sincere|many|all\s+the)\s+)?(?:regards|wishes|thanks|best)\b|^(?:thanks|thank\s+you|thanking\s+you|cheers|yours|sincerely|respectfully|gratefully|warmly|best|cordially|appreciatively|with\s+appreciation)\b/i;
const NOTE = /^(?:\[\^?\d+\]|\^?\d+[.)]\s|P\.?\s?(?:P\.?\s?)?S\b)/;


// "FirstName LastName", "Your Name": a template's slot where the name goes signs nothing.
const SLOTS = new Set(slotLabelLines.map((slot) => slot.toLowerCase()));
const isName = (line: string) => NAME_LINE.test(line) && !SLOTS.has(line.replace(/^[\u2014\u2013-]\s*/, '').toLowerCase());

/** Lines after the part that the body leaves out ("**Dana Whitfield**" set in bold) are read too. */
const namedAfter = (letter: Letter, part: Part) => markedLines(letter.text, part.end, letter.text.length).some(isName);

function linesOf(letter: Letter, part: Part): string[] {
  return markedLines(letter.text, part.start, part.end);
}

/** Lines after a closing: a name, contact details, a date, or notes; nothing that reads as prose. */
const trailing = (line: string) => NOTE.test(line) || (wordsOnLine(line) <= 8 && !/[.!?]$/.test(line));

/**
 * The body paragraphs as a reader counts them. A sign-off the anatomy did not recognise is taken off
 * the end, and a paragraph that introduces a code block (it ends with ":") counts with the one after.
 */
function readShape(letter: Letter): { paragraphs: number; signedOff: boolean; closed: boolean } {
  let body = letter.anatomy.body;
  let signedOff = letter.anatomy.signoff.length > 0;
  let closed = signedOff;
  if (!signedOff) {
    let cut = -1;
    for (let i = body.length - 1; i >= Math.max(1, body.length - 3); i--) {
      const lines = linesOf(letter, body[i]!);
      const rest = [...lines.slice(1), ...body.slice(i + 1).flatMap((p) => linesOf(letter, p))];
      if (!rest.every(trailing)) break;
      const first = lines[0] ?? '';
      // "Thank you for your time." is a sentence that ends the last paragraph; a name after it makes it a closing.
      // The name may be the paragraph's own last line: "Thanks for reaching out!\n- Matt".
      if (CLOSING.test(first) && wordsOnLine(first) <= 10 && (!/[.!?]$/.test(first) || namedAfter(letter, body[i]!) || rest.some(isName))) {
        cut = i;
        closed = true;
        break;
      }
      // A name alone at the very end ends the letter too, though with no closing; one may still stand above it.
      if (i === body.length - 1 && isName(first)) cut = i;
      else if (!trailing(first)) break;
    }
    if (cut >= 0) {
      signedOff = true;
      body = body.slice(0, cut);
    }
  }
  let paragraphs = 0;
  body.forEach((part, i) => {
    const introducesCode = i > 0 && /:\s*$/.test(letter.text.slice(body[i - 1]!.start, body[i - 1]!.end));
    // "About Me", "Why Acme?": a heading line over a paragraph is no paragraph of its own.
    if (!introducesCode && !isHeadingLine(letter.text, part)) paragraphs++;
  });
  return { paragraphs, signedOff, closed };
}

/** A line of contact details alone, each field a phone, an address or a link: no name among them. */
const contactOnly = (line: string): boolean => hasContact(line) && line.split(ITEM_SEPARATOR).every((field) => hasContact(field) || !hasLetter(field));

/** An enclosure line after the closing: "Attached: Curriculum Vitae", "Enclosures: résumé". */
const ENCLOSURE = /^(?:attached|attachments?|enclosed|enclosures?|encl)\b/i;

// "Hi, my name is Sam…", "Dear Ms. Okafor, I am…": a greeting of a few words run into the first sentence.
const RUN_IN_GREETING = /^(?:dear|hi|hello|hey|greetings)\b([^,!?\n]{0,40})[,!]\s+\S/i;
const RUN_IN_WORDS = 4;

function opensWithGreeting(letter: Letter): boolean {
  const first = letter.anatomy.body[0];
  if (!first) return false;
  const m = RUN_IN_GREETING.exec(linesOf(letter, first)[0] ?? '');
  return m !== null && wordsOnLine(m[1]!) < RUN_IN_WORDS;
}

interface Options {
  min: number;
  max: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'structure',
    description: 'Fewer than 3 or more than 6 body paragraphs, no greeting, or no sign-off.',
    severity: 'warning',
    docs: {
      why: 'A letter is read as a letter: a greeting, an opening, a system story, a fit paragraph, a close, and a sign-off. One block of text, or ten short paragraphs, hides that shape.',
      bad: 'One long paragraph with no greeting and no name at the end.',
      better: '"Dear Ms. Okafor," then four paragraphs (why this role, the system story, the fit, the invitation), then "Best," and your name.',
    },
    defaultOptions: { min: 3, max: 6 },
    options: {
      min: { type: 'integer', minimum: 1, description: 'fewest body paragraphs' },
      max: { type: 'integer', minimum: 1, description: 'most body paragraphs' },
    },
    checkOptions: ({ min, max }) => (min > max ? `min (${min}) is more than max (${max})` : undefined),
  },
  check(letter, { min, max }, report) {
    const { greeting } = letter.anatomy;
    if (letter.sentences.length === 0) return;
    const { paragraphs, signedOff, closed } = readShape(letter);
    const firstBody = letter.anatomy.body[0]?.start ?? letter.text.length;
    const greets = greeting || greetsInHtml(letter.text, letter.html, firstBody) || greetsInTitle(letter.frontmatter) || opensWithGreeting(letter);
    if (!greets) {
      report({
        message: 'No greeting: the letter starts without addressing anyone',
        suggestions: ['Start with "Dear <name>," or, when you cannot find a name, "Dear <company> hiring team,".'],
      });
    }
    // A sign-off is a closing followed by a name, as the labelling brief and most readers take it. A
    // LaTeX class that sets the name from \signature leaves the laid-out letter without one, and
    // may leave only its enclosure line ("Attached: Curriculum Vitae"). (A "[Your Name]" slot after
    // it is a sign-off with a placeholder: no-placeholders reports that.)
    const [closing, ...after] = letter.anatomy.signoff.flatMap((b) => markedLines(letter.text, b.start, b.end));
    if (closing !== undefined && after.every((l) => ENCLOSURE.test(l) || contactOnly(l)) && isBareClosing(closing)) {
      report({
        message: `No name after the closing ${quote(closing)}`,
        suggestions: ['Put your name on the line after the closing.'],
      });
    } else if (!signedOff) {
      report({
        message: 'No sign-off: the letter ends without a closing and your name',
        suggestions: ['End with a closing line and your name: "Best,", then your name on the next line.'],
      });
    } else if (!closed) {
      report({
        message: 'No closing line above your name',
        suggestions: ['Put a closing line such as "Best," or "Sincerely," above your name.'],
      });
    }
    if (paragraphs < min || paragraphs > max) {
      const advice =
        paragraphs < min
          ? 'Give each part its own paragraph: why this company and role; the system story; why you fit; an invitation to talk.'
          : 'Merge or cut paragraphs until the shape shows: why this role, one system story, the fit, the close.';
      report({
        message: `The letter has ${paragraphs} body paragraph${paragraphs === 1 ? '' : 's'}; ${min}\u2013${max} read best`,
        suggestions: [advice],
      });
    }
  },
};

export default rule;
