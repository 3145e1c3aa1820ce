// Frontmatter of plain "key: value" lines is read without the yaml package; the result must be the
// package's, and anything the plain reading is not sure of must be left to the package.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { flatMapping, yamlParser } from '../src/text/yaml.js';

describe('flat frontmatter', () => {
  it("reads a letter's usual frontmatter as the yaml package does", async () => {
    const parse = await yamlParser();
    const source = 'company: Northwind Pay\nrole: Senior Backend Engineer, Payments\nseniority: senior\n# a note\nname: Ana Lima-Souza\r\nfocus: payments';
    expect(flatMapping(source)).toEqual(parse(source));
    expect(flatMapping(source)!.role).toBe('Senior Backend Engineer, Payments');
  });

  it.each([
    ['a number', 'year: 2024'],
    ['a boolean', 'remote: true'],
    ['a YAML 1.1 boolean', 'remote: yes'],
    ['an empty value', 'company:'],
    ['a quoted value', 'company: "Acme"'],
    ['a comment after the value', 'company: Acme # old'],
    ['a colon in the value', 'company: Acme: the sequel'],
    ['a list', 'tags: [a, b]'],
    ['a nested mapping', 'company:\n  name: Acme'],
    ['a repeated key', 'company: Acme\ncompany: Globex'],
    ['an anchor', 'company: &a Acme'],
    ['a lone carriage return', 'company: Acme\rrole: Dev'],
    ['no keys at all', '# only a comment'],
  ])('leaves %s to the yaml package', (_name, source) => {
    expect(flatMapping(source)).toBeUndefined();
  });

  it('whatever it reads, it reads as the yaml package does', async () => {
    const parse = await yamlParser();
    const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
    // Mostly the words a letter's frontmatter holds, with the marks that make YAML read them otherwise mixed in.
    const plain = fc.string({ unit: fc.constantFrom(...'aZéN0 .,/&()+\'-'.split(''), 'Pay', 'Senior', 'true', 'no', 'null', '12'), maxLength: 12 });
    const noisy = fc.string({ unit: fc.constantFrom(...'aZé0 .,/&()+\'-:#"[]{}!*|>%@`~\t'.split(''), 'true', 'no', 'null', '12', '0x1F', '.inf'), maxLength: 12 });
    const value = fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: noisy });
    const line = fc.oneof({ weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) }, { weight: 1, arbitrary: fc.constantFrom('', '# note', '  indented: x', '- item') });
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const source = lines.join('\n');
        const flat = flatMapping(source);
        if (flat === undefined) return;
        read++;
        let expected: unknown;
        try {
          expected = parse(source);
        } catch (error) {
          throw new Error(`flat reading accepted what yaml refuses: ${JSON.stringify(source)}: ${String(error)}`);
        }
        expect(flat, JSON.stringify(source)).toEqual(expected);
      }),
      // A fixed seed: the same 2,000 cases every run.
      { numRuns: 2000, seed: 5122026 },
    );
    // The plain reading was tried on enough cases to mean something.
    expect(read).toBeGreaterThan(100);
  });

  it('a letter with flat frontmatter gets the same facts either way', async () => {
    const letter = '---\ncompany: Northwind Pay\nrole: Backend Engineer\n---\nDear team,\n\nI want to join [Company] as a [Role].\n';
    const { letter: parsed, findings } = await lintText(letter, 'a.md', 'markdown');
    expect(parsed.frontmatter).toEqual({ company: 'Northwind Pay', role: 'Backend Engineer' });
    expect(findings.filter((f) => f.fix).map((f) => f.fix!.text)).toEqual(['Northwind Pay', 'Backend Engineer']);
  });
});
