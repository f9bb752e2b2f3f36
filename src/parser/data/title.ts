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

/** A title line opens with its year, its organ (…政府, …局, …办公室, …委员会) or its subject. */
export const TITLE_OPENERS = /政府信息公开|政务公开|年度报告|人民政府|委员会|办公室|办公厅|[局厅委院署]|[省市县区镇乡]/;

/** A metadata field of a crawler's header (标题: …, 发布机构: …), the value possibly empty. */
export const HEADER_FIELD = /^(标题|发布机构|发文机关|来源)\s*[:：]\s*(.*)$/;

/** The organ written between the year and the subject: 2025年上海市人民政府办公厅政府信息公开工作年度报告. */
export const ORGAN_BEFORE_SUBJECT = /^(.+?)(?:政府信息公开|政务公开|信息公开)/;
