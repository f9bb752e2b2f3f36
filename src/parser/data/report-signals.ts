/** Positive signs that a document is an annual report at all (certainty.ts, notAReport). */
export const NOT_A_REPORT = {
  /** Shorter normalised text than this is an empty or truncated file: other findings say so, not this one. */
  minLength: 20,
  /** A report's title names both: 政府信息公开 (or 政务公开) and 年度报告 (or 年报). */
  titleWords: [/政府信息公开|政务公开/, /年度报告|年报/],
  /** Two placed sections make a structure no README or config file has. */
  sections: 2,
  /** Report prose is Chinese: a README or JSON file that quotes a heading is mostly Latin letters and markup. */
  chineseShare: 0.5,
  /** … and it names several of the six subjects. */
  subjects: 3,
} as const;

/** Signs that a file with a report's title holds no body (certainty.ts, noBody). */
export const NO_BODY = {
  /** The body is elsewhere: an attachment named or linked, or a page that loads it by script. */
  elsewhere: /附件|下载|点击查看|详见|\.(?:pdf|docx?|wps|ofd|zip|rar)(?![a-z])|正在加载|加载中|请稍候/i,
  /** What a page prints beside a title and is no report: its dates and their labels (发布时间：2024-01-20). */
  furniture: /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|发布(?:时间|日期)|来源|日期|[:：\s]/g,
  /** Or no more than this many characters besides the title and such furniture (an organ's name): no report. */
  titleOnly: 12,
} as const;
