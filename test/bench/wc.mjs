// The floor for a linter: a script that only reads the same files (concurrently) and counts words.
// node test/bench/wc.mjs <file or folder>...  prints "<files> files, <words> words".
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const LETTER = /\.(?:md|markdown|txt)$/i;

async function filesOf(arg) {
  if (!(await stat(arg)).isDirectory()) return [arg];
  const entries = await readdir(arg, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && LETTER.test(e.name)).map((e) => path.join(e.parentPath ?? e.path, e.name));
}

const files = (await Promise.all(process.argv.slice(2).map(filesOf))).flat().sort();
let words = 0;
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(32, files.length) }, async () => {
    while (next < files.length) {
      const text = await readFile(files[next++], 'utf8');
      words += text.match(/\S+/g)?.length ?? 0;
    }
  }),
);
process.stdout.write(`${files.length} files, ${words} words\n`);
