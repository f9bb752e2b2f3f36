/** The real seeds (../shared/seeds, when present) extract fully: six sections, 25×7 table 三, 15 cells of table 四. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';

const seeds = new URL('../../../shared/seeds/', import.meta.url).pathname;
const present = existsSync(seeds);
if (!present) console.warn(`skipping seed extraction tests: ${seeds} not found`);

(present ? describe : describe.skip)('seed reports', () => {
  const names = present
    ? readdirSync(seeds)
        .filter((n) => n.endsWith('.txt'))
        .sort()
    : [];
  it.each(names)('%s extracts completely', async (name) => {
    const parsed = await parseReport(new Uint8Array(readFileSync(seeds + name)), { filePath: name });
    const model = extractReport(parsed);
    expect(model.sections.map((s) => s.key)).toEqual(['overview', 'active', 'applications', 'review', 'problems', 'other']);
    expect(model.year).toBe(2021);
    expect(model.period).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(model.fees.length).toBeGreaterThan(0);
    expect(model.problems).toEqual({});
    const rows = Object.values(model.tables.applications!);
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(Object.values(row).filter((v) => typeof v === 'number')).toHaveLength(7);
    const review = Object.values(model.tables.review!).flatMap((g) => Object.values(g));
    expect(review.filter((v) => typeof v === 'number')).toHaveLength(15);
  });
  it('seed 000 reads as Markdown, seed 003 as text, and 行政事业性收费 0.7', async () => {
    const [a, b] = names;
    const pa = await parseReport(new Uint8Array(readFileSync(seeds + a)), { filePath: a });
    const pb = await parseReport(new Uint8Array(readFileSync(seeds + b)), { filePath: b });
    expect([pa.format, pb.format]).toEqual(['markdown', 'text']);
    expect(extractReport(pa).tables.active?.fees).toEqual({ amount: 0.7 });
  });
});
