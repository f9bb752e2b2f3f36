/**
 * Writes a ReportData (report-data.ts) in the layouts reports reach reportlint in: Markdown with GFM
 * tables, Markdown whose tables are tab-separated lines (a table pasted from Word), and plain text with
 * one cell per line (copied from a web page). No Node built-ins.
 */
import { OUTCOMES, type ReportData } from './report-data.js';

export type Layout = 'gfm' | 'tsv' | 'text';
export const LAYOUTS: readonly Layout[] = ['gfm', 'tsv', 'text'];

/** A table as rows of cell texts, with the number of leading label cells per row. */
type Rows = string[][];

const T3_HEAD = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const T4_HEAD = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

function activeRows(d: ReportData): Rows {
  const a = d.active;
  return [
    ['第二十条第（一）项', '', '', ''],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', ...a.regulations.map(String)],
    ['行政规范性文件', ...a.normative.map(String)],
    ['第二十条第（五）项', '', '', ''],
    ['信息内容', '本年处理决定数量', '', ''],
    ['行政许可', String(a.licensing), '', ''],
    ['第二十条第（六）项', '', '', ''],
    ['信息内容', '本年处理决定数量', '', ''],
    ['行政处罚', String(a.punishment), '', ''],
    ['行政强制', String(a.coercion), '', ''],
    ['第二十条第（八）项', '', '', ''],
    ['信息内容', '本年收费金额（单位：万元）', '', ''],
    ['行政事业性收费', a.fees, '', ''],
  ];
}

/** Table 三 with three label columns; merged label cells repeat their text, as retyped tables do. */
function applicationRows(d: ReportData): Rows {
  const v = (key: string): string[] => d.applications[key] ?? [];
  const rows: Rows = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''],
    ['', '', '', '自然人', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '总计'],
    ['', '', '', ...T3_HEAD],
    ['一、本年新收政府信息公开申请数量', '', '', ...v('new')],
    ['二、上年结转政府信息公开申请数量', '', '', ...v('carried')],
  ];
  for (const [key, group, label] of OUTCOMES) {
    rows.push(['三、本年度办理结果', group, label, ...v(key)]);
  }
  rows.push(['三、本年度办理结果', '（七）总计', '', ...v('handled')]);
  rows.push(['四、结转下年度继续办理', '', '', ...v('carryForward')]);
  return rows;
}

function reviewRows(d: ReportData): Rows {
  return [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    [...T4_HEAD, ...T4_HEAD, ...T4_HEAD],
    [...d.review],
  ];
}

interface Part {
  heading?: string;
  paragraphs?: string[];
  table?: Rows;
  /** Leading label cells per row (the rest are values). */
  labels?: number;
}

/** 《条例》第五十条（四）: a people's government's own report also states 工作考核、社会评议和责任追究. */
function accountability(d: ReportData): string[] {
  return /人民政府$/.test(d.organ) ? ['将政府信息公开工作纳入年度绩效考核，主动接受社会评议，全年未发生责任追究情况。'] : [];
}

function parts(d: ReportData): Part[] {
  const newTotal = d.applications['new']?.[6] ?? '0';
  const out: Part[] = [
    { paragraphs: [`本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。${d.periodText}如对本报告有疑问，请与${d.organ}办公室联系。`] },
    { heading: '一、总体情况', paragraphs: [`${d.year}年，${d.organ}共收到政府信息公开申请${newTotal}件，均在法定期限内答复。`, ...d.paragraphs.overview, ...accountability(d)] },
    { heading: '二、主动公开政府信息情况', table: activeRows(d), labels: 1 },
    { heading: '三、收到和处理政府信息公开申请情况', table: applicationRows(d), labels: 3 },
    { heading: '四、政府信息公开行政复议、行政诉讼情况', table: reviewRows(d), labels: 0 },
    { heading: '五、存在的主要问题及改进情况', paragraphs: d.paragraphs.problems },
    { heading: '六、其他需要报告的事项', paragraphs: [d.feeText] },
    { paragraphs: [d.organ, d.publishedOn] },
  ];
  return d.defect === 'missing-section' ? out.filter((p) => !p.heading?.startsWith('六')) : out;
}

const title = (d: ReportData): string => `${d.organ}${d.year}年政府信息公开工作年度报告`;
const esc = (s: string): string => s.replace(/\|/g, '\\|');

function gfmTable(rows: Rows): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]): string => `| ${Array.from({ length: width }, (_, i) => esc(r[i] ?? '')).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

export function renderReport(d: ReportData, layout: Layout): string {
  if (layout === 'text') return renderText(d);
  const blocks = [`# ${title(d)}`];
  for (const p of parts(d)) {
    if (p.heading) blocks.push(`## ${p.heading}`);
    for (const para of p.paragraphs ?? []) if (para) blocks.push(para);
    if (p.table) blocks.push(layout === 'gfm' ? gfmTable(p.table) : p.table.map((r) => r.join('\t')).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** One cell per line, a tab before each cell and a blank line between rows (seed 003's shape). */
function renderText(d: ReportData): string {
  const lines = [d.organ, '', `${d.year}年政府信息公开工作年度报告`, ''];
  for (const p of parts(d)) {
    if (p.heading) lines.push(p.heading);
    for (const para of p.paragraphs ?? []) if (para) lines.push(para, '');
    if (p.table) {
      p.table.forEach((row, r) => {
        for (const cell of flattenRow(row, p.table?.[r - 1], p.labels ?? 0)) lines.push(`\t${cell}`);
        lines.push('');
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A row as a web page's text copy gives it: a label merged with the row above is an empty line, and
 * empty label cells after the row's own label disappear; value cells stay where they are.
 */
function flattenRow(row: string[], above: string[] | undefined, labels: number): string[] {
  const head = row.slice(0, labels).map((cell, i) => (cell && cell === above?.[i] ? '' : cell));
  const last = head.reduce((at, cell, i) => (cell ? i : at), -1);
  const kept = head.filter((cell, i) => i <= last || cell);
  return [...kept, ...row.slice(labels).filter((cell, i, all) => cell || all.slice(i).some(Boolean))];
}
