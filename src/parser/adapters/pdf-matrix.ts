/**
 * PDF's transformation matrices, as pdfjs' operator list gives them (`transform`, a form's matrix): shared by the
 * border reader (pdf-rules.ts) and the scan test (pdf-scan.ts). Browser-safe.
 */

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first and then `outer` (PDF's `cm` concatenates the new matrix inside). */
export function compose(outer: readonly number[], inner: readonly number[]): Matrix {
  const [a0 = 1, a1 = 0, a2 = 0, a3 = 1, a4 = 0, a5 = 0] = outer;
  const [b0 = 1, b1 = 0, b2 = 0, b3 = 1, b4 = 0, b5 = 0] = inner;
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}

/** An operator's six numbers, as pdfjs passes a matrix (an array or a typed array). */
export const isMatrix = (v: unknown): v is ArrayLike<number> =>
  !!v && typeof v === 'object' && (v as ArrayLike<number>).length === 6 && typeof (v as ArrayLike<number>)[0] === 'number';
