/**
 * Wide spaces (U+3000, NBSP) typed inside a sentence of a PDF (red team rtX #8, #9): pdfjs leaves them as gaps a
 * glyph wide, which opened cells. A late signature date 2025年␣3月␣20日 was glued to the organ's line above it and
 * not read (no publication-date warning); 申请␣8761␣件 was not read against table 三 (no narrative warning); and
 * 发出收费通知␣705␣件 not read gave a false fee-statement warning. This report's layout reads the date and the fee
 * sentence right even as cells (the red team's files did not: checked on them); those two cases stand here as guards.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { FEE_NOTICES, NEW_TOTAL, REPORT, YEAR, type Block } from '../helpers/pdf-report.js';
import { ruledReport } from '../helpers/pdf-ruled.js';

const NOW = new Date(`${YEAR + 1}-04-01T00:00:00Z`);

const edit = (change: (text: string) => string): Block[] =>
  REPORT.map((b) => (b.kind === 'paragraph' ? { ...b, text: change(b.text) } : b));

async function rules(blocks: Block[]): Promise<string[]> {
  const { messages } = await lint(ruledReport(blocks), { format: 'pdf', filePath: 'spaces.pdf', now: NOW });
  return messages.map((m) => `${m.ruleId}`);
}

describe('pdf: wide spaces inside a sentence are blanks, not cell gaps', () => {
  it('a late signature date spaced with U+3000 is read, and found late', async () => {
    const late = edit((t) => (t === `${YEAR + 1}年1月18日` ? `${YEAR + 1}年\u30003月\u300020日` : t));
    expect(await rules(late)).toContain('publication-date');
    expect(await rules(REPORT)).not.toContain('publication-date');
  });

  it('a count spaced with U+3000 in the overview is read against table 三', async () => {
    const said = edit((t) => t.replace(`申请${NEW_TOTAL}件`, `申请\u3000${NEW_TOTAL + 100}\u3000件`));
    expect(await rules(said)).toContain('narrative-consistency');
  });

  for (const space of ['\u3000', '\u00a0']) {
    it(`the notices issued spaced with U+${space.charCodeAt(0).toString(16).toUpperCase()} are read: no fee warning`, async () => {
      const fee = edit((t) => t.replace(`收费通知${FEE_NOTICES}件`, `收费通知${space}${FEE_NOTICES}${space}件`));
      expect(await rules(fee)).not.toContain('fee-statement');
    });
  }
});
