/** How the report's title is recognised (title.ts). */

export const TITLE_LIMITS = {
  /** A title is one short line, or a few wrapped ones; longer text is a sentence. */
  maxLength: 70,
  /** The title stands among the first lines of the preamble. */
  searchLines: 15,
  /** A wrapped title spans at most this many lines (OCR and PDF wrap a long title once or twice). */
  wrappedLines: 3,
  /** An organ's name on the line above the title is short and has no sentence punctuation. */
  organLine: 30,
  /** A crawler's metadata header is the first lines of the file. */
  headerLines: 12,
} as const;

/** What makes a line a report's title. */
export const REPORT_WORDS = /年度报告|年报/;

/**
 * A title (or its first wrapped line) names its year or its subject; a line naming only the organ stands above
 * the title (白沙镇人民政府 ⏎ 2023年…年度报告) and is read as the organ, not joined into the title.
 */
export const TITLE_OPENERS = /政府信息公开|政务公开|年度报告/;

/** A metadata field of a crawler's header (标题: …, 发布机构: …), the value possibly empty. */
export const HEADER_FIELD = /^(标题|发布机构|发文机关|来源)\s*[:：]\s*(.*)$/;

/** The subject after which nothing is the organ: 2025年上海市人民政府办公厅|政府信息公开工作年度报告. */
export const REPORT_SUBJECT = /政府信息公开|政务公开|信息公开/;

/**
 * A line of a web page above the title, never its start (matched with ASCII digits): a breadcrumb (首页 > … >
 * 2024年政府信息公开年报), or a date, alone or after a greeting or the site's name (2024年01月20日 星期六, 今天是
 * 2024年1月20日, 尚志市人民政府 2022年1月20日 星期四 晴).
 */
export const NOT_TITLE_START = /[>›»＞]|^[^\d]{0,20}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
