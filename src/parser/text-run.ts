/**
 * Text with a map back to the source: the builder reads text out of mdast (where markup is gone) and still
 * needs the source position of any substring (a period statement, a fee sentence, a heading).
 */
import type { Point, Position } from 'unist';
import { Damage } from './damage.js';

/** `text[at]` comes from source offset `offset` (and so on, contiguously, until the next segment). */
interface Segment {
  at: number;
  offset: number;
}

export interface TextRun {
  text: string;
  segments: Segment[];
}

/** Offsets to 1-based lines and columns (UTF-16 code units), by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1, offset: o };
  }
  /** How many lines the source has. */
  get lineCount(): number {
    return this.starts.length;
  }
  /** The offsets [start, end) of a 1-based line, its line ending included. */
  lineRange(line: number): [number, number] {
    return [this.starts[line - 1] ?? this.source.length, this.starts[line] ?? this.source.length];
  }
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
  /**
   * [start, end) offsets of numbers printed past the page's edge (a PDF's, pdf-page-edge.ts), in order: cut
   * short, so a table row holding one is not read (tables/edge-cut-rows.ts). Set by the report builder.
   */
  cutAtPageEdge: ReadonlyArray<readonly [number, number]> = [];
  /**
   * Offsets where a PDF page that is only a picture stands (pdf-pictures.ts): its content is not read, so no row
   * of a table whose region it stands in is missing (tables/picture-rows.ts). Set by the report builder.
   */
  picturePages: readonly number[] = [];
  /**
   * Offsets of the paging of a paged web article where later pages go on (paged-article.ts): a table whose region
   * reaches it may go on there, so its rows after every row read are not missing (tables/other-page-rows.ts).
   */
  laterPages: readonly number[] = [];
  /** The later pages are a file's end, cut anywhere (cut-short.ts): the last row read may be cut inside a number. */
  endCut = false;
  private damaged: Damage | undefined;
  /** Where the source holds U+FFFD (characters lost), found on first use. */
  get damage(): Damage {
    return (this.damaged ??= new Damage(this.source));
  }
}

/** The source offset of text index `at` (clamped into the run). */
function offsetAt(run: TextRun, at: number): number | undefined {
  let seg: Segment | undefined;
  for (const s of run.segments) {
    if (s.at <= at) seg = s;
    else break;
  }
  return seg ? seg.offset + (at - seg.at) : undefined;
}

/** The source position of run.text[from, to), when the run has a map. */
export function spanPosition(run: TextRun, from: number, to: number, index: LineIndex): Position | undefined {
  const start = offsetAt(run, from);
  const last = offsetAt(run, Math.max(from, to - 1));
  if (start === undefined || last === undefined) return undefined;
  return index.position(start, last + (to > from ? 1 : 0));
}

/** Splits a run on "\n" into lines, each keeping its map; leading and trailing blanks are trimmed. */
export function splitLines(run: TextRun): TextRun[] {
  const out: TextRun[] = [];
  let start = 0;
  for (let i = 0; i <= run.text.length; i++) {
    if (i === run.text.length || run.text[i] === '\n') {
      const line = sliceRun(run, start, i);
      if (line.text.length > 0) out.push(line);
      start = i + 1;
    }
  }
  return out;
}

/** A trimmed slice of a run. */
export function sliceRun(run: TextRun, from: number, to: number): TextRun {
  let a = from;
  let b = to;
  while (a < b && isBlank(run.text.charCodeAt(a))) a++;
  while (b > a && isBlank(run.text.charCodeAt(b - 1))) b--;
  const segments: Segment[] = [];
  for (let i = 0; i < run.segments.length; i++) {
    const s = run.segments[i]!;
    const next = run.segments[i + 1]?.at ?? Infinity;
    if (next <= a || s.at >= b) continue;
    const at = Math.max(s.at, a);
    segments.push({ at: at - a, offset: s.offset + (at - s.at) });
  }
  return { text: run.text.slice(a, b), segments };
}

/** Blanks trimmed off a line: spaces (ideographic and no-break too), tabs, line ends, a byte-order mark, and the form
 * feed pdftotext prints before a page's first line (知561件 after a page break is the rest of 发出收费通). */
export function isBlank(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 13 || code === 10 || code === 0xfeff || code === 12
  );
}
