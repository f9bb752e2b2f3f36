/**
 * The budget check of a PDF before pdfjs reads it: pdfjs inflates a compressed stream whole and
 * synchronously (a 200 MB content stream took over 30 s, and 1 GB exhausted memory, with no chance for a
 * timer to fire), so every Flate stream that is not an image is inflated here first with the budget as a
 * ceiling, counting and discarding the output. Images are skipped: pdfjs does not decode them to read text.
 */
import { BudgetError, type Budget } from '../budget.js';
import { inflatedSize } from './inflate.js';
import { byteChars } from '../byte-chars.js';

const STREAM = bytesOf('stream');
const END = bytesOf('endstream');

/** Throws BudgetError when the streams pdfjs would inflate add up to more than the budget. */
export async function checkPdfBudget(bytes: Uint8Array, budget: Budget): Promise<void> {
  if (budget.expanded === Infinity) return;
  let total = 0;
  for (let at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
    if (at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) continue; // "endstream"
    const dict = byteChars(bytes.subarray(Math.max(0, at - 512), at));
    const opened = dict.lastIndexOf('<<');
    const header = opened >= 0 ? dict.slice(opened) : dict;
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = indexOf(bytes, END, start);
    const stop = end < 0 ? bytes.length : end;
    if (/\/FlateDecode/.test(header) && !/\/Subtype\s*\/Image/.test(header)) {
      const left = budget.expanded - total;
      const size = (await inflatedSize(bytes.subarray(start, stop), 'deflate', left)) ?? 0;
      total += size;
      if (total > budget.expanded) throw new BudgetError('expanded', total, budget.expanded);
    }
    if (end < 0) break;
    at = stop;
  }
}

function indexOf(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0] as number;
  for (let i = bytes.indexOf(first, from); i >= 0 && i + pattern.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
  }
  return -1;
}

function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
