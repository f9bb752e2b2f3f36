/**
 * A table row broken by a page in a PDF an office suite exported (Word and LibreOffice let a row run over a page by
 * default; red team rtAC cause 1): a number wrapped in its narrow cell shows its first line at the foot of one page
 * and its rest at the top of the next, in a grid row of its own. Read as two rows, the first digits were the row's
 * value (1 for 113, 38 for 383: false totals errors) and table 四's one data row, split, a second table 四.
 * The fixtures are LibreOffice 7.4's PDFs of rtAC's repros (lo-row-split*.pdf): 01c-rowsplit-plain,
 * 01-rowsplit-fullwidth, 06-rowsplit-table4-dup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { joinCutRows } from '../../src/parser/adapters/pdf-cut-rows.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';
import { spillAcrossPages } from '../../src/parser/adapters/pdf-wrapped-rows.js';
import type { Cell, VisualLine } from '../../src/parser/adapters/pdf-lines.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
const ruleIds = async (name: string): Promise<Array<string | null>> =>
  (await lint(fixture(name), { format: 'pdf', filePath: name, now: NOW })).messages.map((m) => m.ruleId);

/** Table 三's columns as LibreOffice's grid draws them: the label, six values and 总计. */
const COLUMNS: Array<[number, number]> = [
  [135, 245],
  [245, 266],
  [266, 287],
  [287, 308],
  [308, 329],
  [329, 350],
  [350, 371],
  [371, 392],
];
const row = (page: number, y: number, texts: Array<string | undefined>): VisualLine => ({
  page,
  y,
  size: 9,
  ruled: true,
  cells: texts.flatMap((text, k): Cell[] => (text === undefined ? [] : [{ x0: COLUMNS[k]![0], x1: COLUMNS[k]![1], y, text }])),
});
const texts = (lines: readonly VisualLine[]): string[] => lines.map((l) => l.cells.map((c) => c.text).join('|'));

describe('joinCutRows: the rest of a grid row at the top of the next page', () => {
  const cut = row(1, 755, ['4.保护第三方合法权', '80', '27', '64', '88', '69', '55', '38']);
  const next = row(2, 120, ['5.属于三类内部事务信息', '41', '60', '75', '59', '47', '39', '321']);

  it('joins a number and a label cut by the page onto their cells', () => {
    const rest = row(2, 81, ['益', undefined, undefined, undefined, undefined, undefined, undefined, '3']);
    expect(texts(joinCutRows([cut, rest, next]))).toEqual([
      '4.保护第三方合法权益|80|27|64|88|69|55|383',
      '5.属于三类内部事务信息|41|60|75|59|47|39|321',
    ]);
  });

  it('passes over the header rows repeated at the top of the page, which stay', () => {
    const header = row(1, 700, ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const again = { ...header, page: 2, y: 81, cells: header.cells.map((c) => ({ ...c, y: 81 })) };
    const rest = row(2, 95, [undefined, '7', undefined, undefined, undefined, undefined, undefined, '3']);
    expect(texts(joinCutRows([header, cut, again, rest, next]))).toEqual([
      '自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计',
      '4.保护第三方合法权|807|27|64|88|69|55|383',
      '自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计',
      '5.属于三类内部事务信息|41|60|75|59|47|39|321',
    ]);
  });

  it('a new row stays a row: its label opens with an ordinal, or it holds every cell of the row above', () => {
    const withOrdinal = row(2, 81, ['5.属于三类内部事务信息', '41', undefined, '75', '59', '47', '39', '321']);
    expect(texts(joinCutRows([cut, withOrdinal]))).toEqual([texts([cut])[0], texts([withOrdinal])[0]]);
    const whole = row(2, 81, ['属于三类内部事务信息', '41', '60', '75', '59', '47', '39', '321']);
    expect(texts(joinCutRows([cut, whole]))).toEqual([texts([cut])[0], texts([whole])[0]]);
  });

  it("a row every cell of which ran over is joined when its label ends the row's label, and only then", () => {
    const tall = row(1, 755, ['3.危及“三安全', '7', '8', '9', '3', '7', '6', '4']);
    const rest = row(2, 251, ['一稳定”', '68', '15', '54', '9', '95', '97', ',068']);
    expect(texts(joinCutRows([tall, rest]))).toEqual(['3.危及“三安全一稳定”|768|815|954|39|795|697|4,068']);
    // A group label spanning the row ends with it: （六）其他 ⏎ 处理.
    const grouped = {
      ...row(1, 764, []),
      cells: [
        { x0: 60, x1: 135, y: 764, text: '（六）其他' },
        ...row(1, 764, ['1.申请人无正当理由逾', '3', '6', '6', '3', '3', '1', '1']).cells,
      ],
    };
    const groupedRest = {
      ...row(2, 212, []),
      cells: [
        { x0: 60, x1: 135, y: 212, text: '处理' },
        ...row(2, 212, ['期不补正、行政机关不再处理其政府信息公开申请', '17', '8', '1', '45', '31', '52', '274']).cells,
      ],
    };
    expect(texts(joinCutRows([grouped, groupedRest]))).toEqual([
      '（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|317|68|61|345|331|152|1274',
    ]);
    // A whole label above, or a rest that makes no row's label with it: two rows.
    const whole = row(1, 755, ['3.危及“三安全一稳定”', '768', '815', '954', '39', '795', '697', '4,068']);
    const own = row(2, 251, ['属于三类内部事务信息', '41', '60', '75', '59', '47', '39', '321']);
    expect(joinCutRows([whole, own])).toHaveLength(2);
    expect(joinCutRows([tall, own])).toHaveLength(2);
  });

  it('joins the rest of a label spanning the cut row and rows above it (三、本年度办理 ⏎ 结果), when it ends that label', () => {
    // rtAC b3 r124: （二）部分公开's figures 724 526 … printed 72 52 … at the foot of page 2, 4 6 … atop page 3, the
    // results label's last characters beside them: read 72 for 724 as certain (false totals errors).
    const group = (page: number, y: number, text: string): Cell => ({ x0: 60, x1: 90, y, text });
    const granted = row(2, 413.8, ['（一）予以公开', '773', '409', '175', '109', '466', '922', '2,854']);
    granted.cells.unshift(group(2, 413.8, '三、本年度办理'));
    const partial = row(2, 484.3, ['（二）部分公开（区分处理的，只计这一情形，不计其', '72', '52', '62', '67', '95', '73', '4,']);
    const rest = row(3, 83.7, ['他情形）', '4', '6', '0', '9', '6', '2', '237']);
    rest.cells.unshift(group(3, 83.7, '结果'));
    expect(texts(joinCutRows([granted, partial, rest]))).toEqual([
      '三、本年度办理结果|（一）予以公开|773|409|175|109|466|922|2,854',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）|724|526|620|679|956|732|4,237',
    ]);
    // Words that end no label there (a new group's label) join nothing.
    const other = row(3, 83.7, ['他情形）', '4', '6', '0', '9', '6', '2', '237']);
    other.cells.unshift(group(3, 83.7, '（三）不予公开'));
    expect(joinCutRows([granted, partial, other])).toHaveLength(3);
  });

  it('joins nothing where a cell stands under no cell of the row, or digits stand under words', () => {
    const shifted = { ...row(2, 81, []), cells: [{ x0: 240, x1: 270, y: 81, text: '3' }] };
    expect(texts(joinCutRows([cut, shifted]))).toEqual([texts([cut])[0], '3']);
    const header = row(1, 755, ['信息内容', '本年处理决定数量']);
    const values = row(2, 81, [undefined, '120']);
    expect(texts(joinCutRows([header, values]))).toEqual(['信息内容|本年处理决定数量', '120']);
  });
});

describe('pdf: LibreOffice rows broken by a page read whole', () => {
  it('383 printed 38 ⏎ 3 over two pages: the rest, a lone 3 at the page top, is no page number', async () => {
    const parsed = await parseReport(fixture('lo-row-split.pdf'), { format: 'pdf', filePath: 'lo-row-split.pdf' });
    expect(getCell(findTable(parsed.report, 'applications')!, 'denied.4', 'total')?.value).toBe(383);
    // The report's own defect (no fee statement) is all that is said.
    expect(await ruleIds('lo-row-split.pdf')).toEqual(['fee-statement']);
  });

  it("full-width 113 printed １ ⏎ １３, the label's last character with it", async () => {
    const parsed = await parseReport(fixture('lo-row-split-fullwidth.pdf'), { format: 'pdf', filePath: 'fw.pdf' });
    const table = findTable(parsed.report, 'applications')!;
    expect(getCell(table, 'denied.4', 'total')?.value).toBe(113);
    expect(getCell(table, 'denied.4', 'business')?.value).toBe(1);
    expect(await ruleIds('lo-row-split-fullwidth.pdf')).toEqual([]);
  });

  it("table 四's one data row split under its repeated header is one row, not a second table", async () => {
    const parsed = await parseReport(fixture('lo-row-split-table4.pdf'), { format: 'pdf', filePath: 't4.pdf' });
    const review = findTable(parsed.report, 'review')!;
    const read = ['review', 'litigation', 'litigationAfterReview'].map((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => getCell(review, g, c)?.value),
    );
    expect(read).toEqual([
      [15, 11, 9, 15, 50],
      [14, 11, 17, 17, 59],
      [5, 8, 11, 20, 44],
    ]);
    expect(await ruleIds('lo-row-split-table4.pdf')).toEqual([]);
  });
});

describe('a grid row cut at a page foot whose rest stands in no grid atop the next page', () => {
  // rtAC b1 r030: 四、结转下年度继续办理's 总计 26 printed 2 at the foot of page 2 and 6 alone atop page 3, where the
  // row's borders made no grid; the 6 read as a page number and was dropped: 2 read for 26 (a false totals error).
  const last = row(2, 763.8, ['四、结转下年度继续办理', '2', '7', '2', '3', '3', '9', '2']);
  const footer: VisualLine = { page: 2, y: 802.1, size: 16, cells: [{ x0: 245, x1: 350, y: 802.1, text: '第 2 页 共 3 页' }] };
  const rest = (page: number): VisualLine => ({ page, y: 82.3, size: 9, cells: [{ x0: 378, x1: 385, y: 82.3, text: '6' }] });
  const heading = (page: number): VisualLine => ({
    page,
    y: 118.9,
    size: 16,
    cells: [{ x0: 65, x1: 369, y: 118.9, text: '四、政府信息公开行政复议、行政诉讼情况' }],
  });
  const pageOf = (page: number, lines: VisualLine[]) => ({ page, width: 595, height: 842, lines });
  const rowText = (text: string): string | undefined => text.split('\n').find((l) => l.startsWith('四、结转'));

  it('keeps the lone number and gives it to the row, which then has too many values to be read', () => {
    const { text } = layoutText([pageOf(2, [last, footer]), pageOf(3, [rest(3), heading(3)])]);
    expect(rowText(text)).toBe('四、结转下年度继续办理\t2\t7\t2\t3\t3\t9\t2\t6');
  });

  it('drops it as a page number when other pages have their number at its height', () => {
    const { text } = layoutText([
      pageOf(1, [rest(1), heading(1)]),
      pageOf(2, [{ ...rest(2), cells: [{ ...rest(2).cells[0]!, text: '5' }] }, last, footer]),
      pageOf(3, [rest(3), heading(3)]),
    ]);
    expect(rowText(text)).toBe('四、结转下年度继续办理\t2\t7\t2\t3\t3\t9\t2');
  });

  it("gives the row a rest with a number in every cell when its words end the row's label, and only then", () => {
    // rtAC b3 r123: 四、结转下年度继续办 ⏎ 理 with 385 288 … printed 3 2 … at the foot of page 5, 8 8 … atop page 6: each
    // rest beside its cell's first digits, too many values for the row to be read.
    const cut = row(5, 764.6, ['四、结转下年度继续办', '3', '2', '1', '2', '1', '1', '1']);
    const top = (label: string): VisualLine => ({
      ...row(6, 87.4, [label, '8', '8', '7', '1', '7', '3', '2']),
      ruled: undefined,
      cells: row(6, 87.4, [label, '8', '8', '7', '1', '7', '3', '2']).cells.map((c, k) =>
        k === 0 ? { ...c, x0: 144, x1: 160 } : c,
      ),
    });
    const ended = [[{ ...cut, cells: cut.cells.map((c) => ({ ...c })) }], [top('理')]];
    spillAcrossPages(ended);
    expect(texts(ended[0]!)).toEqual(['四、结转下年度继续办|3|8|2|8|1|7|2|1|1|7|1|3|1|2']);
    // 其他 does not end the label: a row of its own, left as it is.
    const other = [[{ ...cut, cells: cut.cells.map((c) => ({ ...c })) }], [top('其他')]];
    spillAcrossPages(other);
    expect(texts(other[0]!)).toEqual(['四、结转下年度继续办|3|2|1|2|1|1|1']);
  });

  it('says the row unread in the fixture (LibreOffice 7.4), and no false totals error', async () => {
    const parsed = await parseReport(fixture('lo-row-split-no-grid.pdf'), { format: 'pdf', filePath: 'r030.pdf' });
    const table = findTable(parsed.report, 'applications')!;
    expect(table.unreadableRows.map((r) => r.key)).toEqual(['carryForward']);
    expect(getCell(table, 'handled', 'total')?.value).toBe(630);
    expect(await ruleIds('lo-row-split-no-grid.pdf')).toEqual(['unreadable-content']);
  });
});
