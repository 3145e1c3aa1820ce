import { FINDERS, joinLines } from '../src/text/placeholders.js';
import { inQuotation } from '../src/text/placeholder-context.js';
import { quote } from '../src/text/suggest.js';
import { fixValue } from '../src/letter/facts.js';
import type { Facts, Letter, Rule } from '../src/types.js';
import { firstIndex } from '../src/text/search.js';

type Slot = 'company' | 'role' | 'manager' | 'name' | 'other';

function slotKind(inner: string): Slot {
  const lower = inner.toLowerCase();
  if (/company|employer|organi[sz]ation|\borg\b/.test(lower)) return 'company';
  if (/role|position|title|job/.test(lower)) return 'role';
  if (/manager|recipient|recruiter/.test(lower)) return 'manager';
  return /name/.test(lower) ? 'name' : 'other';
}

function replacement(slot: Slot, facts: Facts): string {
  switch (slot) {
    case 'company':
      return facts.company ? `"${facts.company}"` : "the company's real name";
    case 'role':
      return facts.role ? `"${facts.role}"` : 'the exact role title from the posting';
    case 'manager':
      return "the hiring manager's name, or \"Hiring team\" if you cannot find it";
    case 'name':
      return 'your name';
    default:
      return 'the real text, or delete it';
  }
}

/** The certain text for a slot: only what the letter's own frontmatter says ("company:", "role:", "name:"). */
function certainFix(slot: Slot, letter: Letter): string | undefined {
  return slot === 'company' || slot === 'role' || slot === 'name' ? fixValue(letter.frontmatter, slot) : undefined;
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
    // Inline code, link destinations and comments are not what a reader reads as text.
    const hidden = [...letter.excluded, ...letter.comments.map((c): [number, number] => [c.start, c.end])];
    const isHidden = (s: number, e: number) => hidden.some(([a, b]) => s < b && e > a);
    const isComment = (s: number, e: number) => letter.comments.some((c) => s < c.end && e > c.start);
    // Prose blocks, and Markdown's HTML blocks, where "<Your Name>" alone on a line ends up.
    const ranges: Array<[number, number]> = [...letter.blocks.map((b): [number, number] => [b.start, b.end]), ...letter.html];
    // Most finders' marks are in no letter: asked once of the whole text, not again of each block.
    const finders = FINDERS.filter(({ needs, unlessNamed }) => (!needs || needs.some((c) => letter.text.includes(c))) && !(unlessNamed && letter.facts.company));
    for (const [from, to] of joinLines(letter.text, ranges)) {
      const text = letter.text.slice(from, to);
      const taken: Array<[number, number]> = [];
      for (const { re, slot, needs, inLinks } of finders) {
        if (needs && !needs.some((c) => text.includes(c))) continue;
        for (const m of text.matchAll(re)) {
          const start = from + m.index!;
          const end = start + m[0].length;
          const inner = slot(m, text, letter.text, from);
          if (inner === undefined || allow.includes(m[0]) || allow.includes(inner)) continue;
          // Judged by the slot's own text: a link's destination starts right after its "]".
          const innerStart = start + Math.max(0, m[0].indexOf(inner));
          // `taken` stays sorted and non-overlapping, so one binary search tells whether a match overlaps
          // an earlier finder's: a letter of 50,000 "XX" was quadratic with a scan of every match.
          const at = firstIndex(taken, ([, b]) => b <= start);
          const hides = inLinks ? isComment : isHidden;
          if (hides(innerStart, innerStart + inner.length) || (at < taken.length && taken[at]![0] < end)) continue;
          taken.splice(at, 0, [start, end]);
          // A slot inside a quotation of other words is quoted, not left in, whichever finder read it;
          // taken all the same, so no later finder reads a slot inside it.
          if (inQuotation(text, m.index!, m.index! + m[0].length)) continue;
          // An account in a web address is no name or company the frontmatter could fill in.
          const kind = slotKind(inner);
          const fix = inLinks ? undefined : certainFix(kind, letter);
          const instead = inLinks ? 'your own account name on that site, or remove the link' : fix ? quote(fix) : replacement(kind, letter.facts);
          report({
            message: `Template placeholder ${quote(m[0])} left in the letter`,
            start,
            end,
            suggestions: [`Replace ${quote(m[0])} with ${instead}.`],
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
};

export default rule;
