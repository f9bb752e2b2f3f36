/**
 * Table 二 with the label cell of a block's first row lost (blank): the block's caption and column header stand
 * right above it and hold no values, so their words ran into the row and were taken as its label, which named no
 * row: the row was called missing (table-structure, an error) though its values are printed. It is a row whose
 * label cannot be read (the same family as table 三 split with its header repeated, split-table-lost-label.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { toMarkdown, toTabText, type Block } from '../helpers/report-model.js';
import { REPORT } from '../helpers/html-docx-report.js';
import { buildDocx, toDocumentXml, toHtmlPage } from '../helpers/html-docx-render.js';

/** Labels lost, each the first row of its block, and the row keys they stand for. */
const LOST: Record<string, string> = { 规章: 'regulations', 行政许可: 'licensing', 行政处罚: 'punishment' };
/** The other rows and their values (html-docx-report.ts's table 二). */
const KEPT: Record<string, number[]> = { normativeDocuments: [8, 2, 31], coercion: [17], fees: [1.25] };

function blocks(): Block[] {
  const out: Block[] = structuredClone(REPORT);
  const table = out.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('fixture layout changed');
  for (const line of table.grid) for (const cell of line) if (cell.text in LOST) cell.text = '';
  return out;
}

const FORMATS = ['html', 'docx', 'markdown', 'text'] as const;

async function input(format: (typeof FORMATS)[number]): Promise<string | Uint8Array> {
  const report = blocks();
  if (format === 'html') return toHtmlPage(report);
  if (format === 'docx') return buildDocx(toDocumentXml(report));
  if (format === 'markdown') return toMarkdown(report);
  return toTabText(report);
}

describe("table 二: a block's first row with its label lost", () => {
  for (const format of FORMATS)
    it(`${format}: is unreadable, never missing; the other rows are read`, async () => {
      const data = await input(format);
      const table = findTable((await parseReport(data, { format })).report, 'active');
      expect(table?.missingRows).toEqual([]);
      expect(table?.unreadableRows.map((r) => r.key).sort()).toEqual(Object.values(LOST).sort());
      const read = new Map(table?.children.map((r) => [r.key ?? '', r.children.map((c) => c.value)]));
      expect(Object.fromEntries(read)).toEqual(KEPT);
      const { messages } = await lint(data, { format, now: new Date('2025-06-01T00:00:00Z') });
      expect(messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}:${m.messageId ?? ''}`)).toEqual([]);
      expect(messages.some((m) => m.ruleId === 'unreadable-content')).toBe(true);
    });
});
