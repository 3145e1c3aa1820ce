// The data modules: well-formed, free of duplicates, and compilable by the phrase matcher.
import { describe, expect, it } from 'vitest';
import { claimFamilies } from '../rules/data/generic-claims.js';
import { failureTerms } from '../rules/data/failure-modes.js';
import * as metrics from '../rules/data/metrics.js';
import * as placeholders from '../rules/data/placeholders.js';
import * as story from '../rules/data/story.js';
import { PhraseIndex } from '../src/phrases.js';
import { patternKey } from '../src/terms.js';

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x) ? true : (seen.add(x), false)));
}

function expectPatterns(patterns: readonly string[]): void {
  expect(duplicates(patterns)).toEqual([]);
  for (const p of patterns) {
    expect(p, 'plain lower-case words, no hyphens').toMatch(/^[a-z0-9|?*_= ]+$/);
    expect(p).toBe(p.trim());
    expect(p).not.toMatch(/ {2}|\|\||\| | \|/);
  }
  // The matcher refuses patterns that do not start with a fixed word.
  expect(() => new PhraseIndex(patterns.map((pattern) => ({ pattern, value: pattern })), patternKey, () => [])).not.toThrow();
}

describe('generic claims', () => {
  it('has unique ids and labels, and at least the families the issue names', () => {
    expect(duplicates(claimFamilies.map((f) => f.id))).toEqual([]);
    expect(duplicates(claimFamilies.map((f) => f.label))).toEqual([]);
    expect(claimFamilies.length).toBeGreaterThanOrEqual(14);
  });
  it('has well-formed patterns, none repeated across families', () => {
    expectPatterns(claimFamilies.flatMap((f) => f.patterns.map((p) => (typeof p === 'string' ? p : p.pattern))));
  });
  it('offers a template to fill in for every family', () => {
    for (const f of claimFamilies) expect(f.rewrite, f.id).toMatch(/<[^<>]+>/);
  });
});

describe('failure-mode terms', () => {
  it('has well-formed patterns without repeats', () => {
    expectPatterns(failureTerms.map((t) => t.pattern));
  });
  it('never lets a personality word count on its own ("strongly consistent" is fine, "consistent" is not)', () => {
    const words = new Set(failureTerms.flatMap((t) => t.pattern.split(' ')[0]!.split('|')));
    for (const personal of ['reliable', 'dependable', 'resilient', 'consistent']) expect(words.has(personal), personal).toBe(false);
  });
});

describe('word lists', () => {
  const lists: Record<string, readonly string[]> = {
    countNouns: metrics.countNouns,
    timeUnits: metrics.timeUnits,
    sizeUnits: metrics.sizeUnits,
    percentWords: metrics.percentWords,
    currencyWords: metrics.currencyWords,
    comparatives: metrics.comparatives,
    changeWords: metrics.changeWords,
    versionWords: metrics.versionWords,
    tenureUnits: metrics.tenureUnits,
    slotWords: placeholders.slotWords,
    draftMarkers: placeholders.draftMarkers,
    instructionWords: placeholders.instructionWords,
    bareSlots: placeholders.bareSlots,
    htmlTags: placeholders.htmlTags,
    ownershipVerbs: story.ownershipVerbs,
    systemNouns: story.systemNouns,
    determiners: story.determiners,
  };
  for (const [name, list] of Object.entries(lists)) {
    it(`${name}: non-empty, trimmed, no duplicates`, () => {
      expect(list.length).toBeGreaterThan(0);
      expect(duplicates(list.map((w) => w.toLowerCase()))).toEqual([]);
      for (const w of list) expect(w).toMatch(/^\S(.*\S)?$/);
    });
  }
  it('keeps years out of the time units, so tenure never counts as a metric', () => {
    expect(metrics.timeUnits).not.toContain('year');
    expect(metrics.tenureUnits).toContain('year');
  });
  it('maps number words to positive numbers and leaves "one" out', () => {
    for (const [word, n] of Object.entries(metrics.numberWords)) expect(n, word).toBeGreaterThan(1);
    expect(metrics.numberWords.one).toBeUndefined();
  });
});
