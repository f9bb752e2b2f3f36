/**
 * The characters of a grid table as a plane of display columns (a CJK character is two wide, as the converters that
 * drew the table count it), held in typed arrays: a block of a few hundred KB is a few hundred thousand columns,
 * and an object per column cost a second of allocation and collection on such a block.
 */
import { displayWidth } from '../display-width.js';
import type { SourceLine } from './source-lines.js';

const codesOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.codePointAt(0)!));

/** Corners and joints of every drawing: ASCII `+`, single, double and heavy box drawing. */
const CORNER_CHARS = '+┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛';
const CORNERS = codesOf(CORNER_CHARS);
const HORIZONTALS = codesOf('-=:─━═');
const VERTICALS = codesOf('|│┃║');
export const isCorner = (code: number): boolean => CORNERS.has(code);
export const isHorizontal = (code: number): boolean => HORIZONTALS.has(code);
export const isVertical = (code: number): boolean => VERTICALS.has(code);

const PLUS = 0x2b;
const BAR = 0x7c;
const DASH = 0x2d;
const EQUALS = 0x3d;
const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;
export const isSpace = (code: number): boolean => code === SPACE || code === IDEOGRAPHIC_SPACE;

/** The lines of a block by display column. */
export interface Plane {
  height: number;
  /** Per line, each display column's code point (0 for the second column of a wide character), then a space: the line's end. */
  codes: Int32Array[];
  /** Per line, the source offset of each display column's character (the end of the line for the last one). */
  at: Int32Array[];
}

/** The code point at line y, display column x; -1 outside the block. */
export const codeAt = (plane: Plane, y: number, x: number): number => plane.codes[y]?.[x] ?? -1;

/** The lines as a plane; null when a line holds a tab or a control (its columns are unknown). */
export function planeOf(lines: readonly SourceLine[]): Plane | null {
  const codes: Int32Array[] = [];
  const at: Int32Array[] = [];
  for (const line of lines) {
    const lineCodes: number[] = [];
    const lineAt: number[] = [];
    let offset = line.start;
    for (const ch of line.text) {
      const code = ch.codePointAt(0)!;
      const width = code < 0x80 ? (code >= 0x20 && code < 0x7f ? 1 : 0) : displayWidth(ch);
      if (width === 0) return null;
      lineCodes.push(code);
      lineAt.push(offset);
      for (let k = 1; k < width; k++) {
        lineCodes.push(0);
        lineAt.push(offset);
      }
      offset += ch.length;
    }
    lineCodes.push(SPACE);
    lineAt.push(offset);
    codes.push(Int32Array.from(lineCodes));
    at.push(Int32Array.from(lineAt));
  }
  return { height: lines.length, codes, at };
}

/**
 * w3m's ASCII drawing (`w3m -dump -no-graph`) writes `+` only where four strokes cross: a rule that ends at a vertical
 * stroke ends in `|` (`|------+------|`), a vertical stroke that ends at a rule meets it at a `-`, and the table's top
 * and bottom borders have no joints at all. Those places are corners of cells; they are written `+` here, so the
 * cells close as in the other drawings. Pandoc's and reStructuredText's grids already have a `+` at each of them, and
 * text in a cell has no `|` beside a `-` of a rule nor a `|` right above or below a `-`, so they are left as drawn.
 * Returns the number of joints written.
 */
export function markJoints(plane: Plane): number {
  const joints: Array<[number, number]> = [];
  const stroke = (code: number): boolean => code === DASH || code === EQUALS;
  const vertical = (code: number): boolean => code === BAR || code === PLUS;
  for (let y = 0; y < plane.height; y++) {
    const row = plane.codes[y]!;
    for (let x = 0; x < row.length; x++) {
      const code = row[x]!;
      const up = codeAt(plane, y - 1, x);
      const down = codeAt(plane, y + 1, x);
      const left = codeAt(plane, y, x - 1);
      const right = codeAt(plane, y, x + 1);
      if (code === BAR && (stroke(left) || stroke(right)) && (vertical(up) || vertical(down))) joints.push([y, x]);
      else if (
        stroke(code) &&
        (up === BAR || down === BAR) &&
        (stroke(left) || stroke(right) || vertical(left) || vertical(right))
      )
        joints.push([y, x]);
    }
  }
  for (const [y, x] of joints) plane.codes[y]![x] = PLUS;
  return joints.length;
}
