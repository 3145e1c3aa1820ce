// Phrase matching (src/text/phrases.ts): a first word that starts many patterns has its candidates
// narrowed by their second word; the matches must be exactly those of trying every candidate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseIndex, type PhraseEntry } from '../src/text/phrases.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_205;

interface Tok {
  word: string;
  afterBreak?: boolean;
}

const WORDS = ['i', 'a', 'am', 'an', 'the', 'team', 'player', 'very', 'really', 'passionate', 'about', 'go', 'of', 'my', 'strong', 'skills', 'in'];
const ADVERBS = new Set(['very', 'really']);
const index = (entries: PhraseEntry<number>[], fanOut?: number) =>
  new PhraseIndex<number, Tok>(entries, (w) => w, (t) => [t.word], {
    skippable: (t) => ADVERBS.has(t.word),
    afterBreak: (t) => t.afterBreak === true,
    isContent: (t) => !['a', 'an', 'the', 'of', 'in', 'my'].includes(t.word),
    fanOut,
  });

describe('phrase matching', () => {
  it('narrowing by the second word finds exactly what trying every candidate finds', () => {
    const step = fc.oneof(
      { weight: 6, arbitrary: fc.subarray(WORDS, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('|')) },
      { weight: 1, arbitrary: fc.constantFrom('*', '_') },
    );
    const optional = fc.tuple(step, fc.boolean()).map(([s, o]) => (o && s !== '*' && s !== '_' ? `${s}?` : s));
    // Many patterns share a first word, so the lists are long enough to be narrowed.
    const pattern = fc.tuple(fc.constantFrom('i', 'a', 'i', 'a', 'my'), fc.array(optional, { minLength: 0, maxLength: 3 })).map(([first, rest]) => [first, ...rest].join(' '));
    const entries = fc.array(fc.tuple(pattern, fc.option(fc.subarray(WORDS, { maxLength: 2 }), { nil: undefined })), { minLength: 10, maxLength: 40 }).map((ps) =>
      ps.map(([p, not], value) => ({ pattern: p, value, ...(not?.length ? { notFollowedBy: not } : {}) })),
    );
    const tokens = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.nat(9)).map(([word, b]) => ({ word, afterBreak: b === 0 })), { maxLength: 30 });
    let narrowed = 0;
    fc.assert(
      fc.property(entries, tokens, (es, ts) => {
        const fast = index(es).matchAll(ts);
        expect(fast).toEqual(index(es, Infinity).matchAll(ts));
        if (fast.length > 0) narrowed++;
      }),
      { numRuns: 1500, seed, endOnFailure: true },
    );
    // Matches were found, not only their absence compared.
    expect(narrowed).toBeGreaterThan(300);
  });
});

describe('stemming', () => {
  it('folds a word and its inflections to one stem, an -ing noun and its plural too', async () => {
    const { normalise, stem } = await import('../src/text/terms.js');
    const key = (w: string) => stem(normalise(w));
    for (const forms of [
      ['thrive', 'thrives', 'thriving', 'thrived'],
      ['warning', 'warnings'],
      ['listing', 'listings'],
      ['building', 'buildings'],
      ['embedding', 'embeddings'],
      ['thing', 'things'],
      ['string', 'strings'],
      ['run', 'running'],
      ['ship', 'shipped', 'shipping'],
      ['plan', 'planned', 'planning'],
      ['install', 'installing', 'installed'],
      ['add', 'adding', 'added'],
    ]) {
      expect(new Set(forms.map(key)), forms.join(', ')).toHaveProperty('size', 1);
    }
    // Words that only look like it stay apart.
    expect(key('kings')).not.toBe(key('kin'));
    expect(key('passing')).not.toBe(key('pas'));
  });

  it('folds irregular verb forms to their base, but not forms with another common sense', async () => {
    const { normalise, stem } = await import('../src/text/terms.js');
    const key = (w: string) => stem(normalise(w));
    for (const forms of [
      ['go', 'goes', 'going', 'went', 'gone'],
      ['make', 'makes', 'making', 'made'],
      ['build', 'builds', 'building', 'built'],
      ['lead', 'leads', 'leading', 'led'],
      ['write', 'writes', 'writing', 'wrote', 'written'],
      ['break', 'breaks', 'breaking', 'broke', 'broken'],
      ['run', 'runs', 'running', 'ran'],
    ]) {
      expect(new Set(forms.map(key)), forms.join(', ')).toHaveProperty('size', 1);
    }
    // "found" may be "to found", "driven" is in "results-driven", "known" in "known as".
    expect(key('found')).not.toBe(key('find'));
    expect(key('driven')).not.toBe(key('drive'));
    expect(key('known')).not.toBe(key('know'));
  });
});
