/**
 * The report AST: a unist tree of the annual report's domain (docs/domain.md).
 * Plain data only (JSON-serialisable), so it can be printed by `extract`, sent to a worker or a browser.
 */
import type { Position } from 'unist';

export type { Position, Point } from 'unist';

export type InputFormat = 'markdown' | 'text' | 'html' | 'mhtml' | 'docx' | 'pdf';

export type SectionKey = 'overview' | 'active' | 'applications' | 'review' | 'problems' | 'other';

export type TableKind = 'active' | 'applications' | 'review' | 'unknown';

/** Which template a table follows: the 2021 format, or the outdated 2019 one. */
export type TableTemplate = '2021' | '2019';

/** How a table's cells were laid out in the source. Only a grid may map values by header position. */
export type TableLayout = 'grid' | 'flattened';

export interface CellNode {
  type: 'cell';
  /** Column key of docs/domain.md (table 三: natural … total; table 二: made, repealed, valid, decisions, amount; table 四: upheld … total). */
  key?: string;
  /**
   * The normalised number, or null when blank, a placeholder or not a number. A `lookalike` cell written with 〇 or
   * 零 for 0 (and no letter) holds its number too, though its content is text.
   */
  value: number | null;
  /** The cell text as written (trimmed). */
  raw: string;
  /** What kind of content the cell holds, decided once by the parser so rules never parse text. */
  content: 'number' | 'blank' | 'placeholder' | 'text';
  /** True when the number has a fractional part (a defect in a count cell). */
  decimal?: boolean;
  /**
   * For text that is a count all the same: `withUnit`, a count with its unit (3件); `lookalike`, digits with
   * letters or characters that look like 0 or 1 (O, 〇, 零, l, I: an OCR misreading, or a zero typed as 〇), or a
   * number OCR damaged otherwise (丨09, Z05, 1063., 103g, 12,35: misread-number.ts), its value unknown.
   */
  shape?: 'withUnit' | 'lookalike';
  position?: Position;
  /** A place people can find where lines mean little (.docx, .pdf): 表三「（七）总计」行·自然人. */
  location?: string;
}

export interface RowNode {
  type: 'row';
  /**
   * Row key of docs/domain.md (table 三: new, carried, granted, denied.1 …; table 二: regulations …; table 四: the group).
   * Table 三 only: a group key (denied, unavailable, rejected, other) when the group was printed as one row without
   * its sub-rows (（六）其他处理 in the 2019 layout); its sub-rows are then in `missingRows`.
   */
  key?: string;
  /** The row's label as read (normalised spacing). */
  label: string;
  children: CellNode[];
  /**
   * Set when the values were not printed apart and were recovered by the one split that satisfies the row's
   * identity (digits run together: 713000074 → 71 3 0 0 0 0 74). Such a row feeds extract, the narrative,
   * year-over-year and fee checks, but never a totals finding: the identity was used to read it.
   */
  inferred?: 'digitSplit';
  position?: Position;
}

/**
 * Why a row could not be read with certainty:
 * - valueCount: its values do not fit the columns one to one;
 * - notAddingUp: one value per line (no tab), as many as the columns, but they do not add up to the row's total:
 *   a blank cell leaves no line and a page number is a line like a value, so which value belongs to which column
 *   is uncertain — or one of them is wrong (a row whose one wrong value the column identities pin is read:
 *   tables/one-wrong-cell.ts);
 * - unknownLabel: a group label standing alone (（三）不予公开), part of the format, not a defect;
 * - digitsRunTogether: its numbers are written without separators and more than one split is possible;
 * - unplaced: its label's words are in the table's region, but no values could be attached to it;
 * - wrappedNumber: a number wrapped over a line or page break (space-aligned text) whose rest could not be
 *   joined with certainty (digits left under it, or a join over a page break that the row's identity does not
 *   confirm): reading it would take the number cut short;
 * - numbersInOneCell: a cell of pasted text holds digits on both sides of a blank (282 888): a lost column
 *   boundary or a space as a thousands separator, which cannot be told apart (in a grid cell, 1 579 is one number);
 * - stackedValues: a table cell holds digits on two lines (16⏎17, `<br>` or `<p>` between them): one number wrapped
 *   in a narrow cell (a converter's line break) or two rows' numbers merged (OCR over a faint ruling line), which the
 *   row's identity could not tell (a row that adds up only with each such cell joined is read joined: values.ts);
 * - valuesBeforeLabels: each row's values are printed before its label, and which label owns a block of values
 *   cannot be told with certainty;
 * - undecodable: characters of the row are lost (U+FFFD, damaged bytes), or stand where its label would be: a
 *   value may be one of them, and a label lost is not a row absent;
 * - labelUnreadable: a row of values without a readable label (OCR lost it) stands where the template has this row,
 *   between its neighbours: the row is there, and its values are not given to it by position;
 * - labelsInOneCell: this row's label and another's stand in one cell (OCR ran them together) before one row of
 *   values: which label owns them cannot be told.
 * - numberInLabel: the label ends in a number and the row's first value is blank: the number may be that value,
 *   run into the label (a label overflowing its column in a PDF, a lost tab).
 * - ocrUncertain: a line of text OCR read from a scan (its table's lines show cell borders printed as | or ]) whose
 *   values do not add up to its total, or hold a value OCR may have misread (a stroke glued to it, a letter among
 *   them) that no identity confirms: a misread digit cannot be told from a wrong figure, so the row is not read;
 * - stackedLabels: two or more rows' labels on lines of their own, then their values a line each (OCR read the
 *   label column as a block): which line of values is which label's cannot be told (stacked-labels.ts);
 * - cutAtPageEdge: a number of the row is printed up to the page's edge (a PDF's table wider than its page): the
 *   digits past the edge were never printed, so the number may be cut short (pdf-page-edge.ts).
 * - pageImage: the row is not found, and a PDF page that is only a picture stands in the table's region: the row may
 *   be on that page (tables/picture-rows.ts; unreadable-content names the page once).
 * - otherPage: the row is not found, comes after every row read in the template's order, and the table's region ends
 *   at the paging of a paged web article: the row may be on the next page (tables/other-page-rows.ts).
 * - columnOrder: the column header names the columns in another order than the template's (总计 first, as OCR of a
 *   scan or an editor's table gives them) and no grid places each value under its header: read by count, every
 *   value would go to another column.
 * - ocrLabelLost: the row is not found in a table of OCR's text (cell borders printed as |) that holds lines aligned
 *   to no row: its label may be one of them, misread beyond recognition, so the row is unread, never missing.
 * - ocrTableDamaged: the document is OCR's reading of a scan (ocr-text.ts) and OCR lost rows or columns of this table
 *   (table 二 has no identity to confirm what is left; table 三's values would go to other columns): the row's values
 *   cannot be confirmed.
 * - splitRow: the row is printed as two rows, each labelled with its label and a qualifier (行政规范性文件（政府） ⏎
 *   行政规范性文件（部门）): whether the row's figure is their sum, or one holds the other, cannot be told.
 * - amountUnit: the fee's header names more than one unit (万元 and 元): which its figure is in cannot be told.
 */
export type UnreadableRowReason =
  | 'valueCount'
  | 'notAddingUp'
  | 'unknownLabel'
  | 'digitsRunTogether'
  | 'unplaced'
  | 'wrappedNumber'
  | 'numbersInOneCell'
  | 'stackedValues'
  | 'valuesBeforeLabels'
  | 'undecodable'
  | 'labelUnreadable'
  | 'labelsInOneCell'
  | 'numberInLabel'
  | 'cutAtPageEdge'
  | 'pageImage'
  | 'otherPage'
  | 'ocrUncertain'
  | 'stackedLabels'
  | 'columnOrder'
  | 'ocrLabelLost'
  | 'ocrTableDamaged'
  | 'splitRow'
  | 'amountUnit';

export interface UnreadableRow {
  key?: string;
  label: string;
  reason: UnreadableRowReason;
  expected?: number;
  actual?: number;
  position?: Position;
}

export interface TableNode {
  type: 'table';
  kind: TableKind;
  template: TableTemplate;
  layout: TableLayout;
  /** Column keys found in the header, in template order. */
  columns: string[];
  /** Required row keys whose label words occur nowhere in the table's region: absent, with evidence. */
  missingRows: string[];
  /** Required column keys whose header words occur nowhere in the table's region: absent, with evidence. */
  missingColumns: string[];
  /** Rows recognised by label whose values could not be mapped without guessing. */
  unreadableRows: UnreadableRow[];
  /** Header labels of the outdated 2019 template found in this table. */
  outdatedLabels: string[];
  children: RowNode[];
  /** A table no template claims (kind unknown): its rows' text, one entry a row, cells joined by a space. */
  text?: string[];
  position?: Position;
}

export interface ParagraphNode {
  type: 'paragraph';
  /** One line of the document as read. */
  text: string;
  /**
   * The line goes on with the paragraph of the line before: a hard wrap inside a sentence (OCR, PDF text, text wrapped
   * by hand: 纳入年度绩效考 ⏎ 核体系), joined back as the statements are read (paragraphs.ts). `proseOf` gives the
   * paragraphs joined, so a rule matches its words across such a wrap.
   */
  continues?: true;
  /**
   * A continuing line that opens a block of its own in HTML or a .docx (<p>): joined to the line before, but digits on
   * both sides of the break are two numbers, never one wrapped (paragraphs.ts, SourceLine.block).
   */
  block?: true;
  position?: Position;
}

export type BlockNode = ParagraphNode | TableNode;

export interface SectionNode {
  type: 'section';
  key: SectionKey;
  /** The heading text as written. */
  heading: string;
  /** The numeral before the heading (一 … 六), or null when the heading has none. */
  number: string | null;
  children: BlockNode[];
  position?: Position;
}

/** What comes before the first section: title, organ, preamble. */
export interface PreambleNode {
  type: 'preamble';
  children: BlockNode[];
  position?: Position;
}

export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

export interface PeriodStatement {
  type: 'period';
  text: string;
  /**
   * Both null: the sentence names the period (统计期限…) in a form whose dates could not be read. Only the start null:
   * the period is stated by its end alone (统计期限截至2024年12月31日).
   */
  start: IsoDate | null;
  end: IsoDate | null;
  /** The sentence names the statistical period (统计期限, 统计数据…); a bare date range may be an event's dates. */
  named: boolean;
  /**
   * Read right after words saying what the report's figures cover (统计期限为…, 所列数据统计截至…, 数据统计时间…), or
   * stated by them alone: the report's own period. A range after other words (经统计, 统计 or 数据 of something else)
   * or beside another date may be an activity's, a publication's, a meeting's.
   */
  explicit: boolean;
  /**
   * Explicit, and the report's own for sure: in the preamble, or after words naming the report's figures or period
   * (本报告, 所列数据, 统计期限, 报告期). 统计时间为…的专项检查 or 开展数据统计，… in 总体情况 may be an activity's.
   */
  own: boolean;
  /**
   * Read after words citing statistics (据统计，经统计，统计数据显示…) or as a running total (自…起至…累计): an
   * activity's figures, not the report's statement of its period.
   */
  cited: boolean;
  /** A date in the statement that does not exist (2月30日). */
  invalidDates: string[];
  section: SectionKey | null;
  position?: Position;
}

/** A sentence that states this year's fees; one that only names the fee states nothing and is not kept. */
export interface FeeStatement {
  type: 'fee';
  /** The sentence that speaks of information processing fees, or a table's label and value cells. */
  text: string;
  section: SectionKey | null;
  /** Says nothing was collected (未收取信息处理费, 实际收取…0元, 未发生收费情况 …). */
  noneCollected: boolean;
  /** Says no fee notice was issued (未发出收费通知); a denial of the rest (其余…未发出收费通知) is not one. */
  noNotice: boolean;
  /** Number of fee notices stated for the report year (the largest when several are), or null. */
  notices: number | null;
  /**
   * The sum of this year's counts when the sentence states more than one (第一季度发出收费通知2件，其余季度…1件): parts
   * may add up to the notices issued, so a number smaller than table 三's is not accused while the sum reaches it.
   */
  noticesSum?: number;
  /**
   * The largest count of this year left out as not the organ's own: its subject is a jurisdiction or other organs with
   * it (全县各级行政机关共发出收费通知120件, 本局会同各乡镇共发出…3件). Stated, but what part of it is the organ's is unknown.
   */
  noticesOfOthers?: number;
  /** Says notices were issued, with their number or without it (向2名申请人发出收费通知: people, not notices). */
  noticesIssued: boolean;
  /** A count of notices OCR damaged (5OO件, S00件), as written: stated, but its number unread. */
  noticesUnread?: string;
  /** Amount actually collected in 元, or null. */
  collected: number | null;
  position?: Position;
}

/**
 * A sentence that names the information processing fee but states nothing the reader can classify (neither
 * none charged, nor notices, nor an amount): "严格执行信息处理费管理办法", or a wording the phrase lists miss.
 * Kept so that a report that speaks of the fee is never accused of saying nothing about it.
 */
export interface FeeMention {
  type: 'feeMention';
  text: string;
  section: SectionKey | null;
  position?: Position;
}

/** A dated line: 发布日期, 成文日期, or the date under the signature. */
export interface DateStatement {
  type: 'date';
  kind: 'published' | 'written' | 'signature';
  text: string;
  /** Null when OCR put a letter for a digit (2025年3月2O日): the date is there, unread, never another day. */
  date: IsoDate | null;
  /** A signature of a month alone (2023年4月): `date` is the month's first day, its day unknown. */
  monthOnly?: true;
  position?: Position;
}

/** A figure stated in the narrative, to be checked against the tables. */
export interface NarrativeFigure {
  type: 'figure';
  /** receivedWithCarried: applications received with last year's carried over in (312件（其中新收226件，上年结转86件）). */
  kind:
    'applicationsReceived' | 'receivedWithCarried' | 'carried' | 'carryForward' | 'handled' | 'reviewCases' | 'litigationCases';
  value: number;
  /** 'jurisdiction' when the sentence speaks of a whole city, district or county (全市各级行政机关…). */
  scope: 'organ' | 'jurisdiction';
  /** The sentence. */
  text: string;
  section: SectionKey | null;
  position?: Position;
}

/**
 * A claim of the narrative that a table or the title can contradict:
 * - allHandled: every application was handled (全部办结, 所有申请均已办理完成);
 * - reportYear: a phrase naming the report year by number (本年度（2022年）, the overview's opening "2022年，…").
 */
export interface NarrativeClaim {
  type: 'claim';
  kind: 'allHandled' | 'reportYear';
  /** For reportYear: the year the phrase names. */
  year?: number;
  /** 'jurisdiction' when the sentence speaks of a whole city, district or county. */
  scope: 'organ' | 'jurisdiction';
  /** The sentence. */
  text: string;
  section: SectionKey | null;
  position?: Position;
}

/**
 * How sure the reader is about one part of the report (docs/architecture.md, "Reading certainty"):
 * - read: found and placed;
 * - absent: its words occur nowhere in the document text (after normalising blanks, full-width forms and line
 *   breaks): positive evidence that the report lacks it;
 * - unreadable: its words are there but could not be placed. Rules never accuse what is unreadable; the
 *   unreadable-content rule says once what could not be read.
 */
export type ReadStatus = 'read' | 'absent' | 'unreadable';

export type TableKey = 'active' | 'applications' | 'review';

/**
 * Why a part could not be read, as an id and numbers: the parser knows no language; the unreadable-content
 * rule words it in the caller's.
 */
export type UnreadableReasonId =
  /** A section's words are in the body, but no line could be placed as its heading. */
  | 'sectionHeading'
  /** A heading stands in a section's place, worded beyond every known wording of it (六、其他事项). */
  | 'sectionOtherWording'
  /** A section's words are nowhere, and a picture stands where its heading would: the heading may be that picture. */
  | 'sectionImage'
  /** Characters are lost (U+FFFD, damaged bytes) where the section's heading or the table would stand. */
  | 'undecodable'
  /**
   * A PDF page that shows only a picture (a page scanned into a text PDF) stands where the section or the table
   * would: it may be on that page, which was not read (`ReadingCertainty.picturePages` says which).
   */
  | 'pageImage'
  /**
   * A .docx alternative format chunk that was not read (RTF) stands where the section or the table would: it may be
   * in it (`ReadingCertainty.unreadChunks` says where each stands).
   */
  | 'unreadChunk'
  /**
   * The text is one page of an article its website pages, or the part shown before a 展开全文, and the section or the
   * table would stand on the pages not there (`ReadingCertainty.otherPages` says where they meet this one).
   */
  | 'otherPage'
  /** A table's row and column words are there, but the reader found no table material to align. */
  | 'tableWords'
  /** No table read in the table's section, and a picture there: the table is printed as an image. */
  | 'tableImage'
  /** No table read in the table's section, and a converter's mark for a table it dropped there (`[TABLE]`). */
  | 'tablePlaceholder'
  /** No table read in the table's section, and a line there sending the reader to an attachment (详见附表2, 见附件). */
  | 'tableAttachment'
  /** Rows and values could not be aligned to the template's rows and columns. */
  | 'tableRows'
  /** `count` rows print their digits run together with more than one possible split. */
  | 'tableDigits'
  /** The column header names the columns in another order than the template's, and no grid places the values. */
  | 'tableColumnOrder'
  /** Table 四 printed twice, the first captioned as last year's: which one is this year's is not certain. */
  | 'tableOtherYear'
  /** `count` rows hold a number printed up to the page's edge (a PDF's table wider than its page), cut short. */
  | 'tableCutAtPageEdge'
  /** Table 四's header is there, but none of its values. */
  | 'reviewNoValues'
  /** Table 四 prints `count` values where the template has `expected`. */
  | 'reviewValueCount'
  /** Table 四's values are all there, but one was wrapped over lines and nothing can confirm it whole. */
  | 'reviewWrappedNumber'
  /**
   * None of the table's words, but a table (or a line) of `count` numbers stands in its section: the table is
   * there, its header and labels lost or garbled (OCR), so it is unreadable, never missing.
   */
  | 'tableUnlabelled'
  /** No table read, and its section's heading could not be placed: where the table would stand is not known. */
  | 'tableSectionUnplaced'
  /**
   * No table found in OCR's text of a scan (another table's lines show its borders as |), its section's heading there
   * with nothing after it but a few characters of noise: OCR dropped the table (tables/read.ts `lostTable`).
   */
  | 'tableOcrLost'
  /**
   * A table's section holds nothing but pieces of a table, no sentence (OCR or a conversion turned the table to
   * debris: tables/read.ts `isTableDebris`).
   */
  | 'tableDebris'
  /**
   * The document is OCR's reading of a scan (ocr-text.ts) and OCR lost `count` of the table's rows or columns: what is
   * left cannot be confirmed either (tables/read.ts `asOcrReading`).
   */
  | 'tableOcrDamaged'
  /** A cell of table 四 holds two numbers one above the other (16⏎17): which is this table's cannot be told. */
  | 'reviewStackedValues';

export interface UnreadableReason {
  id: UnreadableReasonId;
  data?: Readonly<Record<string, number>>;
}

export interface Certainty {
  status: ReadStatus;
  /** For 'unreadable': why. */
  reason?: UnreadableReason;
  /** Where the unplaced material is. */
  position?: Position;
}

export interface ReadingCertainty {
  sections: Record<SectionKey, Certainty>;
  tables: Record<TableKey, Certainty>;
  /** The whole document is not an annual report (a README, a config file): one finding, nothing else. */
  notAReport: boolean;
  /**
   * The document carries a report's title but none of its body: no section, no table, no period or fee
   * statement (a page that links the report as an attachment, or loads it by script). One finding, nothing else.
   */
  noBody: boolean;
  /**
   * A report not in the format the rules check, holding no table 三 or 四 read (red team rtT §2, §7): a public
   * institution's or enterprise's report in its sector's own format (a school, a hospital, a water company:
   * …信息公开工作年度报告 without 政府), or a report on a year before the 2019 template (2018 and earlier, free-form).
   * One finding, nothing else.
   */
  formatNotChecked?: 'publicInstitution' | 'beforeTemplate';
  /**
   * The text is an OCR layer over a scanned PDF (invisible text over a page-size image, pdf-scan.ts): characters
   * misread, words on the wrong line. Nothing in it is asserted: one finding, nothing else.
   */
  ocrScan?: boolean;
  /**
   * The text is an OCR engine's reading of a scan that arrived as text (tesseract's .txt, an OCR tool's Markdown,
   * OCR pasted into a page: ocr-text.ts), read and checked all the same. What OCR may have done is never accused: a
   * table's rows that do not add up or hold debris, a row or column not found, a count cell of text, a date that does
   * not exist are unread (or said perhaps misread), while what reads cleanly (a period ending 11月30日) is checked.
   */
  ocrText?: boolean;
  /**
   * The file holds a second report after the first (its title, then its six sections again: a yearbook of
   * reports in one PDF). Only the first is read; the second is said once, where its title stands.
   */
  secondReport?: { title: string; position?: Position };
  /**
   * Part of the PDF's text layer is garbled (fonts' character maps wrong: 政ó|开, Ð、): headings, labels and dates are
   * misread where those glyphs stand. Nothing in it is asserted: one finding, nothing else.
   */
  garbledText?: boolean;
  /**
   * The .docx holds its text in floating text boxes (a PDF converted to Word): read in the file's order, not the
   * page's, so which row a value is in and which section comes first are unknown. Nothing in it is asserted: one
   * finding, nothing else.
   */
  textBoxes?: boolean;
  /**
   * Text read for all that: `count` invalid byte sequences became U+FFFD (a damaged copy), the first at
   * `position`, each at `places` (in order; the first MAX_DAMAGE_PLACES only, when `count` is larger). The characters
   * there are lost, and nothing that may have stood there is called absent; everything else was read.
   */
  undecodable?: Undecodable;
  /**
   * PDF pages that show a picture and no text (pages scanned into a text PDF): not read, so nothing that may stand
   * on them is called absent. `places`: where each stands in the text (the end of the line before it).
   */
  picturePages?: { pages: number[]; places: Position[] };
  /**
   * .docx alternative format chunks (w:altChunk) not read (RTF), each where it stands: anything may be in them, so
   * nothing that may stand there is called absent (read as picturePages are).
   */
  unreadChunks?: { places: Position[] };
  /**
   * The text is one page of an article its website pages (上一页 1 2 3 下一页, 第1页 共3页), or only what stood before
   * a 展开全文 the save did not open: nothing that may stand on the other pages is called absent (paged-article.ts).
   */
  otherPages?: OtherPages;
}

/** Where a page of a paged article meets the pages not there, and which page it is when its paging says so. */
export interface OtherPages {
  /** The start of the text (earlier pages not there), the paging or the collapse line (later pages not there). */
  places: Position[];
  page?: number;
  pages?: number;
  /** The page shows the report's first part only, the rest behind a 展开全文 the save did not open. */
  collapsed?: true;
  /** The file stops inside a table of the format (a download or save cut short: cut-short.ts); `places` its end. */
  cutShort?: true;
  /** Pasted text holding part of a report (excerpt.ts); `places` its start and end. */
  excerpt?: true;
  /** The only paging is a lone 下一页 (no page number, no counter): a section 六 read ends the report. */
  lone?: true;
}

export interface Undecodable {
  count: number;
  position: Position;
  places: Position[];
  /** The encoding the bytes were read in (utf-8, gb18030, …); absent when the text was given as text with U+FFFD. */
  encoding?: string;
}

/**
 * The kind of organ whose report it is (《政府信息公开条例》第四十九条, 第五十条): a people's government itself,
 * a department (局、委、办…, and a government's own office), a township or street, or a development zone's
 * committee (管委会), which local rules treat either way.
 */
export type OrganType = 'government' | 'department' | 'township' | 'zone';

export interface ReportRoot {
  type: 'report';
  format: InputFormat;
  /** The report year, from the title (or the first statement of the year when there is no title). */
  year: number | null;
  organ: string | null;
  /** Read from the organ's name, or set by the configuration ("organType"); null when unclear. */
  organType: OrganType | null;
  title: string | null;
  periods: PeriodStatement[];
  feeStatements: FeeStatement[];
  /** Fee sentences that could not be classified as a statement (see FeeMention). */
  feeMentions: FeeMention[];
  dates: DateStatement[];
  /** Figures stated in the narrative (for cross-checks against the tables). */
  figures: NarrativeFigure[];
  /** Claims of the narrative (every application handled, the report year named by number). */
  claims: NarrativeClaim[];
  /** What was read, what is absent, what could not be read. */
  reading: ReadingCertainty;
  children: Array<PreambleNode | SectionNode>;
  position?: Position;
}

export type ReportNode =
  | ReportRoot
  | PreambleNode
  | SectionNode
  | ParagraphNode
  | TableNode
  | RowNode
  | CellNode
  | PeriodStatement
  | FeeStatement
  | FeeMention
  | DateStatement
  | NarrativeFigure
  | NarrativeClaim;
