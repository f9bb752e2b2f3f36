/**
 * docs/extract.md documents `reportlint extract --format json`: its example is the real output of the example
 * report, and every field of the model (ExtractedReport in src/engine/extract.ts, including those present only
 * sometimes) has its row there, so a field added to the model without a word fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@jest/globals';
import { runCli } from './cli-helpers.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(new URL('../docs/extract.md', import.meta.url), 'utf8');

test('the example is the real output', async () => {
  const blocks = [...doc.matchAll(/<!-- extract: (\S+) -->\n```json\n([\s\S]*?)```/g)];
  expect(blocks).toHaveLength(1);
  for (const [, file, shown] of blocks) {
    const run = await runCli(['extract', file!], { cwd: repo });
    expect(run.code).toBe(0);
    expect(JSON.parse(shown!)).toEqual(JSON.parse(run.stdout));
  }
});

test('every field of the model is documented', () => {
  const source = readFileSync(new URL('../src/engine/extract.ts', import.meta.url), 'utf8');
  const model = /export interface ExtractedReport \{([\s\S]*?)\n\}/
    .exec(source)![1]!
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  // Every `name:` or `name?:` of the interface, at any depth (nested object types included).
  const fields = [...new Set([...model.matchAll(/(?:^|[\s{;,])(\w+)\??:/g)].map((m) => m[1]!))];
  expect(fields).toEqual(expect.arrayContaining(['year', 'reading', 'ocrScan', 'reasonData', 'inferredRows', 'collected']));
  // A field is documented in a table's row (`| \`name\` |`) or named in the prose around it.
  const documented = new Set([...doc.matchAll(/`(\w+)`/g)].map((m) => m[1]!));
  expect(documented.has('notAReport') && /^\| `picturePages` \|/m.test(doc)).toBe(true);
  expect(fields.filter((f) => !documented.has(f))).toEqual([]);
});
