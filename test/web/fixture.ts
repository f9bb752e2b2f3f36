/**
 * An invented annual report for the page test (our own organ and figures, all distinct and non-zero,
 * identities consistent), with switches that plant known defects, rendered as Markdown and as a .docx
 * built from WordprocessingML with jszip.
 */
import JSZip from 'jszip';
import {
  ACTIVE_CONTENT_HEAD,
  activeBlocks,
  APPLICATIONS_HEADER,
  COLUMN_LABEL_LIST,
  GROUP_LABELS,
  groupOf,
  HEADING,
  RESULT_ROWS,
  REVIEW_GROUPS,
  REVIEW_HEADS,
  reviewGroupWords,
  rowLabel,
} from '../fuzz/template.js';

export interface Defects {
  /** Table 三: one outcome cell too high by 5 (row and column totals then both disagree at that cell). */
  wrongCell?: boolean;
  /** Table 四: the 行政复议 total off by 2. */
  wrongReviewTotal?: boolean;
  /** Drop section 五 entirely. */
  dropProblems?: boolean;
  /** The statistical period covers half a year. */
  halfYear?: boolean;
  /** Section 六 says no fee notice was issued, while table 三 counts unpaid fee notices. */
  noNoticeClaim?: boolean;
  /** Extra narrative paragraphs in section 一 (to make a large report). */
  padding?: number;
}

type Block = { kind: 'title' | 'heading' | 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

const ORGAN = '澄江县自然资源和规划局';
const COLS = COLUMN_LABEL_LIST;
/** Result rows' labels, a grouped row's group label and its own joined by a space: （三）不予公开 1.属于国家秘密. */
const RESULTS = RESULT_ROWS.map((key) => {
  const group = groupOf(key);
  return group ? `${GROUP_LABELS[group]} ${rowLabel(key)}` : rowLabel(key);
});

/** Outcome row r, applicant column c: r + 2 + 23c (distinct, non-zero). */
const outcome = (r: number, c: number) => r + 2 + 23 * c;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const withTotal = (xs: number[]) => [...xs, sum(xs)].map(String);

function applications(d: Defects): string[][] {
  const cols = [0, 1, 2, 3, 4, 5];
  const results = RESULTS.map((_, r) => cols.map((c) => outcome(r, c)));
  const handled = cols.map((c) => sum(results.map((row) => row[c] ?? 0)));
  const carried = cols.map((c) => 4 + 3 * c);
  const forward = cols.map((c) => 7 + 2 * c);
  const fresh = cols.map((c) => (handled[c] ?? 0) + (forward[c] ?? 0) - (carried[c] ?? 0));
  const rows = [
    ['项目', ...COLS],
    [rowLabel('new'), ...withTotal(fresh)],
    [rowLabel('carried'), ...withTotal(carried)],
    ...RESULTS.map((label, r) => [`${APPLICATIONS_HEADER.results} ${label}`, ...withTotal(results[r] ?? [])]),
    [`${APPLICATIONS_HEADER.results} ${rowLabel('handled')}`, ...withTotal(handled)],
    [rowLabel('carryForward'), ...withTotal(forward)],
  ];
  // Row 4 of the table body is （二）部分公开; its 科研机构 cell stated 5 too high (the planted error).
  if (d.wrongCell) rows[4]![3] = String(Number(rows[4]![3]) + 5);
  return rows;
}

export const FEE_NOTICES = sum([0, 1, 2, 3, 4, 5].map((c) => outcome(RESULTS.length - 2, c)));
export const WRONG_CELL = { row: 'partial', column: 'research', stated: outcome(1, 2) + 5, expected: outcome(1, 2) };

function review(d: Defects): string[][] {
  const head = REVIEW_GROUPS.flatMap((group) => REVIEW_HEADS.map((h) => [...reviewGroupWords(group), h].join(' ')));
  const first = [3, 4, 5, 6, d.wrongReviewTotal ? 20 : 18];
  return [head, [...first, 7, 8, 9, 10, 34, 1, 2, 11, 12, 26].map(String)];
}

/** Table 二 as rows five cells wide: the item and the heads on one row, then a row for each label. */
const pad = (cells: string[]): string[] => [...cells, '', '', '', '', ''].slice(0, 5);
const active: string[][] = activeBlocks({
  regulations: [4, 2, 27],
  normativeDocuments: [9, 3, 45],
  licensing: [512],
  punishment: [87],
  coercion: [13],
  fees: [2.35],
}).flatMap(([item, heads, rows]) => [
  pad([item, ACTIVE_CONTENT_HEAD, ...heads]),
  ...rows.map(([label, values]) => pad(['', label, ...values.map(String)])),
]);

const NARRATIVE = '本局围绕自然资源管理重点工作，及时发布国土空间规划、用地审批和矿产资源管理等信息，方便群众查询办事。';

export function report(d: Defects = {}): Block[] {
  const period = d.halfYear ? '2023年1月1日至2023年6月30日' : '2023年1月1日至2023年12月31日';
  const fee = d.noNoticeClaim
    ? '本年度未发出收费通知，未收取信息处理费。'
    : `本年度共发出收费通知${FEE_NOTICES}件，实际收取信息处理费0元。`;
  return [
    { kind: 'title', text: `${ORGAN}2023年政府信息公开工作年度报告` },
    { kind: 'paragraph', text: `本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为${period}。` },
    { kind: 'heading', text: HEADING.overview },
    { kind: 'paragraph', text: '2023年，本局认真落实政府信息公开各项要求，持续提升公开质量。' },
    ...Array.from({ length: d.padding ?? 0 }, (_, i): Block => ({ kind: 'paragraph', text: `（${i + 1}）${NARRATIVE}` })),
    { kind: 'heading', text: HEADING.active },
    { kind: 'table', rows: active },
    { kind: 'heading', text: HEADING.applications },
    { kind: 'table', rows: applications(d) },
    { kind: 'heading', text: HEADING.review },
    { kind: 'table', rows: review(d) },
    ...(d.dropProblems
      ? []
      : [
          { kind: 'heading', text: HEADING.problems } as Block,
          { kind: 'paragraph', text: '政策解读的形式还不够丰富。下一步将增加图解和问答。' } as Block,
        ]),
    { kind: 'heading', text: HEADING.other },
    { kind: 'paragraph', text: fee },
  ];
}

/** The blocks as lines of cells, for test/web/pdf.ts. */
export function toLines(blocks: Block[]): Array<{ cells: string[] }> {
  return blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((cells) => ({ cells })) : [{ cells: [b.text] }]));
}

export function toMarkdown(blocks: Block[]): string {
  return `${blocks
    .map((b) => {
      if (b.kind !== 'table') return b.kind === 'title' ? `# ${b.text}` : b.kind === 'heading' ? `## ${b.text}` : b.text;
      const [head = [], ...body] = b.rows;
      const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
    })
    .join('\n\n')}\n`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

export async function toDocx(blocks: Block[]): Promise<Uint8Array> {
  const body = blocks
    .map((b) => {
      if (b.kind !== 'table') return para(b.text, b.kind !== 'paragraph');
      const width = b.rows[0]?.length ?? 0;
      const grid = `<w:tblGrid>${'<w:gridCol w:w="700"/>'.repeat(width)}</w:tblGrid>`;
      const rows = b.rows.map(
        (r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/></w:tcPr>${para(c)}</w:tc>`).join('')}</w:tr>`,
      );
      return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * The report as a web page saved from a government site: <font face> markup, inline styles, a script and a
 * remote image and stylesheet, none of which may show or load in the page's rendering.
 */
export function toHtml(blocks: Block[]): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'title') return `<p align="center"><font face="方正小标宋简体" size="5"><b>${esc(b.text)}</b></font></p>`;
      if (b.kind === 'heading') return `<p style="text-indent:2em"><font face="黑体">${esc(b.text)}</font></p>`;
      if (b.kind !== 'table') return `<p style="text-indent:2em"><font face="仿宋_GB2312" size="3">${esc(b.text)}</font></p>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td><font face="宋体" size="2">${esc(c)}</font></td>`).join('')}</tr>`);
      return `<table border="1" cellspacing="0">${rows.join('')}</table>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title>
<link rel="stylesheet" href="https://www.example.gov.cn/site.css"><script>document.title = 'SCRIPT RAN'; window.__ran = true;</script></head>
<body><img src="https://www.example.gov.cn/banner.png" alt="banner">${body}
<script src="https://www.example.gov.cn/stat.js"></script></body></html>`;
}
