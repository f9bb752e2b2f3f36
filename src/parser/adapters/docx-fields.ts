/**
 * A field inside another field's code (`{ = { REF total } \# "0" }`, `{ IF { MERGEFIELD x } … }`): Word prints only
 * the outer field's result, yet the inner field's cached result sits in the outer field's code as ordinary text runs,
 * and mammoth, which skips only `w:instrText`, prints it before the outer result: a cell printing 351 read 351351
 * (red team rtA: 26 false totals errors from one table built this way). The runs of a field nested in another's code
 * are dropped here, fields and all, as is any text standing in a field's code; a field that is not nested is left
 * to mammoth, which reads its result. Pure string work on the body's XML (docx-hidden.ts runs it).
 */

/** An innermost run; a text box's runs sit inside a run of their own and are matched, not their holder. */
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>/g;
const FIELD_CHAR = /<w:fldChar\b[^>]*?w:fldCharType="(begin|separate|end)"/g;
/** Text a run prints (not the field code, `w:instrText`, which mammoth skips anyway). */
const PRINTED_TEXT = /<w:(?:t|tab|br|sym|noBreakHyphen|softHyphen)\b/;

interface Field {
  /** Between begin and separate: the code, not printed. */
  inCode: boolean;
  /** Begun inside another field's code: nothing of it is printed. */
  nested: boolean;
}

/** Whether the body holds a field begun inside another field's code (the only case rewritten). */
function hasNestedField(xml: string): boolean {
  // Per open field, whether it is still in its code.
  const inCode: boolean[] = [];
  for (const [, kind] of xml.matchAll(FIELD_CHAR)) {
    if (kind === 'begin') {
      if (inCode.includes(true)) return true;
      inCode.push(true);
    } else if (kind === 'separate') {
      if (inCode.length > 0) inCode[inCode.length - 1] = false;
    } else inCode.pop();
  }
  return false;
}

/** The body with every field nested in another field's code, and any text in a field's code, taken out. */
export function withoutNestedFields(xml: string): string {
  if (!xml.includes('w:fldChar') || !hasNestedField(xml)) return xml;
  const stack: Field[] = [];
  const inCode = (): number => stack.filter((f) => f.inCode).length;
  return xml.replace(RUN, (run) => {
    const chars = [...run.matchAll(FIELD_CHAR)].map((m) => m[1]);
    if (chars.length === 0) {
      const depth = inCode();
      // Inside a nested field's code (depth 2), or printed text inside any field's code: Word does not print it.
      return depth >= 2 || (depth === 1 && PRINTED_TEXT.test(run)) ? '' : run;
    }
    let drop = false;
    for (const kind of chars) {
      if (kind === 'begin') {
        // Fields nest whole: while a nested field is open, the field holding it is still in its code.
        const field = { inCode: true, nested: inCode() > 0 };
        stack.push(field);
        drop ||= field.nested;
      } else {
        const top = stack.at(-1);
        drop ||= top?.nested ?? false;
        if (kind === 'separate' && top) top.inCode = false;
        if (kind === 'end') stack.pop();
      }
    }
    return drop ? '' : run;
  });
}
