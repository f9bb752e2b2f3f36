/**
 * A converter's markup around the title's words (rtP #6): pandoc's Markdown writes a heading's attributes after it
 * (# 标题 {#标题 style="text-align:center"}), its reST writer a directive before it (.. rubric:: 标题). The title and the
 * organ are the words alone.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

const TITLE = '江州市生态环境局2023年政府信息公开工作年度报告';
const BODY = [
  '本报告统计期限为2023年1月1日至2023年12月31日。',
  '',
  '## 一、总体情况',
  '',
  '2023年，本机关共收到政府信息公开申请9426件，被申请行政复议10件。',
  '',
];

async function titleOf(head: string[], filePath = 'report.md') {
  const { report } = await parseReport([...head, '', ...BODY].join('\n'), { filePath });
  return { title: report.title, organ: report.organ, year: report.year };
}

const READ = { title: TITLE, organ: '江州市生态环境局', year: 2023 };

describe('pandoc Markdown’s heading attributes', () => {
  it.each([
    [`# ${TITLE} {#${TITLE} style="text-align:center"}`],
    [`# ${TITLE} {#title}`],
    [`# ${TITLE} {.unnumbered}`],
    [`# ${TITLE} {-}`],
    [`# ${TITLE} {#title .center lang=zh}`],
    [`# ${TITLE} {#title style='text-align: center'}`],
  ])('%s', async (heading) => {
    expect(await titleOf(['::: content', heading])).toEqual(READ);
  });

  it('braces that are no attributes stay the title’s words', async () => {
    expect((await titleOf([`# ${TITLE}{2023}`])).title).toBe(`${TITLE}{2023}`);
  });
});

describe('reStructuredText’s directive before the title', () => {
  it.each([['rubric'], ['title']])('.. %s:: 标题', async (directive) => {
    const head = ['.. container:: content', '', `   .. ${directive}:: ${TITLE}`, `      :name: ${TITLE}`];
    expect(await titleOf(head, 'report.txt')).toEqual(READ);
  });
});
