/**
 * A tab-separated text report printed by Chromium (`chromium --headless --print-to-pdf` of a .txt: one <pre>, TAB
 * stops every eight characters) whose rows run past the page's width and go on at the left margin (red team rtAE,
 * cause 1). test/fixtures/pdf/wrapped-text-rows.pdf is wrapped-text-rows.txt beside it, so printed: table 三's
 * （二）部分公开 row wraps after five values (19 129 on the next line), （四）无法提供1. after all six (its total 143
 * alone below), table 四's fifteen values after twelve (18 25 64). Read by position, the continuation's numbers were
 * put among the first line's by x (review 11 18 3 25 21 …, three false review-litigation-totals) or before the
 * row's label, with a blank guessed under 自然人 (false application-totals). Read in order, every value is the one
 * written and no totals error is said. wrapped-text-bottom.pdf is the same text with 40 blank lines after its title:
 * （四）无法提供1.'s total 143 stands alone in the page's bottom tenth, where it was dropped as a page number before
 * its row was put together (a blank guessed under 自然人, every value one column off). wrapped-text-page.pdf, with 44
 * blank lines, breaks the page inside （二）部分公开's row: its 19 129 open page 2 (read apart, two blanks guessed before
 * its first line's five values).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { lintParsed } from '../../src/engine/lint.js';

const NOW = new Date('2023-03-01T00:00:00Z');

describe.each(['wrapped-text-rows.pdf', 'wrapped-text-bottom.pdf', 'wrapped-text-page.pdf'])(
  'pdf: a text printed by Chromium, its rows wrapped by the page (%s)',
  (NAME) => {
    const bytes = (): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${NAME}`, import.meta.url)));

    it('reads the continuation after the first line, in order', async () => {
      const tables = extractReport(await parseReport(bytes(), { format: 'pdf', filePath: NAME })).tables;
      expect(tables.review).toEqual({
        review: { upheld: 11, corrected: 3, other: 21, pending: 13, total: 48 },
        litigation: { upheld: 2, corrected: 22, other: 9, pending: 6, total: 39 },
        litigationAfterReview: { upheld: 17, corrected: 4, other: 18, pending: 25, total: 64 },
      });
      const apps = tables.applications as Record<string, Record<string, number | null>>;
      expect(apps['partial']).toEqual({
        natural: 23,
        business: 18,
        research: 41,
        nonprofit: 26,
        legal: 2,
        other: 19,
        total: 129,
      });
      expect(apps['unavailable.1']).toEqual({
        natural: 36,
        business: 14,
        research: 37,
        nonprofit: 5,
        legal: 7,
        other: 44,
        total: 143,
      });
      expect(apps['new']).toEqual({
        natural: 405,
        business: 457,
        research: 477,
        nonprofit: 422,
        legal: 391,
        other: 333,
        total: 2485,
      });
    });

    it('says no totals error and no blank cell', async () => {
      const parsed = await parseReport(bytes(), { format: 'pdf', filePath: NAME });
      const { messages } = await lintParsed(NAME, parsed, { now: NOW });
      const ids = messages.map((m) => m.ruleId);
      for (const id of ['application-totals', 'review-litigation-totals', 'numeric-cells', 'unreadable-content'])
        expect(ids).not.toContain(id);
    });
  },
);
