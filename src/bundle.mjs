// The CLI as one ESM bundle (dist/bundle/cli.js): start-up then loads a handful of files instead of
// resolving hundreds of modules. Code splitting keeps every dynamic import() lazy (formatters,
// yaml, valibot, ignore, tinyglobby), each in its own chunk loaded only when used.
// It lives under dist/, two levels below the package root like dist/src/, so src/package.ts finds
// package.json the same way. `npm run build` runs tsc (type checking, dist/ for the tests) and then this.
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { asciiOnly } from './bundle-ascii.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = path.join(root, 'dist/bundle');

/** The "type" of the package.json nearest to a file: how Node reads its .js files. */
function moduleType(file) {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).type ?? 'commonjs';
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return 'commonjs';
}

/**
 * `const { parse } = await import('yaml')` of a CommonJS package: Node gives the module's named
 * exports (cjs-module-lexer), but esbuild's split chunk for it would only export `default`. This
 * wraps such a package in a small ESM module that exports its keys by name, as Node does.
 */
export const namedCommonJs = {
  name: 'named-commonjs-exports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.inner) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { inner: true } });
      if (r.errors.length || r.external) return r.errors.length ? { errors: r.errors } : r;
      const cjs = r.path.endsWith('.cjs') || (r.path.endsWith('.js') && moduleType(r.path) === 'commonjs');
      return cjs ? { path: r.path, namespace: 'named-commonjs' } : { path: r.path, sideEffects: r.sideEffects };
    });
    b.onLoad({ filter: /.*/, namespace: 'named-commonjs' }, (args) => {
      const names = Object.keys(createRequire(import.meta.url)(args.path)).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
      // Through local names, so that an export called, say, "delete" is still valid code.
      const locals = names.map((k, i) => `const e${i} = m[${JSON.stringify(k)}];`).join('\n');
      const exported = names.map((k, i) => `e${i} as ${k}`).join(', ');
      return {
        contents: `import m from ${JSON.stringify(args.path)};\n${locals}\nexport { m as default, ${exported} };\n`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      };
    });
  },
};

/**
 * src/text/prebuilt.ts with its values computed now, from tsc's build in dist/src (run just before), so
 * that a run does not compute them at start-up.
 */
const prebuilt = {
  name: 'prebuilt-values',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]text[\\/]prebuilt\.ts$/ }, async () => {
      const { failurePatterns } = await import(pathToFileURL(path.join(root, 'dist/src/text/failure-patterns.js')).href);
      const { latinClasses } = await import(pathToFileURL(path.join(root, 'dist/src/text/latin.js')).href);
      const { techTable } = await import(pathToFileURL(path.join(root, 'dist/src/text/tech.js')).href);
      // As a JSON string: V8 reads JSON.parse of a literal faster than the same object written as code.
      const json = JSON.stringify({ failurePatterns: failurePatterns(), latinClasses: latinClasses(), techTable: techTable() });
      return { contents: `export const prebuilt = JSON.parse(${JSON.stringify(json)});\n`, loader: 'js' };
    });
  },
};

/**
 * The CLI, the Node API, the unified plugin, and a worker-thread entry when src/ has one:
 * `new Worker(new URL('./lint-worker.js', import.meta.url))` then finds dist/bundle/lint-worker.js
 * in the bundle as it finds dist/src/run/lint-worker.js in tsc's output, and the entries share their chunks.
 */
function entries() {
  const out = { cli: 'src/cli/main.ts', api: 'src/api.ts', unified: 'src/unified.ts' };
  if (existsSync(path.join(root, 'src/run/lint-worker.ts'))) out['lint-worker'] = 'src/run/lint-worker.ts';
  return out;
}

/** Builds dist/bundle/ and removes what earlier builds left there. */
export async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: entries(),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // Not 'node20': esbuild 0.28 then rewrites every /\p{…}/u literal as new RegExp(…), compiled
    // again on each call (a rule test per word cost 0.5 ms). Node 20 runs ES2022 as written.
    target: 'es2022',
    chunkNames: '[name]-[hash]',
    // CommonJS dependencies bundled into ESM call require() for Node's built-ins.
    banner: { js: "import { createRequire as __letterlintRequire } from 'node:module'; const require = __letterlintRequire(import.meta.url);" },
    // Not minified: stack traces (--debug) stay readable, and minifying did not make start-up faster.
    legalComments: 'none',
    metafile: true,
    plugins: [namedCommonJs, prebuilt],
    logLevel: 'warning',
  });

  for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
    const full = path.resolve(root, file);
    const source = readFileSync(full, 'utf8');
    const ascii = asciiOnly(source);
    // Written aside and renamed over, so a letterlint started during a build reads one whole file or the other.
    if (ascii !== source) {
      writeFileSync(`${full}.tmp`, ascii);
      renameSync(`${full}.tmp`, full);
    }
  }

  // Drop chunks of earlier builds (their names carry a content hash). Nothing is deleted before the
  // new files are written, so a letterlint started during a build never finds the folder empty.
  const fresh = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(root, f)));
  for (const name of readdirSync(outdir)) {
    const file = path.join(outdir, name);
    if (!fresh.has(file)) rmSync(file, { recursive: true, force: true });
  }
  apiTypes();
  // The configuration's JSON Schema, from tsc's build of src/run/schema.ts (the rules' own declarations).
  const { configSchema, SCHEMA_FILE } = await import(pathToFileURL(path.join(root, 'dist/src/run/schema.js')).href);
  writeFileSync(path.join(outdir, SCHEMA_FILE), JSON.stringify(configSchema(), null, 2) + '\n');
}

/** Files whose declarations the package's types are made of: the entries' may import nothing else. */
const API_TYPES = ['api.d.ts', 'unified.d.ts', 'types.d.ts'];

/**
 * The Node API's and the unified plugin's declarations beside their bundles, from tsc's output in
 * dist/src. They must stand alone: an import of another internal module, or of a package letterlint
 * does not depend on (unified and vfile are the user's), would be missing, so it fails the build.
 */
function apiTypes() {
  const from = path.join(root, 'dist/src');
  for (const entry of ['api.d.ts', 'unified.d.ts']) {
    const types = readFileSync(path.join(from, entry), 'utf8');
    for (const m of types.matchAll(/(?:from |import\()['"]([^'"]+)['"]/g)) {
      if (!API_TYPES.includes(m[1].replace(/^\.\//, '').replace(/\.js$/, '.d.ts'))) throw new Error(`dist/src/${entry} imports ${m[1]}, which the package does not ship: declare the type in src/${entry.replace(/\.d\.ts$/, '.ts')} or src/types.ts`);
    }
  }
  for (const name of API_TYPES) copyFileSync(path.join(from, name), path.join(outdir, name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await bundle();
