/**
 * Visual lines as pdf-lines.ts groups them, written by hand for the PDF tests (pdf-cells, pdf-wrapped-numbers):
 * cells at x ranges in points, on a baseline y of page 2, 9 pt glyphs as Chromium prints the fuzzer's tables.
 */
import type { Cell, VisualLine } from '../../src/parser/adapters/pdf-lines.js';

export const cell = (x0: number, x1: number, text: string): Omit<Cell, 'y'> => ({ x0, x1, text });

export const line = (y: number, ...cells: Array<Omit<Cell, 'y'>>): VisualLine => ({
  page: 2,
  y,
  size: 9,
  cells: cells.map((c) => ({ ...c, y })),
});

/** The cell texts of each line, to compare with what a step made of the lines. */
export const texts = (lines: readonly VisualLine[]): string[][] => lines.map((l) => l.cells.map((c) => c.text));
