/**
 * A .docx made from a PDF ("PDF to Word": LibreOffice's PDF import, WPS, Acrobat's layout modes) is a page of
 * floating text boxes, each placed by its anchor's offsets; the file may hold them in any order (LibreOffice's ODT to
 * DOCX step writes them last line first). Read in the file's order, a row's values were read as another's and the
 * sections came out of order (red team E, item 1): the reading order is unknown, said once, and nothing accused.
 */
import { readDocx } from '../../src/parser/adapters/docx.js';
import { inFloatingTextBoxes } from '../../src/parser/adapters/docx-hidden.js';
import { parseReport } from '../../src/parser/index.js';
import { lint } from '../../src/engine/lint.js';
import { factsOf } from '../../src/engine/facts.js';
import { extractReport } from '../../src/engine/extract.js';
import { buildDocx } from '../helpers/html-docx-render.js';
import { consistentApplications, recompute, writeReport } from '../rules/support/report.js';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
].join(' ');

/** The report's lines, top to bottom of the page. */
const LINES = [
  '东河县教育局2023年政府信息公开工作年度报告',
  '本报告统计期限为2023年1月1日至2023年12月31日。',
  '一、总体情况',
  '2023年，本局共收到政府信息公开申请7件。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '本机关未收取信息处理费。',
];

const run = (text: string): string => `<w:r><w:t>${text}</w:t></w:r>`;

/** One line as LibreOffice writes it: a paragraph holding a text box placed on the page, y EMU from its top. */
function box(text: string, y: number, placement: 'anchor' | 'inline'): string {
  const place =
    placement === 'anchor'
      ? `<wp:anchor behindDoc="1" simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="2"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>721360</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${y}</wp:posOffset></wp:positionV>`
      : '<wp:inline>';
  const end = placement === 'anchor' ? '</wp:anchor>' : '</wp:inline>';
  return (
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${place}` +
    `<wp:extent cx="5000000" cy="179705"/><wp:docPr id="${y}" name="Shape${y}"/>` +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    `<wps:txbx><w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>` +
    `${end}</w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>`
  );
}

const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** Every line in a box of its own, the boxes in the file last line first (as the ODT to DOCX step writes them). */
const reversed = (placement: 'anchor' | 'inline'): string =>
  documentXml(
    LINES.map((text, i) => box(text, 900000 + 300000 * i, placement))
      .reverse()
      .join(''),
  );

describe('a .docx of floating text boxes (a PDF converted to Word)', () => {
  it('gets one unreadable-content warning (textBoxes), no section out of order, nothing else', async () => {
    const bytes = await buildDocx(reversed('anchor'));
    const result = await lint(bytes, { format: 'docx', now: new Date('2024-03-01T00:00:00Z') });
    expect(result.errorCount).toBe(0);
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}:${m.severity}:${m.line}`)).toEqual([
      'unreadable-content:textBoxes:1:1',
    ]);
    expect(result.messages[0]!.message).toContain('浮动文本框');
    const parsed = await parseReport(bytes, { format: 'docx' });
    expect(factsOf(parsed.report).unread?.[0]).toBe('textBoxes');
    expect(extractReport(parsed).reading.textBoxes).toBe(true);
    expect((await readDocx(bytes)).textBoxes).toBe(true);
  });

  it('says so in English too', async () => {
    const result = await lint(await buildDocx(reversed('anchor')), { format: 'docx', lang: 'en' });
    expect(result.messages.map((m) => m.message)).toEqual([
      expect.stringContaining('floating text boxes (usually a PDF converted to Word)'),
    ]);
  });

  it('boxes placed in the line (wp:inline) flow in the text order: no textBoxes, the sections read as the file holds them', async () => {
    const bytes = await buildDocx(reversed('inline'));
    expect((await readDocx(bytes)).textBoxes).toBeUndefined();
    const result = await lint(bytes, { format: 'docx', now: new Date('2024-03-01T00:00:00Z') });
    expect(result.messages.some((m) => m.messageId === 'textBoxes')).toBe(false);
    // Read in the file's order, which is here the text's own: 六 before 一 is out of order, and said.
    // (the false findings the floating boxes got before: 一 out of order, the fee statement in the opening).
    const ids = result.messages.map((m) => `${m.ruleId}:${m.messageId}`);
    expect(ids).toContain('required-sections:outOfOrder');
    expect(ids).toContain('fee-statement:outsideSection');
  });

  it('a report with its title and one more line in boxes and its body in paragraphs is read as usual', () => {
    const body =
      box(LINES[0]!, 900000, 'anchor') +
      box('（此页无正文）', 1200000, 'anchor') +
      LINES.slice(1)
        .map((t) => `<w:p>${run(t)}</w:p>`)
        .join('');
    expect(inFloatingTextBoxes(documentXml(body))).toBe(false);
    // The same two boxes holding most of the text: floating text, order unknown.
    expect(inFloatingTextBoxes(documentXml(box(LINES.join(''), 900000, 'anchor') + box(LINES[0]!, 1200000, 'anchor')))).toBe(
      true,
    );
    // One box holding everything has one order, its own.
    expect(inFloatingTextBoxes(documentXml(box(LINES.join(''), 900000, 'anchor')))).toBe(false);
  });

  it('older Word’s VML text boxes: floating when positioned absolutely, in the line when not', () => {
    const vml = (text: string, top: number, style: string): string =>
      `<w:p><w:r><w:pict><v:shape style="${style};margin-top:${top}pt;width:400pt;height:14pt" type="#_x0000_t202"><v:textbox><w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    const lines = (style: string): string =>
      documentXml(
        LINES.map((text, i) => vml(text, 70 + 24 * i, style))
          .reverse()
          .join(''),
      );
    expect(inFloatingTextBoxes(lines('position:absolute;margin-left:56.8pt;mso-position-vertical-relative:page'))).toBe(true);
    expect(inFloatingTextBoxes(lines('margin-left:56.8pt'))).toBe(false);
  });
});

describe('a previous year read from floating text boxes', () => {
  // This year (2023) carries over 2, 3, 4, 5, 6, 7 (total 27); last year's copy says it carried forward 9 in each.
  const thisYear = writeReport({ applications: consistentApplications() }, 'markdown').text;
  const lastYear = (): string => {
    const values = consistentApplications();
    values.carryForward = [9, 9, 9, 9, 9, 9];
    values.carried = [1, 1, 1, 1, 1, 1];
    return writeReport({ applications: recompute(values), year: 2022 }, 'markdown').text;
  };
  const carryOver = async (textBoxes: boolean): Promise<string[]> => {
    const previous = (await parseReport(lastYear(), { format: 'markdown' })).report;
    if (textBoxes) previous.reading = { ...previous.reading, textBoxes: true };
    const result = await lint(thisYear, { format: 'markdown', previous, now: new Date('2024-03-01T00:00:00Z') });
    return result.messages.filter((m) => m.ruleId === 'carry-over').map((m) => `${m.line}:${m.message}`);
  };

  it('is not compared: its carried-forward row may hold another row’s values (said once, as unread)', async () => {
    expect(await carryOver(true)).toEqual(['32:上年结转未核对：2022 年度报告的结转下年度继续办理无法读取']);
  });

  it('the same copy read in order is compared: 2 carried over, 9 carried forward', async () => {
    const found = await carryOver(false);
    // One finding for the row, naming its seven columns.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/上年结转有 7 列与 2022 年度报告的结转下年度继续办理不符：「自然人」本年 2、上年 9；/);
  });
});
