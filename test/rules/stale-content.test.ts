/** stale-content: the share of this year's narrative repeated from last year's, sentence by sentence. */
import rule from '../../src/rules/stale-content.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport } from './support/report.js';

// Distinct sentences, long enough to be judged (the default minimum is 100 characters of narrative).
const STANDING = [
  '本局坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开，推进决策、执行、管理、服务、结果公开。',
  '进一步规范依申请公开办理流程，严格落实登记、审核、答复各环节要求，确保答复内容准确、程序合法、形式规范。',
  '加强政府信息公开平台建设，及时更新公开目录和公开指南，方便公众查阅和获取政府信息。',
];
const FRESH = [
  '本年度重点推进行政许可事项清单的集中公开，新建政策文件库，对现行有效的规范性文件逐件标注效力状态。',
  '针对上年发现的栏目更新不及时问题，建立了栏目更新台账，每月通报各科室更新情况并纳入年度考核。',
  '全年组织政务公开专题培训两次，覆盖全部科室负责人和信息员，并邀请律师讲解依申请公开答复的法律风险。',
];

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const format = formatOf(layout);
  const copied = writeReport({ overview: STANDING }, layout);
  const lastYear = (year = 2022, overview = STANDING) => writeReport({ year, overview }, layout).text;

  valid.push({
    name: `${layout}: a narrative written anew`,
    text: writeReport({ overview: FRESH }, layout).text,
    format,
    previous: lastYear(),
  });
  valid.push({ name: `${layout}: no report of last year`, text: copied.text, format });
  valid.push({ name: `${layout}: a report two years back is not compared`, text: copied.text, format, previous: lastYear(2021) });
  valid.push({
    name: `${layout}: another organ's report is not compared`,
    text: copied.text,
    format,
    previous: lastYear().replace(/某市某局/g, '某市另一局'),
  });
  valid.push({
    name: `${layout}: below a configured threshold`,
    text: copied.text,
    format,
    previous: lastYear(),
    options: { threshold: 1 },
  });

  invalid.push({
    name: `${layout}: last year's narrative with the year changed`,
    text: copied.text,
    format,
    previous: lastYear(),
    errors: [
      {
        messageId: 'repeated',
        severity: 'warn',
        line: copied.lineOf('一、总体情况'),
        data: { share: 100, previousYear: 2022, section: '一、总体情况', sectionShare: 100 },
      },
    ],
  });
  // One new sentence in 一: 80% repeated overall, and 五 (untouched) is now the most repeated section.
  const mostly = writeReport({ overview: [...STANDING, FRESH[0]!] }, layout);
  invalid.push({
    name: `${layout}: a few sentences new, most copied`,
    text: mostly.text,
    format,
    previous: lastYear(),
    errors: [
      {
        messageId: 'repeated',
        severity: 'warn',
        line: mostly.lineOf('五、存在的主要问题及改进情况'),
        data: { share: 80, previousYear: 2022, section: '五、存在的主要问题及改进情况', sectionShare: 100 },
      },
    ],
  });
}

testRule(rule, { valid, invalid });
