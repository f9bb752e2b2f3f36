/**
 * A report whose title and period name different years (a 2021 report titled 2022 by a typo): statistical-period
 * accuses the disagreement once, and nothing else leans on either year. It was paired with the organ's other 2021
 * report as the year after it (five false carry-over errors), its 2021 text was called left over from 2021, and
 * its signature of January 2022 was called earlier than the end of 2022 (red team I6, 2026-12-06).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { lintFiles } from '../src/engine/files.js';

const now = new Date('2025-06-01T00:00:00Z');
const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** 东河县教育局's 2021 report: 上年结转 2 5 9 12 14 16 58, 结转下年度 3 5 9 15 17 24 73, signed 2022年1月24日. */
const REPORT_2021 = readFileSync(new URL('fixtures/year-copies/2021.md', import.meta.url), 'utf8');
const TITLED_2022 = REPORT_2021.replace('# 东河县教育局2021年', '# 东河县教育局2022年');

async function lintTree(files: Record<string, string>): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'reportlint-contested-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  const results = await lintFiles(['.'], { cwd: root, now, concurrency: 'off' });
  return results.flatMap((r) =>
    r.messages.map((m) => `${path.basename(r.filePath)} ${m.ruleId}/${m.messageId} ${m.line}:${m.column}`),
  );
}

describe('title 2022, period 2021, beside the organ’s 2021 report', () => {
  it('the fixture: only the title differs', () => {
    expect(TITLED_2022).not.toBe(REPORT_2021);
    expect(TITLED_2022.replace('2022年政府', '2021年政府')).toBe(REPORT_2021);
  });

  it('one finding, the period’s year against the title’s; no pairing, no year-based accusation', async () => {
    const found = await lintTree({ '2021.md': REPORT_2021, 'typo.md': TITLED_2022 });
    expect(found).toEqual(['typo.md statistical-period/yearMismatch 3:67']);
  });

  it('alone it is read alike (the signature is early only for the title’s year)', async () => {
    expect(await lintTree({ 'typo.md': TITLED_2022 })).toEqual(['typo.md statistical-period/yearMismatch 3:67']);
  });
});
