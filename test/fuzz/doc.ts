/**
 * The model as a document: title, preamble, table of contents, six sections with their tables (cells with
 * their spans), notes and signature, with the structural variations applied (heading numbering and wording,
 * table 二 as one or four tables, table 三's group labels, split tables, placeholders and digit forms). Every
 * renderer (render-*.ts) serialises these blocks; what differs between layouts is only how they are written.
 */
import { NUMERALS } from '../../src/parser/data/sections.js';
import type { SectionKey } from '../../src/parser/types.js';
import { applicationsHeaderGrid, layout } from '../helpers/report-model.js';
import { COLUMNS, has, HEADINGS, labelLostRow, rng, SECTIONS, type Model } from './model.js';
import {
  ACTIVE_CONTENT_HEAD,
  activeBlocks,
  APPLICATION_ROWS,
  APPLICATIONS_HEADER,
  GROUP_LABELS,
  groupSize,
  HEADING_WORDS,
  OTHER_SUB_ROWS,
  RESULT_ROWS,
  REVIEW_GROUPS,
  REVIEW_HEADS,
  REVIEW_TOP,
  reviewGroupWords,
  rowLabel,
} from './template.js';

export interface DCell {
  /** '\n' marks a line break inside the cell (a label split over lines or printed vertically). */
  text: string;
  colspan?: number;
  rowspan?: number;
  /** A value cell (a figure, blank or placeholder), as opposed to a label or header. */
  value?: boolean;
  /** Padded with empty paragraphs / &nbsp; where the layout can (html, docx). */
  pad?: boolean;
}
export type DGrid = DCell[][];
type TableKind = 'active' | 'applications' | 'review';

export type DBlock =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; section: SectionKey; text: string; bold: boolean; inline?: string }
  | { kind: 'paragraph'; lines: string[]; role?: 'toc' | 'note' | 'caption' | 'chrome' | 'signature' | 'sub' }
  | { kind: 'table'; table: TableKind; grid: DGrid };

export interface Doc {
  model: Model;
  blocks: DBlock[];
  title: string;
}

function headingText(m: Model, key: SectionKey): string {
  const i = SECTIONS.indexOf(key);
  const words = m.headings[key];
  if (has(m, 'heading.number.arabicDot')) return `${i + 1}.${words}`;
  if (has(m, 'heading.number.arabicComma')) return `${i + 1}、${words}`;
  if (has(m, 'heading.number.part')) return `第${NUMERALS[i]}部分　${words}`;
  if (has(m, 'heading.number.none')) return words;
  return `${NUMERALS[i]}、${words}`;
}

const c = (text: string | number, colspan?: number, rowspan?: number, extra: Partial<DCell> = {}): DCell => ({
  text: String(text),
  ...(colspan ? { colspan } : {}),
  ...(rowspan ? { rowspan } : {}),
  ...extra,
});

function digits(m: Model, text: string): string {
  let t = text;
  if (has(m, 'cells.thousands') && /^\d{4,}$/.test(t)) t = t.replace(/\B(?=(\d{3})+$)/g, ',');
  if (has(m, 'cells.fullWidth')) t = t.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return t;
}

const value = (m: Model, text: string): DCell =>
  c(digits(m, text), 0, 0, { value: true, ...(has(m, 'cells.padding') ? { pad: true } : {}) });

/** Splits text into lines at one or two places drawn from r (a hard line break where a line filled up). */
function breakLines(text: string, r: ReturnType<typeof rng>): string[] {
  if (text.length < 6) return [text];
  const at = r.int(2, text.length - 2);
  return [text.slice(0, at), text.slice(at)];
}

function periodSentence(m: Model): string {
  const y = m.year;
  const { month: mo, day: d } = m.periodEnd;
  return [
    `本报告所列数据的统计期限为${y}年1月1日至${y}年${mo}月${d}日。`,
    `本报告统计数据从${y}年1月1日至${mo}月${d}日。`,
    `报告中所列数据统计期限自${y}年1月1日起至${y}年${mo}月${d}日止。`,
    `本报告中所列数据统计时限为${y}年1月1日至${y}年${mo}月${d}日。`,
    `本报告统计期限为${y}年1月1日-${y}年${mo}月${d}日。`,
    // The other ways editors write it (each was once read as no period at all).
    `本报告统计期限自${y}年1月1日起，至${y}年${mo}月${d}日止。`,
    `本报告所列数据统计期限为${y}.1.1—${y}.${mo}.${d}。`,
    `本报告所列数据的统计期限为${cnYear(y)}年一月一日至${cnNumber(mo)}月${cnNumber(d)}日。`,
    // Both ends the fuzzer draws are a month's last day: 1-12月, 1-6月.
    `本报告统计期限为${y}年1-${mo}月。`,
  ][m.periodPhrase]!;
}

const CN_DIGITS = '〇一二三四五六七八九';
/** 2023 → 二〇二三. */
const cnYear = (year: number): string => [...String(year)].map((c) => CN_DIGITS[Number(c)]).join('');
/** 1 … 31 → 一 … 三十一. */
const cnNumber = (n: number): string =>
  n < 10 ? CN_DIGITS[n]! : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;

function feeSentence(m: Model): string {
  const n = m.t3['other.2']!['total']!;
  return [
    `本年度共发出收费通知${n}件，申请人均未缴纳，实际收取信息处理费0元。`,
    `本年度共发出收费通知${n}件，实际收取信息处理费0元。`,
    `${m.year}年，本机关共发出收费通知${n}件，申请人均逾期未缴纳，实际收取信息处理费0元。`,
  ][m.feePhrase]!;
}

function narrative(m: Model): string {
  const n = m.narrative;
  const parts = [
    `${m.year}年，本机关坚持以公开为常态、不公开为例外，全面推进政务公开标准化规范化。全年共收到政府信息公开申请${n.received}件，均在法定期限内作出答复。`,
  ];
  if (n.carried !== undefined) parts.push(`上年结转政府信息公开申请${n.carried}件。`);
  if (n.forward !== undefined) parts.push(`结转下年度继续办理${n.forward}件。`);
  if (n.review !== undefined) parts.push(`本年度因政府信息公开被申请行政复议${n.review}件，被提起行政诉讼${n.litigation}件。`);
  return parts.join('');
}

/** A preamble naming the six parts (one in a wording variant), as many reports open. */
const SIX_PARTS = `本报告由${SECTIONS.map((k) => (k === 'review' ? HEADINGS.review[3] : HEADING_WORDS[k])).join('、')}六个部分组成。`;

function activeTables(m: Model): DBlock[] {
  const blocks = activeBlocks(m.t2);
  const fill = (texts: string[], isValue: boolean): DCell[] =>
    texts.length === 1
      ? [isValue ? { ...value(m, texts[0]!), colspan: 3 } : c(texts[0]!, 3)]
      : texts.map((x) => (isValue ? value(m, x) : c(x)));
  const body = (heads: string[], rows: Array<[string, number[]]>): DGrid => [
    [c(ACTIVE_CONTENT_HEAD), ...fill(heads, false)],
    ...rows.map(([label, values]): DCell[] => [c(label), ...fill(values.map(String), true)]),
  ];
  if (has(m, 'table2.fourTables'))
    return blocks.map(([item, heads, rows]) => ({ kind: 'table', table: 'active', grid: [[c(item, 4)], ...body(heads, rows)] }));
  if (has(m, 'table2.captionsOutside')) {
    return blocks.flatMap(([item, heads, rows]): DBlock[] => [
      { kind: 'paragraph', lines: [item], role: 'caption' },
      { kind: 'table', table: 'active', grid: body(heads, rows) },
    ]);
  }
  return [
    { kind: 'table', table: 'active', grid: blocks.flatMap(([item, heads, rows]) => [[c(item, 4)], ...body(heads, rows)]) },
  ];
}

function groupLabel(m: Model, label: string, r: ReturnType<typeof rng>): string {
  if (has(m, 'table3.groupsSplit')) {
    const at = r.int(3, label.length - 2);
    return `${label.slice(0, at)}\n${label.slice(at)}`;
  }
  if (has(m, 'table3.groupsVertical')) return [...label].join('\n');
  return label;
}

const HEADER3 = (): DGrid => applicationsHeaderGrid();
const GENERIC3 = (): DGrid => [[c('类别', 3), ...[1, 2, 3, 4, 5, 6].map((i) => c(`数据${i}`)), c('总计')]];

/**
 * The row of table 三 that cells.stacked and cells.shortRow print as OCR would: the first of （三）1–7 whose cells, and
 * the next row's, print their true figures (no placeholder, no defect), so the rows around it keep their findings.
 */
export function ocrRow(m: Model): string | undefined {
  const plain = (key: string): boolean =>
    COLUMNS.every((col) => m.t3[key]![col]! >= 0 && m.printed3[key]![col] === String(m.t3[key]![col]));
  for (let k = 1; k <= 7; k++) if (plain(`denied.${k}`) && plain(`denied.${k + 1}`)) return `denied.${k}`;
  return undefined;
}

/** Table 三's body rows (一、 … 四、) with the group-label variation applied; spans as the template has them. */
function applicationRows(m: Model, r: ReturnType<typeof rng>): DGrid {
  // OCR lost one row's label cell (table.labelLost): its values stay in place.
  const lost = (key: string): boolean => has(m, 'table.labelLost') && key === labelLostRow(m);
  const ownLabel = (key: string): string => (lost(key) ? '' : rowLabel(key));
  const ocr = has(m, 'cells.stacked') || has(m, 'cells.shortRow') ? ocrRow(m) : undefined;
  const printed = (key: string): DCell[] => COLUMNS.map((col) => value(m, m.printed3[key]![col]!));
  const values = (key: string): DCell[] => {
    if (key !== ocr) return printed(key);
    // Two rows merged: the next row's figure under this one's, in every cell. A cell lost: 科研机构's.
    const next = `denied.${Number(key.split('.')[1]) + 1}`;
    if (has(m, 'cells.stacked')) return COLUMNS.map((col) => value(m, `${m.printed3[key]![col]!}\n${m.printed3[next]![col]!}`));
    return printed(key).filter((_, j) => COLUMNS[j] !== 'research');
  };
  const results = m.otherOneRow ? [...RESULT_ROWS.filter((k) => !k.startsWith('other.')), 'otherOneRow'] : [...RESULT_ROWS];
  const after = has(m, 'table3.groupsAfter');
  const rows: DGrid = [];
  let group = '';
  const flush = (): void => {
    if (after && group) rows.push([c(groupLabel(m, GROUP_LABELS[group as keyof typeof GROUP_LABELS], r))]);
  };
  for (const key of results) {
    const spec = APPLICATION_ROWS.find((s) => s.key === key);
    const line: DCell[] = [];
    const g = spec?.group ?? '';
    if (g !== group) {
      flush();
      group = g;
    }
    if (key === 'otherOneRow') {
      const sum = (col: string): string => String(OTHER_SUB_ROWS.reduce((s, k) => s + m.t3[k]![col]!, 0));
      line.push(c(GROUP_LABELS.other, 2), ...COLUMNS.map((col) => value(m, sum(col))));
    } else if (!spec!.group) line.push(c(ownLabel(key), 2), ...values(key));
    else {
      const size = groupSize(spec!.group);
      if (after) line.push(c(''));
      else if (key.endsWith('.1')) line.push(c(groupLabel(m, GROUP_LABELS[spec!.group], r), 0, size));
      line.push(c(lost(key) ? '' : spec!.label), ...values(key));
    }
    rows.push(line);
  }
  flush();
  rows[0]!.unshift(c(APPLICATIONS_HEADER.results, 0, rows.length + 1));
  rows.push([c(rowLabel('handled'), 2), ...values('handled')]);
  const label = (key: string): DCell => c(ownLabel(key), 3);
  return [
    [label('new'), ...values('new')],
    [label('carried'), ...values('carried')],
    ...rows,
    [label('carryForward'), ...values('carryForward')],
  ];
}

/** Cuts a grid after `at` rows; rowspans crossing the cut are clipped and continue as empty cells below. */
function cut(grid: DGrid, at: number): [DGrid, DGrid] {
  const slots = layout(grid);
  const first = grid
    .slice(0, at)
    .map((line, r) => line.map((cell) => (cell.rowspan && r + cell.rowspan > at ? { ...cell, rowspan: at - r } : cell)));
  const second = grid.slice(at).map((line) => [...line]);
  const continued: DCell[] = [];
  const seen = new Set<object>();
  for (const slot of slots[at] ?? []) {
    if (!slot || slot.top || seen.has(slot.cell)) continue;
    seen.add(slot.cell);
    const cell = slot.cell as DCell;
    const start = grid.findIndex((line) => line.includes(cell));
    continued.push(c('', cell.colspan, start + (cell.rowspan ?? 1) - at));
  }
  second[0] = [...continued, ...(second[0] ?? [])];
  return [first, second];
}

function applicationTables(m: Model): DGrid[] {
  const r = rng(m.seed ^ 0x5eed3);
  const body = applicationRows(m, r);
  if (has(m, 'table3.perCategory')) {
    const last = body.length - 1;
    return [
      [...HEADER3(), ...body.slice(0, 2)],
      [...GENERIC3(), ...body.slice(2, last)],
      [...GENERIC3(), ...body.slice(last)],
    ];
  }
  const grid = [...HEADER3(), ...body];
  if (has(m, 'table3.splitRepeatHeader') || has(m, 'table3.splitNoHeader')) {
    const [first, second] = cut(grid, 3 + 2 + m.splitAt);
    return [first, has(m, 'table3.splitRepeatHeader') ? [...HEADER3(), ...second] : second];
  }
  return [grid];
}

function reviewGrid(m: Model): DGrid {
  const heads = REVIEW_HEADS;
  const n = heads.length;
  const v = (h: string): string => (has(m, 'table4.verticalHeader') ? [...h].join('\n') : h);
  const row = REVIEW_GROUPS.flatMap((g) => m.printed4[g]!.map((t) => value(m, t)));
  // OCR lost the header (table.headerLost): an empty header row, then the fifteen values.
  if (has(m, 'table.headerLost')) return [row.map(() => c('')), row];
  return [
    [c(REVIEW_TOP[0], n), c(REVIEW_TOP[1], 2 * n)],
    [
      ...heads.map((h) => c(v(h), 0, 2)),
      c(reviewGroupWords('litigation')[1]!, n),
      c(reviewGroupWords('litigationAfterReview')[1]!, n),
    ],
    [...heads, ...heads].map((h) => c(v(h))),
    row,
  ];
}

export function buildDoc(m: Model): Doc {
  const r = rng(m.seed ^ 0xd0c);
  const breaks = has(m, 'text.hardBreaks');
  const title = `${m.organ}${m.year}年政府信息公开工作年度报告`;
  const blocks: DBlock[] = [];
  blocks.push({
    kind: 'title',
    lines: breaks ? (r.chance(0.5) ? [m.organ, `${m.year}年政府信息公开工作年度报告`] : breakLines(title, r)) : [title],
  });
  const intro = `本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制。`;
  const period = periodSentence(m);
  const tail = `${has(m, 'preamble.sixParts') ? SIX_PARTS : ''}如对本报告有疑问，请与${m.organ}办公室联系。`;
  const [pa, pb] = breakLines(period, r);
  blocks.push({ kind: 'paragraph', lines: breaks ? [intro + pa, `${pb ?? ''}${tail}`] : [intro + period + tail] });
  if (has(m, 'toc')) {
    blocks.push({ kind: 'paragraph', lines: ['目　录'], role: 'toc' });
    for (const key of SECTIONS) blocks.push({ kind: 'paragraph', lines: [headingText(m, key)], role: 'toc' });
  }
  const bold = has(m, 'heading.bold');
  const inline = has(m, 'heading.inline');
  for (const key of SECTIONS) {
    if (m.missingSection === key) continue;
    const body: DBlock[] = [];
    if (key === 'overview') {
      body.push({ kind: 'paragraph', lines: [narrative(m)] });
      body.push({ kind: 'paragraph', lines: ['（一）主动公开'], role: 'sub' });
      body.push({ kind: 'paragraph', lines: [`全年主动公开政府信息${r.int(200, 3000)}条，发布政策解读${r.int(5, 60)}篇。`] });
    }
    if (key === 'active') body.push(...activeTables(m));
    if (key === 'applications') {
      for (const grid of applicationTables(m)) body.push({ kind: 'table', table: 'applications', grid });
      if (has(m, 'table.note')) body.push({ kind: 'paragraph', lines: [m.noteText], role: 'note' });
    }
    if (key === 'review') body.push({ kind: 'table', table: 'review', grid: reviewGrid(m) });
    if (key === 'problems')
      body.push({
        kind: 'paragraph',
        lines: ['一是政策解读形式较为单一；二是依申请公开答复文书有待进一步规范。下一步，将丰富解读形式，加强业务培训。'],
      });
    if (key === 'other') {
      const lines = ['本机关无其他需要报告的事项。'];
      if (m.fee) {
        const fee = feeSentence(m);
        if (breaks) lines.push(...breakLines(fee, r));
        else lines[0] += fee;
      }
      body.push({ kind: 'paragraph', lines });
    }
    const text = headingText(m, key);
    const first = body[0];
    if (inline && first?.kind === 'paragraph' && !first.role) {
      blocks.push({ kind: 'heading', section: key, text, bold: false, inline: first.lines.join('') });
      body.shift();
    } else blocks.push({ kind: 'heading', section: key, text, bold });
    blocks.push(...body);
  }
  blocks.push({ kind: 'paragraph', lines: [m.organ], role: 'signature' });
  blocks.push({ kind: 'paragraph', lines: [`${m.year + 1}年1月${m.publishDay}日`], role: 'signature' });
  return { model: m, blocks, title };
}

/** Site chrome as lines of text around a report saved from a web page (the text layouts' site.chrome). */
export function chromeLines(m: Model): { before: string[]; after: string[] } {
  return {
    before: [
      '首页 > 政务公开 > 政府信息公开 > 政府信息公开年报',
      `发布时间：${m.year + 1}-01-${String(m.publishDay).padStart(2, '0')}　来源：${m.organ}　字号：[大 中 小]`,
    ],
    after: ['扫一扫在手机打开当前页', '【打印本页】【关闭窗口】', `主办单位：${m.organ}　网站标识码：3301000001`],
  };
}
