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
