/**
 * Reports from the layout fuzzer's model (test/fuzz/, docs/fuzzing.md), then truncated, shuffled, thinned,
 * duplicated and salted with junk: every one must still end in findings or a fatal message (in bounded
 * time under `npm run test:slow`, bounded.ts). The unmangled ones pin the model down: clean reports pass,
 * each defect is caught by its rule.
 */
import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { FILE, renderText, type TextLayoutId } from '../fuzz/layouts.js';
import { DEFECT_FINDING, drawModel, makeModel, type Defect } from '../fuzz/model.js';
import { HANG_GUARD_MS, lintAndCheck, lintWithin } from './bounded.js';

jest.setTimeout(HANG_GUARD_MS);

const BOUND_MS = 5000;
/** Markdown with GFM tables, with tab-separated tables, and text with one cell per line. */
const LAYOUTS: readonly TextLayoutId[] = ['md-gfm', 'md-tabs', 'text-cells'];
const fileFor = (layout: TextLayoutId): string => FILE[layout];

const report = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  layout: fc.constantFrom(...LAYOUTS),
});
const reportText = report.map(({ seed, layout }) => ({ layout, text: renderText(drawModel(seed, { defectRate: 0.3 }), layout) }));

describe('generated reports', () => {
  it.each(LAYOUTS)('clean %s reports have no findings', async (layout) => {
    for (const seed of [11, 12, 13, 14]) {
      const { result } = await lintWithin(renderText(makeModel(seed, [], null), layout), fileFor(layout), BOUND_MS);
      expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual([]);
    }
  });

  const expected: Defect[] = [
    'defect.wrongTotal',
    'defect.missingSection',
    'defect.partialPeriod',
    'defect.negativeCell',
    'defect.reviewTotal',
  ];
  it.each(expected)('a report with %s gets an error from its rule', async (defect) => {
    const { rule } = DEFECT_FINDING[defect];
    for (const layout of LAYOUTS) {
      const { result } = await lintWithin(renderText(makeModel(3, [], defect), layout), fileFor(layout), BOUND_MS);
      expect(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toContain(rule);
    }
  });
});

describe('mangled reports', () => {
  it('truncated at any point', async () => {
    await fc.assert(
      fc.asyncProperty(reportText, fc.double({ min: 0, max: 1, noNaN: true }), async ({ layout, text }, at) => {
        await lintAndCheck(text.slice(0, Math.floor(text.length * at)), fileFor(layout), BOUND_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('lines shuffled', async () => {
    await fc.assert(
      fc.asyncProperty(reportText, fc.integer(), async ({ layout, text }, salt) => {
        const lines = text.split('\n');
        // A seeded Fisher–Yates shuffle: fast-check shrinks the salt, not a 300-line permutation.
        let s = salt >>> 0;
        for (let i = lines.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const j = s % (i + 1);
          [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
        }
        await lintAndCheck(lines.join('\n'), fileFor(layout), BOUND_MS);
      }),
      { numRuns: 40 },
    );
  });

  it('lines dropped, duplicated, or replaced with junk; numbers replaced', async () => {
    const edit = fc.record({
      line: fc.nat(),
      kind: fc.constantFrom('drop', 'duplicate', 'junk', 'number'),
      junk: fc.constantFrom(
        '',
        '\t\t\t',
        '|||',
        '一、',
        '（三）不予公开',
        '-1',
        '１２３',
        '1,2,3',
        '—',
        'abc',
        '<td>',
        '## 六、其他需要报告的事项',
      ),
    });
    await fc.assert(
      fc.asyncProperty(reportText, fc.array(edit, { maxLength: 30 }), async ({ layout, text }, edits) => {
        const lines = text.split('\n');
        for (const e of edits) {
          const i = e.line % Math.max(lines.length, 1);
          if (e.kind === 'drop') lines.splice(i, 1);
          else if (e.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
          else if (e.kind === 'junk') lines[i] = e.junk;
          else lines[i] = (lines[i] ?? '').replace(/\d+/g, e.junk);
        }
        await lintAndCheck(lines.join('\n'), fileFor(layout), BOUND_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('whole sections repeated and tables doubled', async () => {
    await fc.assert(
      fc.asyncProperty(reportText, fc.integer({ min: 2, max: 12 }), async ({ layout, text }, times) => {
        await lintAndCheck(text.repeat(times), fileFor(layout), BOUND_MS);
      }),
      { numRuns: 15 },
    );
  });
});
