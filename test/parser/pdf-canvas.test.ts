/**
 * Reading a PDF never loads pdfjs' native canvas package (pdf-polyfill.ts withoutCanvas): it is for rendering,
 * cost a PDF's cold start about 30 ms, and may not load at all on an old Linux. The DOMMatrix stand-in or the
 * host's takes its place, and the text reads the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, jest } from '@jest/globals';
import { readPdf } from '../../src/parser/adapters/pdf.js';

/** Node's own module cache, where pdfjs' createRequire would have put the package. */
const nodeModuleCache = (): string[] =>
  Object.keys((process.getBuiltinModule('module') as unknown as { _cache: Record<string, unknown> })._cache);

describe('pdfjs without @napi-rs/canvas', () => {
  it('reads a PDF without loading the canvas package, warning nothing, and leaves createRequire as it was', async () => {
    const warn = jest.spyOn(console, 'warn');
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/pdf/traits.pdf', import.meta.url)));
    const out = await readPdf(bytes);
    expect(out.pages.length).toBeGreaterThan(0);
    expect(out.text).toContain('政府信息公开');
    expect(nodeModuleCache().filter((k) => k.includes('@napi-rs'))).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    // The guard is lifted once pdfjs is loaded: the package resolves again for anyone else.
    const { createRequire } = process.getBuiltinModule('module');
    expect(() => createRequire(import.meta.url).resolve('@napi-rs/canvas')).not.toThrow();
  });
});
