// Where letterlint's time goes, for the bench's report (run.mjs): the floors its budgets sit on.
//   node test/bench/parts.mjs load <bin>          imports the bundle <bin> runs and exits: start-up and
//                                                 loading, no lint
//   node test/bench/parts.mjs warm <bin> <input>  lints <input> twice in one process, on one thread, through
//                                                 the library (files read, configuration, lint; no
//                                                 report), and prints "warm <seconds>": the second pass
//                                                 alone, with every function compiled and every index built
// <bin> is bin/letterlint.js or a copy of it (run.mjs --bin): the bundle is found beside it, as it finds it.
import { pathToFileURL } from 'node:url';

const [mode, bin, input] = process.argv.slice(2);
const bundle = (name) => new URL(`../dist/bundle/${name}`, pathToFileURL(bin));

if (mode === 'load') {
  await import(bundle('cli.js').href);
} else if (mode === 'warm') {
  const { lintFiles } = await import(bundle('api.js').href);
  const options = { concurrency: 'off' };
  await lintFiles([input], options);
  const start = process.hrtime.bigint();
  const results = await lintFiles([input], options);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(`warm ${seconds.toFixed(3)} (${results.length} files)\n`);
} else {
  process.stderr.write('usage: node test/bench/parts.mjs load <bin> | warm <bin> <input>\n');
  process.exitCode = 2;
}
