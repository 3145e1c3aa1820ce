// GitHub Actions workflow commands, one per finding, so findings show as annotations on the diff.
import path from 'node:path';
import type { Formatter } from './types.js';

// As GitHub's own toolkit escapes them: data needs %, CR and LF escaped; property values also : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = path.relative(cwd, r.filePath).split(path.sep).join('/') || r.filePath;
    if (r.fatal) lines.push(`::error file=${escapeProperty(file)},title=letterlint::${escapeData(r.fatal)}`);
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
      // Columns only make sense on one line; GitHub rejects them on a multi-line span.
      if (f.endLine === f.line) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
      props.push(`title=${escapeProperty(f.ruleId ? `letterlint ${f.ruleId}` : 'letterlint')}`);
      const body = [f.message, ...f.suggestions.map((s) => `\u2192 ${s}`)].join('\n');
      lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(body)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

export default github;
