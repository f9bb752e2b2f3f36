/**
 * A label cell holding two rows' labels over one row of values: a narrow label column whose wrapped lines ran
 * into the next row's (a PDF exported with 1 cm columns: 1.属于国家秘密其他法律行政法规禁), or an OCR merge. Its
 * values are one row's, but which cannot be told: the label matches either, and the aligner picks by length.
 * Read as the longer label's row, 不予公开's first row went silently under its second (LibreOffice exports, seven
 * values misfiled per file); such a row is unread instead.
 */
import type { TemplateRow } from './align.js';

/** Shorter runs of shared characters are chance (政府信息, 申请人 recur in many labels). */
const MIN_SHARED = 6;

/**
 * Whether `words` (a normalised label matched to `own`) also holds a run of at least MIN_SHARED characters of
 * another row's label that `own`'s label does not hold. A label that is its own row's words, or those words with
 * a caption or header run into them, never does: whatever it shares with other rows, its own label shares too.
 */
export function holdsTwoLabels(words: string, own: TemplateRow, rows: readonly TemplateRow[]): boolean {
  if (words.length < MIN_SHARED) return false;
  // The runs the own label does not hold, found once (not again for every other row: a hot path over every row).
  const foreign: string[] = [];
  for (let start = 0; start + MIN_SHARED <= words.length; start++) {
    const run = words.slice(start, start + MIN_SHARED);
    if (!own.core.includes(run) && !(own.variants ?? []).some((v) => v.includes(run))) foreign.push(run);
  }
  if (foreign.length === 0) return false;
  return rows.some(
    (other) => other !== own && other.core.length >= MIN_SHARED && foreign.some((run) => other.core.includes(run)),
  );
}
