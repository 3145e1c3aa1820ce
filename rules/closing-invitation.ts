import { invitations } from './data/hiring.js';
import { memoize } from '../src/text/memo.js';
import { termIndex } from '../src/text/phrases.js';
import { fill, quote } from '../src/text/suggest.js';
import { markedLines } from '../src/text/trim.js';
import { hasContact } from '../src/letter/anatomy-header.js';
import type { Part, Rule, Sentence } from '../src/types.js';
import { htmlShown } from '../src/letter/letter.js';
import { plainSentences } from '../src/text/parse.js';
import { hasLetter, wordsOnLine } from '../src/text/latin.js';

const index = memoize((list: typeof invitations) => termIndex(list.map((p) => ({ ...p, value: p }))));

const rule: Rule = {
  meta: {
    id: 'closing-invitation',
    description: 'The last paragraph invites no conversation or next step.',
    severity: 'warning',
    docs: {
      why: 'The close is where the reader decides what to do next. A letter that ends on a summary of itself leaves them nothing to do; one that offers a technical conversation gives them the next step.',
      bad: 'Thank you for considering my application.',
      better: 'I would be glad to walk your team through how we found and fixed the duplicate-payout bug, and what I would check first in your settlement flow.',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const body = letter.anatomy.body;
    const text = letter.text;
    // Sign-off or contact lines the anatomy left in the body ("Thanks for reading,\nSam Lee"), and
    // reference notes after the close, are not the close.
    let end = body.length;
    while (end > 0 && isTrailer(text, body[end - 1]!)) end--;
    // A one-paragraph letter is its own close: a reader still looks to its end for the next step.
    if (end < 1) return;
    const close = body[end - 1]!;
    // The paragraphs read as the close: the last one, the one before a bare "Thank you for your
    // time.", and whatever trails them (a sign-off that says "Looking forward to hearing from you,").
    let from = end - 1;
    if ((isCourtesy(text, close) || isFlourish(text, close)) && end >= 3) {
      // A stray line between the close and the thanks (a name, a link, leftover keystrokes) is not the close either.
      from = end - 2;
      while (from > 1 && isTrailer(text, body[from]!)) from--;
    }
    const phrases = index(invitations);
    const invites = (sentences: readonly Sentence[]) => sentences.some((s) => phrases.matchAll(s.terms).some((m) => !m.value.forward || looksAhead(text, s)));
    if (body.slice(from).some((p) => invites(p.sentences))) return;
    // "<br/>\nLet's talk!": a line after the close that Markdown reads as HTML is still read by the reader.
    const signoff = letter.anatomy.signoff[0]?.start ?? text.length;
    const shown = letter.html.filter(([start]) => start >= close.end && start < signoff).map((range) => htmlShown(text, range));
    if (shown.some((t) => hasLetter(t) && invites(plainSentences(t)))) return;
    const firstLine = text.slice(close.start, close.end).split(/\r?\n|\r/)[0]!;
    report({
      message: `The closing paragraph ${quote(firstLine, 40)} invites no conversation or next step`,
      start: close.start,
      end: close.start + firstLine.length,
      suggestions: [
        fill('End with an invitation to talk shop: "I would be glad to walk you through how {system} <handled the hard part>, and to hear how your team <does the same>."', letter.facts),
      ],
    });
  },
};

/**
 * Words of a sentence that looks ahead, to a talk not had yet: a modal, a wish, an offer, a request.
 * "I'd welcome a call", "Let's talk", "Happy to jump on a call", "Please suggest a time".
 */
const AHEAD = new Set([
  'would', 'd', 'will', 'll', 'could', 'can', 'shall', 'may', 'might', 'let', 'lets', 'please', 'happy', 'glad', 'love', 'welcome',
  'forward', 'hope', 'hoping', 'eager', 'keen', 'open', 'available', 'free', 'invite', 'opportunity', 'chance', 'next', 'interested',
  'whenever', 'anytime', 'convenient', 'convenience', 'soon', 'reachable', 'if', 'delighted', 'pleased', 'willing', 'ready', 'want', 'like',
  // "I am waiting for your call to discuss further": a talk awaited is one asked for.
  'waiting', 'await', 'awaiting', 'expect', 'expecting', 'further',
  // "I am enthusiastic about the possibility of discussing…".
  'possibility', 'prospect', 'enthusiastic', 'excited', 'thrilled',
]);
/** Whether a sentence looks ahead (see AHEAD), or asks: "Are you open to a short video call?". */
function looksAhead(text: string, s: Sentence): boolean {
  return s.terms.some((t) => AHEAD.has(t.norm)) || /\?[\s*_)"'\u201d]*$/.test(text.slice(s.start, s.end));
}

function linesOf(text: string, part: Part): string[] {
  return markedLines(text, part.start, part.end);
}


/**
 * Lines after the close that are not prose: a sign-off with a name ("With kind regards,", "Thanks for
 * reading,"), a name and an email address, or a reference note ("[1] Brambleworks, design note, 2023.").
 */
function isTrailer(text: string, part: Part): boolean {
  const lines = linesOf(text, part);
  /** A short line that ends no sentence: a name, a sign-off, an address. */
  const bare = (l: string, most: number) => wordsOnLine(l) <= most && !/[.!?:;]$/.test(l);
  /** "- GitHub: https://github.com/ana", "ana.ruiz@example.com": where to find the writer, in no sentence. */
  const contact = (l: string) => (hasContact(l) && wordsOnLine(l) <= CONTACT_WORDS && !/[.!?]$/.test(l)) || PROFILE_LINE.test(l);
  // "- Akshi": a name written as a one-item list is a signature, not a list of points; so is a name
  // over a list of profile links.
  const signature = lines.length === 1 ? bare(lines[0]!, 3) : lines.every((l, i) => contact(l) || (i === 0 && bare(l, 6)));
  if (part.isList && !signature) return false;
  if (lines.length === 0) return true;
  if (/^\[\d+\]\s/.test(lines[0]!)) return true;
  // Also a phone number alone ("9676348543."), or a sign-off with a colon ("Regards:").
  return lines.every((l) => bare(l, 6) || !hasLetter(l) || (wordsOnLine(l) <= 2 && l.endsWith(':')) || contact(l));
}

/** Words a closing flourish takes at most: "Let's build something together." */
const FLOURISH_WORDS = 6;

/** Waiting for a reply: "Looking forward to hearing from you!", "I hope to hear back soon." */
const WAITING = /^(?:i\s+)?(?:am\s+)?(?:look|looking|hope|hoping|await|awaiting)\b/i;

/**
 * A one-line flourish after the close ("Let's build something together."): the close is the
 * paragraph before it. A line that waits for a reply is the close itself, and asks for nothing.
 */
function isFlourish(text: string, part: Part): boolean {
  const lines = linesOf(text, part);
  return part.sentences.length === 1 && lines.length === 1 && wordsOnLine(lines[0]!) <= FLOURISH_WORDS && !WAITING.test(lines[0]!);
}

/** Words a contact line takes at most: "- Portfolio (case studies): https://example.dev/work". */
const CONTACT_WORDS = 8;
/** "- LinkedIn: /in/ana-ruiz/", "- GitHub: anaruiz": a profile named by its site, its address written short. */
const PROFILE_LINE = /^[-*+\s]{0,4}(?:linkedin|github|gitlab|twitter|portfolio|website|blog|telegram|skype|medium|kaggle|behance|dribbble)[ \t]{0,2}:[ \t]{0,2}\S+$/i;

/** Words a closing courtesy takes at most: "Thank you for your consideration, and I look forward to hearing from you soon." */
const COURTESY_WORDS = 30;

/**
 * A short courtesy paragraph of its own that opens with thanks: "Thank you for your time.", "Thank
 * you for considering my application. I look forward to hearing from you." The invitation, if
 * any, is in the paragraph before it. Thanks in the writer's own language too: "Obrigada!" (session 35, mix2).
 */
function isCourtesy(text: string, part: Part): boolean {
  const lines = linesOf(text, part);
  const all = lines.join(' ');
  return part.sentences.length <= 2 && wordsOnLine(all) <= COURTESY_WORDS && /^(?:thank|thanks|many thanks|i (?:really )?appreciate|obrigad[oa]|gracias|merci|danke|grazie|spasibo|arigato)\b/i.test(lines[0] ?? '');
}

export default rule;
