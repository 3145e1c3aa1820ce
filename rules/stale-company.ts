import { targetCompanies } from '../src/facts.js';
import { quote } from '../src/suggest.js';
import type { Rule } from '../src/types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const rule: Rule = {
  meta: {
    id: 'stale-company',
    description: "The letter names a company other than its own: another letter's company, or a different one it says it is joining.",
    severity: 'error',
    docs: {
      why: 'A reused letter that still names the last company it was sent to is read as a form letter at best. It is the one mistake a reader never forgives, and the easiest to make when letters share paragraphs.',
      bad: 'company: Northwind (in frontmatter), and in the close: "I would love to join Globex."',
      better: 'company: Northwind, and in the close: "I would love to join Northwind."',
    },
    defaultOptions: {},
    options: {},
  },
  check(letter, _options, report) {
    const own = letter.facts.company;
    const same = (name: string) => own !== undefined && (name.toLowerCase().includes(own.toLowerCase()) || own.toLowerCase().includes(name.toLowerCase()));
    const reported = new Set<number>();
    const flag = (name: string, start: number, why: string) => {
      if (reported.has(start)) return;
      reported.add(start);
      report({
        message: `${quote(name)} ${why}${own ? `, but this letter is for ${quote(own)}` : ''}`,
        start,
        end: start + name.length,
        suggestions: [own ? `Replace ${quote(name)} with ${quote(own)}, and reread the paragraph around it: it was written for another company.` : `Check that ${quote(name)} is the company this letter is for; if not, replace it and reread the paragraph around it.`],
      });
    };
    const prose = letter.sentences.filter((s) => !letter.anatomy.signoff.some((b) => b.sentences.includes(s)));
    for (const s of prose) {
      const text = letter.text.slice(s.start, s.end);
      // A company it says it is joining or applying to, other than its own.
      if (own) for (const t of targetCompanies(text)) if (!same(t.name)) flag(t.name, s.start + t.start, 'is named as the company you are applying to');
      // A company another letter in this run is addressed to.
      for (const other of letter.run.companies) {
        if (same(other)) continue;
        for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(other)}(?![\\p{L}\\p{N}])`, 'gu'))) {
          flag(other, s.start + m.index!, 'is the company another letter in this run is written for');
        }
      }
    }
  },
};

export default rule;
