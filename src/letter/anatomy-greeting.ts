// The greeting line ("Dear Sam,", "Hiring Manager,", "To the Acme team:"), wherever a letter sets it:
// in a block, in HTML before the body, or as the frontmatter's title.
import { latinFirst, wordsOnLine } from '../text/latin.js';
import { stripTags } from './anatomy-blocks.js';

// "Respected Sir," and "Respected HR Team," are the greeting of many letters written in South Asia.
// Writers of other languages often keep their own salutation above an English letter: "Sehr geehrte
// Damen und Herren,", "Madame, Monsieur,", "Olá, dear recruiter!", "Estimado equipo,", "Beste Sam,".
const GREETING = /^(?:dear|respected|hello|hi|hey|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|to|sehr geehrte[rs]?|liebe[rs]?|hallo|guten tag|madame|monsieur|mesdames|messieurs|bonjour|ch[e\u00e8]re?|estimad[oa]s?|hola|ol[a\u00e1]|prezad[oa]s?|gentile|egregio|spettabile|buongiorno|geachte|beste|hej|hei|szanown[iay]|dzie\u0144 dobry)(?![A-Za-z\u00C0-\u024F])/i;

const ADDRESSEES = /\b(?:manager|managers|team|recruiter|recruiters|committee|department|recruitment|recruiting|panel)\.$/i;

// Greetings with no opening word of GREETING, told by their comma: "Hiring Manager,", "Ladies and
// Gentlemen,", "Good day,". Without the comma "Hiring Manager" is a line of the recipient's address.
const BARE_GREETING = /^(?:(?:the\s+)?hiring\s+(?:manager|managers|team|committee)|ladies\s+and\s+gentlemen|good\s+day|howdy|hiya)\s*[,:!]$/i;

export function isGreetingLine(line: string): boolean {
  if (BARE_GREETING.test(line)) return true;
  if (!GREETING.test(line)) return false;
  const words = wordsOnLine(line);
  if (/^to\b/i.test(line) && !/^to whom/i.test(line)) {
    // "To the Acme hiring team:", "To Sam,"; not "To keep payouts moving during the outage,".
    const addressed = /^to\s+the\b/i.test(line) || ADDRESSED_TO.test(line);
    // "To the Hiring Manager." with a stop, when it ends with whom it addresses.
    const stopped = /\.$/.test(line) && words <= 6 && ADDRESSEES.test(line);
    return words <= 10 && (/[,:]$/.test(line) || stopped) && addressed;
  }
  // "To Whom It May Concern" needs no comma: nothing else starts that way.
  return words <= 12 && (/^(?:dear|to whom it may concern)\b/i.test(line) || /[,:!\u2014-]$/.test(line) || words <= 4);
}

const ADDRESSED_TO = latinFirst(/^\S+\s+\p{Lu}/u);

/**
 * A greeting written as an HTML block before the body ("<p class="dear">Dear Prisma team,</p>"):
 * Markdown keeps HTML out of the blocks, but a reader sees the greeting all the same.
 */
export function greetsInHtml(text: string, html: ReadonlyArray<[number, number]>, before: number): boolean {
  return html.some(([start, end]) => start < before && text.slice(start, Math.min(end, start + 2000)).split('\n').some((l) => isGreetingLine(stripTags(l).trim())));
}

/** A greeting set as the document's title in frontmatter ("title: Dear Hiring Manager,"), as a pandoc letter renders it above the body. */
export function greetsInTitle(frontmatter: Readonly<Record<string, unknown>> | undefined): boolean {
  const title = frontmatter?.title;
  return typeof title === 'string' && isGreetingLine(title.trim());
}
