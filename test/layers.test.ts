// The layers of src/ and rules/: imports run only downward (entry → run → report → engine → rules →
// letter → text → base), so a contributor can tell from a file's folder what it may lean on. Each
// folder's README.md says what it owns and what it may import; this checks the code and those
// lines against one table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Top to bottom. A path ending in "/" is a folder; the longest matching path decides. */
const LAYERS: ReadonlyArray<{ name: string; paths: readonly string[] }> = [
  { name: 'entry', paths: ['src/cli/', 'src/eval/', 'src/api.ts', 'src/unified.ts'] },
  { name: 'run', paths: ['src/run/'] },
  { name: 'report', paths: ['src/report/'] },
  { name: 'engine', paths: ['src/engine.ts', 'src/directives.ts'] },
  { name: 'rules', paths: ['rules/'] },
  { name: 'letter', paths: ['src/letter/'] },
  { name: 'text', paths: ['src/text/'] },
  { name: 'base', paths: ['src/types.ts', 'src/package.ts', 'rules/data/'] },
];

/** The layer's place from the top, or undefined for a file no layer holds. */
function layerOf(file: string): number | undefined {
  let best: { rank: number; length: number } | undefined;
  LAYERS.forEach(({ paths }, rank) => {
    for (const p of paths) {
      const hit = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (hit && (!best || p.length > best.length)) best = { rank, length: p.length };
    }
  });
  return best?.rank;
}

// Static imports and re-exports ("from '…'"), imports for their effect ("import '…'") and dynamic
// or type imports ("import('…')"), in either quotes; relative only.
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;

/** Every import of a file that runs to a higher layer, or to a file no layer holds, as "from → to". */
function upwardImports(files: ReadonlyMap<string, string>): string[] {
  const wrong: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (from === undefined) {
      wrong.push(`${file}: in no layer`);
      continue;
    }
    for (const m of source.matchAll(SPECIFIER)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2]!)).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      if (to === undefined || to < from) wrong.push(`${file} (${LAYERS[from]!.name}) → ${target} (${to === undefined ? 'no layer' : LAYERS[to]!.name})`);
    }
  }
  return wrong;
}

function sources(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) sources(rel, out);
    else if (name.endsWith('.ts')) out.set(rel, readFileSync(path.join(root, rel), 'utf8'));
  }
  return out;
}

describe('layers', () => {
  it('finds an import that runs back up, one to a file outside every layer, and passes a downward one', () => {
    const files = new Map([
      ['src/text/terms.ts', "import { readLetter } from '../run/files.js';\nimport type { Term } from '../types.js';"],
      ['src/letter/story.ts', "const later = await import('../report/report-card.js');"],
      ['rules/data/verbs.ts', "export { x } from '../no-generic-claims.js';"],
      ['src/run/config.ts', "import { rules } from '../../rules/index.js';\nimport { stem } from '../text/terms.js';"],
      ['src/text/latin.ts', 'import "../letter/story.js";\nexport { x } from "./search.js";'],
      ['src/cli/main.ts', "import { x } from '../elsewhere/x.js';"],
      ['src/stray.ts', ''],
    ]);
    expect(upwardImports(files)).toEqual([
      'src/text/terms.ts (text) → src/run/files.ts (run)',
      'src/letter/story.ts (letter) → src/report/report-card.ts (report)',
      'rules/data/verbs.ts (base) → rules/no-generic-claims.ts (rules)',
      'src/text/latin.ts (text) → src/letter/story.ts (letter)',
      'src/cli/main.ts (entry) → src/elsewhere/x.ts (no layer)',
      'src/stray.ts: in no layer',
    ]);
  });

  it('every file of src/ and rules/ is in a layer and imports only its own layer and those below', () => {
    const files = new Map([...sources('src'), ...sources('rules')]);
    expect(files.size).toBeGreaterThan(80);
    expect(upwardImports(files)).toEqual([]);
  });

  it("each folder's README.md says what it may import, and that is the layers below it", () => {
    const folders = LAYERS.flatMap(({ paths }, rank) => paths.filter((p) => p.startsWith('src/') && p.endsWith('/')).map((p) => ({ p, rank })));
    expect(folders.length).toBeGreaterThanOrEqual(6);
    for (const { p, rank } of folders) {
      const readme = readFileSync(path.join(root, p, 'README.md'), 'utf8');
      const line = readme.split('\n').find((l) => l.startsWith('May import:'));
      expect(line, `${p}README.md has a "May import:" line`).toBeDefined();
      const named = [...line!.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
      expect(named, p).toEqual(LAYERS.slice(rank + 1).flatMap((l) => l.paths).sort());
    }
  });
});
