/**
 * pdfjs' legacy build brings core-js, which replaces Array.prototype.push (with a slower function written in
 * JavaScript), JSON.parse and Function.prototype.toString for the whole process. Reading a PDF puts them
 * back once pdfjs is loaded (pdf-polyfill.ts keepNativeBuiltins), and pdfjs reads as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { readPdf } from '../../src/parser/adapters/pdf.js';

const KEYS = ['push', 'parse', 'toString'];

describe('built-ins after pdfjs is loaded', () => {
  it('keeps push, JSON.parse and Function.prototype.toString, and still reads the PDF twice', async () => {
    const builtins = (): unknown[] =>
      [Array.prototype, JSON, Function.prototype].map((o, i) => Reflect.get(o, KEYS[i]!) as unknown);
    const before = builtins();
    const bytes = readFileSync(new URL('../fixtures/pdf/traits.pdf', import.meta.url));
    const first = await readPdf(new Uint8Array(bytes));
    expect(builtins()).toEqual(before);
    const again = await readPdf(new Uint8Array(bytes));
    expect(again.text).toBe(first.text);
    expect(first.text).toContain('政府信息公开');
  });
});
