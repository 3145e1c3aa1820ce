// `npm run eval -- --spans`: which of the dev half's labelled spans the detectors reach. Built here on
// two letters written for the test, one in each half: the test half's spans are never read.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReal } from '../src/eval/eval.js';
import { spanCoverage, spanReport } from '../src/eval/spans.js';

const DEV = [
  'Dear Ms. Okafor,',
  'I am passionate about distributed systems and I am a team player. I know Go, Kafka, Postgres and Redis.',
  'I cut p99 latency to 40 ms and added retries with backoff to the [Company] importer.',
  'I would be glad to talk.',
  'Best,\nAva Patel',
].join('\n\n');
const TEST = 'Dear Sam,\n\nI am a hard worker with a secret phrase.\n\nBest,\nBo';

/** A corpus folder with sources.tsv and the two texts; spans are found by quote. */
function corpus(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'letterlint-spans-'));
  mkdirSync(path.join(dir, 'text'));
  writeFileSync(path.join(dir, 'text', 'd-1.md'), DEV);
  writeFileSync(path.join(dir, 'text', 't-1.md'), TEST);
  const span = (text: string, ...quotes: string[]) => quotes.map((q) => `${text.indexOf(q)}-${text.indexOf(q) + q.length}`).join(' ');
  const head = ['id', 'ext', 'split', 'no-generic-claims', 'spans_generic', 'spans_stack', 'spans_metrics', 'spans_failure', 'spans_placeholders'];
  const rows = [
    ['d-1', 'md', 'dev', '1', span(DEV, 'passionate about', 'team player', 'distributed systems'), span(DEV, 'Go, Kafka, Postgres and Redis'), span(DEV, '40 ms'), span(DEV, 'retries with backoff', 'importer'), span(DEV, '[Company]')],
    ['t-1', 'md', 'test', '1', span(TEST, 'a secret phrase'), '', '', '', ''],
  ];
  writeFileSync(path.join(dir, 'sources.tsv'), ['# a', '# b', head.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
  return dir;
}

describe('span coverage on the dev half', () => {
  it('counts the spans a finding or a mention touches, lists the others, and never reads the test half', async () => {
    const dir = corpus();
    const letters = loadReal(dir);
    const cover = Object.fromEntries((await spanCoverage(letters, path.join(dir, 'text'))).map((c) => [c.kind, c]));
    // "passionate about" and "team player" are claims; "distributed systems" alone is not one.
    expect(cover.generic).toMatchObject({ reached: 2, total: 3, missed: [{ id: 'd-1', text: 'distributed systems' }] });
    expect(cover.stack).toMatchObject({ reached: 1, total: 1 });
    expect(cover.metrics).toMatchObject({ reached: 1, total: 1 });
    // "retries with backoff" is failure language; "importer" alone is not.
    expect(cover.failure).toMatchObject({ reached: 1, total: 2, missed: [{ id: 'd-1', text: 'importer' }] });
    expect(cover.placeholders).toMatchObject({ reached: 1, total: 1 });
    const report = await spanReport(letters, path.join(dir, 'text'));
    expect(report).toContain('| generic | 2 | 3 |');
    expect(report).not.toContain('secret phrase');
  });
});
