// What comes before the body besides the greeting: a letterhead of contact details, a date and
// short lines, a subject line ("RE: …"), and title lines that say no sentence.
import type { Block } from '../types.js';
import { findTechnologies } from '../text/tech.js';
import { wordsOnLine } from '../text/latin.js';
import { endsOnStop, linesOf } from './anatomy-blocks.js';
import { legalFormAbbreviations } from '../../rules/data/company-families.js';

const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{6,}\d|linkedin|github\.com/i;
/** A line that carries contact details: an email address, a link, a phone number, a profile. */
export const hasContact = (line: string): boolean => CONTACT.test(line);

const SUBJECT = /^[\s*_#>]{0,6}(?:re|subject|regarding|ref|reference)[\s*_]{0,4}:/i;
const SUBJECT_WORDS = 24;

/** A subject line: one short line that starts "RE:" or "Subject:". */
export function isSubjectLine(raw: string): boolean {
  return SUBJECT.test(raw) && !raw.trim().includes('\n') && wordsOnLine(raw) <= SUBJECT_WORDS;
}

/** What parts the items of a list set on one line: a comma, a semicolon, a bar, a middle dot, a bullet or a spaced slash. */
export const ITEM_SEPARATOR = /[,;]\s|\s[|\u00b7\u2022/]\s/g;
/** Separators, and technologies named, that make a short line a list rather than a title: "Go, Kafka, Postgres, Redis". */
const LIST_SEPARATORS = 2;
const LIST_TECHNOLOGIES = 2;

/**
 * A block of a few short lines none of which ends a sentence or a clause, nor announces what follows
 * ("What I would bring:"), nor lists technologies ("Go · Kafka · Postgres · Redis"), as a name, a
 * role and a town set side by side do not ("Priya Raman · Backend Engineer · Berlin").
 */
export function isTitleBlock(text: string, block: Block): boolean {
  if (block.list !== undefined) return false;
  const lines = linesOf(text, block);
  if (lines.length > 4 || !lines.every((l) => wordsOnLine(l.text) <= 8 && !endsOnStop(l.text))) return false;
  const listing = lines.some((l) => (l.text.match(ITEM_SEPARATOR)?.length ?? 0) >= LIST_SEPARATORS && !isHeadline(l.text));
  return !listing || findTechnologies(block.sentences.flatMap((s) => s.words), []).length < LIST_TECHNOLOGIES;
}

/** Words of a job title, which a headline names before its list: "Jane Doe — Full-stack developer (React, Node.js, AWS)". */
const ROLE_WORDS = /\b(?:engineer|developer|programmer|architect|designer|scientist|analyst|consultant|administrator|manager|specialist|intern)\b/i;

/** A name and a role set before the list on one line, in brackets or after a dash: a headline, not a list of the letter's. */
function isHeadline(line: string): boolean {
  const first = line.search(/[(,;|\u00b7\u2022]/);
  const before = first < 0 ? line : line.slice(0, first);
  return !before.includes(':') && ROLE_WORDS.test(before);
}

/** An address line's last word may be an abbreviation with its full stop: "Acme Inc.", "12 Harbor Rd.", "137 University Ave. W.". */
const ABBREVIATION_END = new RegExp(`\\b(?:${[...legalFormAbbreviations, 'St', 'Rd', 'Ave', 'Blvd', 'Ste', 'Apt', 'Ct', 'Ln', 'Dr', 'Pkwy', 'Hwy', 'Pl', 'Sq', 'Jr', 'Sr', 'N', 'S', 'E', 'W'].join('|')})\\.$`);
const endsSentence = (line: string) => /[.!?]$/.test(line) && !ABBREVIATION_END.test(line);

/** Blocks a letterhead without a greeting after it may take. */
const LETTERHEAD_BLOCKS = 8;
/** Words on a line of contact details: "Email: a@b.io | Phone: +1 555 0100 | GitHub: …" runs long. */
const CONTACT_LINE_WORDS = 30;
/** Fields set side by side: "Delhi, India | +91 …", "Berlin · a@b.io", "a@b.io \\ +52 …". */
const FIELD_SEPARATOR = /\s[|\u00b7\u2022\\]\s/g;

/**
 * A line a letterhead holds, not a line of the letter: a short one that ends no sentence, or a
 * longer one of contact details or of fields set side by side.
 */
function isHeaderLine(line: string): boolean {
  if (isFieldLabel(line)) return true;
  // Nor a line that announces what follows: "Tools I use:".
  if (endsSentence(line) || /:[*_]*$/.test(line.trimEnd())) return false;
  const words = wordsOnLine(line);
  if (words <= 8) return true;
  if (words > CONTACT_LINE_WORDS) return false;
  return CONTACT.test(line) || hasFields(line);
}

/** The fields a letterhead labels, their value on the next line or left for a template to fill. */
const FIELDS = new Set(['date', 'to', 'from', 're', 'subject', 'name', 'address', 'phone', 'telephone', 'tel', 'mobile', 'email', 'e-mail', 'attn', 'attention', 'cc', 'ref', 'reference', 'position', 'company', 'recipient']);
/** "Date:", "**To:**": a letterhead's field label alone on its line, which announces no list of the letter's. */
function isFieldLabel(line: string): boolean {
  const bare = line.replace(/[*_\s]+/g, '').toLowerCase();
  return bare.endsWith(':') && FIELDS.has(bare.slice(0, -1));
}

/** A month's name or its abbreviation: "Aug", "August", "Sept.". */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/** A date as a letterhead gives it: "Friday August 19, 2022", "20 March 2024", "25/01/2021". */
const DATE = new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH},?\\s\\d{4}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b`, 'i');

/** Two or more fields set side by side on the line. */
const hasFields = (line: string): boolean => (line.match(FIELD_SEPARATOR)?.length ?? 0) >= 2;

/** What only a letterhead's block holds: contact details, a date, fields side by side, or a line of a few words. */
const marksLetterhead = (line: string): boolean => CONTACT.test(line) || wordsOnLine(line) <= 4 || DATE.test(line) || hasFields(line);

/** Without a greeting, leading short blocks that carry contact details or a date are the header. */
export function leadingContact(text: string, prose: readonly Block[]): Block[] {
  const out: Block[] = [];
  // A letterhead may set each line apart (name, street, town, phone, email, date, the recipient's lines).
  for (const block of prose.slice(0, LETTERHEAD_BLOCKS)) {
    // "Subject: Application for …" above the address lines is part of the header, and does not end it.
    if (isSubjectLine(text.slice(block.start, block.end))) {
      out.push(block);
      continue;
    }
    const lines = linesOf(text, block);
    if (!lines.every((l) => isHeaderLine(l.text)) || !lines.some((l) => marksLetterhead(l.text))) break;
    out.push(block);
  }
  // A lone short line followed by nothing else is the letter itself, not a header.
  return out.length === prose.length ? [] : out;
}
