/** Limits of loose label matching (labels.ts). */

/**
 * Labels longer than this are compared only for equality: a real row or column label is a few dozen characters,
 * and the common-subsequence similarity costs the product of both lengths (a hostile 100,000-character cell).
 */
export const MAX_COMPARED_LABEL = 200;
