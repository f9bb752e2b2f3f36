/** government-accountability: 第五十条（四） asks a people's government's own report for 工作考核、社会评议和责任追究. */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import rule from '../../src/rules/government-accountability.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport } from './support/report.js';

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];
const ALL = '将政府信息公开工作纳入全县绩效考核，邀请人大代表、群众开展社会评议，全年未发生责任追究情况。';
const ONLY_ASSESSMENT = '将政府网站信息公开工作纳入全区高质量发展考核内容。';

// One page of a government's report its website pages (red team rtY): the other pages may say all three.
const firstPage = writeReport({ organ: '某县人民政府' }, 'markdown').text;
valid.push({
  name: 'page 1 of a paged article, cut before 四: the other pages may state them',
  text: `${firstPage.slice(0, firstPage.lastIndexOf('\n', firstPage.indexOf('四、政府信息公开行政复议')) + 1)}\n上一页 1 2 下一页\n`,
  format: 'markdown',
});

for (const layout of LAYOUTS) {
  const fmt = formatOf(layout);
  const county = writeReport({ organ: '某县人民政府' }, layout);
  invalid.push({
    name: `${layout}: a county government's report says nothing of the three`,
    text: county.text,
    format: fmt,
    errors: [
      {
        messageId: 'missing',
        severity: 'warn',
        line: county.lineOf('一、总体情况'),
        data: { topics: '工作考核、社会评议、责任追究' },
      },
    ],
  });
  valid.push({
    name: `${layout}: a bureau's report is never asked`,
    text: writeReport({ organ: '某县市场监督管理局' }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a government's office is a department`,
    text: writeReport({ organ: '某县人民政府办公室' }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a government's report covering all three`,
    text: writeReport({ organ: '某县人民政府', overview: [ALL] }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: one of the three named is enough by default`,
    text: writeReport({ organ: '某区人民政府', overview: [ONLY_ASSESSMENT] }, layout).text,
    format: fmt,
  });
  // OCR and PDF text break lines inside a paragraph, between any two characters: the words are read across the wrap.
  valid.push({
    name: `${layout}: 考核 broken by a hard wrap inside its paragraph (绩效考 ⏎ 核)`,
    text: writeReport(
      { organ: '某县人民政府', overview: ['全年共收到政府信息公开申请25件。将政务公开纳入年度绩效考\n核体系。'] },
      layout,
    ).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: an organ of unknown kind is not asked`,
    text: writeReport({ organ: '' }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a zone's committee is not asked by default`,
    text: writeReport({ organ: '某市经济技术开发区管委会' }, layout).text,
    format: fmt,
  });
  // A zone or a 社区 named without 管委会 is no people's government (red team rtL F4).
  for (const organ of ['某市某某旅游度假区', '某县工业集中区', '某区某某社区'])
    valid.push({
      name: `${layout}: ${organ} is not asked by default`,
      text: writeReport({ organ }, layout).text,
      format: fmt,
    });
  valid.push({
    name: `${layout}: a report on 2018 (the 2008 条例 did not ask)`,
    text: writeReport({ organ: '某县人民政府', year: 2018 }, layout).text,
    format: fmt,
  });
  // 乡/镇人民政府 are 各级人民政府 (red team rtK); a street office shares their kind but is no people's government.
  for (const organ of ['汝阳县城关镇人民政府', '汝阳县柏树乡人民政府', '某县某镇政府']) {
    const written = writeReport({ organ }, layout);
    invalid.push({
      name: `${layout}: a township's people's government is asked by default (${organ})`,
      text: written.text,
      format: fmt,
      errors: [{ messageId: 'missing', line: written.lineOf('一、总体情况'), data: { topics: '工作考核、社会评议、责任追究' } }],
    });
  }
  valid.push({
    name: `${layout}: a township's people's government covering all three`,
    text: writeReport({ organ: '汝阳县城关镇人民政府', overview: [ALL] }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a street office is not asked by default`,
    text: writeReport({ organ: '某区某街道办事处' }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: organTypes without government: a township's people's government is not asked`,
    text: writeReport({ organ: '汝阳县城关镇人民政府' }, layout).text,
    format: fmt,
    options: { require: 'any', organTypes: ['department'] },
  });

  const partial = writeReport({ organ: '某区人民政府', overview: [ONLY_ASSESSMENT] }, layout);
  invalid.push({
    name: `${layout}: require each: one finding naming the two missing`,
    text: partial.text,
    format: fmt,
    options: { require: 'each', organTypes: ['government'] },
    errors: [{ messageId: 'missing', line: partial.lineOf('一、总体情况'), data: { topics: '社会评议、责任追究' } }],
  });
  const township = writeReport({ organ: '某区某街道办事处' }, layout);
  invalid.push({
    name: `${layout}: street offices asked when township is configured`,
    text: township.text,
    format: fmt,
    options: { require: 'any', organTypes: ['government', 'township'] },
    errors: [{ messageId: 'missing', line: township.lineOf('一、总体情况') }],
  });
}

testRule(rule, { valid, invalid });

// Red team rtZ: the kind read from the organ's name decides whether 第五十条（四） is asked.
describe('the organ kind read from the name (rtZ)', () => {
  const run = async (text: string) => {
    const result = await lint(text, { format: 'markdown', rules: [{ id: rule.meta.id, rule, severity: 'warn' }] });
    return result.messages.map((m) => [m.ruleId, m.messageId, m.data?.topics]);
  };
  const MISSING = [['government-accountability', 'missing', '工作考核、社会评议、责任追究']];
  // Zones and areas ending in 区 were read as districts' people's governments and asked (rtZ 2).
  it.each(['东河经开区', '东河临空经济区', '东河国家级自然保护区', '东河管理区'])('%s is not asked', async (organ) => {
    expect(await run(writeReport({ organ }, 'markdown').text)).toEqual([]);
  });
  // A 行政公署 takes a government's deadline but is the province's 派出机关, not one of 各级人民政府 (rtZ 1): not asked,
  // named in the title, on the line above it or in the signature.
  it.each(['东河地区行政公署', '东河盟行署'])('%s is not asked', async (organ) => {
    expect(await run(writeReport({ organ }, 'markdown').text)).toEqual([]);
    const signed = writeReport({ organ: '', other: ['本机关未收取信息处理费。', organ, '2024年1月20日'] }, 'markdown');
    expect(await run(signed.text)).toEqual([]);
  });

  // The organ's words around it hid a government's name, and with it the finding (rtZ 5).
  it.each([
    ['东河市人民政府（本级）2023年政府信息公开工作年度报告'],
    ['【东河县人民政府】2023年政府信息公开工作年度报告'],
    ['东河县人民政府信息公开2023年度报告'],
  ])('%s is asked', async (title) => {
    const text = writeReport({ organ: '东河县人民政府' }, 'markdown').text.replace(
      '东河县人民政府2023年政府信息公开工作年度报告',
      title,
    );
    expect(text).toContain(title);
    expect(await run(text)).toEqual(MISSING);
  });
  // A 苏木's people's government signing with its name alone is one of 各级人民政府 (rtZ 7).
  it('a 苏木 in the signature is asked', async () => {
    const text = writeReport({ organ: '', other: ['本机关未收取信息处理费。', '东河苏木', '2024年1月20日'] }, 'markdown').text;
    expect(await run(text)).toEqual(MISSING);
  });
});
