/**
 * The `docx` adapter: a Word file to mdast through mammoth's HTML and the html adapter. mammoth turns
 * w:gridSpan into colspan and w:vMerge runs into rowspan (checked on the real blank 2021 template), so
 * the html adapter's grid expansion serves Word tables as well. Positions refer to that HTML, which is
 * why the report builder also gives cells a `location` (表三「（七）总计」行·自然人) people can find in Word.
 */
import mammoth from 'mammoth';
import type { AdapterOutput } from './types.js';
import { readHtml } from './html.js';
import { budgetFor, type Budget } from '../budget.js';
import { checkDocxBudget } from './zip-directory.js';
import { asPrinted } from './docx-hidden.js';
import { ReadError } from '../read-error.js';

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

export async function readDocx(file: Uint8Array, budget: Budget = budgetFor()): Promise<AdapterOutput> {
  const { rewriteBody } = await checkDocxBudget(file, budget);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // Hidden text (w:vanish) is not printed; a simple field (w:fldSimple) prints its result (docx-hidden.ts).
    const bytes = rewriteBody ? await asPrinted(file) : file;
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both accept these bytes.
    const input = { arrayBuffer, buffer: bytes } as unknown as MammothInput;
    result = await mammoth.convertToHtml(input, {
      // Images carry no report text; embedding them as data URLs would only bloat the HTML positions refer to.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  } catch (error) {
    // jszip's and mammoth's own messages name their internals; say what the user can act on.
    const reason = error instanceof Error ? error.message.split(/[.:]/)[0] : String(error);
    throw new ReadError('docxDamaged', { reason: reason ?? '' }, `cannot read .docx: ${reason}`);
  }
  // One line per block, so findings in the HTML read as lines (mammoth escapes '<' in text: tags are tags).
  // A Word file is all report: no page furniture to locate it in (a preamble naming the six subjects stays).
  return readHtml(result.value.replace(/<\/(p|h[1-6]|li|tr|table|ul|ol)>/g, '</$1>\n'), budget, { whole: true });
}
