// One finding a line, for editors and grep: file:line:col: severity message [rule]
import path from 'node:path';
import type { Formatter } from './types.js';
import { printable, shownPath } from './printable.js';

const compact: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = shownPath(path.relative(cwd, r.filePath) || r.filePath);
    if (r.fatal) lines.push(`${file}:1:1: error ${printable(r.fatal)} [fatal]`);
    for (const f of r.findings) lines.push(`${file}:${f.line}:${f.column}: ${f.severity} ${printable(f.message)} [${f.ruleId ?? 'letterlint'}]`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

export default compact;
