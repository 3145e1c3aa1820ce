// The closing line ("Best,", "Kind regards, Priya", a closing of the writer's own before their name)
// and the thanks a LaTeX class may set early, right after the greeting.
import type { Block } from '../types.js';
import { latinFirst, wordsOnLine } from '../text/latin.js';
import { linesOf } from './anatomy-blocks.js';

// "Thanks for reading," closes a letter; "Thank you for reading." ends its last paragraph. Writers of
// other languages often keep their own closing: "Mit freundlichen Grüßen,", "Cordialement,".
const SIGNOFF =
  /^(?:(?:with )?(?:best|kind|warm|warmest|kindest)(?: regards| wishes)?|(?:with )?regards|(?:yours )?(?:sincerely|faithfully|truly|respectfully)(?: yours| regards)?|respectfully|cheers|thanks|thank you|thanking you|many thanks|with thanks|with gratitude|with appreciation|appreciatively|gratefully|warmly|(?:yours )?cordially|all the best|take care|mit freundlichen gr(?:\u00fc|ue)(?:\u00df|ss)en|beste gr(?:\u00fc|ue)(?:\u00df|ss)e|cordialement|bien cordialement|atenciosamente|atentamente|saludos(?: cordiales)?|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|med v\u00e4nlig h\u00e4lsning|z powa\u017caniem)\s*[,.!\u2014-]?$|^(?:thanks|thank you) for reading\s*[,\u2014-]?$/i;

// A name after the closing on its line: "Priya", "Marco A. da Silva", "Anne van der Berg".
const NAME_AFTER = latinFirst(/\s*[,\u2014\u2013-]\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|da|de|di|do|dos|du|van|von|der|den|del|la|le|bin|al)){0,4}$/u);

/** "Best,", "Kind regards,", and the same with the name on the line: "Best, Priya", "Thanks \u2014 Sam Lee". */
export function isSignoffLine(raw: string): boolean {
  // A sign-off is a short line; the name pattern below backtracks on a long one ("-A-A-A… x").
  if (raw.length > 120) return false;
  // "Respectfully,</br>": a line break written as HTML ends the line, it is not part of it.
  const line = raw.replace(/\s*<\/?br\s*\/?>$/i, '');
  const bare = line.replace(NAME_AFTER.for(line), ',');
  return SIGNOFF.test(bare) && wordsOnLine(bare) <= 4;
}

/** A name on a line of its own: "Dana Whitfield", "— Dana", "Dr. Ana María López-Reyes". */
export const NAME_LINE = latinFirst(/^(?:[\u2014\u2013-]\s*)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}$/u);

/** Words a closing of the writer's own ("Talk soon,", "Until next time,") may have. */
const OWN_CLOSING_WORDS = 3;
const OWN_CLOSING = latinFirst(/^\p{Lu}[^,.!?:;]*,$/u);

/**
 * A closing no list holds ("Talk soon,", "Looking forward,", "Onward,"): a short capitalised line
 * ending in a comma, with the writer's name on the next line and nothing after it but short lines
 * (contact details). `after` gives the lines that follow it to the end of the letter, when they are
 * few; it is asked only of a line that could be a closing.
 */
export function isOwnClosing(line: string, after: () => readonly string[] | undefined): boolean {
  if (!OWN_CLOSING.test(line) || wordsOnLine(line) > OWN_CLOSING_WORDS) return false;
  const rest = after();
  return rest !== undefined && NAME_LINE.test(rest[0]!) && rest.every((l) => wordsOnLine(l) <= 8 && !/[.!?]$/.test(l));
}
/** Lines after a closing of the writer's own at most: the name and a few lines of contact details. */
export const OWN_CLOSING_AFTER = 6;

export function isLoneSignoff(text: string, block: Block): boolean {
  const lines = linesOf(text, block);
  return lines.length === 1 && isSignoffLine(lines[0]!.text);
}

/** Thanks that close a letter, alone on a line: "Thank you for your consideration.", "Thanks in advance!". */
const THANKS_LINE = /^(?:thank you|thanks|thanking you|many thanks)(?: (?:again|in advance|very much|so much))?(?: for your (?:time|consideration|attention|interest))?(?: and (?:consideration|attention|time))?[.!,]?$/i;

/** A block of at most three lines, each a closing or a thanks: the \closing a LaTeX class set after the greeting. */
export function isEarlyClosing(text: string, block: Block): boolean {
  const lines = linesOf(text, block);
  return lines.length <= 3 && lines.every((l) => isSignoffLine(l.text) || THANKS_LINE.test(l.text.trim()));
}

/** A closing alone on its line, with no name after it: "Sincerely,", "Best regards". */
export const isBareClosing = (line: string): boolean => line.length <= 120 && SIGNOFF.test(line.replace(/\s*<\/?br\s*\/?>$/i, '').trim());
