/**
 * The ruling lines a PDF page draws: the borders of its table cells, as level and upright segments in page
 * points (y from the top, like the text items). Read from pdfjs' operator list: stroked paths (LibreOffice,
 * Chromium, WPS draw borders as lines) and thin filled rectangles (Word draws each border as a filled
 * rectangle a fraction of a point thick), under the current transformation matrix. A table's borders say
 * which text stands in which cell, where the spacing of the text alone cannot (pdf-grid.ts). Pure: no pdfjs
 * import, so it runs wherever the adapter does.
 */
import { compose, IDENTITY, isMatrix, type Matrix } from './pdf-matrix.js';

/** A level (y0 = y1) or upright (x0 = x1) border segment, x0 <= x1 and y0 <= y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageRules {
  horizontal: Rule[];
  vertical: Rule[];
}

/** The operator codes read here (pdfjs' OPS), passed in so this module does not load pdfjs. */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/**
 * More segments than this on one page is no table's borders (a chart, a drawing, a page of hatching): the
 * page is read without them, as before, and the work stays bounded.
 */
const MAX_RULES = 3000;
/** A filled rectangle at most this thick (points) is a border; a thicker one is shading. */
const MAX_THICKNESS = 2;
/** A segment this far (points) from level or upright is neither. */
const SKEW = 0.5;
/** Shorter segments (points) are no border: a table's cell is wider than this. */
const MIN_LENGTH = 4;

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** White (or nearly): a border drawn in the page's colour is no border anyone sees. */
const isWhite = (colour: unknown): boolean => typeof colour === 'string' && /^#(f[0-9a-f]){3}$/i.test(colour);

/**
 * The page's border segments, or undefined when there are more than MAX_RULES (read the page without them).
 * `view` maps PDF user space to the page as the text items are measured (pdfjs' viewport transform).
 */
export function pageRules(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: RuleOps,
  view: readonly number[],
): PageRules | undefined {
  const out: PageRules = { horizontal: [], vertical: [] };
  let ctm: Matrix = compose(view, IDENTITY);
  let stroke: unknown = '#000000';
  let fill: unknown = '#000000';
  const stack: Array<{ ctm: Matrix; stroke: unknown; fill: unknown }> = [];
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push({ ctm, stroke, fill });
    else if (fn === ops.restore) ({ ctm, stroke, fill } = stack.pop() ?? { ctm, stroke, fill });
    else if (fn === ops.transform && isMatrix(args)) ctm = compose(ctm, Array.from(args));
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, stroke, fill });
      const matrix = Array.isArray(args) ? (args as unknown[])[0] : undefined;
      if (isMatrix(matrix)) ctm = compose(ctm, Array.from(matrix));
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, stroke, fill } = stack.pop() ?? { ctm, stroke, fill });
    else if (fn === ops.setStrokeRGBColor) stroke = Array.isArray(args) ? (args as unknown[])[0] : undefined;
    else if (fn === ops.setFillRGBColor) fill = Array.isArray(args) ? (args as unknown[])[0] : undefined;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const path = args as unknown[];
      // pdfjs 5: [paint operator, [path data], bounding box]; the path data is DrawOPS-coded (0 moveTo,
      // 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). Any other shape (another pdfjs) draws no rules.
      const paint = path[0];
      const data = Array.isArray(path[1]) ? (path[1] as unknown[])[0] : undefined;
      if (typeof paint !== 'number' || !data || typeof (data as ArrayLike<number>).length !== 'number') continue;
      const stroked = strokes.has(paint) && !isWhite(stroke);
      const filled = fills.has(paint) && !isWhite(fill);
      if (!stroked && !filled) continue;
      for (const sub of subpaths(data as ArrayLike<number>)) {
        const points = sub.map(([x, y]) => apply(ctm, x, y));
        if (filled && !stroked) addRectangle(points, out);
        else if (stroked) addEdges(points, out);
        if (out.horizontal.length + out.vertical.length > MAX_RULES) return undefined;
      }
    }
  }
  return out;
}

/**
 * The subpaths of DrawOPS-coded path data, as their points; a closed subpath repeats its first point at the
 * end. A subpath with a curve is dropped (a rounded box, a circle: no cell border).
 */
function subpaths(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let curved = false;
  const flush = (): void => {
    if (!curved && current.length >= 2) out.push(current);
    current = [];
    curved = false;
  };
  for (let i = 0; i < data.length;) {
    const op = data[i];
    if (op === 0) {
      flush();
      current.push([data[i + 1]!, data[i + 2]!]);
      i += 3;
    } else if (op === 1) {
      current.push([data[i + 1]!, data[i + 2]!]);
      i += 3;
    } else if (op === 2) {
      curved = true;
      i += 7;
    } else if (op === 3) {
      curved = true;
      i += 5;
    } else if (op === 4) {
      if (current.length > 0) current.push(current[0]!);
      flush();
      i += 1;
    } else return [];
  }
  flush();
  return out;
}

/** Each level or upright edge of a stroked path. */
function addEdges(points: ReadonlyArray<[number, number]>, out: PageRules): void {
  for (let k = 1; k < points.length; k++) addSegment(points[k - 1]!, points[k]!, out);
}

function addSegment([ax, ay]: [number, number], [bx, by]: [number, number], out: PageRules): void {
  if (Math.abs(ay - by) <= SKEW && Math.abs(ax - bx) >= MIN_LENGTH) {
    const y = (ay + by) / 2;
    out.horizontal.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: y, y1: y });
  } else if (Math.abs(ax - bx) <= SKEW && Math.abs(ay - by) >= MIN_LENGTH) {
    const x = (ax + bx) / 2;
    out.vertical.push({ x0: x, x1: x, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

/** A filled axis-aligned rectangle thin in one direction is a border along the other; shading is none. */
function addRectangle(points: ReadonlyArray<[number, number]>, out: PageRules): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Every corner on the bounding box: a rectangle, not a slanted shape.
  const onBox = points.every(
    ([x, y]) => (Math.abs(x - x0) <= SKEW || Math.abs(x - x1) <= SKEW) && (Math.abs(y - y0) <= SKEW || Math.abs(y - y1) <= SKEW),
  );
  if (!onBox || points.length < 4) return;
  const [w, h] = [x1 - x0, y1 - y0];
  if (h <= MAX_THICKNESS && w >= MIN_LENGTH) out.horizontal.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (w <= MAX_THICKNESS && h >= MIN_LENGTH) out.vertical.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
}
