/**
 * One report of our own, rendered in every layout the parser reads. Every column of tables 三 and 四 holds
 * different non-zero values (a shifted column cannot pass), and the totals satisfy every identity.
 */
import { APPLICATION_ROWS, GROUP_LABELS } from '../../src/parser/data/applications.js';
import { activeBlocks, APPLICANTS, ROW_ORDER, table3From, type Table2, type Table3, type Table4 } from './report-model.js';

export type { Table3 } from './report-model.js';
export const COLUMNS = [...APPLICANTS, 'total'] as const;

/** Result rows: column c holds values in 5c+1 … 5c+4, so no two columns share a value. */
export function table3(): Table3 {
  return table3From(
    (r, i) => i * 5 + ((r + i) % 4) + 1,
    (i) => 2 * i + 1,
    (i) => i + 2,
  );
}

export const TABLE4: Table4 = {
  review: [2, 1, 3, 4, 10],
  litigation: [5, 6, 7, 8, 26],
  litigationAfterReview: [9, 11, 12, 13, 45],
};

export const TABLE2: Table2 = {
  regulations: [3, 1, 17],
  normativeDocuments: [6, 2, 40],
  licensing: [128],
  punishment: [57],
  coercion: [9],
  fees: [1.25],
};

const ORGAN = '青石县自然资源局';
export const YEAR = 2023;

const INTRO = `本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制。本报告所列数据的统计期限为${YEAR}年1月1日至${YEAR}年12月31日。`;
const OVERVIEW = `${YEAR}年，我局坚持以公开为常态、不公开为例外，全年共收到政府信息公开申请${0}件。`;

/** Label cells of table 三 rows: [top label, group label, sub label]. */
function rowLabels(key: string): [string, string, string] {
  const spec = APPLICATION_ROWS.find((r) => r.key === key)!;
  if (spec.group) return ['', GROUP_LABELS[spec.group], spec.label];
  if (key === 'granted' || key === 'partial') return ['三、本年度办理结果', spec.label, ''];
  return [spec.label, '', ''];
}

function feeSentence(t: Table3): string {
  const n = t['other.2']!.total!;
  return `本年度共发出收费通知${n}件，申请人均未缴纳，实际收取信息处理费0元。`;
}

function narrative(t: Table3): string {
  return OVERVIEW.replace('申请0件', `申请${t.new!.total}件`);
}

const T2_BLOCKS = activeBlocks(TABLE2);

const PROBLEMS = '一是公开内容还不够全面；二是解读形式较为单一。下一步，我局将加强培训，丰富解读形式。';

/** Markdown with GFM pipe tables. */
export function markdownGfm(t: Table3 = table3()): string {
  const out: string[] = [`# ${ORGAN}${YEAR}年政府信息公开工作年度报告`, '', INTRO, '', '## 一、总体情况', '', narrative(t), '', '## 二、主动公开政府信息情况', ''];
  for (const [block, heads, rows] of T2_BLOCKS) {
    out.push(`| ${block} | ${heads.map(() => '').join(' | ')} |`, `| --- | ${heads.map(() => '---').join(' | ')} |`, `| 信息内容 | ${heads.join(' | ')} |`);
    for (const [label, values] of rows) out.push(`| ${label} | ${values.join(' | ')} |`);
    out.push('');
  }
  out.push('## 三、收到和处理政府信息公开申请情况', '');
  out.push('| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const key of ROW_ORDER) out.push(`| ${rowLabels(key).join(' | ')} | ${COLUMNS.map((c) => t[key]![c]).join(' | ')} |`);
  out.push('', '## 四、政府信息公开行政复议、行政诉讼情况', '');
  out.push('| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  out.push(`| ${Object.values(TABLE4).flat().join(' | ')} |`);
  out.push('', '## 五、存在的主要问题及改进情况', '', PROBLEMS, '', '## 六、其他需要报告的事项', '', feeSentence(t), '');
  return out.join('\n');
}

/** Markdown whose tables are tab-separated lines inside paragraphs, with leading empty cells (seed 000's shape). */
export function markdownTabs(t: Table3 = table3()): string {
  const out: string[] = [`# ${YEAR}`, '', `现发布《${ORGAN}${YEAR}年政府信息公开工作年度报告》。${INTRO}`, '', '## 一、总体情况', '', narrative(t), '', '## 二、主动公开政府信息情况', ''];
  const t2: string[] = [];
  for (const [block, heads, rows] of T2_BLOCKS) {
    t2.push(`${block}\t\t\t`, `信息内容\t${heads.join('\t')}`);
    for (const [label, values] of rows) t2.push(`${label}\t${values.join('\t')}${'\t'.repeat(3 - values.length)}`);
  }
  out.push(t2.join('\n'), '', '### 三、收到和处理政府信息公开申请情况', '');
  const t3 = [
    '(本列数据的勾稽关系为: 第一项加第二项之和, 等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t',
  ];
  for (const key of ROW_ORDER) {
    const [top, group, sub] = rowLabels(key);
    const values = COLUMNS.map((c) => t[key]![c]).join('\t');
    if (top && !group) t3.push(`${top}\t\t${values}\t`);
    else if (top) t3.push(`${top}\t${group}\t${values}\t`);
    else if (sub) t3.push(`\t${key.endsWith('.1') ? group : ''}\t${sub}\t${values}`);
    else t3.push(`\t${group}\t${values}\t`);
  }
  out.push(t3.join('\n'), '', '#### 四、政府信息公开工作行政复议、行政诉讼情况', '');
  out.push(['行政复议\t\t\t\t\t行政诉讼', '结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉', Object.values(TABLE4).flat().join('\t')].join('\n'));
  out.push('', '#### 五、存在的主要问题及改进情况', '', PROBLEMS, '', '## 六、其他需要报告的事项', '', feeSentence(t), '');
  return out.join('\n');
}

/** Plain text, one cell per line: a TAB-led line opens a cell, a blank line then a TAB-led line opens a row (seed 003's shape). */
export function textCellPerLine(t: Table3 = table3()): string {
  const out: string[] = [ORGAN, '', `${YEAR}年政府信息公开工作年度报告`, '', INTRO, '', '　　一、总体情况', narrative(t), '', '行政机关主动公开政府信息情况', '', '\t主动公开政府信息情况', ''];
  for (const [block, heads, rows] of T2_BLOCKS) {
    out.push(`\t${block}`, '', '\t信息内容', ...heads.map((h) => `\t${h}`), '');
    for (const [label, values] of rows) out.push(`\t${label}`, ...values.map((v) => `\t ${v}`), '');
  }
  out.push('', '行政机关收到和处理政府信息公开申请情况', '', '\t收到和处理政府信息公开申请情况', '');
  out.push('\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '\t申请人情况', '');
  out.push('\t', '\t自然人', '\t法人或其他组织', '\t总计', '');
  out.push('\t', '\t', '\t商业', '\t科研', '\t社会', '', '公益', '', '组织', '\t法律', '', '服务', '', '机构', '\t其他', '\t', '');
  out.push('\t', '\t', '\t企业', '\t机构', '\t', '\t', '\t', '\t', '');
  for (const key of ROW_ORDER) {
    const [top, group, sub] = rowLabels(key);
    const labels = [top, group, sub].filter((l, i) => l || (i === 0 && !top));
    out.push(...labels.map((l) => `\t${l}`), ...COLUMNS.map((c) => `\t${t[key]![c]}`), '');
  }
  out.push('', '因政府信息公开工作被申请行政复议、提起行政诉讼情况', '', '\t政府信息公开行政复议、行政诉讼情况', '');
  out.push('\t行政复议', '\t行政诉讼', '结', '', '果', '\t总', '', '计', '');
  out.push(...Object.values(TABLE4).flat().map((v) => `\t${v}`), '', '');
  out.push('政府信息公开工作存在的主要问题及改进情况', '', PROBLEMS, '其他需要报告的事项', feeSentence(t), '');
  return out.join('\n');
}

/** Text flattened from a web page with `|` separators, one row per line. */
export function textPipes(t: Table3 = table3()): string {
  const out: string[] = [`${ORGAN}${YEAR}年政府信息公开工作年度报告`, '', INTRO, '', '一、总体情况', narrative(t), '', '二、主动公开政府信息情况'];
  for (const [block, heads, rows] of T2_BLOCKS) {
    out.push(`${block}|||`, `信息内容|${heads.join('|')}`);
    for (const [label, values] of rows) out.push(`${label}|${values.join('|')}`);
  }
  out.push('', '三、收到和处理政府信息公开申请情况');
  out.push('申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计');
  for (const key of ROW_ORDER) out.push(`${rowLabels(key).filter(Boolean).join(' | ')} | ${COLUMNS.map((c) => t[key]![c]).join(' | ')}`);
  out.push('', '四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼', `${Object.values(TABLE4).flat().join(' | ')}`);
  out.push('', '五、存在的主要问题及改进情况', PROBLEMS, '', '六、其他需要报告的事项', feeSentence(t), '');
  return out.join('\n');
}
