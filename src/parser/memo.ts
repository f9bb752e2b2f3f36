/**
 * A bounded memo of short texts: the readers ask for the same labels and cells again and again (each table's reader,
 * the column and row matchers, and every report of a batch prints the template's words). Each memo is emptied when
 * full, so a batch's memory stays flat; long text (a sentence) is not kept.
 */
const MAX_REMEMBERED = 20_000;
const MAX_REMEMBERED_LENGTH = 64;

/** `compute(text)`, from `memo` when this text was asked for before. */
export function remembered<T>(memo: Map<string, T>, text: string, compute: (text: string) => T): T {
  if (text.length > MAX_REMEMBERED_LENGTH) return compute(text);
  const known = memo.get(text);
  if (known !== undefined) return known;
  const value = compute(text);
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(text, value);
  return value;
}
