import { describe, it, expect } from 'vitest';
import { technologies, type TechKind, type Technology } from '../rules/data/technologies.js';
import { findTechnologies, foldedNamed } from '../src/text/tech.js';
import { parseLetter } from '../src/text/parse.js';

// A Record forces this list to stay in step with TechKind when a kind is added.
const kindSet: Record<TechKind, true> = {
  language: true,
  framework: true,
  database: true,
  queue: true,
  cloud: true,
  infrastructure: true,
  observability: true,
  tool: true,
};
const allKinds = Object.keys(kindSet) as TechKind[];

function spellings(tech: Technology): string[] {
  return [tech.name, ...(tech.aliases ?? [])];
}

function lookup(spelling: string): Technology | undefined {
  const wanted = spelling.toLowerCase();
  return technologies.find((tech) => spellings(tech).some((s) => s.toLowerCase() === wanted));
}

describe('technology lexicon', () => {
  it('is big enough to recognise a real stack list', () => {
    expect(technologies.length).toBeGreaterThanOrEqual(150);
  });

  it('uses every kind', () => {
    const used = new Set(technologies.map((tech) => tech.kind));
    expect(allKinds.filter((kind) => !used.has(kind))).toEqual([]);
    expect([...used].filter((kind) => !(kind in kindSet))).toEqual([]);
  });

  it('never lists the same spelling twice, ignoring case', () => {
    const owners = new Map<string, string[]>();
    for (const tech of technologies) {
      for (const spelling of spellings(tech)) {
        const key = spelling.toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), `${spelling} (${tech.name})`]);
      }
    }
    const duplicates = [...owners.values()].filter((list) => list.length > 1);
    expect(duplicates).toEqual([]);
  });

  it('has no empty, padded or double-spaced spellings', () => {
    const bad = technologies
      .flatMap(spellings)
      .filter((s) => s.length === 0 || s.trim() !== s || s.includes('  '));
    expect(bad).toEqual([]);
  });

  it('only marks spellings case-sensitive when their casing distinguishes them', () => {
    // An all-lowercase spelling would only ever match lowercase text, which is the ordinary word.
    const meaningless = technologies
      .filter((tech) => tech.caseSensitive)
      .flatMap(spellings)
      .filter((s) => !/^[A-Z]/.test(s) && !/[^A-Za-z]/.test(s));
    expect(meaningless).toEqual([]);
  });

  it.each([
    ['Postgres', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['Golang', 'Go'],
    ['GCP', 'Google Cloud'],
    ['Google Cloud Platform', 'Google Cloud'],
    ['Mongo', 'MongoDB'],
    ['NodeJS', 'Node.js'],
    ['Rabbit MQ', 'RabbitMQ'],
  ])('maps the alias %s to %s', (alias, canonical) => {
    expect(lookup(alias)?.name).toBe(canonical);
  });

  it('marks ordinary-word names case-sensitive and leaves unambiguous ones loose', () => {
    for (const name of ['Go', 'Rust', 'Swift', 'Spark', 'Express', 'React', 'Spring', 'Vault', 'C', 'R', 'Lambda', 'Blender', 'Snort', 'Gazebo', 'Leaflet', 'Zephyr', 'Ionic', 'Salesforce']) {
      expect(lookup(name)?.caseSensitive, name).toBe(true);
    }
    for (const name of ['PostgreSQL', 'Kubernetes', 'Kafka', 'TypeScript']) {
      expect(lookup(name)?.caseSensitive ?? false, name).toBe(false);
    }
  });

  it('reads a name that is also a verb as the verb where the words after say so: "Excel at", not "in Excel"', () => {
    const names = (text: string) => parseLetter(text, 'text').sentences.flatMap((x) => findTechnologies(x.words)).map((m) => m.tech.name);
    expect(names('Excel at your own pace, and Excel in every class.')).toEqual([]);
    expect(names('I built reports in Excel and Qlik Sense, and drove a robot arm with ROS.')).toEqual(['Excel', 'Qlik', 'ROS 2']);
  });

  it('reads the survey-seeded names that are also words only when capitalised as names', () => {
    const names = (text: string) => parseLetter(text, 'text').sentences.flatMap((x) => findTechnologies(x.words)).map((m) => m.tech.name);
    expect(names('We nix dull meetings, hold a yoga asana class, shoot astro photos and tell the firebird legend with a razor wit.')).toEqual([]);
    expect(names('I traded DAX futures and built RLC circuits in the lab.')).toEqual([]);
    expect(names('I built sites with Astro and Livewire, kept tasks in Asana, and packaged tools with Nix and Homebrew.')).toEqual(['Astro', 'Livewire', 'Asana', 'Nix', 'Homebrew']);
  });

  it('reads the spaced spellings people write ("Mongo DB", "Node js") only as written, never in lower-case prose', () => {
    const names = (text: string) => parseLetter(text, 'text').sentences.flatMap((x) => findTechnologies(x.words)).map((m) => m.tech.name);
    expect(names('I used Mongo DB, Node js, Express JS, Type Script and Postgre SQL.')).toEqual(['MongoDB', 'Node.js', 'Express', 'TypeScript', 'PostgreSQL']);
    expect(names('I improved my SQL and my type script for the play, and the node is down.')).toEqual(['SQL']);
  });

  it('reads a version written onto a name ("Python3", "Vue3") as the name, but not onto two letters ("R2", "S3" stays S3)', () => {
    const names = (text: string) => parseLetter(text, 'text').sentences.flatMap((x) => findTechnologies(x.words)).map((m) => m.tech.name);
    expect(names('I know Python3, Vue3, PHP7 and Java8.')).toEqual(['Python', 'Vue.js', 'PHP', 'Java']);
    expect(names('We won Top10, hashed with SHA256, and ran Windows 2012 R2 and C3 units.')).toEqual(['Windows']);
  });

  it('reads the office and trade tools seeded from O*NET, and their ordinary words only as words', () => {
    const names = (text: string) => parseLetter(text, 'text').sentences.flatMap((x) => findTechnologies(x.words)).map((m) => m.tech.name);
    expect(names('I used MS Word, Microsoft PowerPoint, Outlook, Revit and QuickBooks.')).toEqual(['Microsoft Word', 'PowerPoint', 'Outlook', 'Revit', 'QuickBooks']);
    expect(names('The outlook is good; I zoom in on slack periods, in a word, through the windows of a project.')).toEqual([]);
  });

  it('names a technology written all in one case only for names matched as written', () => {
    expect(['python', 'spring boot', 'node js', 'JAVA', 'SPRING  BOOT', 'mongo db'].map((w) => foldedNamed(w)?.name)).toEqual(['Python', 'Spring Boot', 'Node.js', 'Java', 'Spring Boot', 'MongoDB']);
    // Loose names are found as written anyway; nothing else folds.
    expect(['postgres', 'kafka', 'the', 'my sql'].map((w) => foldedNamed(w))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads R as the language, in capitals, but not the R of R&D', () => {
    const names = (text: string) => parseLetter(text, 'text').sentences.flatMap((x) => findTechnologies(x.words)).map((m) => m.tech.name);
    expect(names('I use Python and R daily, and I built R packages.')).toEqual(['Python', 'R', 'R']);
    expect(names('I joined the R&D team, and our R & D budget grew; r is a letter.')).toEqual([]);
  });

  it('matches a sentence once for a rule\'s empty list of extra names and for none: both read the lexicon alone', () => {
    const words = parseLetter('I run Kafka, Redis and Go services.', 'text').sentences[0]!.words;
    const alone = findTechnologies(words);
    expect(alone.map((m) => m.tech.name)).toEqual(['Kafka', 'Redis', 'Go']);
    expect(findTechnologies(words, [])).toBe(alone);
    expect(findTechnologies(words, ['Redpanda']).map((m) => m.tech.name)).toEqual(['Kafka', 'Redis', 'Go']);
  });
});
