// The data modules: well-formed, free of duplicates, and compilable by the phrase matcher.
import { describe, expect, it } from 'vitest';
import { claimFamilies } from '../rules/data/generic-claims.js';
import { FRAME_SLOTS, failureFamilies } from '../rules/data/failure-modes.js';
import { expandFamily, expandPattern, inflections } from '../src/text/failure-patterns.js';
import * as metrics from '../rules/data/metrics.js';
import * as placeholders from '../rules/data/placeholders.js';
import * as story from '../rules/data/story.js';
import { companyFamilies } from '../rules/data/company-families.js';
import { irregularVerbs } from '../rules/data/verbs.js';
import { PhraseIndex } from '../src/text/phrases.js';
import { patternKey } from '../src/text/terms.js';

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

describe('failure-mode families', () => {
  const patterns = failureFamilies.flatMap((f) => expandFamily(f).map((t) => t.pattern));
  it('has unique ids, and a family for every role the issue names', () => {
    expect(duplicates(failureFamilies.map((f) => f.id))).toEqual([]);
    const roles = new Set(failureFamilies.map((f) => f.role));
    for (const role of ['backend', 'mobile', 'ml', 'qa', 'security', 'data', 'frontend']) expect(roles.has(role as never), role).toBe(true);
  });
  it('expands into well-formed patterns without repeats', () => {
    for (const f of failureFamilies) expect(duplicates(expandFamily(f).map((t) => t.pattern)), f.id).toEqual([]);
    expectPatterns([...new Set(patterns)]);
  });
  it('never lets a personality word count ("strongly consistent" is fine, "consistent" is not), nor an everyday word alone', () => {
    const first = new Set(patterns.flatMap((p) => p.split(' ')[0]!.split('|')));
    for (const personal of ['reliable', 'dependable', 'resilient', 'consistent', 'robust', 'scalable']) expect(first.has(personal), personal).toBe(false);
    const alone = new Set(patterns.filter((p) => !p.includes(' ')).flatMap((p) => p.split('|')));
    for (const everyday of ['test', 'tested', 'duplicate', 'duplicated', 'redundant', 'fast', 'faster', 'monitoring', 'incident', 'failed']) {
      const checked = failureFamilies.some((f) => (f.near || f.notNear) && expandFamily(f).some((t) => t.pattern.split('|').includes(everyday)));
      expect(alone.has(everyday) && !checked, everyday).toBe(false);
    }
  });
  it('has slot lists without empty entries or repeats', () => {
    for (const [name, list] of Object.entries(FRAME_SLOTS)) {
      expect(list.length, name).toBeGreaterThan(0);
      expect(duplicates([...list]), name).toEqual([]);
      for (const w of list) expect(w, name).toMatch(/^[a-z0-9~=]+( [a-z0-9~=]+)*$/);
    }
  });
});

describe('failure-mode notation', () => {
  it('inflects verbs, irregular ones included', () => {
    expect(inflections('drop')).toEqual(expect.arrayContaining(['drops', 'dropped', 'dropping']));
    expect(inflections('break')).toEqual(expect.arrayContaining(['breaks', 'broke', 'broken', 'breaking']));
    expect(inflections('retry')).toEqual(expect.arrayContaining(['retries', 'retried', 'retrying']));
    expect(inflections('charge')).toEqual(expect.arrayContaining(['charges', 'charged', 'charging']));
    expect(inflections('be')).not.toContain('bed');
    for (const [verb, past] of [['find', 'found'], ['catch', 'caught'], ['keep', 'kept'], ['write', 'wrote'], ['build', 'built'], ['lose', 'lost'], ['go', 'went']]) {
      expect(inflections(verb!), verb).toContain(past);
    }
  });
  it('spells a compound closed and open', () => {
    expect(expandPattern('dead-letter queue')).toEqual(['deadletter queue', 'dead letter queue']);
  });
  it('puts single words of an alternation in one step, and longer ones in patterns of their own', () => {
    expect(expandPattern('~lose|dead-letter data')).toEqual(['lose|loses|losed|losing|lost|deadletter data', 'dead letter data']);
  });
  it('drops a leading optional step rather than letting the pattern start with it', () => {
    expect(expandPattern('x? y')).toEqual([]);
  });
  it('refuses an unknown slot', () => {
    expect(() => expandPattern('{nope} rate')).toThrow(/nope/);
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
  it('lists each irregular verb and each of its forms once, no form a base of its own', () => {
    const bases = irregularVerbs.map((v) => v.base);
    const forms = irregularVerbs.flatMap((v) => v.forms);
    expect(duplicates([...bases, ...forms])).toEqual([]);
    for (const w of [...bases, ...forms]) expect(w).toMatch(/^[a-z]+$/);
  });
  it('puts each company name in one family only, each family of two or more names', () => {
    const names = companyFamilies.flat().map((n) => n.toLowerCase());
    expect(duplicates(names)).toEqual([]);
    for (const family of companyFamilies) expect(family.length).toBeGreaterThan(1);
    for (const n of companyFamilies.flat()) expect(n).toMatch(/^\S(.*\S)?$/);
  });
  it('keeps years out of the time units, so tenure never counts as a metric', () => {
    expect(metrics.timeUnits).not.toContain('year');
    expect(metrics.tenureUnits).toContain('year');
  });
  it('maps number words to positive numbers and leaves "one" out', () => {
    for (const [word, n] of Object.entries(metrics.numberWords)) expect(n, word).toBeGreaterThan(1);
    expect(metrics.numberWords.one).toBeUndefined();
  });
});
