// What phrase indexes note on the key lists tokens share (src/text/phrases.ts, Marked): each index
// its own bit, so one index's "starts nothing here" never hides another's match. In a file of its
// own, so that its indexes are among the first 30 of the process and get a bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseIndex, type PhraseEntry } from '../src/text/phrases.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_207;

const WORDS = ['i', 'a', 'am', 'the', 'team', 'player', 'passionate', 'about', 'go', 'of', 'strong', 'skills'];

/** One key list per word, shared by every token of it, as termKeys and the technology keys share theirs. */
const shared = new Map(WORDS.map((w) => [w, [w]]));
const sharedKeys = (word: string) => shared.get(word)!;
const freshKeys = (word: string) => [word];

const pattern = fc
  .tuple(fc.constantFrom(...WORDS), fc.array(fc.constantFrom(...WORDS, '*'), { maxLength: 2 }))
  .map(([first, rest]) => [first, ...rest].join(' '));
const entrySets = fc.sample(fc.array(pattern, { minLength: 1, maxLength: 6 }), { numRuns: 12, seed }).map((ps) => ps.map((p, value): PhraseEntry<number> => ({ pattern: p, value })));

describe('phrase marks on shared key lists', () => {
  it('leave every index matching what it matches on lists nobody has marked', () => {
    // Twelve indexes over the same lists: between them they mark the lists for each other.
    const marked = entrySets.map((es) => new PhraseIndex<number, string>(es, (w) => w, sharedKeys));
    const plain = entrySets.map((es) => new PhraseIndex<number, string>(es, (w) => w, freshKeys));
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 20 }), fc.nat(11), (tokens, first) => {
        // Indexes in a different order each time, so each meets lists the others marked first.
        for (let k = 0; k < marked.length; k++) {
          const n = (first + k) % marked.length;
          const got = marked[n]!.matchAll(tokens);
          expect(got).toEqual(plain[n]!.matchAll(tokens));
          found += got.length;
        }
      }),
      { numRuns: 400, seed },
    );
    expect(found).toBeGreaterThan(400);
    // The lists were marked: the gate was in use, not bypassed.
    expect((sharedKeys('team') as { seen?: number }).seen).toBeGreaterThan(0);
  });

  it('leave an index past the thirtieth, which has no bit, matching all the same', () => {
    const entries: PhraseEntry<number>[] = [{ pattern: 'team player', value: 1 }];
    const many = Array.from({ length: 40 }, () => new PhraseIndex<number, string>(entries, (w) => w, sharedKeys));
    for (const index of many) expect(index.matchAll(['a', 'team', 'player'])).toEqual([{ value: 1, from: 1, to: 3, coreTo: 3 }]);
    // A word no index starts with is skipped by all of them, before and after the lists are marked.
    for (const index of many) expect(index.matchAll(['player', 'team'])).toEqual([]);
  });
});
