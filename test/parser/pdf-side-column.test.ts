/**
 * A site page printed by a browser with its 相关链接 box beside the article (red team rtO #1, chr3/sidebar.pdf,
 * Chromium from a page whose article is 68 % wide and a sidebar 30 %): the box lists other years' reports with
 * their dates. Read by baseline, its lines were set between the article's (the period sentence broken by
 * （2022-01-21）), read as 成文日期 (two false publication-date errors) and as the title (the 2022 report's).
 * The box is left out, as the saved page's reader leaves it out; a table's columns never are.
 */
import { describe, expect, it } from '@jest/globals';
import { groupLines, type PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';
import { lint } from '../../src/index.js';

const item = (str: string, x: number, y: number, size = 12, width = str.length * size): PdfItem => ({ str, x, y, width, size });
const layout = (items: PdfItem[]): string => layoutText(groupLines([{ page: 1, width: 612, height: 792, items }])).text;

/** The article's first lines, 12 pt from x 33.7 to 393.7 (the title 24 pt), as Chromium prints them. */
const ARTICLE: PdfItem[] = [
  item('江州市人民政府门户网站', 33.7, 45),
  item('发布时间：2024-01-20 10:30', 33.7, 73.5),
  item('字号：大 中 小', 33.7, 87.7),
  item('江州市生态环境局2023年政府信息', 38.9, 129, 24, 360),
  item('公开工作年度报告', 122.9, 157.5, 24),
  item('本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和', 33.7, 191.2, 12, 360),
  item('国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）', 33.7, 205.5, 12, 360),
  item('要求编制。本报告统计期限为2023年1月1日至2023年12月31日。如对', 33.7, 219.7, 12, 360),
  item('本报告有疑问，请与江州市生态环境局办公室联系。', 33.7, 234),
  item('一、总体情况', 33.7, 268.5, 18),
  item('2023年，我局认真贯彻落实政务公开工作要点，全年共收到政府信息', 33.7, 297, 12, 360),
  item('公开申请9426件，较上年有所增加。全年被申请行政复议10件，被提', 33.7, 311.3, 12, 360),
  item('起行政诉讼49件。', 33.7, 325.6, 12, 100),
];

/** The 相关链接 box, 10 pt, each other year's report in two lines and its date. */
function sidebar(x: number): PdfItem[] {
  const out = [item('相关链接', x - 30, 85.5, 11.7)];
  [2022, 2021, 2020, 2019, 2018].forEach((year, k) => {
    const y = 108.7 + 36 * k;
    out.push(item(`江州市生态环境局${year}年政府`, x, y, 10, 130));
    out.push(item('信息公开工作年度报告', x, y + 12, 10));
    out.push(item(`（${year + 1}-01-${22 - k}）`, x, y + 24, 10, 66.6));
  });
  out.push(item('本年度共收到申请45件的统', x, 300, 10, 130), item('计说明', x, 312, 10));
  return out;
}

describe('pdf: a side column beside the article', () => {
  it('leaves a 相关链接 box on the right out of the article, its lines neither glued into it nor set between', () => {
    const text = layout([...ARTICLE, ...sidebar(444.9)]);
    expect(text).not.toMatch(/相关链接|2022年政府|01-21|45件/);
    expect(text).toContain('江州市生态环境局2023年政府信息\n公开工作年度报告\n');
    expect(text).toContain('本报告统计期限为2023年1月1日至2023年12月31日。如对本报告有疑问');
  });

  it('leaves the box out when it stands on the left, the page header above it kept', () => {
    const shift = (i: PdfItem): PdfItem => (i.y < 100 && i.y !== 73.5 ? i : { ...i, x: i.x + 182 });
    const left = sidebar(74.6).map((i) => ({ ...i, x: i.x - 40 }));
    const text = layout([...ARTICLE.map(shift), ...left]);
    expect(text).toContain('江州市人民政府门户网站');
    expect(text).not.toMatch(/相关链接|2022年政府|01-21|45件/);
    expect(text).toContain('江州市生态环境局2023年政府信息\n公开工作年度报告\n');
    expect(text).toContain('本报告统计期限为2023年1月1日至2023年12月31日。如对');
  });

  it('reads no other year’s date as the report’s and no sidebar figure as the narrative’s', async () => {
    const text = layout([...ARTICLE, ...sidebar(444.9)]);
    const { messages } = await lint(text, { filePath: 'sidebar.txt' });
    expect(messages.filter((m) => m.ruleId === 'publication-date' || m.ruleId === 'narrative-consistency')).toEqual([]);
  });

  it('keeps a table’s right-hand text column (答复类型 beside the rows of an attachment list)', () => {
    const rows = ['予以公开', '部分公开', '不予公开', '予以公开', '无法提供'].flatMap((answer, k) => {
      const y = 120 + 20 * k;
      return [
        item(`${k + 1}`, 40, y, 10, 6),
        item(`关于第${k + 3}号建设项目环境影响评价文件的公开申请`, 70, y, 10, 250),
        item(answer, 430, y, 10),
      ];
    });
    const text = layout([
      ...ARTICLE.slice(0, 3),
      item('序号', 40, 100, 10),
      item('申请内容', 70, 100, 10),
      item('答复类型', 430, 100, 10),
      ...rows,
    ]);
    expect(text).toContain('部分公开');
    expect(text).toContain('无法提供');
  });

  it('keeps a box that speaks of the report itself (review9 F2: its period statement would be called missing)', () => {
    const x = 444.9;
    const own = ['报告说明', '本报告统计期限为', '2023年1月1日至', '2023年12月31日。', '数据来源于本机关', '政务公开台账。'].map(
      (text, k) => item(text, x, 108.7 + 14 * k, 10, 100),
    );
    const text = layout([...ARTICLE, ...own]);
    expect(text).toMatch(/报告说明/);
    expect(text).toMatch(/2023年12月31日。/);
  });
});
