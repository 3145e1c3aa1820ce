// The report card: the hiring checklist item by item, from the findings that survived
// configuration and inline comments, with a 0–100 score. Shown by stylish, carried by json.
import mirrorPosting, { namesCompany, postingCoverage } from '../../rules/mirror-posting.js';
import wordCount, { wordRange } from '../../rules/word-count.js';
import { isStorySentence } from '../letter/story.js';
import type { Finding, Letter, ReportCard, RuleSetting } from '../types.js';


// Each item: the rule that decides it, its weight in the score, and how to describe a pass.
const ITEMS: ReadonlyArray<{ id: string; rule: string; weight: number; label: string }> = [
  { id: 'specific-opening', rule: 'specific-opening', weight: 15, label: 'specific opening' },
  { id: 'system-story-first', rule: 'lead-with-system', weight: 15, label: 'system story first' },
  { id: 'metrics', rule: 'require-metrics', weight: 20, label: 'metrics' },
  { id: 'failure-modes', rule: 'require-failure-modes', weight: 15, label: 'failure modes' },
  { id: 'length', rule: 'word-count', weight: 10, label: 'length' },
  { id: 'no-cliches', rule: 'no-generic-claims', weight: 10, label: 'no clichés' },
  { id: 'no-placeholders', rule: 'no-placeholders', weight: 15, label: 'no placeholders' },
  { id: 'posting-coverage', rule: 'mirror-posting', weight: 10, label: 'posting coverage' },
];

export const itemLabel = (id: string): string => ITEMS.find((i) => i.id === id)?.label ?? id;

/**
 * The card for a letter. `suppressed` are the findings inline comments hid: a row whose rule they
 * silenced fails, so a "letterlint-disable" at the top cannot buy a perfect score. A rule the
 * configuration turns off is shown as off and left out of the score: that is the owner's choice.
 */
export function reportCard(letter: Letter, findings: readonly Finding[], settings: readonly RuleSetting[], suppressed: readonly Finding[] = []): ReportCard {
  const enabled = new Map(settings.map((s) => [s.rule.meta.id, s]));
  const range = wordRange(letter, (enabled.get('word-count')?.options ?? wordCount.meta.defaultOptions) as typeof wordCount.meta.defaultOptions);
  const figures = [...new Set(letter.numbers.filter((n) => n.metric).map((n) => n.text.replace(/\s+/g, ' ')))];
  const checklist: ReportCard['checklist'] = [];
  let earned = 0;
  let total = 0;
  for (const item of ITEMS) {
    if (item.rule === 'mirror-posting' && !letter.posting) continue;
    if (!enabled.has(item.rule)) {
      checklist.push({ id: item.id, pass: false, detail: 'off in the configuration', state: 'off' });
      continue;
    }
    const hidden = suppressed.filter((f) => f.ruleId === item.rule);
    if (hidden.length > 0) {
      total += item.weight;
      const n = hidden.length;
      checklist.push({ id: item.id, pass: false, detail: `${n} finding${n === 1 ? '' : 's'} suppressed by an inline comment`, state: 'suppressed' });
      continue;
    }
    const found = findings.filter((f) => f.ruleId === item.rule);
    // A letter with no system story at all has not put one first, whatever lead-with-system says.
    const noStory = item.id === 'system-story-first' && !letter.anatomy.body.some((p) => p.sentences.some((s) => isStorySentence(letter, s)));
    const pass = found.length === 0 && !noStory;
    total += item.weight;
    if (pass) earned += item.weight;
    const options = enabled.get(item.rule)!.options;
    checklist.push({ id: item.id, pass, detail: noStory ? 'no system story found' : detail(item.id, found, letter, figures, range, options) });
  }
  return { words: letter.wordCount, range, score: total ? Math.round((100 * earned) / total) : 100, checklist, figures };
}

function detail(id: string, found: readonly Finding[], letter: Letter, figures: readonly string[], range: [number, number], options: object): string {
  switch (id) {
    case 'metrics':
      return figures.length ? figures.slice(0, 6).join(', ') : 'none found';
    case 'length':
      return `${letter.wordCount} words, ${range[0]}\u2013${range[1]}`;
    case 'no-cliches':
      return found.length ? `${found.length} found` : 'none';
    case 'no-placeholders':
      return found.length ? found.map((f) => f.actual ?? '').filter(Boolean).slice(0, 3).join(', ') : 'none';
    case 'posting-coverage': {
      const { top } = { ...mirrorPosting.meta.defaultOptions, ...options };
      const coverage = postingCoverage(letter, top);
      const company = letter.posting!.company;
      const parts = [
        ...(coverage ? [`${coverage.covered} of the top ${coverage.total} terms (${coverage.percent}%)`] : []),
        ...(coverage?.missing.length ? [`missing ${coverage.missing.slice(0, 5).map((t) => t.display).join(', ')}`] : []),
        ...(company && !namesCompany(letter, company) ? [`${company} never named`] : []),
      ];
      return parts.join('; ') || 'yes';
    }
    default:
      return found[0]?.message ?? 'yes';
  }
}
