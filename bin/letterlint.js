#!/usr/bin/env node
// The executable: loads the built CLI and nothing else. That is the bundle (src/bundle.mjs):
// a few files instead of hundreds of modules, so start-up is fast.
import module from 'node:module';

// A reader that closes the pipe early (letterlint … | head -1) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Node 22.1 and later can keep compiled code between runs; Node 20 has no such cache (a no-op).
module.enableCompileCache?.();

let cli;
try {
  cli = await import('../dist/bundle/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('letterlint: the build is missing; run "npm install" (or "npm run build") in the letterlint folder\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv);
