// One company however a letter writes it. Writers spell their target's name more than one way in
// the same letter ("Acme Inc." in the greeting, "ACME Corporation" in the close; "Red Hat" and
// "RedHat"; "J.P. Morgan" and "JPMorgan Chase"; "Procter & Gamble" and "P&G"), and stale-company
// must not read a second spelling as a second company.
import { legalFormAbbreviations, legalFormWords } from '../../rules/data/company-families.js';
import { latinFirst } from './latin.js';

/** Words a company's name may carry or drop: its legal form, and a leading "The". */
const LEGAL = new Set(['the', ...[...legalFormAbbreviations, ...legalFormWords].map((w) => w.toLowerCase())]);
/** Words an acronym leaves out: "P&G" of Procter & Gamble, "BoA" of Bank of America. */
const JOINING = new Set(['and', 'of', 'for', 'the', 'de']);
const TOKEN = latinFirst(/[\p{L}\p{N}]+/gu);
const INNER_DOT = latinFirst(/(?<=\p{L})\.(?=\p{L})/gu);

/** The name's words in lower case, punctuation dropped ("J.P." is "jp"), legal forms left out. */
function words(name: string): string[] {
  // A dot between letters joins them ("J.P." is "jp", "Booking.com" "bookingcom"); "&" and other marks drop out.
  const out: string[] = [];
  for (const raw of name.replace(INNER_DOT.for(name), '').split(/[\s/]+/)) {
    const w = raw.match(TOKEN.for(raw))?.join('').toLowerCase();
    if (w) out.push(w);
  }
  while (out.length > 1 && LEGAL.has(out.at(-1)!)) out.pop();
  while (out.length > 1 && LEGAL.has(out[0]!)) out.shift();
  return out;
}

/** The name run together: "Red Hat" and "RedHat" are both "redhat". */
export function nameKey(name: string): string {
  return words(name).join('');
}

/**
 * The first letters of a name of two or more words, with and without its joining words: "Procter &
 * Gamble" is "pg", "Bank of America" "ba" and "boa".
 */
function initials(name: string): string[] {
  const all = words(name);
  const main = all.filter((w) => !JOINING.has(w));
  return [main, all].filter((ws) => ws.length >= 2).map((ws) => ws.map((w) => w[0]).join(''));
}

/**
 * Whether two names are one company's spellings: one holds the other run together ("Acme" in
 * "Acme Corporation", "JP" in "JPMorgan Chase"), or one is the other's initials ("P&G").
 */
export function sameCompanyName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  return initials(b).includes(x) || initials(a).includes(y);
}
