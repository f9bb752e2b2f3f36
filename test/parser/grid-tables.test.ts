/**
 * Grid tables drawn with characters: pandoc's `+---+` Markdown grid tables (its default for a table with merged or
 * multi-line cells), reStructuredText's, and a terminal browser's box drawing (w3m -dump), in .md and in .txt.
 * Narrow columns wrap the labels over several lines of a cell; a CJK character is two columns wide. Values are
 * distinct and non-zero (support/report.ts), so a value taken by the wrong cell shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import displayWidth from 'string-width';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { readGrid } from '../../src/parser/adapters/grid-table.js';
import { sourceLines } from '../../src/parser/adapters/source-lines.js';
import { consistentApplications, withCell, writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const REVIEW = [2, 1, 3, 4, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45];

interface Style {
  /** Widest a label column may be, in display columns (numbers are never wrapped). */
  width: number;
  box?: boolean;
  /** `+===+` under the first row (pandoc's Markdown grid tables). */
  header?: boolean;
  /** Every character counted one column wide, as pandoc 2's reStructuredText writer counts some CJK text. */
  narrow?: boolean;
  /**
   * w3m's ASCII drawing (`w3m -dump -no-graph`): a `+` only where four strokes cross, so an inner rule ends in `|`
   * (`|----+----|`) and the top and bottom borders have no joints.
   */
  w3mAscii?: boolean;
}

/** The text's GFM tables drawn as grid tables of the given style. */
function gridded(markdown: string, style: Style): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length) out.push(...drawGrid(rows, style));
    rows = [];
  };
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      flush();
      out.push(line);
    } else if (!/^\|(?:\s*-+\s*\|)+$/.test(line))
      rows.push(
        line
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim()),
      );
  }
  flush();
  return out.join('\n');
}

function drawGrid(rows: string[][], style: Style): string[] {
  const stringWidth = style.narrow ? (t: string) => [...t].length : displayWidth;
  const wrap = (text: string, width: number): string[] => {
    const out = [''];
    for (const ch of text) {
      if (stringWidth(out[out.length - 1]! + ch) > width) out.push('');
      out[out.length - 1] += ch;
    }
    return out;
  };
  const pad = (text: string, width: number): string => text + ' '.repeat(width - stringWidth(text));
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) =>
    Math.max(
      2,
      ...rows.map((r) => r[c] ?? '').map((t) => (/^[\d.]+$/.test(t) ? stringWidth(t) : Math.min(style.width, stringWidth(t)))),
    ),
  );
  const [h, v, l, m, r] = style.box ? ['─', '│', '├', '┼', '┤'] : ['-', '|', '+', '+', '+'];
  const border = (fill: string, left = l, mid = m, right = r): string =>
    left + widths.map((w) => fill.repeat(w + 2)).join(mid) + right;
  const outer = (): string => (style.w3mAscii ? border(h, '+', '-', '+') : border(h));
  const inner = (fill: string): string => (style.w3mAscii ? border(fill, '|', '+', '|') : border(fill));
  const lines = [style.box ? border(h, '┌', '┬', '┐') : outer()];
  rows.forEach((row, i) => {
    const wrapped = widths.map((w, c) => wrap(row[c] ?? '', w));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) lines.push(v + wrapped.map((w, c) => ` ${pad(w[k] ?? '', widths[c]!)} `).join(v) + v);
    const last = i === rows.length - 1;
    if (last && style.box) lines.push(border(h, '└', '┴', '┘'));
    else if (last) lines.push(outer());
    else lines.push(inner(i === 0 && style.header ? '=' : h));
  });
  return lines;
}

const STYLES: ReadonlyArray<[string, Style]> = [
  ['pandoc grid, narrow', { width: 8, header: true }],
  ['reStructuredText grid, wider', { width: 20 }],
  ['w3m box drawing', { width: 10, box: true }],
  ['w3m ASCII drawing (-no-graph)', { width: 10, w3mAscii: true }],
];

async function tablesOf(text: string, format: 'markdown' | 'text') {
  return extractReport(await parseReport(text, { format })).tables;
}

/** Each cell of a grid as [row, col, rowSpan, colSpan, its text]. */
function cellsOf(grid: NonNullable<ReturnType<typeof readGrid>>, text: string): Array<[number, number, number, number, string]> {
  return grid.cells.map((c) => [
    c.row,
    c.col,
    c.rowSpan,
    c.colSpan,
    c.pieces.map((p) => text.slice(p.start, p.end).trim()).join(''),
  ]);
}

describe('grid tables', () => {
  const reference = writeReport({ review: REVIEW }, 'markdown').text;

  for (const [name, style] of STYLES)
    for (const format of ['markdown', 'text'] as const)
      it(`${name} in ${format}: tables 二, 三 and 四 read as from the GFM tables, and nothing reported`, async () => {
        const text = gridded(reference, style);
        // No GFM table is left (w3m's ASCII rules start `|-` but hold a `+`, which no GFM delimiter row does).
        expect(text).not.toMatch(/^\|.*\|$\n^\|[\s|:-]*-[\s|:-]*$/m);
        // The labels are wrapped over lines of their cells.
        expect(text).toMatch(/一、本年/);
        expect(text).not.toMatch(/一、本年新收政府信息公开申请数量/);
        const expected = await tablesOf(reference, 'markdown');
        expect(expected.applications).not.toBeNull();
        expect(await tablesOf(text, format)).toEqual(expected);
        const result = await lint(text, { format, now: NOW });
        expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
      });

  it('a wrong figure in a grid table is found where the GFM table shows it', async () => {
    const wrong = writeReport(
      { applications: withCell(consistentApplications(), 'granted', 0, 999), review: REVIEW },
      'markdown',
    );
    const findings = async (text: string, format: 'markdown' | 'text') =>
      (await lint(text, { format, now: NOW })).messages.map((m) => `${m.ruleId}/${m.messageId}`).sort();
    const expected = await findings(wrong.text, 'markdown');
    expect(expected.some((f) => f.startsWith('application-totals/'))).toBe(true);
    expect(await findings(gridded(wrong.text, { width: 8, header: true }), 'text')).toEqual(expected);
  });
});

describe('readGrid', () => {
  it('finds a cell spanning rows and one spanning columns by their borders, CJK characters two columns wide', () => {
    const text = ['+----+---------+', '| 甲 | 乙丙    |', '|    +----+----+', '|    | 1  | 2  |', '+----+----+----+'].join('\n');
    const grid = readGrid(sourceLines(text));
    expect(grid).not.toBeNull();
    expect(cellsOf(grid!, text)).toEqual([
      [0, 0, 2, 1, '甲'],
      [0, 1, 1, 2, '乙丙'],
      [1, 1, 1, 1, '1'],
      [1, 2, 1, 1, '2'],
    ]);
  });

  it("finds the same cells in w3m's ASCII drawing, whose rules end in | and whose outer borders have no joints", () => {
    const text = ['+--------------+', '| 甲 | 乙丙    |', '|    |---------|', '|    | 1  | 2  |', '+--------------+'].join('\n');
    const grid = readGrid(sourceLines(text));
    expect(grid).not.toBeNull();
    expect([grid!.rows, grid!.cols]).toEqual([2, 3]);
    expect(cellsOf(grid!, text)).toEqual([
      [0, 0, 2, 1, '甲'],
      [0, 1, 1, 2, '乙丙'],
      [1, 1, 1, 1, '1'],
      [1, 2, 1, 1, '2'],
    ]);
  });

  it('a block of corners is no grid of empty cells: a cell has a text line and a column inside', () => {
    for (const size of [3, 5, 40])
      expect(readGrid(sourceLines(Array.from({ length: size }, () => '+'.repeat(size)).join('\n')))).toBeNull();
  });

  it('a grid of more cells than any report table (over 5,000) is left to the line readers', () => {
    const grid = (rows: number, cols: number): string =>
      [
        `+${'--+'.repeat(cols)}`,
        ...Array.from({ length: rows }, (_, r) => `|${`${(r % 9) + 1} |`.repeat(cols)}\n+${'--+'.repeat(cols)}`),
      ].join('\n');
    const read = readGrid(sourceLines(grid(125, 40)));
    expect([read?.rows, read?.cols, read?.cells.length]).toEqual([125, 40, 5000]);
    expect(readGrid(sourceLines(grid(126, 40)))).toBeNull();
  });

  it('a stroke out of line with the borders (a CJK character counted one column wide) is no grid', () => {
    const text = ['+----+---+', '| 甲 | 乙 |', '+----+---+'].join('\n');
    expect(readGrid(sourceLines(text))).toBeNull();
  });
});

describe("w3m's ASCII drawing of a report (w3m -dump -no-graph -cols 120, test/fixtures/text/w3m-no-graph.txt)", () => {
  // The fixture is test/fixtures/pdf/report.html with border="1" on its tables, dumped by w3m 0.5.3. Its inner
  // rules end in | (|------+------|): read as one cell spanning the rules, each table was unreadable.
  it('reads tables 二, 三 and 四 as the web page itself is read, and reports nothing', async () => {
    const fixtures = new URL('../fixtures/', import.meta.url);
    const text = readFileSync(new URL('text/w3m-no-graph.txt', fixtures), 'utf8');
    expect(text).toMatch(/^\|-+\+-+/m);
    const page = extractReport(await parseReport(readFileSync(new URL('pdf/report.html', fixtures), 'utf8'), { format: 'html' }));
    expect(page.tables.applications?.new?.total).toBe(59625);
    expect(await tablesOf(text, 'text')).toEqual(page.tables);
    const result = await lint(text, { format: 'text', now: new Date('2025-01-20T00:00:00Z') });
    expect(result.messages.map((m) => `${m.line}:${m.ruleId}/${m.messageId}`)).toEqual([]);
  });
});

describe('a grid whose strokes stand out of line with its borders (pandoc 2 reStructuredText)', () => {
  it('is read by its rows, cells split at the strokes: the same tables, nothing reported', async () => {
    const reference = writeReport({ review: REVIEW }, 'markdown').text;
    const text = gridded(reference, { width: 4, narrow: true });
    expect(readGrid(sourceLines(text.slice(text.indexOf('+'))).slice(0, 5))).toBeNull();
    expect(await tablesOf(text, 'text')).toEqual(await tablesOf(reference, 'markdown'));
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
  });
});
