/**
 * The organ read from the title's shapes, and from a line of its own above a title that names none. A name not
 * read with certainty is null: year-over-year pairing, roll-up and the organ's kind all trust it.
 */
import { describe, expect, it } from '@jest/globals';
import { reportText, reportUnder } from '../helpers/title-report.js';
import { organAbove, organOf, yearDigits } from '../../src/parser/title-organ.js';
import { parseReport } from '../../src/parser/index.js';

async function read(head: string[], filePath = 'report.md') {
  const report = await reportUnder(head, filePath);
  return { organ: report.organ, year: report.year, organType: report.organType };
}

const ORGAN = '南岭市公安局';

describe('organOf: the organ in the title’s common shapes', () => {
  it.each([
    [`${ORGAN}2023年政府信息公开工作年度报告`],
    [`${ORGAN}2023年度政府信息公开工作年度报告`],
    [`2023年${ORGAN}政府信息公开工作年度报告`],
    [`2023年度${ORGAN}关于政府信息公开工作年度报告`],
    [`${ORGAN}政府信息公开工作2023年度报告`],
    [`${ORGAN}政务公开工作2023年度报告`],
    [`${ORGAN}政府信息公开和政务公开工作2023年度报告`],
    [`${ORGAN}政府信息公开工作年度报告（2023年度）`],
    [`${ORGAN}政府信息公开工作年度报告(2023年)`],
    [`${ORGAN}政府信息公开年报【2023年】`],
    [`${ORGAN}关于2023年度政府信息公开工作年度报告`],
    [`${ORGAN}关于2023年政府信息公开工作年度报告的报告`],
    [`关于${ORGAN}2023年政府信息公开工作年度报告`],
    [`关于${ORGAN}2023年度政府信息公开年报`],
    [`${ORGAN}二〇二三年政府信息公开工作年度报告`],
    [`${ORGAN}二零二三年政府信息公开工作年度报告`],
    [`${ORGAN}二○二三年度政府信息公开工作年度报告`],
    [`${ORGAN}２０２３年政府信息公开工作年度报告`],
    [`${ORGAN}　2023年政府信息公开工作年度报告`],
    [`${ORGAN}-2023年政府信息公开工作年度报告`],
    [`${ORGAN}2023年政府信息公开工作年度报告（更正版）`],
    [`《${ORGAN}2023年政府信息公开工作年度报告》`],
  ])('%s', (title) => {
    expect(organOf(title)).toBe(ORGAN);
  });

  it.each([
    ['平潭综合实验区2022年度政府信息公开工作年度报告', '平潭综合实验区'],
    ['2025年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅'],
    // 政务公开 inside an organ's name, followed by its ending, is not the title's subject.
    ['国务院办公厅政府信息与政务公开办公室2023年政府信息公开工作年度报告', '国务院办公厅政府信息与政务公开办公室'],
    ['东河县人民政府办公室关于印发《东河县人民政府2022年政府信息公开工作年度报告》的通知', '东河县人民政府'],
    ['青石县自然资源局关于印发2022年政府信息公开工作年度报告的通知', '青石县自然资源局'],
    // The issuer's words about another organ's report, 印发 lost (red team rtL F12).
    ['东河县人民政府办公室关于东河县人民政府2023年度政府信息公开工作年度报告', '东河县人民政府'],
    // Words around the name were kept in it, and its kind went unread (red team rtZ 5): a bracket around the name, a
    // separator after it, and 人民政府's 政府 taken for the subject's 政府信息公开. A bracketed 本级 is the name's own: a
    // 本级 report is not paired with the one without it (rtAE 2); its kind is read without it (organ-type.test.ts).
    ['东河市人民政府（本级）2023年政府信息公开工作年度报告', '东河市人民政府（本级）'],
    ['东河县财政局（本级）2023年政府信息公开工作年度报告', '东河县财政局（本级）'],
    ['东河县财政局(本级)2023年政府信息公开工作年度报告', '东河县财政局（本级）'],
    ['【东河县人民政府】2023年政府信息公开工作年度报告', '东河县人民政府'],
    ['[东河县人民政府]2023年政府信息公开工作年度报告', '东河县人民政府'],
    ['东河县人民政府｜2023年政府信息公开工作年度报告', '东河县人民政府'],
    ['东河县人民政府信息公开2023年度报告', '东河县人民政府'],
    ['东河县人民政府政府信息公开工作2023年度报告', '东河县人民政府'],
    ['中国（东河）自由贸易试验区2023年政府信息公开工作年度报告', '中国（东河）自由贸易试验区'],
  ])('%s → %s', (title, organ) => {
    expect(organOf(title)).toBe(organ);
  });

  it.each([['2023年政府信息公开工作年度报告'], ['2023年度政府信息公开年报'], ['关于2023年政府信息公开工作年度报告']])(
    '%s names no organ',
    (title) => {
      expect(organOf(title)).toBeNull();
    },
  );

  it.each([
    ['二〇二三年', '2023年'],
    ['二零二三年度', '2023年度'],
    ['２０２３年', '2023年'],
    // Not a year: 十 is no digit, and a run of five numerals is not four.
    ['二十三年', '二十三年'],
    ['一二〇二三年', '一二〇二三年'],
  ])('yearDigits(%s) → %s', (text, out) => {
    expect(yearDigits(text)).toBe(out);
  });
});

describe('organAbove: a line above a bare title is the organ only when it names one', () => {
  it.each([
    ['东河县农业农村局'],
    ['东河县人民政府办公室'],
    ['一面坡镇人民政府'],
    ['白沙镇'],
    ['城关街道办事处'],
    ['东河县卫生健康委员会'],
    ['东河经济开发区管理委员会'],
    ['国家统计局'],
    ['南岭市政务服务和数据管理局'],
    ['东河县委网信办'],
    ['东河县退役军人服务中心'],
  ])('%s is an organ', (line) => {
    expect(organAbove(line, true)).toBe(line);
  });

  it.each([
    // A portal's banner: a people's government's site, a place, a zone, the site's name.
    ['东河县人民政府'],
    ['南岭市人民政府'],
    ['东河县政府'],
    ['东河县'],
    ['东河经济开发区'],
    ['东河县人民政府门户网站'],
    ['东河网'],
    ['中国·东河'],
    ['东河县农业农村局欢迎您'],
    // A column, a breadcrumb, the page's tools.
    ['政府信息公开年报'],
    ['信息公开目录'],
    ['年度报告'],
    ['政务公开'],
    ['政府信息公开'],
    ['东河县政务公开'],
    ['首页 > 政务公开 > 年度报告'],
    ['首页>信息公开>东河县农业农村局'],
    ['当前位置：首页 > 政务公开'],
    ['打印本页 关闭窗口'],
    ['【字体：大 中 小】'],
    ['2024-01-20'],
    ['2024年01月20日'],
    // Ends like an organ but names no place or level: a column's name.
    ['工作部署'],
    ['新闻发布会'],
    ['我要办'],
    ['通知公告'],
    [''],
  ])('%s is not', (line) => {
    expect(organAbove(line, true)).toBeNull();
  });

  it('a people’s government’s name counts in a Word document or a PDF, where no portal’s banner can be', () => {
    expect(organAbove('东河县人民政府', false)).toBe('东河县人民政府');
    expect(organAbove('淮安市洪泽区人民政府', false)).toBe('淮安市洪泽区人民政府');
    expect(organAbove('东河县', false)).toBeNull();
    expect(organAbove('政府信息公开年报', false)).toBeNull();
  });

  // Its 本级 is the name's (rtAE 2), written one way; whether the line names an organ is read without it.
  it('a bracketed 本级 stays in the name', () => {
    expect(organAbove('东河县财政局（本级）', true)).toBe('东河县财政局（本级）');
    expect(organAbove('东河县财政局(本级)', true)).toBe('东河县财政局（本级）');
    expect(organAbove('东河县人民政府（本级）', false)).toBe('东河县人民政府（本级）');
    expect(organAbove('东河县（本级）', false)).toBeNull();
  });
});

describe('the report’s organ, read through the parser', () => {
  it.each([
    ['a banner naming the government', '东河县人民政府'],
    ['a column', '政府信息公开年报'],
    ['a breadcrumb', '首页 > 政务公开 > 年度报告'],
    ['the page’s tools', '打印本页 关闭窗口'],
    ['a date', '2024-01-20'],
  ])('%s above a bare title in copied text: no organ, no kind', async (_name, line) => {
    for (const file of ['report.md', 'report.txt']) {
      expect(await read([line, '', '# 2023年政府信息公开工作年度报告'], file)).toEqual({
        organ: null,
        year: 2023,
        organType: null,
      });
    }
  });

  // The title written over two headings (red team rtL F12): the first an organ's name alone, the second the title.
  it('# 东河县人民政府 ⏎ # 2023年…年度报告: the government is the organ', async () => {
    expect(await read(['# 东河县人民政府', '', '# 2023年政府信息公开工作年度报告'])).toEqual({
      organ: '东河县人民政府',
      year: 2023,
      organType: 'government',
    });
  });

  it.each([
    [['# 东河县人民政府', '', '2023年政府信息公开工作年度报告']],
    [['东河县人民政府', '', '# 2023年政府信息公开工作年度报告']],
    [['# 东河县', '', '# 2023年政府信息公开工作年度报告']],
    [['# 东河县人民政府门户网站', '', '# 2023年政府信息公开工作年度报告']],
  ])('a heading and a plain line, a place or a site above a bare title: no organ (%j)', async (head) => {
    expect(await read(head)).toEqual({ organ: null, year: 2023, organType: null });
  });

  // The organ signing the report on its own line above the date, when the title names none (red team rtL F12).
  describe('the organ from the signature', () => {
    const body = (signature: string[]) =>
      reportText(
        ['# 2023年政府信息公开工作年度报告'],
        ['## 六、其他需要报告的事项', '', '本机关未收取信息处理费。', '', ...signature, ''],
      );
    const organ = async (signature: string[]) => {
      const { report } = await parseReport(body(signature), { filePath: 'report.md' });
      return { organ: report.organ, organType: report.organType };
    };
    it('a bureau above the date', async () => {
      expect(await organ(['东河县市场监督管理局', '', '2024年3月5日'])).toEqual({
        organ: '东河县市场监督管理局',
        organType: 'department',
      });
    });
    // A prefecture's 行政公署 signs as its government (red team rtZ 1).
    it('a 行政公署 above the date', async () => {
      expect(await organ(['东河地区行政公署', '', '2024年1月20日'])).toEqual({
        organ: '东河地区行政公署',
        organType: 'government',
      });
    });
    // A bracketed 本级 is no part of the kind (red team rtZ 5), but part of the name (rtAE 2).
    it('a government with （本级） above the date', async () => {
      expect(await organ(['东河市人民政府（本级）', '', '2024年1月20日'])).toEqual({
        organ: '东河市人民政府（本级）',
        organType: 'government',
      });
    });
    // A 苏木 signs with its name alone as a 镇 does (red team rtZ 7).
    it('a 苏木 above the date', async () => {
      expect(await organ(['东河苏木', '', '2024年1月20日'])).toEqual({ organ: '东河苏木', organType: 'township' });
    });
    it.each([
      // A government's office signs its government's report too: the kind would be a guess.
      [['东河县人民政府办公室', '', '2024年3月5日']],
      // Any office signs for the organ it serves as often as for itself (review9 F5).
      [['东河县人民政府新闻办公室', '', '2024年3月5日']],
      [['东河镇党政综合办公室', '', '2024年3月5日']],
      // A sentence, a place alone, the organ not right above the date.
      [['特此报告。', '', '2024年3月5日']],
      [['东河县', '', '2024年3月5日']],
      [['东河县市场监督管理局', '', '联系人：王某', '', '附：无', '', '2024年3月5日']],
      // No date under it: no signature.
      [['东河县市场监督管理局']],
    ])('no organ from %j', async (signature) => {
      expect(await organ(signature)).toEqual({ organ: null, organType: null });
    });
    it('a government above a bare title, as two headings, and another organ signing: unknown (review9 F3, review10 F2)', async () => {
      const text = body(['东河县市场监督管理局', '', '2024年3月5日']).replace('# 2023年', '# 东河县人民政府\n\n# 2023年');
      const { report } = await parseReport(text, { filePath: 'report.md' });
      expect([report.organ, report.organType]).toEqual([null, null]);
    });
    it('the title’s organ wins over the signature’s', async () => {
      const text = body(['东河县市场监督管理局', '', '2024年3月5日']).replace('# 2023年', '# 东河县农业农村局2023年');
      expect((await parseReport(text, { filePath: 'report.md' })).report.organ).toBe('东河县农业农村局');
    });
  });

  // A portal's banner over a bureau's report (review11 G5): the body speaks as a department (我局, 本局, 我委),
  // which no people's government or township does; whose report it is is not known from the line above. A
  // government's own office (我办) or service centre (本中心) may write in its report, and 基本局面 is no 本局 (review14 F5).
  describe('a government’s name above a bare title, over a body speaking as a department', () => {
    const text = (head: string[], words: string, signature: string[] = []) =>
      reportText(head, [
        '## 二、主动公开政府信息情况',
        '',
        `2023年，${words}主动公开政府信息1234条，新制发规范性文件56件。`,
        '',
        ...signature,
        '',
      ]);
    const organ = async (head: string[], words: string, filePath = 'report.md', signature: string[] = []) => {
      const { report } = await parseReport(text(head, words, signature), { filePath });
      return [report.organ, report.organType];
    };
    const BANNER = ['# 东河县人民政府', '', '# 2023年政府信息公开工作年度报告'];
    it.each([['我局'], ['本局'], ['我委']])('# 东河县人民政府 ⏎ # 2023年…, %s in the body: unknown', async (words) => {
      expect(await organ(BANNER, words)).toEqual([null, null]);
    });
    it('a township’s name above a bare title in plain text, 我局 in the body: unknown', async () => {
      const head = ['一面坡镇人民政府', '', '2023年政府信息公开工作年度报告'];
      expect(await organ(head, '我局', 'report.txt')).toEqual([null, null]);
    });
    it.each([
      ['我县'],
      ['本机关'],
      ['按照本办法，我县'],
      ['我办'],
      ['本中心'],
      ['全县形成了良好的基本局面，我县'],
      // review15 F9: a department's word quoted, bracketed or inside 我委托 is no department speaking.
      ['由我委托的法律顾问审核答复文书，我县'],
      ['县发改委（本委负责价格信息）与我县'],
      ['县政府门户网站开设“我局动态”等栏目，我县'],
      ['县财政局、县卫健委等部门均以“本局”“本委”名义发布信息，我县'],
    ])('the government’s own words (%s): the government', async (words) => {
      expect(await organ(BANNER, words)).toEqual(['东河县人民政府', 'government']);
    });
    it('a department’s name above, 我局 in the body: the department', async () => {
      const head = ['东河县农业农村局', '', '2023年政府信息公开工作年度报告'];
      expect(await organ(head, '我局', 'report.txt')).toEqual(['东河县农业农村局', 'department']);
    });
    it('the banner set aside, the bureau signing its report is the organ, as under any bare title', async () => {
      const signature = ['## 六、其他需要报告的事项', '', '本机关未收取信息处理费。', '', '东河县教育局', '', '2024年3月5日'];
      expect(await organ(BANNER, '我局', 'report.md', signature)).toEqual(['东河县教育局', 'department']);
    });
  });

  it('a department’s name above a bare title is its organ', async () => {
    expect(await read(['东河县农业农村局', '', '2023年政府信息公开工作年度报告'], 'report.txt')).toEqual({
      organ: '东河县农业农村局',
      year: 2023,
      organType: 'department',
    });
  });

  it.each([
    [`# ${ORGAN}关于2023年度政府信息公开工作年度报告`],
    [`# 关于${ORGAN}2023年政府信息公开工作年度报告`],
    [`# ${ORGAN}政府信息公开工作年度报告（2023年度）`],
    [`# ${ORGAN}二〇二三年政府信息公开工作年度报告`],
  ])('%s', async (title) => {
    expect(await read([title])).toEqual({ organ: ORGAN, year: 2023, organType: 'department' });
  });

  it('a title naming no year: the organ from it, the year from the period', async () => {
    expect(await read([`# ${ORGAN}政府信息公开工作年度报告`])).toEqual({ organ: ORGAN, year: 2023, organType: 'department' });
  });

  it.each([['# 政府信息公开工作年度报告'], ['# 政府信息公开年报'], ['# 东河县政务公开年度报告专栏']])(
    'a yearless line naming no organ is no title: %s',
    async (line) => {
      expect((await read([line])).organ).toBeNull();
    },
  );
});
