import { readFileSync } from 'node:fs';
import type { Heading, Paragraph, Root, Table, TableCell, Text } from 'mdast';
import { readHtml, sniffHtmlCharset } from '../../src/parser/adapters/html.js';
import { decode } from '../../src/parser/decode.js';
import { parseReport } from '../../src/parser/index.js';
import { APPLICATIONS, REPORT } from '../helpers/html-docx-report.js';
import { toHtmlPage } from '../helpers/html-docx-render.js';

const cellText = (cell: TableCell | undefined): Text => cell?.children[0] as Text;
const grid = (table: Table): string[][] => table.children.map((row) => row.children.map((c) => cellText(c).value));
const spanned = (cell: TableCell | undefined): boolean =>
  cell?.data !== undefined && 'spanned' in cell.data && cell.data.spanned === true;
const tables = (tree: Root): Table[] => tree.children.filter((n): n is Table => n.type === 'table');
/** Text of a heading or paragraph, and whether it was bold only. */
function blockText(node: Root['children'][number]): { text: string; bold: boolean } {
  const first = (node as Paragraph | Heading).children[0];
  if (first?.type === 'strong') return { text: (first.children[0] as Text).value, bold: true };
  return { text: (first as Text).value, bold: false };
}

describe('html adapter on a Word-exported page inside site chrome', () => {
  const source = toHtmlPage();
  const out = readHtml(source);
  const blocks = out.tree.children;

  it('keeps the report and nothing of the navigation, sidebar, metadata table, scripts or footer', () => {
    const texts = blocks.filter((b) => b.type !== 'table').map((b) => blockText(b).text);
    const expected = REPORT.filter((b) => b.kind !== 'table').map((b) => ('text' in b ? b.text : ''));
    expect(texts).toEqual(expected);
    expect(tables(out.tree)).toHaveLength(3);
    expect(out.text).toBe(source);
    expect(out.linesFromSource).toBe(false);
  });

  it('puts the page title (outside the content element) first as a heading, and keeps bold-only lines strong', () => {
    expect(blocks[0]?.type).toBe('heading');
    expect((blocks[0] as Heading).depth).toBe(1);
    const overview = blocks.find((b) => blockText(b).text === '一、总体情况');
    expect(overview?.type).toBe('paragraph');
    expect(blockText(overview!).bold).toBe(true);
    expect(blockText(blocks[1]!).bold).toBe(false);
  });

  it('joins a statement cut into one span per few characters, even inside numbers', () => {
    expect(blockText(blocks[1]!).text).toContain('统计期限为2024年1月1日至2024年12月31日。');
  });

  it('expands colspan and rowspan into rectangular grids and marks the copies', () => {
    const [active, applications, review] = tables(out.tree);
    for (const t of [active!, applications!, review!]) {
      expect(t.data).toEqual({ layout: 'grid' });
      expect(new Set(t.children.map((r) => r.children.length)).size).toBe(1);
    }
    expect([active, applications, review].map((t) => [t!.children.length, t!.children[0]!.children.length])).toEqual([
      [14, 4],
      [28, 10],
      [4, 15],
    ]);
    const rows = applications!.children;
    // 三、本年度办理结果 spans 22 rows: the 21 outcomes and （七）总计.
    for (let r = 5; r <= 26; r++) {
      expect(cellText(rows[r]!.children[0]).value).toBe('三、本年度办理结果');
      expect(spanned(rows[r]!.children[0])).toBe(r !== 5);
    }
    expect(cellText(rows[27]!.children[0]).value).toBe('四、结转下年度继续办理');
    expect(grid(applications!)[26]).toEqual([
      '三、本年度办理结果',
      '（七）总计',
      '（七）总计',
      '231',
      '693',
      '1155',
      '1617',
      '2079',
      '2541',
      '8316',
    ]);
    expect(grid(applications!)[2]!.slice(3)).toEqual([
      '自然人',
      '商业\n企业',
      '科研\n机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(grid(applications!)[7]!.slice(0, 3)).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(spanned(rows[8]!.children[1])).toBe(true);
    expect(grid(review!)[2]!.slice(0, 5)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(spanned(review!.children[2]!.children[0])).toBe(true);
    expect(grid(review!)[3]).toEqual(['2', '3', '4', '5', '14', '6', '7', '8', '9', '30', '10', '11', '12', '13', '46']);
  });

  it('positions each cell at its text in the page', () => {
    const applications = tables(out.tree)[1]!;
    const handledNatural = cellText(applications.children[26]!.children[3]);
    expect(String(APPLICATIONS['handled']?.['natural'])).toBe('231');
    const { start, end } = handledNatural.position!;
    expect(source.slice(start.offset, end.offset).replace(/<[^>]*>/g, '')).toBe('231');
    const line = source.split('\n')[start.line - 1]!;
    expect(line.slice(start.column - 1, start.column)).toBe('2');
    // In its own row: after the row's label, before the next row's label.
    expect(start.offset).toBeGreaterThan(cellText(applications.children[26]!.children[1]).position!.end.offset!);
    expect(end.offset).toBeLessThan(cellText(applications.children[27]!.children[0]).position!.start.offset!);
    // A copy made by a span points at its origin's text.
    const copy = applications.children[26]!.children[2]!;
    expect(copy.position).toEqual(applications.children[26]!.children[1]!.position);
  });
});

describe('html adapter details', () => {
  it('reads &nbsp; cells as blank, positioned at the cell, and trims blanks around values', () => {
    const src = '<table>\n<tr><td>&nbsp;</td><td>  12 &nbsp;</td><td><br></td></tr>\n</table>';
    const [t] = tables(readHtml(src).tree);
    expect(grid(t!)).toEqual([['', '12', '']]);
    const blank = cellText(t!.children[0]!.children[0]).position!;
    expect(blank.start).toEqual({ line: 2, column: 5, offset: src.indexOf('<td>') });
    const value = cellText(t!.children[0]!.children[1]).position!;
    expect(value.start).toEqual({ line: 2, column: 26, offset: src.indexOf('12') });
    expect(value.end.offset).toBe(src.indexOf('12') + 2);
  });

  it('turns <br> and blocks inside a cell or paragraph into line breaks, and joins CJK across source line breaks', () => {
    const src =
      '<div><p>第一行<br>第二行</p><table><tr><td><p>结果</p><p>纠正</p></td><td>尚未<br/>审结</td></tr></table>' +
      '<p><span>三</span><span>、本</span>\n<span>年度办理结果</span> <span>2024</span>\n<span>年</span></p></div>';
    const tree = readHtml(src).tree;
    expect(blockText(tree.children[0]!).text).toBe('第一行\n第二行');
    expect(grid(tables(tree)[0]!)).toEqual([['结果\n纠正', '尚未\n审结']]);
    expect(blockText(tree.children[2]!).text).toBe('三、本年度办理结果 2024 年');
  });

  it('reads the text of Word <o:p> elements and drops empty ones, hidden text and scripts', () => {
    const src =
      '<body><p><span>沭阳县<o:p></o:p></span></p><p><o:p>&nbsp;</o:p></p><p><o:p>  2024年1月17日</o:p></p>' +
      '<p style="display:none">隐藏</p><script>var a = "一、总体情况";</script></body>';
    const texts = readHtml(src).tree.children.map((b) => blockText(b).text);
    expect(texts).toEqual(['沭阳县', '2024年1月17日']);
  });

  it('keeps h1–h6 as headings with their depth', () => {
    const tree = readHtml('<h2>一、<span>总体</span>情况</h2><h4><b>（一）</b>主动公开</h4>').tree;
    expect(tree.children.map((h) => [(h as Heading).depth, blockText(h).text])).toEqual([
      [2, '一、总体情况'],
      [4, '（一）主动公开'],
    ]);
  });

  it('clips rowspans at the last row and reads rowspan="0" as the rest of the table', () => {
    const src =
      '<table><tr><td rowspan="9">甲</td><td>1</td><td>2</td><td>3</td></tr><tr><td>4</td><td colspan="2">5</td></tr>' +
      '<tr><td rowspan="0">乙</td><td colspan="2">6</td></tr><tr><td>7</td><td>8</td></tr></table>';
    const t = tables(readHtml(src).tree)[0]!;
    expect(t.data).toEqual({ layout: 'grid' });
    expect(grid(t)).toEqual([
      ['甲', '1', '2', '3'],
      ['甲', '4', '5', '5'],
      ['甲', '乙', '6', '6'],
      ['甲', '乙', '7', '8'],
    ]);
    expect(spanned(t.children[1]!.children[2])).toBe(false);
    expect(spanned(t.children[1]!.children[3])).toBe(true);
    expect(spanned(t.children[3]!.children[1])).toBe(true);
  });

  it('pads a lone note row to a blank-celled grid row', () => {
    const t = tables(readHtml('<table><tr><td>规章</td><td>1</td></tr><tr><td>注：单位为件</td></tr></table>').tree)[0]!;
    expect(t.data).toEqual({ layout: 'grid' });
    expect(grid(t)).toEqual([
      ['规章', '1'],
      ['注：单位为件', ''],
    ]);
  });

  it('hands on a ragged table (a part of a table cut in two) as flattened rows, unpadded', () => {
    const src =
      '<table><tr><td rowspan="2">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>11</td><td>33</td></tr>' +
      '<tr><td>2.没有现成信息需要另行制作</td><td>12</td><td>34</td></tr>' +
      '<tr><td colspan="2">（七）总计</td><td>231</td><td>693</td></tr>' +
      '<tr><td colspan="3">四、结转下年度继续办理</td><td>141</td><td>143</td></tr></table>';
    const t = tables(readHtml(src).tree)[0]!;
    expect(t.data).toEqual({ layout: 'flattened' });
    expect(grid(t).map((r) => r.length)).toEqual([4, 4, 4, 5]);
    expect(grid(t)[3]).toEqual(['四、结转下年度继续办理', '四、结转下年度继续办理', '四、结转下年度继续办理', '141', '143']);
  });

  it('falls back to the <article> when the page has no report wording', () => {
    const tree = readHtml('<body><div>导航</div><article><p>正文</p></article></body>').tree;
    expect(tree.children.map((b) => blockText(b).text)).toEqual(['正文']);
  });
});

describe('GBK pages', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/html/gbk-declared.html', import.meta.url)));

  it('sniffs the declared charset from a meta tag', () => {
    expect(sniffHtmlCharset(bytes)).toBe('gb18030');
    expect(sniffHtmlCharset(new TextEncoder().encode('<meta charset="utf-8"><p>一</p>'))).toBeUndefined();
    expect(sniffHtmlCharset(new TextEncoder().encode('统计期限为2024年'))).toBeUndefined();
  });

  it('decodes a GBK page by its declaration even when its bytes are also valid UTF-8', async () => {
    expect(decode(bytes).text).not.toContain('一为之业');
    const parsed = await parseReport(bytes, { format: 'html' });
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.text).toContain('<p>一为之业</p>');
  });
});
