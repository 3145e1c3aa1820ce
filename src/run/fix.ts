// --fix: the certain fixes of a letter's findings applied to its text, as ESLint applies them (in
// order, an overlapping fix left for the next run), and the fixed text written back atomically.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { reason } from './read.js';
import { writeNew } from './write.js';
import { within, type Root } from './root.js';
import type { Finding } from '../types.js';

const BOM = '\uFEFF';

/**
 * `text` with the fixes of `findings` applied; the fixes' ranges are offsets into the text without
 * its byte-order mark, which is kept. Returns the fixes applied, in order.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { output: string; applied: Finding[] } {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const fixes = findings.filter((f) => f.fix !== undefined).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: Finding[] = [];
  let out = '';
  let at = 0;
  for (const f of fixes) {
    const [start, end] = f.fix!.range;
    if (start < at || end > body.length || body.slice(start, end) === f.fix!.text) continue;
    out += body.slice(at, start) + f.fix!.text;
    at = end;
    applied.push(f);
  }
  return { output: bom + out + body.slice(at), applied };
}

/**
 * Writes a fixed letter over `file`: only when the file still holds `before` as UTF-8 (not changed
 * by an editor meanwhile, nor in another encoding), never through a link that leads out of the
 * project, through a temporary file moved into place, keeping its mode. Returns a reason on failure.
 */
export async function writeFixed(file: string, before: string, output: string, root: Root): Promise<string | undefined> {
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (error) {
    return reason(error);
  }
  if (!within(root.real, real) && real !== path.resolve(file)) return 'leads outside the project through a link; not fixed';
  try {
    const [bytes, stat] = await Promise.all([fs.readFile(real), fs.stat(real)]);
    if (!stat.isFile()) return 'is not a regular file; not fixed';
    if (bytes.toString('utf8') !== before) return 'changed since it was read, or is not UTF-8; not fixed';
    return await writeNew(real, output, true, stat.mode & 0o7777);
  } catch (error) {
    return reason(error);
  }
}
