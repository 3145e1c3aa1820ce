import { bareSlots, draftMarkers, htmlTags, instructionWords, slotWords } from './data/placeholders.js';
import { escapeRegExp } from '../src/names.js';
import { quote } from '../src/suggest.js';
import type { Facts, Rule } from '../src/types.js';

const SLOT_WORDS = new Set(slotWords);
const HTML = new Set(htmlTags);
const INSTRUCTIONS = new Set(instructionWords);

// Each finder returns the inner text of a candidate, or undefined when the candidate is legitimate.
const FINDERS: Array<{ re: RegExp; slot: (m: RegExpMatchArray) => string | undefined }> = [
  // [Company], but not a link's "[text](url)" or "[text][ref]", nor "[1]"
  { re: /(?<!\])\[([^[\]\n]{1,60})\](?![([])/g, slot: (m) => (isSlot(m[1]!) ? m[1] : undefined) },
  // <Company>, but not real HTML, autolinks or emails
  {
    re: /<([^<>\n]{1,60})>/g,
    slot: (m) => {
      const inner = m[1]!;
      if (/^[/!?]|:\/\/|@|^mailto:/i.test(inner)) return undefined;
      if (HTML.has(inner.split(/[\s/]/)[0]!.toLowerCase()) && inner === inner.toLowerCase()) return undefined;
      return isSlot(inner) ? inner : undefined;
    },
  },
  { re: /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g, slot: (m) => m[1] },
  { re: /(?<!\{)\{([A-Za-z_][\w .-]{0,40})\}(?!\})/g, slot: (m) => (isSlot(m[1]!) ? m[1] : undefined) },
  { re: new RegExp(`\\b(${draftMarkers.map(escapeRegExp).join('|')})\\b`, 'g'), slot: (m) => m[1] },
  { re: new RegExp(`\\b(${bareSlots.map(escapeRegExp).join('|')})\\b`, 'g'), slot: (m) => m[1] },
  { re: /\blorem ipsum\b/gi, slot: (m) => m[0] },
  {
    re: /\(([^()\n]{1,60})\)/g,
    slot: (m) => {
      const words = m[1]!.trim().toLowerCase().split(/\s+/);
      return INSTRUCTIONS.has(words[0]!) && words.length <= 5 ? m[1] : undefined;
    },
  },
];

/** Bracketed text is a slot when it names one ("Your Name") or is a capitalised label ("COMPANY_NAME"). */
function isSlot(inner: string): boolean {
  const text = inner.trim().replace(/\\$/, '');
  if (/^X{1,4}$/.test(text)) return true;
  if (/^[A-Z][A-Z_ ]+$/.test(text) && /[A-Z]{3}/.test(text) && /_| /.test(text)) return true;
  const words = text.toLowerCase().split(/[\s_-]+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.some((w) => SLOT_WORDS.has(w.replace(/[^a-z]/g, '')));
}

function replacement(inner: string, facts: Facts): string {
  const lower = inner.toLowerCase();
  if (/company|employer|organi[sz]ation|\borg\b/.test(lower)) {
    return facts.company ? `"${facts.company}"` : "the company's real name";
  }
  if (/role|position|title|job/.test(lower)) return facts.role ? `"${facts.role}"` : 'the exact role title from the posting';
  if (/manager|recipient|recruiter/.test(lower)) return "the hiring manager's name, or \"Hiring team\" if you cannot find it";
  if (/name/.test(lower)) return 'your name';
  return 'the real text, or delete it';
}

interface Options {
  allow: readonly string[];
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-placeholders',
    description: 'Template text left in the letter: [Company], <Your Name>, {{role}}, XXX, TODO.',
    severity: 'error',
    docs: {
      why: 'A letter that still says "[Company]" tells the reader it was mass-produced and not re-read; many readers stop there.',
      bad: "I'd love to bring my experience to [Company] as your next [Role].",
      better: "I'd love to bring my payments experience to Northwind as your next Senior Backend Engineer.",
    },
    defaultOptions: { allow: [] },
    options: {
      allow: { type: 'strings', description: 'text that looks like a placeholder but is meant, e.g. "[sic]" or "TBD"; matched exactly' },
    },
  },
  check(letter, { allow }, report) {
    const excluded = letter.excluded;
    const overlapsExcluded = (s: number, e: number) => excluded.some(([a, b]) => s < b && e > a);
    for (const block of letter.blocks) {
      const text = letter.text.slice(block.start, block.end);
      const taken: Array<[number, number]> = [];
      for (const { re, slot } of FINDERS) {
        for (const m of text.matchAll(re)) {
          const start = block.start + m.index!;
          const end = start + m[0].length;
          const inner = slot(m);
          if (inner === undefined || allow.includes(m[0]) || allow.includes(inner) || overlapsExcluded(start, end) || taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          report({
            message: `Template placeholder ${quote(m[0])} left in the letter`,
            start,
            end,
            suggestions: [`Replace ${quote(m[0])} with ${replacement(inner, letter.facts)}.`],
          });
        }
      }
    }
  },
};

export default rule;
