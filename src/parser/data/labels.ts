/** Limits of loose label matching (labels.ts). */

/**
 * Labels longer than this are compared only for equality: a real row or column label is a few dozen characters,
 * and the common-subsequence similarity costs the product of both lengths (a hostile 100,000-character cell).
 */
export const MAX_COMPARED_LABEL = 200;

/**
 * Spellings the format's labels use interchangeably, folded to the template's before any label is compared:
 * 其它 for 其他 (（六）3.其它, 法人或其它组织; the two are one word in everyday writing) and 合计 for 总计 (（七）合计, a
 * 合计 column). Each pair has the same length, so a folded label keeps its characters' places.
 */
export const EQUIVALENT_SPELLINGS: Readonly<Record<string, string>> = { 其它: '其他', 合计: '总计' };
