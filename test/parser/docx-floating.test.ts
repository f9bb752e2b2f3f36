/**
 * Floating text boxes as Word writes them (DrawingML wp:anchor in mc:Choice, its VML copy in mc:Fallback), read where
 * Word prints their text (red team rtS 1, 2): mammoth read a box's text right after its anchor paragraph, so
 * - a 六、 heading banner printed above the fee statement it is anchored in was read after it (the statement "moved"
 *   into section 五: a false warning);
 * - a 单位：件 box floating over table 三, anchored in a cell, was read as the cell's text (5047 and 单位：件): the row was
 *   unread and a +7 defect in it hidden.
 */
import { readDocx } from '../../src/parser/adapters/docx.js';
import { withFloatingBoxesPlaced } from '../../src/parser/adapters/docx-floating.js';
import { lint } from '../../src/engine/lint.js';
import { buildDocx, toDocumentXml } from '../helpers/html-docx-render.js';
import { REPORT } from '../helpers/html-docx-report.js';
import { layout, type Block } from '../helpers/report-model.js';
import { HEADING } from '../fuzz/template.js';

const NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"';

interface Place {
  /** wp:positionV's offset from its anchor, EMU (Word's VML copy: margin-top in pt). */
  offset?: number;
  wrap?: 'topAndBottom' | 'square';
  /** Older Word: the VML shape alone, no compatibility block. */
  vmlOnly?: boolean;
}

/** A run holding a text box as Word 2010+ saves one (wp:anchor and its VML fallback copy). */
function boxRun(text: string, { offset = 0, wrap = 'topAndBottom', vmlOnly = false }: Place = {}): string {
  const content = `<w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
  const vml =
    `<w:pict><v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:${offset / 12700}pt;width:415.3pt;height:48.2pt;z-index:251659264" fillcolor="white">` +
    `<v:textbox>${content}</v:textbox><w10:wrap type="${wrap}"/></v:shape></w:pict>`;
  if (vmlOnly) return `<w:r>${vml}</w:r>`;
  const anchor =
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${offset}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="5274310" cy="612000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>${wrap === 'topAndBottom' ? '<wp:wrapTopAndBottom/>' : '<wp:wrapSquare wrapText="bothSides"/>'}` +
    '<wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>';
  return (
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${anchor}` +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp></a:graphicData></a:graphic>` +
    `</wp:anchor></w:drawing></mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`
  );
}

/** The report's Word XML with the one-character run `mark` (a block's first run: chunks cut it alone) replaced. */
function withBox(blocks: Block[], mark: string, run: string): string {
  const xml = toDocumentXml(blocks).replace(/<w:document /, `<w:document ${NS} `);
  const at = `<w:r><w:t xml:space="preserve">${mark}</w:t></w:r>`;
  if (xml.split(at).length !== 2) throw new Error('fixture layout changed');
  return xml.replace(at, () => run);
}

const NOW = new Date('2025-03-01T00:00:00Z');
const findings = async (xml: string): Promise<string[]> =>
  (await lint(await buildDocx(xml), { format: 'docx', now: NOW })).messages.map((m) => `${m.ruleId}:${m.messageId}`);

/** The report with section 六's heading as a banner box anchored in the fee statement's paragraph. */
function bannerReport(place?: Place): string {
  const blocks: Block[] = structuredClone(REPORT).filter((b) => !(b.kind === 'heading' && b.text === HEADING.other));
  const fee = blocks.find((b) => b.kind === 'paragraph' && b.text.includes('收费通知'));
  if (fee?.kind !== 'paragraph') throw new Error('fixture layout changed');
  fee.text = `〾${fee.text}`;
  return withBox(blocks, '〾', boxRun(HEADING.other, place));
}

describe('a heading banner: a floating box at the top of its anchor paragraph (rtS 1)', () => {
  it('is read before the paragraph, the box once: the fee statement stays in section 六', async () => {
    for (const vmlOnly of [false, true]) {
      const text = (await readDocx(await buildDocx(bannerReport({ vmlOnly })))).text;
      expect(text.split(HEADING.other)).toHaveLength(2);
      expect(text.indexOf(HEADING.other)).toBeLessThan(text.indexOf('本年度共发出收费通知'));
      expect(await findings(bannerReport({ vmlOnly }))).toEqual([]);
    }
  });

  it('a box placed below its anchor, or beside the text, stays where it was read (after the paragraph)', async () => {
    for (const place of [{ offset: 635000 }, { wrap: 'square' as const }, { offset: 635000, vmlOnly: true }]) {
      const text = (await readDocx(await buildDocx(bannerReport(place)))).text;
      expect(text.split(HEADING.other)).toHaveLength(2);
      expect(text.indexOf(HEADING.other)).toBeGreaterThan(text.indexOf('本年度共发出收费通知'));
    }
  });

  it('a box anchored in the line after printed text is not moved before it', () => {
    const line = boxRun('六、其他需要报告的事项').replace('relativeFrom="paragraph"', 'relativeFrom="line"');
    const paragraph = `<w:p><w:r><w:t>本机关未收取信息处理费。</w:t></w:r>${line}</w:p>`;
    expect(withFloatingBoxesPlaced(paragraph)).toBe(paragraph);
    const first = `<w:p>${line}<w:r><w:t>本机关未收取信息处理费。</w:t></w:r></w:p>`;
    expect(withFloatingBoxesPlaced(first)).toMatch(
      /^<w:p><w:r><w:rPr><w:b\/><\/w:rPr><w:t>六、其他需要报告的事项<\/w:t><\/w:r><\/w:p><w:p><w:r><\/w:r><w:r>/,
    );
  });
});

describe('a floating box anchored in a table cell (rtS 2)', () => {
  /** The report with the box 单位：件 in the cell of `table` (0: 二, 1: 三) at grid row `row`, column `col`. */
  function cellBoxReport(table: number, row: number, col: number, plus = 0, place?: Place): string {
    const blocks: Block[] = structuredClone(REPORT);
    const grid = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')[table]!.grid;
    const cell = layout(grid)[row]![col]!.cell;
    if (plus) cell.text = String(Number(cell.text) + plus);
    cell.text = `〼${cell.text}`;
    return withBox(blocks, '〼', boxRun('单位：件', place));
  }
  /** 一、本年新收 (grid row 3 of table 三): 自然人 column 3, 总计 column 9. */
  const NEW_ROW = 3;

  it('is no cell content: the row is read, its number whole (8322, not 8322 and 单位：件)', async () => {
    expect(await findings(cellBoxReport(1, NEW_ROW, 9))).toEqual([]);
    expect(await findings(cellBoxReport(1, NEW_ROW, 9, 0, { vmlOnly: true }))).toEqual([]);
    const text = (await readDocx(await buildDocx(cellBoxReport(1, NEW_ROW, 9)))).text;
    expect(text.split('单位：件')).toHaveLength(2);
    expect(text.indexOf('单位：件')).toBeLessThan(text.indexOf('申请人情况'));
    expect(text).toMatch(/<td><p>8322<\/p>\s*<\/td><\/tr>/);
  });

  it('a +7 in the row is found (application totals), not hidden behind an unread row', async () => {
    const ids = await findings(cellBoxReport(1, NEW_ROW, 3, 7));
    expect(ids).toEqual(['application-totals:cellLikelyWrong']);
    expect(ids.some((id) => id.startsWith('unreadable-content'))).toBe(false);
  });

  it('table 二: the 行政许可 cell keeps its 415', async () => {
    const blocks = REPORT.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const slots = layout(blocks[0]!.grid);
    const row = slots.findIndex((line) => line[1]?.cell.text === '415');
    expect(row).toBeGreaterThan(0);
    expect(await findings(cellBoxReport(0, row, 1))).toEqual([]);
  });

  it('a box that is the cell’s only content is its value, read in the cell (review14 F2)', async () => {
    const blocks: Block[] = structuredClone(REPORT);
    const grid = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')[1]!.grid;
    const cell = layout(grid)[NEW_ROW]![9]!.cell;
    const value = cell.text;
    cell.text = '〼';
    const xml = withBox(blocks, '〼', boxRun(value));
    expect(await findings(xml)).toEqual([]);
    expect((await readDocx(await buildDocx(xml))).text).toMatch(new RegExp(`<td><p><strong>${value}</strong></p>\\s*</td></tr>`));
  });
});
