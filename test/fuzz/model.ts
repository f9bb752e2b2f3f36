/**
 * The layout fuzzer's report model (issue #16, "Never cry wolf"): one seeded RNG, one report drawn from it
 * (tables 二/三/四 whose figures are non-zero, differ from column to column and satisfy every identity, six
 * sections, period, fee statement, narrative figures that agree with the tables), the real-world variations
 * a renderer may apply, and at most one injected defect with the finding it must produce.
 *
 * Everything is a pure function of the seed, so a failing seed prints its draw and reproduces exactly.
 */
import type { SectionKey } from '../../src/parser/types.js';
import { table3From, type Table3, type Table4 } from '../helpers/report-model.js';
import { APPLICANTS, COLUMNS, HEADING_WORDS, RESULT_ROWS, ROW_ORDER, SECTION_KEYS, type Table2 } from './template.js';

export { APPLICANTS, COLUMNS };
export const SECTIONS: readonly SectionKey[] = SECTION_KEYS;

// ---------------------------------------------------------------------------------------------------------
// Seeded RNG (mulberry32): small, fast and the same on every platform.

export interface Rng {
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Variations. Each dimension offers mutually exclusive options; the default (none drawn) is the plain form.

const DIMENSIONS = {
  preamble: ['preamble.sixParts'],
  toc: ['toc'],
  headingNumber: ['heading.number.arabicDot', 'heading.number.arabicComma', 'heading.number.part', 'heading.number.none'],
  headingStyle: ['heading.bold', 'heading.inline'],
  headingWording: ['heading.wording.variant', 'heading.wording.typo'],
  breaks: ['text.hardBreaks'],
  spans: ['text.spans'],
  table2: ['table2.fourTables', 'table2.captionsOutside'],
  groups: ['table3.groupsAfter', 'table3.groupsSplit', 'table3.groupsVertical'],
  split: ['table3.splitRepeatHeader', 'table3.splitNoHeader', 'table3.perCategory'],
  table4: ['table4.verticalHeader'],
  placeholder: ['cells.blank', 'cells.slash', 'cells.dash', 'cells.wu'],
  digits: ['cells.fullWidth', 'cells.thousands'],
  padding: ['cells.padding'],
  note: ['table.note'],
  wrap: ['table.wrappedHeaders'],
  chrome: ['site.chrome'],
  crawl: ['crawl.digitsRunTogether'],
  // Dimensions added later are drawn from a stream of their own (drawVariations), so every seed still draws the
  // model it drew before they came.
  rowGap: ['table.tightRows'],
  labelWidth: ['table.narrowLabels'],
  valueWidth: ['table.narrowValues'],
  // The statistical period in the other ways editors write it (自…起，至…止, 2023.1.1—…, 二〇二三年…, 1-12月).
  periodWording: ['period.wording'],
  // A PDF's running header: the title printed again at the top of every page after the first.
  runningHeader: ['page.runningHeader'],
  // Saved web pages of older portals: the report inside a one-cell layout table (its title and preamble above the
  // table or inside the cell), other years' reports listed in a sidebar before it, and 上一篇/下一篇 links or a related
  // list with dates of their own after it, inside the article's element.
  layoutTable: ['page.layoutTable'],
  sidebar: ['page.sidebarTitles'],
  prevNext: ['page.prevNext'],
  // One cell per line as a PDF viewer or WPS copies a table into a .txt: no tab before a cell, no blank lines.
  cellsUntabbed: ['cells.untabbed'],
  // The same copy where each row's values come out before its label (the order a PDF viewer or WPS may give).
  valuesFirst: ['cells.valuesFirst'],
  // Saved pages again: a 发布时间/发布日期 line, or a list of dated links, after the report's signature without
  // 上一篇/下一篇 words (page.footerDate); a <title> without the year, and another year's report in a heading of a
  // box beside the report (page.untitledTitle).
  footerDate: ['page.footerDate'],
  untitledTitle: ['page.untitledTitle'],
  // A damaged copy: a few characters' bytes broken (a byte changed, a character cut), read as U+FFFD.
  damage: ['bytes.damaged'],
  // OCR output (MinerU, Marker) that lost a faint cell: one table-三 row's label (its values in place), or table 四's
  // header printed vertically (its fifteen values alone under an empty header row). The row or the table is then
  // unread, honestly, never missing.
  labelLost: ['table.labelLost'],
  headerLost: ['table.headerLost'],
  // Table cells as OCR tools write them (red team rt9): a row of table 三 whose every cell also holds the next row's
  // figure under its own (16<br>17, two rows merged where a ruling line was faint), or a row one cell short (a faint
  // cell lost; GFM pads the row at its end). The row is unread, honestly; nothing is accused.
  ocrCells: ['cells.stacked', 'cells.shortRow'],
  // Rows of table 三 as text with a blank line after each, wrapped before their last two values (pandoc's AsciiDoc
  // at 72 columns, a mail client's line length; red team rtC F1): the rest alone on the next line.
  rowWrap: ['table.wrappedRows'],
} as const;

type Dimension = keyof typeof DIMENSIONS;
/** Added after 5 December 2026: drawn from their own stream (drawVariations). */
const LATER_DIMENSIONS: ReadonlySet<Dimension> = new Set([
  'rowGap',
  'labelWidth',
  'valueWidth',
  'periodWording',
  'runningHeader',
  'layoutTable',
  'sidebar',
  'prevNext',
  'cellsUntabbed',
  'valuesFirst',
  'footerDate',
  'untitledTitle',
  'damage',
  'labelLost',
  'headerLost',
  'ocrCells',
  'rowWrap',
]);
export type Variation = (typeof DIMENSIONS)[Dimension][number];
export const ALL_VARIATIONS: readonly Variation[] = Object.values(DIMENSIONS).flat();

export const DEFECTS = [
  'defect.wrongCell',
  'defect.wrongTotal',
  'defect.reviewTotal',
  'defect.missingSection',
  'defect.partialPeriod',
  'defect.noFee',
  'defect.negativeCell',
  'defect.ruoganCell',
  'defect.unitCell',
  'defect.narrative',
  'defect.otherOneRow',
] as const;
export type Defect = (typeof DEFECTS)[number];

/** What a defect must produce: its rule, and the messageIds accepted from it (any, when absent). */
export const DEFECT_FINDING: Readonly<Record<Defect, { rule: string; messageIds?: readonly string[]; count?: number }>> = {
  'defect.wrongCell': { rule: 'application-totals' },
  'defect.wrongTotal': { rule: 'application-totals' },
  'defect.reviewTotal': { rule: 'review-litigation-totals' },
  'defect.missingSection': { rule: 'required-sections', messageIds: ['missing'], count: 1 },
  'defect.partialPeriod': { rule: 'statistical-period', messageIds: ['wrongEnd'], count: 1 },
  'defect.noFee': { rule: 'fee-statement', messageIds: ['missing'], count: 1 },
  'defect.negativeCell': { rule: 'numeric-cells', messageIds: ['negative'], count: 1 },
  'defect.ruoganCell': { rule: 'numeric-cells', messageIds: ['notNumber'], count: 1 },
  'defect.unitCell': { rule: 'numeric-cells', messageIds: ['withUnit'], count: 1 },
  'defect.narrative': { rule: 'narrative-consistency', messageIds: ['applicationsReceived'], count: 1 },
  'defect.otherOneRow': { rule: 'table-structure', count: 1 },
};

/** A variation set for a draw: which variations may be drawn (the in-`npm test` list narrows it). */
export interface DrawOptions {
  allowed?: readonly Variation[];
  /** Probability that a model carries a defect (default 0.5). */
  defectRate?: number;
  defects?: readonly Defect[];
  /** Probability that each dimension draws a non-default option (default: drawn per model from 0 … 0.5). */
  rate?: number;
}

function drawVariations(r: Rng, later: Rng, options: DrawOptions = {}): Variation[] {
  const allowed = new Set(options.allowed ?? ALL_VARIATIONS);
  // The rate itself is drawn, so some models carry no or one variation (a baseline and clean attributions).
  const rate = options.rate ?? r.pick([0, 0.08, 0.2, 0.35, 0.5]);
  const out: Variation[] = [];
  for (const [dimension, choices] of Object.entries(DIMENSIONS) as Array<[Dimension, readonly Variation[]]>) {
    const stream = LATER_DIMENSIONS.has(dimension) ? later : r;
    const roll = stream.next();
    const choice = stream.pick(choices);
    if (roll < rate && allowed.has(choice)) out.push(choice);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The model.

type Cell3 = { row: string; col: string };

export interface Model {
  seed: number;
  organ: string;
  year: number;
  /** The true figures (identities hold). */
  t2: Table2;
  t3: Table3;
  t4: Table4;
  /** The texts printed in the value cells of table 三 (row → col → text) and 四 (group → 5 texts). */
  printed3: Record<string, Record<string, string>>;
  printed4: Record<string, string[]>;
  /** Row keys of table 三 printed as one row （六）其他处理 instead of other.1–3 (defect). */
  otherOneRow: boolean;
  variations: Variation[];
  defect: Defect | null;
  /** Narrative: which figures the text states (always applicationsReceived), and the value stated. */
  narrative: { received: number; carried?: number; forward?: number; review?: number; litigation?: number };
  periodPhrase: number;
  periodEnd: { month: number; day: number };
  feePhrase: number;
  fee: boolean;
  missingSection: SectionKey | null;
  publishDay: number;
  /** Cells whose value is deliberately blank or a placeholder (the model holds 0 there). */
  placeholders: Cell3[];
  /** Cells that hold text (若干, 3件). */
  textCells: Cell3[];
  headings: Record<SectionKey, string>;
  /** Wording picks that renderers share (chrome lines, notes). */
  noteText: string;
  /** Where table 三 is split (index into the result rows), for the split variations. */
  splitAt: number;
}

const ORGANS = [
  '青石县自然资源局',
  '临川市河湾区数据资源局',
  '澄江市临湖区交通运输局',
  '北溪县卫生健康委员会',
  '云岭市市场监督管理局',
  '东河县教育局',
];

/** Each section's heading words: the template's first (from the parser data), then wordings real reports use. */
export const HEADINGS: Readonly<Record<SectionKey, readonly string[]>> = {
  overview: [HEADING_WORDS.overview],
  active: [HEADING_WORDS.active, '行政机关主动公开政府信息情况'],
  applications: [HEADING_WORDS.applications, '行政机关收到和处理政府信息公开申请情况'],
  review: [
    HEADING_WORDS.review,
    '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    '政府信息公开工作行政复议、行政诉讼情况',
    '政府信息公开行政复议和行政诉讼情况',
    '行政复议与行政诉讼',
  ],
  problems: [
    HEADING_WORDS.problems,
    '政府信息公开工作存在的主要问题及改进情况',
    '存在的主要问题及改进措施',
    '存在的问题及改进措施',
    '存在的主要问题及整改措施',
  ],
  other: [HEADING_WORDS.other],
};

const NOTES = ['注：表中数据单位为件。', '注：本表数据来源于本机关依申请公开登记台账。'];

export const has = (m: { variations: readonly string[] }, v: Variation): boolean => m.variations.includes(v);

/** Draws one report from a seed: variations and (maybe) one defect, then the report (makeModel). */
export function drawModel(seed: number, options: DrawOptions = {}): Model {
  const r = rng(seed);
  const variations = drawVariations(r, rng(Math.imul(seed, 2246822519) ^ 0x1a7e), options);
  const defects = options.defects ?? DEFECTS;
  const defect: Defect | null = defects.length && r.chance(options.defectRate ?? 0.5) ? r.pick(defects) : null;
  return makeModel(seed, variations, defect);
}

/**
 * The report of a seed with the given variations and defect. Figures and wording come from their own
 * streams of the seed, so the same seed with fewer variations is the same report otherwise: a failing
 * render can be retried with each of its variations alone (run.ts attributes failures that way).
 */
export function makeModel(seed: number, variations: Variation[], defect: Defect | null): Model {
  const r = rng(Math.imul(seed, 2654435761) ^ 0x51ed);
  const cells = rng(Math.imul(seed, 40503) ^ 0xce11);
  const year = r.int(2021, 2024);
  // Result row i, applicant column c: a value in [30c + 1, 30c + 29], so no two columns of a row share one.
  const raw = RESULT_ROWS.map((_, i) => APPLICANTS.map((_, c) => 30 * c + r.int(1, 29) + (i % 2)));
  const carried = APPLICANTS.map((_, c) => 3 * c + r.int(1, 3));
  const forward = APPLICANTS.map((_, c) => 4 * c + r.int(1, 4));
  if (has({ variations }, 'cells.thousands')) {
    carried[0]! += 1000;
    forward[0]! += 1000;
  }
  const placeholders: Cell3[] = [];
  const textCells: Cell3[] = [];
  const anyResult = (): [number, number] => [cells.int(0, RESULT_ROWS.length - 1), cells.int(0, APPLICANTS.length - 1)];
  const placeholder = variations.find((v) => v.startsWith('cells.') && DIMENSIONS.placeholder.includes(v as never));
  if (placeholder) {
    for (let k = 0, n = cells.int(1, 3); k < n; k++) {
      const [i, c] = anyResult();
      raw[i]![c] = 0;
      placeholders.push({ row: RESULT_ROWS[i]!, col: APPLICANTS[c]! });
    }
  }
  let special: { cell: Cell3; text: (v: number) => string } | null = null;
  if (defect === 'defect.negativeCell' || defect === 'defect.ruoganCell' || defect === 'defect.unitCell') {
    let [i, c] = anyResult();
    while (placeholders.some((p) => p.row === RESULT_ROWS[i] && p.col === APPLICANTS[c])) [i, c] = anyResult();
    const cell = { row: RESULT_ROWS[i]!, col: APPLICANTS[c]! };
    if (defect === 'defect.negativeCell') raw[i]![c] = -cells.int(1, 3);
    if (defect === 'defect.ruoganCell') raw[i]![c] = 0;
    special = {
      cell,
      text: defect === 'defect.ruoganCell' ? () => '若干' : defect === 'defect.unitCell' ? (v) => `${v}件` : (v) => String(v),
    };
    if (defect !== 'defect.negativeCell') textCells.push(cell);
  }
  const t3 = table3From(
    (i, c) => raw[i]![c]!,
    (c) => carried[c]!,
    (c) => forward[c]!,
  );
  const group = (): number[] => {
    const parts = [r.int(1, 9), r.int(10, 19), r.int(20, 29), r.int(30, 39)];
    return [...parts, parts.reduce((a, b) => a + b, 0)];
  };
  const t4: Table4 = { review: group(), litigation: group(), litigationAfterReview: group() };
  const t2: Table2 = {
    regulations: [r.int(1, 9), r.int(1, 5), r.int(10, 60)],
    normativeDocuments: [r.int(1, 19), r.int(1, 9), r.int(20, 90)],
    licensing: [r.int(100, 900)],
    punishment: [r.int(20, 99)],
    coercion: [r.int(1, 19)],
    fees: [r.int(1, 400) / 100],
  };

  // Printed cells: the figures, then the defect's and the variations' texts.
  const printed3: Model['printed3'] = {};
  for (const row of ROW_ORDER) printed3[row] = Object.fromEntries(COLUMNS.map((c) => [c, String(t3[row]![c])]));
  const printed4: Model['printed4'] = Object.fromEntries(Object.entries(t4).map(([g, v]) => [g, v.map(String)]));
  const placeholderText = { 'cells.blank': '', 'cells.slash': '/', 'cells.dash': '—', 'cells.wu': '无' } as Record<
    string,
    string
  >;
  for (const p of placeholders) printed3[p.row]![p.col] = placeholderText[placeholder!] ?? '';
  if (special) printed3[special.cell.row]![special.cell.col] = special.text(t3[special.cell.row]![special.cell.col]!);
  if (defect === 'defect.wrongCell') {
    const [i, c] = anyResult();
    const row = RESULT_ROWS[i]!;
    const col = APPLICANTS[c]!;
    printed3[row]![col] = String(t3[row]![col]! + cells.int(1, 9));
    if (placeholders.some((p) => p.row === row && p.col === col))
      placeholders.splice(
        placeholders.findIndex((p) => p.row === row && p.col === col),
        1,
      );
  }
  if (defect === 'defect.wrongTotal') printed3['handled']!['total'] = String(t3['handled']!['total']! + cells.int(1, 9));
  if (defect === 'defect.reviewTotal') printed4['review']![4] = String(t4['review']![4]! + cells.int(1, 9));

  const received = t3['new']!['total']!;
  const narrative: Model['narrative'] = { received: defect === 'defect.narrative' ? received + cells.int(2, 9) : received };
  if (r.chance(0.3)) narrative.carried = t3['carried']!['total'];
  if (r.chance(0.3)) narrative.forward = t3['carryForward']!['total'];
  if (r.chance(0.4)) {
    narrative.review = t4['review']![4]!;
    narrative.litigation = t4['litigation']![4]! + t4['litigationAfterReview']![4]!;
  }
  const wording = (key: SectionKey): string => {
    const pick = r.pick(HEADINGS[key]);
    return has({ variations }, 'heading.wording.variant') ? pick : HEADINGS[key][0]!;
  };
  const headings = Object.fromEntries(SECTIONS.map((k) => [k, wording(k)])) as Record<SectionKey, string>;
  if (has({ variations }, 'heading.wording.typo')) headings.review = HEADING_WORDS.review.replace('行政复议', '行政法复议');
  return {
    seed,
    organ: r.pick(ORGANS),
    year,
    t2,
    t3,
    t4,
    printed3,
    printed4,
    otherOneRow: defect === 'defect.otherOneRow',
    variations,
    defect,
    narrative,
    // The draw stays one of five, so that every seed draws the model it drew before period.wording came.
    periodPhrase: ((phrase) => (has({ variations }, 'period.wording') ? 5 + (phrase % 4) : phrase))(r.int(0, 4)),
    periodEnd: defect === 'defect.partialPeriod' ? { month: 6, day: 30 } : { month: 12, day: 31 },
    feePhrase: r.int(0, 2),
    fee: defect !== 'defect.noFee',
    missingSection: defect === 'defect.missingSection' ? (['overview', 'problems'] as const)[seed % 2]! : null,
    publishDay: r.int(5, 25),
    placeholders,
    textCells,
    headings,
    noteText: r.pick(NOTES),
    splitAt: r.int(3, RESULT_ROWS.length - 3),
  };
}

/** The value a correct reader extracts from a printed cell (null for blank, placeholder or text). */
function readValue(text: string): number | null {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Rows whose label table.labelLost blanks: one a seed, never a （六） row (defect.otherOneRow prints none). */
const LABEL_LOST_ROWS = ['denied.3', 'carried', 'unavailable.2', 'rejected.4', 'granted', 'denied.7'] as const;

/** The table-三 row whose label table.labelLost blanks in this model. */
export const labelLostRow = (m: Model): string => LABEL_LOST_ROWS[m.seed % LABEL_LOST_ROWS.length]!;

/** The deliberately blank or placeholder cells the table prints: one-row （六） (defect.otherOneRow) prints no sub-row. */
export function printedPlaceholders(m: Model): Cell3[] {
  return m.placeholders.filter((p) => !(m.otherOneRow && p.row.startsWith('other.')));
}

/** Table 三 as a correct reader extracts it: row → col → value (the rows the printed table holds). */
export function expectedApplications(m: Model): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const row of ROW_ORDER) {
    if (m.otherOneRow && row.startsWith('other.')) continue;
    out[row] = Object.fromEntries(COLUMNS.map((c) => [c, readValue(m.printed3[row]![c]!)]));
  }
  return out;
}

export function expectedReview(m: Model): Record<string, Record<string, number | null>> {
  const keys = ['upheld', 'corrected', 'other', 'pending', 'total'];
  return Object.fromEntries(
    Object.entries(m.printed4).map(([g, v]) => [g, Object.fromEntries(keys.map((k, i) => [k, readValue(v[i]!)]))]),
  );
}

/** A short description of a model for failure reports. */
export function describeModel(m: Model): string {
  return `seed ${m.seed}: ${m.organ} ${m.year}; defect ${m.defect ?? 'none'}; variations [${m.variations.join(', ') || 'none'}]`;
}
