// The bundle's prebuilt values (src/text/prebuilt.ts, filled in by src/bundle.mjs) must be exactly what a
// run would compute without them; `npm test` builds the bundle first.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { expandFamily, failurePatterns } from '../src/text/failure-patterns.js';
import { failureFamilies } from '../rules/data/failure-modes.js';
import { prebuilt } from '../src/text/prebuilt.js';
import { latinClasses } from '../src/text/latin.js';
import { findTechnologies, techTable } from '../src/text/tech.js';
import { plainSentences } from '../src/text/parse.js';

const bundle = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

function bundled(): unknown {
  const texts = readdirSync(bundle).filter((n) => n.endsWith('.js')).map((n) => readFileSync(bundle + n, 'utf8'));
  const holders = texts.filter((t) => t.includes('var prebuilt = JSON.parse('));
  expect(holders).toHaveLength(1);
  // esbuild writes the string in single or double quotes; the match is one string literal, read by vm.
  const literal = /var prebuilt = JSON\.parse\(('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)/.exec(holders[0]!)?.[1];
  expect(literal).toBeDefined();
  return JSON.parse(runInNewContext(literal!) as string);
}

describe('prebuilt values', () => {
  it('the bundle holds the failure patterns a run would expand, family by family, the narrowed Unicode classes and the technology table', () => {
    const computed = failurePatterns();
    expect(computed.length).toBe(failureFamilies.length);
    expect(computed.flat().length).toBeGreaterThan(500);
    expect(techTable().entries.length).toBeGreaterThan(1000);
    expect(bundled()).toEqual({ failurePatterns: computed, latinClasses: latinClasses(), techTable: techTable() });
  });

  it('a technology lexicon built from the prebuilt table finds what one built from the data finds, names from configuration too', () => {
    const words = plainSentences('I use go, Go, ReactJS, Node js, MONGO DB, Postgres/Redis, TigerBeetle and Excel at work.').flatMap((s) => s.words);
    const found = (extra: readonly string[]) => findTechnologies(words, extra).map((m) => [m.tech.name, m.start, m.end]);
    // Each lexicon is built once per list of extra names, so each reading gets lists of its own.
    const computed = found(['TigerBeetle']);
    expect(computed.map(([name]) => name)).toEqual(['Go', 'React', 'Node.js', 'MongoDB', 'PostgreSQL', 'Redis', 'TigerBeetle']);
    prebuilt.techTable = techTable();
    try {
      expect(found(['TigerBeetle'])).toEqual(computed);
    } finally {
      delete prebuilt.techTable;
    }
  });

  it('a family read from prebuilt patterns gives the specs the expansion gives', () => {
    const expanded = failureFamilies.map((f) => expandFamily(f));
    prebuilt.failurePatterns = failurePatterns();
    try {
      expect(failureFamilies.map((f) => expandFamily(f))).toEqual(expanded);
    } finally {
      delete prebuilt.failurePatterns;
    }
  });
});
