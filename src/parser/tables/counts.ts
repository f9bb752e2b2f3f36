/**
 * How a count is written when it is not a figure alone: with its unit (19件, 3个), or as 若干 ("some"). Each reader
 * of table values builds its own pattern from these (a word of a crawl, a cell, a wrapped rest), so all of them
 * know the same units. Browser-safe.
 */

/** The units a count is written with, as a regular-expression character class. */
export const COUNT_UNIT = '[件个条项次人份宗]';

/** The word a report prints in a count cell when it gives no figure. */
export const VAGUE_COUNT = '若干';
