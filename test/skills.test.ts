import { describe, expect, it } from 'vitest';
import { skills, variants } from '../rules/data/skills.js';
import { technologies } from '../rules/data/technologies.js';
import { findSkills } from '../src/letter/inventory.js';
import { parseLetter } from '../src/text/parse.js';

const skillsIn = (text: string) => parseLetter(text, 'text').sentences.flatMap((s) => findSkills(text, s.terms).map((m) => m.name));

describe('technical skill lexicon', () => {
  it('has no empty, padded or duplicated names and patterns', () => {
    const names = skills.map((s) => s.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const patterns = skills.flatMap((s) => s.patterns.flatMap(variants));
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
    expect([...names, ...patterns].filter((s) => s.length === 0 || s.trim() !== s || s.includes('  '))).toEqual([]);
    // Plain lower-case words, as the phrase matcher's other data writes them (hyphens split into words).
    expect(patterns.filter((p) => !/^[a-z0-9|?= ]+$/.test(p) || /\|\||\| | \|/.test(p))).toEqual([]);
  });

  it('writes "~" compounds only outside alternations, so both spellings expand whole', () => {
    const bad = skills.flatMap((s) => s.patterns).filter((p) => p.split(' ').some((w) => w.includes('~') && w.includes('|')));
    expect(bad).toEqual([]);
    expect(variants('micro~services')).toEqual(['microservices', 'micro services']);
  });

  it('never names a technology the technology lexicon already has', () => {
    const techs = new Set(technologies.flatMap((t) => [t.name, ...(t.aliases ?? [])]).map((n) => n.toLowerCase()));
    expect(skills.map((s) => s.name).filter((n) => techs.has(n.toLowerCase()))).toEqual([]);
  });

  it.each(skills.map((s) => [s.name]))('finds "%s" written as its own name', (name) => {
    expect(skillsIn(`We talked about ${name} today.`)).toContain(name);
  });

  it.each([
    ['micro services', 'microservices'],
    ['micro-services', 'microservices'],
    ['Object-Oriented Programming', 'object-oriented programming'],
    ['containerisation', 'containerization'],
    ['data modelling', 'data modeling'],
    ['RESTful APIs', 'REST'],
    ['CI/CD pipelines', 'CI/CD'],
    ['AI/ML', 'ML'],
    ['end-to-end tests', 'end-to-end testing'],
    ['finetuning', 'fine-tuning'],
    ['prompt design', 'prompt engineering'],
    ['pen testing', 'penetration testing'],
    ['virtualisation', 'virtualization'],
  ])('maps the variant %s to %s', (variant, name) => {
    expect(skillsIn(`We talked about ${variant} today.`)).toEqual([name]);
  });

  it.each([
    ['the rest of the year'],
    ['agile teams'],
    ['a network of friends'],
    ['how we deploy daily'],
    ['a data engineer'],
    ['5 ml of water'],
  ])('leaves the ordinary sense "%s" alone', (text) => {
    expect(skillsIn(`We talked about ${text} today.`)).toEqual([]);
  });
});
