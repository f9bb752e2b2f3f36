/**
 * One report of our own, rendered in every layout the parser reads. Every column of tables 三 and 四 holds
 * different non-zero values (a shifted column cannot pass), and the totals satisfy every identity.
 */
import { HEADINGS as WORDINGS } from '../fuzz/model.js';
import {
  APPLICATIONS_HEADER,
  COLUMN_LABEL_LIST,
  columnLabel,
  GROUP_LABELS,
  groupOf,
  HEADING,
  HEADING_WORDS,
  ORGANISATION_COLUMNS,
  REVIEW_HEADS,
  REVIEW_TOP,
  reviewGroupWords,
  rowLabel,
  ACTIVE_CONTENT_HEAD,
  activeBlocks,
  APPLICANTS,
  ROW_ORDER,
  type Table2,
} from '../fuzz/template.js';
import { table3From, type Table3, type Table4 } from './report-model.js';

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
  const group = groupOf(key);
  // This report writes （二） with the parser data's short label, not the template's full one.
  const label = key === 'partial' ? '（二）部分公开' : rowLabel(key);
  if (group) return ['', GROUP_LABELS[group], label];
  if (key === 'granted' || key === 'partial') return [APPLICATIONS_HEADER.results, label, ''];
  return [label, '', ''];
}

/** The header note without its brackets, with half-width punctuation, as a converter writes it. */
const NOTE = APPLICATIONS_HEADER.note.slice(1, -1);
const NOTE_ASCII = `(${NOTE.replace(/：/g, ': ').replace(/，/g, ', ')})`;
/** A four-character head written as two words: 结果 维持. */
const spaced = (head: string): string => (head.length === 4 ? `${head.slice(0, 2)} ${head.slice(2)}` : head);
/** Table 四's two top heads over their 5 and 10 columns, joined by `sep`. */
const reviewTop = (sep: string): string => `${REVIEW_TOP[0]}${sep.repeat(5)}${REVIEW_TOP[1]}`;

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
  const out: string[] = [
    `# ${ORGAN}${YEAR}年政府信息公开工作年度报告`,
    '',
    INTRO,
    '',
    `## ${HEADING.overview}`,
    '',
    narrative(t),
    '',
    `## ${HEADING.active}`,
    '',
  ];
  for (const [block, heads, rows] of T2_BLOCKS) {
    out.push(
      `| ${block} | ${heads.map(() => '').join(' | ')} |`,
      `| --- | ${heads.map(() => '---').join(' | ')} |`,
      `| 信息内容 | ${heads.join(' | ')} |`,
    );
    for (const [label, values] of rows) out.push(`| ${label} | ${values.join(' | ')} |`);
    out.push('');
  }
  out.push(`## ${HEADING.applications}`, '');
  out.push(`| ${NOTE} | | | ${COLUMN_LABEL_LIST.join(' | ')} |`);
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const key of ROW_ORDER) out.push(`| ${rowLabels(key).join(' | ')} | ${COLUMNS.map((c) => t[key]![c]).join(' | ')} |`);
  out.push('', `## ${HEADING.review}`, '');
  out.push(
    `| ${REVIEW_TOP[0]}${' |'.repeat(5)} ${REVIEW_TOP[1]}${' |'.repeat(10)}`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  out.push(`| ${Object.values(TABLE4).flat().join(' | ')} |`);
  out.push('', `## ${HEADING.problems}`, '', PROBLEMS, '', `## ${HEADING.other}`, '', feeSentence(t), '');
  return out.join('\n');
}

/** Markdown whose tables are tab-separated lines inside paragraphs, with leading empty cells (seed 000's shape). */
export function markdownTabs(t: Table3 = table3()): string {
  const out: string[] = [
    `# ${YEAR}`,
    '',
    `现发布《${ORGAN}${YEAR}年政府信息公开工作年度报告》。${INTRO}`,
    '',
    `## ${HEADING.overview}`,
    '',
    narrative(t),
    '',
    `## ${HEADING.active}`,
    '',
  ];
  const t2: string[] = [];
  for (const [block, heads, rows] of T2_BLOCKS) {
    t2.push(`${block}\t\t\t`, `信息内容\t${heads.join('\t')}`);
    for (const [label, values] of rows) t2.push(`${label}\t${values.join('\t')}${'\t'.repeat(3 - values.length)}`);
  }
  out.push(t2.join('\n'), '', `### ${HEADING.applications}`, '');
  const t3 = [
    `${NOTE_ASCII}\t\t${APPLICATIONS_HEADER.applicants}\t\t\t\t\t\t${columnLabel('total')}\t`,
    `\t\t${columnLabel('natural')}\t${APPLICATIONS_HEADER.organisations}\t\t\t\t\t\t`,
    `\t\t\t${ORGANISATION_COLUMNS.map(columnLabel).join('\t')}\t\t`,
  ];
  for (const key of ROW_ORDER) {
    const [top, group, sub] = rowLabels(key);
    const values = COLUMNS.map((c) => t[key]![c]).join('\t');
    if (top && !group) t3.push(`${top}\t\t${values}\t`);
    else if (top) t3.push(`${top}\t${group}\t${values}\t`);
    else if (sub) t3.push(`\t${key.endsWith('.1') ? group : ''}\t${sub}\t${values}`);
    else t3.push(`\t${group}\t${values}\t`);
  }
  out.push(t3.join('\n'), '', `#### 四、${WORDINGS.review[2]}`, '');
  const litigation = ['litigation', 'litigationAfterReview'].map((g) => reviewGroupWords(g)[1]).join('\t'.repeat(5));
  out.push(
    [reviewTop('\t'), `${REVIEW_HEADS.map(spaced).join('\t')}\t${litigation}`, Object.values(TABLE4).flat().join('\t')].join(
      '\n',
    ),
  );
  out.push('', `#### ${HEADING.problems}`, '', PROBLEMS, '', `## ${HEADING.other}`, '', feeSentence(t), '');
  return out.join('\n');
}

/** Plain text, one cell per line: a TAB-led line opens a cell, a blank line then a TAB-led line opens a row (seed 003's shape). */
export function textCellPerLine(t: Table3 = table3()): string {
  const out: string[] = [
    ORGAN,
    '',
    `${YEAR}年政府信息公开工作年度报告`,
    '',
    INTRO,
    '',
    `　　${HEADING.overview}`,
    narrative(t),
    '',
    WORDINGS.active[1]!,
    '',
    `\t${HEADING_WORDS.active}`,
    '',
  ];
  for (const [block, heads, rows] of T2_BLOCKS) {
    out.push(`\t${block}`, '', `\t${ACTIVE_CONTENT_HEAD}`, ...heads.map((h) => `\t${h}`), '');
    for (const [label, values] of rows) out.push(`\t${label}`, ...values.map((v) => `\t ${v}`), '');
  }
  out.push('', WORDINGS.applications[1]!, '', `\t${HEADING_WORDS.applications}`, '');
  out.push(`\t${APPLICATIONS_HEADER.note}`, `\t${APPLICATIONS_HEADER.applicants}`, '');
  out.push('\t', `\t${columnLabel('natural')}`, `\t${APPLICATIONS_HEADER.organisations}`, `\t${columnLabel('total')}`, '');
  // Header words wrapped two characters a line, as a narrow printed column has them (商业 / 企业, 社会 / 公益 / 组织):
  // a four-character word goes on to the next row; a longer one stays in its cell, one line each.
  const pieces = (col: string): string[] => columnLabel(col).match(/../g)!;
  out.push(
    '\t',
    '\t',
    ...ORGANISATION_COLUMNS.flatMap((col) =>
      pieces(col).length === 3
        ? [
            `\t${pieces(col)[0]}`,
            ...pieces(col)
              .slice(1)
              .flatMap((p) => ['', p]),
          ]
        : [`\t${pieces(col)[0]}`],
    ),
    '\t',
    '',
  );
  out.push('\t', '\t', ...ORGANISATION_COLUMNS.map((col) => (pieces(col).length === 2 ? `\t${pieces(col)[1]}` : '\t')), '\t', '');
  for (const key of ROW_ORDER) {
    const [top, group, sub] = rowLabels(key);
    const labels = [top, group, sub].filter((l, i) => l || (i === 0 && !top));
    out.push(...labels.map((l) => `\t${l}`), ...COLUMNS.map((c) => `\t${t[key]![c]}`), '');
  }
  out.push('', WORDINGS.review[1]!, '', `\t${HEADING_WORDS.review}`, '');
  // Stray characters of the heads 结果 and 总计, one a line, as a PDF's text leaves them.
  const apart = (word: string, lead = ''): string[] => [...word].flatMap((ch, i) => (i ? ['', ch] : [lead + ch]));
  out.push(...REVIEW_TOP.map((h) => `\t${h}`), ...apart(REVIEW_HEADS[0]!.slice(0, 2)), ...apart(REVIEW_HEADS[4]!, '\t'), '');
  out.push(
    ...Object.values(TABLE4)
      .flat()
      .map((v) => `\t${v}`),
    '',
    '',
  );
  out.push(WORDINGS.problems[1]!, '', PROBLEMS, HEADING_WORDS.other, feeSentence(t), '');
  return out.join('\n');
}

/** Text flattened from a web page with `|` separators, one row per line. */
export function textPipes(t: Table3 = table3()): string {
  const out: string[] = [
    `${ORGAN}${YEAR}年政府信息公开工作年度报告`,
    '',
    INTRO,
    '',
    HEADING.overview,
    narrative(t),
    '',
    HEADING.active,
  ];
  for (const [block, heads, rows] of T2_BLOCKS) {
    out.push(`${block}|||`, `信息内容|${heads.join('|')}`);
    for (const [label, values] of rows) out.push(`${label}|${values.join('|')}`);
  }
  out.push('', HEADING.applications);
  out.push([APPLICATIONS_HEADER.applicants, ...COLUMN_LABEL_LIST].join(' | '));
  for (const key of ROW_ORDER)
    out.push(`${rowLabels(key).filter(Boolean).join(' | ')} | ${COLUMNS.map((c) => t[key]![c]).join(' | ')}`);
  out.push('', HEADING.review, REVIEW_TOP.join(' | '), `${Object.values(TABLE4).flat().join(' | ')}`);
  out.push('', HEADING.problems, PROBLEMS, '', HEADING.other, feeSentence(t), '');
  return out.join('\n');
}
