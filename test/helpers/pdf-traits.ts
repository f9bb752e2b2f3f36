/**
 * Hand-laid PDFs with the traits of real published reports (issue 13), drawn item by item with pdf-writer.ts:
 * a running header and a page number on every page, table 三 broken by a page, its labels spaced out
 * ("三 、本 年 度办 理 结果"), the vertical label 三、本年度办理结果 one character per line between the rows,
 * group labels centred on their rows, a wrapped row label whose values sit between its two halves, a label on
 * a slightly different baseline from its values, a misspelt label (其他法律行政止公开), and table 四 as one
 * line of 15 values under a three-row header. The figures are pdf-report.ts's, so the Markdown agrees.
 */
import {
  ACTIVE_CONTENT_HEAD,
  activeBlocks,
  APPLICATION_ROWS,
  APPLICATIONS_HEADER,
  columnLabel,
  COLUMNS,
  GROUP_LABELS,
  HEADING,
  ORGANISATION_COLUMNS,
  OTHER_SUB_ROWS,
  REVIEW_HEADS,
  REVIEW_TOP,
  reviewGroupWords,
  rowLabel,
} from '../fuzz/template.js';
import { buildPdf, type PageSpec, type PdfOptions, type TextOp } from './pdf-writer.js';
import { APPLICANTS, FEE_NOTICES, NEW_TOTAL, ORGAN, TABLE3, TABLE4, YEAR } from './pdf-report.js';

const BODY = 12;
const SMALL = 10.5;
const LEFT = 72;
const RIGHT = 523;
const TOP = 90;
const BOTTOM = 770;

const widthOf = (text: string, size: number): number =>
  [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x7f ? 0.5 : 1), 0) * size;

/** Lays out lines top to bottom, starting a new page (with its header and page number) when one is full. */
class Sheet {
  readonly pages: PageSpec[] = [];
  private texts: TextOp[] = [];
  y = TOP;

  constructor(private readonly header: string) {
    this.newPage();
  }

  newPage(): void {
    if (this.pages.length > 0 || this.texts.length > 0) this.pages.push({ texts: this.texts });
    this.texts = [{ x: (595 - widthOf(this.header, 9)) / 2, y: 50, size: 9, text: this.header }];
    const n = this.pages.length + 1;
    const footer = `- ${n} -`;
    this.texts.push({ x: (595 - widthOf(footer, 10)) / 2, y: 805, size: 10, text: footer });
    this.y = TOP;
  }

  /** Room for `height` more points, or a new page. */
  need(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  text(x: number, y: number, text: string, size = SMALL): void {
    this.texts.push({ x, y, size, text });
  }

  /** Characters drawn one by one with `gap` em between them: "三 、本 年 度". */
  spaced(x: number, y: number, text: string, gaps: number[], size = SMALL): void {
    let at = x;
    [...text].forEach((ch, i) => {
      this.text(at, y, ch, size);
      at += widthOf(ch, size) + (gaps[i % gaps.length] ?? 0) * size;
    });
  }

  paragraph(text: string, indent = 2, size = BODY): void {
    let line = '';
    let first = true;
    const flush = (): void => {
      this.need(size * 1.8);
      this.text(LEFT + (first ? indent * size : 0), this.y, line, size);
      this.y += size * 1.8;
      line = '';
      first = false;
    };
    for (const ch of text) {
      const room = RIGHT - LEFT - (first ? indent * size : 0);
      if (widthOf(line + ch, size) > room) flush();
      line += ch;
    }
    if (line) flush();
  }

  finish(): PageSpec[] {
    this.pages.push({ texts: this.texts });
    this.texts = [];
    return this.pages;
  }
}

const VALUE_X = [318, 350, 382, 414, 446, 478, 510];
const ROW = 20;

/** Table 三 cells left blank (row key → column keys): nothing is drawn for them, as in a real PDF. */
export type Blanks = Record<string, readonly string[]>;
let blanks: Blanks = {};
/** Table 三 printed without its 总计 column (header word and figures), its row （七）总计 kept (rtAE 5). */
let noTotal = false;

function values(sheet: Sheet, y: number, key: string): void {
  [...APPLICANTS, 'total'].forEach((col, i) => {
    if (blanks[key]?.includes(col) || (noTotal && col === 'total')) return;
    const v = String(TABLE3[key]?.[col] ?? '');
    sheet.text(VALUE_X[i]! + (24 - widthOf(v, SMALL)) / 2, y, v);
  });
}

/** Table 三 with every trait; `otherAsOneRow` prints （六）其他处理 as a single row without its sub-rows. */
function applicationsTable(sheet: Sheet, otherAsOneRow = false): void {
  sheet.need(80);
  const top = sheet.y;
  // The note wrapped at 15 characters a line, the column words at two characters a line (商业 / 企业).
  APPLICATIONS_HEADER.note.match(/.{1,15}/g)!.forEach((line, i) => sheet.text(76, top + 8 + 14 * i, line, SMALL));
  sheet.text(404, top, APPLICATIONS_HEADER.applicants);
  sheet.text(VALUE_X[0]! - 3, top + 22, columnLabel('natural'));
  sheet.text(377, top + 14, APPLICATIONS_HEADER.organisations);
  if (!noTotal) sheet.text(VALUE_X[6]! + 4, top + 22, columnLabel('total'));
  const pieces = ORGANISATION_COLUMNS.map((col) => columnLabel(col).match(/../g)!);
  for (let line = 0; line < 3; line++) {
    pieces.forEach((p, i) => {
      const piece = p[line];
      if (piece) sheet.text(VALUE_X[i + 1]! + 4, top + 32 + 13 * line, piece);
    });
  }
  sheet.y = top + 80;

  const row = (key: string, draw: (y: number) => void): void => {
    sheet.need(ROW * 2);
    draw(sheet.y);
    values(sheet, sheet.y, key);
    sheet.y += ROW;
  };
  const label = rowLabel;
  row('new', (y) => sheet.spaced(76, y, `${label('new')[0]} ${label('new').slice(1)}`, [0]));
  row('carried', (y) => sheet.spaced(76, y, label('carried'), [0.3]));
  // 三、本年度办理结果, one character per line, spread between the rows it labels.
  sheet.need(ROW * 9);
  const verticalTop = sheet.y;
  [...APPLICATIONS_HEADER.results].forEach((ch, i) => sheet.text(48, verticalTop + 10 + i * 14, ch));
  row('granted', (y) => sheet.text(110, y, label('granted')));
  // Wrapped: the values sit between the label's two halves.
  sheet.need(ROW * 3);
  sheet.text(104, sheet.y - 4, label('partial').slice(0, 16));
  values(sheet, sheet.y + 4, 'partial');
  sheet.text(120, sheet.y + 12, label('partial').slice(16));
  sheet.y += ROW + 8;

  const outcomes = APPLICATION_ROWS.filter((r) => r.group && (!otherAsOneRow || r.group !== 'other'));
  outcomes.forEach((spec) => {
    // 2.其他法律行政法规禁止公开 misspelt 2.其他法律行政止公开.
    const text = spec.key === 'denied.2' ? spec.label.replace('法规禁', '') : spec.label;
    const groupRows = outcomes.filter((r) => r.group === spec.group).length;
    const index = outcomes.filter((r) => r.group === spec.group).indexOf(spec);
    if (spec.key === 'rejected.2') {
      // Label set a little lower than its values (another font size, another baseline).
      sheet.need(ROW * 2);
      sheet.text(134, sheet.y + 4.5, text, 11);
      values(sheet, sheet.y, spec.key);
      sheet.y += ROW;
    } else if (spec.key === 'other.2') {
      // Wrapped over three lines, the values between the first two.
      sheet.need(ROW * 3);
      sheet.text(134, sheet.y - 4.5, text.slice(0, 13));
      values(sheet, sheet.y + 2, spec.key);
      sheet.text(134, sheet.y + 8.5, text.slice(13, 26));
      sheet.text(134, sheet.y + 21.5, text.slice(26));
      sheet.y += ROW + 20;
    } else if (spec.key === 'other.1') {
      // Wrapped over three lines, the values on the middle one.
      sheet.need(ROW * 3);
      sheet.y += 8;
      sheet.text(134, sheet.y - 13, text.slice(0, 12));
      sheet.text(134, sheet.y, text.slice(12, 23));
      values(sheet, sheet.y, spec.key);
      sheet.text(134, sheet.y + 13, text.slice(23));
      sheet.y += ROW + 12;
    } else row(spec.key, (y) => sheet.text(134, y, text, text.length > 16 ? 9 : SMALL));
    // The group label centred on its rows: printed between two rows half way down the group.
    if (index === Math.floor((groupRows - 1) / 2)) sheet.text(66, sheet.y - ROW / 2 + 2, GROUP_LABELS[spec.group!], 9);
  });
  if (otherAsOneRow) {
    const sum = (col: string): number => OTHER_SUB_ROWS.reduce((s, k) => s + (TABLE3[k]?.[col] ?? 0), 0);
    sheet.need(ROW * 2);
    sheet.text(104, sheet.y, GROUP_LABELS.other);
    COLUMNS.forEach((col, i) => sheet.text(VALUE_X[i]! + 2, sheet.y, String(sum(col))));
    sheet.y += ROW;
  }
  row('handled', (y) =>
    sheet.spaced(110, y, `${label('handled').slice(0, -1)} ${label('handled').slice(-1)}`, [0, 0, 0, 0, 1.5]),
  );
  row('carryForward', (y) => sheet.text(76, y, label('carryForward')));
  sheet.y += 10;
}

/** Table 四: a three-row header (two characters per line in its narrow columns), then one line of 15 values. */
function reviewTable(sheet: Sheet): void {
  sheet.need(120);
  const top = sheet.y;
  const x = (i: number): number => 70 + i * 30;
  sheet.text(x(1), top, REVIEW_TOP[0]);
  sheet.text(x(9), top, REVIEW_TOP[1]);
  sheet.text(x(5) + 4, top + 20, reviewGroupWords('litigation')[1]!, 9);
  sheet.text(x(10) + 12, top + 20, reviewGroupWords('litigationAfterReview')[1]!, 9);
  // Two characters a line in the narrow columns: 结果 / 维持.
  const heads: Array<[string, string]> = REVIEW_HEADS.map((h) => [h.slice(0, 2), h.slice(2)]);
  heads.forEach(([a, b], i) => {
    sheet.text(x(i) + 4, top + 30, a);
    if (b) sheet.text(x(i) + 4, top + 43, b);
  });
  for (let g = 1; g < 3; g++)
    heads.forEach(([a, b], i) => {
      sheet.text(x(g * 5 + i) + 4, top + 40, a);
      if (b) sheet.text(x(g * 5 + i) + 4, top + 53, b);
    });
  const all = [...TABLE4['review']!, ...TABLE4['litigation']!, ...TABLE4['litigationAfterReview']!];
  all.forEach((v, i) => sheet.text(x(i) + 8, top + 76, String(v)));
  sheet.y = top + 100;
}

function activeTable(sheet: Sheet): void {
  const figures = {
    regulations: [4, 2, 19],
    normativeDocuments: [7, 3, 36],
    licensing: [286],
    punishment: [73],
    coercion: [12],
    fees: [2.6],
  };
  const rows: Array<[string, string[]]> = activeBlocks(figures).flatMap(([item, heads, lines]): Array<[string, string[]]> => [
    [item, []],
    [ACTIVE_CONTENT_HEAD, heads],
    ...lines.map(([label, values]): [string, string[]] => [label, values.map(String)]),
  ]);
  // Rows set close, so that table 三 starts on the first page and is broken by the page.
  for (const [label, cells] of rows) {
    sheet.need(ROW);
    if (cells.length === 0) sheet.text(250, sheet.y, label);
    else {
      sheet.text(80, sheet.y, label);
      cells.forEach((c, i) => sheet.text(cells.length === 1 ? 300 : 210 + i * 100, sheet.y, c));
    }
    sheet.y += 15;
  }
  sheet.y += 8;
}

function heading(sheet: Sheet, text: string): void {
  sheet.need(BODY * 4);
  sheet.y += 6;
  sheet.text(LEFT + 2 * BODY, sheet.y, text, BODY);
  sheet.y += BODY * 2;
}

/** The whole report with every trait; page 1 ends inside table 三 (`withoutTotal`: its 总计 column not printed). */
export function traitsReport(otherAsOneRow = false, pdf: PdfOptions = {}, blank: Blanks = {}, withoutTotal = false): Uint8Array {
  blanks = blank;
  noTotal = withoutTotal;
  const title = `${ORGAN}${YEAR}年政府信息公开工作年度报告`;
  const sheet = new Sheet(title);
  sheet.text((595 - widthOf(title, 16)) / 2, sheet.y, title, 16);
  sheet.y += 40;
  sheet.paragraph(
    `本报告依据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的要求编制。本报告所列数据的统计期限为${YEAR}年1月1日至${YEAR}年12月31日。如对本报告有疑问，请与${ORGAN}办公室联系。`,
  );
  heading(sheet, HEADING.overview);
  sheet.paragraph(
    `${YEAR}年，本局围绕交通运输重点工作，深化政务公开，规范依申请公开办理流程。全年共收到政府信息公开申请${NEW_TOTAL}件，均在法定期限内答复。`,
  );
  sheet.paragraph('全年主动公开政府信息2140条，发布政策解读37篇，回应社会关切问题64个，线上线下同步开展政府开放日活动。');
  heading(sheet, HEADING.active);
  activeTable(sheet);
  heading(sheet, HEADING.applications);
  applicationsTable(sheet, otherAsOneRow);
  heading(sheet, HEADING.review);
  reviewTable(sheet);
  heading(sheet, HEADING.problems);
  sheet.paragraph(
    '一是政策解读的形式仍以文字为主，图解、音视频解读偏少；二是部分依申请公开答复文书的说理不够充分。下一步，本局将丰富解读形式，加强答复文书的审核把关，并组织业务培训。',
  );
  heading(sheet, HEADING.other);
  sheet.paragraph(`本年度共发出收费通知${FEE_NOTICES}件，申请人均未缴纳，实际收取信息处理费0元。`);
  sheet.y += 20;
  sheet.text(RIGHT - widthOf(ORGAN, BODY), sheet.y, ORGAN, BODY);
  sheet.y += 24;
  const date = `${YEAR + 1}年1月18日`;
  sheet.text(RIGHT - widthOf(date, BODY), sheet.y, date, BODY);
  return buildPdf(sheet.finish(), pdf);
}

/** A scanned page: an image and no text at all. */
export function scannedReport(): Uint8Array {
  return buildPdf([{ image: true }, { image: true }]);
}

/** A report nobody can open without its password. */
export function encryptedReport(): Uint8Array {
  return buildPdf([{ texts: [{ x: 72, y: 100, size: 12, text: `${ORGAN}${YEAR}年政府信息公开工作年度报告` }] }], {
    encrypted: true,
  });
}
