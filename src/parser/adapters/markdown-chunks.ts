/**
 * A long Markdown document parsed in pieces. micromark keeps every event of the whole document (several
 * objects per cell, each with two points) until mdast is built from them, so a 1 MB report of GFM tables
 * peaked at about 1 GB of memory and spent a third of its time collecting garbage; a compilation of a few MB
 * needed several GB. Cut at block boundaries that no construct spans, each piece parses to the same nodes as
 * in the whole, and its positions are shifted back into the whole document's.
 */
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';

/**
 * Every piece is at least this long, so a document shorter than twice this is parsed whole, exactly as before
 * (every real report we have is).
 */
export const MIN_PIECE = 64 * 1024;

/**
 * A link reference definition applies to the whole document: such a document is parsed whole. It may stand in a
 * quote or a list item (> [a]: /u), so any container markers may come before it.
 */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;
/** Fences open and close code blocks, which may hold blank lines and anything else. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A fence opening a code block: a backtick fence's info string holds no backtick (```a`b is text). */
function fenceOpening(lineText: string): string | undefined {
  const found = FENCE.exec(lineText);
  if (!found) return undefined;
  const marker = found[1]!;
  return marker[0] === '`' && lineText.includes('`', found[0].length) ? undefined : marker;
}
const INDENTED = /^ /;
/** A closing fence has nothing after its markers but blanks (` ```python ` inside a block is content). */
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
/** Blank to Markdown: spaces and tabs only (a line of U+3000 or NBSP is text, and may continue a block). */
export const BLANK_LINE = /^[ \t]*\r?$/;
/**
 * HTML blocks of kinds 1–5 span blank lines up to their end: script, pre, style and textarea to their closing
 * tag, a comment to -->, a processing instruction to ?>, CDATA to ]]>, a declaration to >.
 */
const LONG_HTML = /^ {0,3}<(script|pre|style|textarea|!--|\?|!\[CDATA\[|![A-Za-z])/i;
function htmlEnd(open: string): RegExp {
  const o = open.toLowerCase();
  if (o === '!--') return /-->/;
  if (o === '?') return /\?>/;
  if (o === '![cdata[') return /\]\]>/;
  if (o.startsWith('!')) return />/;
  return new RegExp(`</${o}>`, 'i');
}

/**
 * A cut: where a piece starts, and, for a cut between two rows of one long GFM table, the table's header and
 * delimiter lines, which the piece is parsed after so its rows are read as the same table's (parseInPieces).
 */
export interface Cut {
  at: number;
  header?: string;
}

/**
 * Where the document may be cut: the start of a line after a blank line, outside a fence, after no HTML block
 * that spans blank lines, and beginning with a character that neither continues a list (a marker or digit of
 * a loose list) nor is a blank: a blank line followed by such a line closes every open block. Inside one long
 * GFM table (a data annex of thousands of rows has no blank line to cut at: 5 MB of it peaked at 4.4 GB), also
 * the start of a row once the table is a piece long: a table at the margin after a blank line, every row so far
 * opening with `|` (a row is one line, parsed alone). Pieces are at least `minPiece` long (MIN_PIECE; tests pass
 * less, to cut small documents). Returns the cuts ([] when the document is parsed whole).
 */
export function cutPoints(text: string, minPiece = MIN_PIECE): Cut[] {
  if (text.length < 2 * minPiece || DEFINITION.test(text)) return [];
  const cuts: Cut[] = [];
  let pieceStart = 0;
  let fence = '';
  let html: RegExp | null = null;
  // The start of the document counts as a blank line (a table there is at the margin after nothing).
  let blankBefore = true;
  // The line before this one, and whether a blank line (or the start) stood before it: a table's header.
  let previous: { start: number; blankBefore: boolean; pipe: boolean } | undefined;
  let table: { header: string; start: number } | undefined;
  for (let lineStart = 0; lineStart < text.length;) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const line = text.slice(lineStart, Math.min(end, lineStart + 16));
    const lineText = text.slice(lineStart, end);
    const blank = BLANK_LINE.test(lineText);
    const marker = fenceOpening(lineText);
    const htmlOpen = html || fence ? undefined : LONG_HTML.exec(line)?.[1];
    const pipe = line.startsWith('|');
    const roomy = lineStart - pieceStart >= minPiece && text.length - lineStart >= minPiece;
    if (htmlOpen) html = htmlEnd(htmlOpen);
    if (html) {
      if (html.test(lineText)) html = null;
    } else if (fence) {
      const closing = CLOSING_FENCE.exec(lineText)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) {
        if (INDENTED.test(lineText)) return cuts;
        fence = '';
      }
    } else if (marker) {
      // An indented fence may belong to a list item, which a fence at the margin closes (and then opens a fence of
      // its own): where micromark's fences end is no longer certain, so nothing after it is cut.
      if (INDENTED.test(lineText)) return cuts;
      fence = marker;
    } else if (blankBefore && !blank && roomy && startsClean(line)) {
      cuts.push({ at: lineStart });
      pieceStart = lineStart;
    } else if (table !== undefined && pipe && roomy && lineStart - table.start >= minPiece) {
      cuts.push({ at: lineStart, header: table.header });
      pieceStart = lineStart;
    }
    // A lone \r ends a line to micromark (\r\r inside a row would be a blank line ending the table): stop there.
    if (table !== undefined && (!pipe || LONE_CR.test(lineText))) table = undefined;
    else if (
      table === undefined &&
      pipe &&
      previous?.pipe &&
      previous.blankBefore &&
      !fence &&
      !html &&
      DELIMITER_ROW.test(lineText)
    )
      table = { header: text.slice(previous.start, end + 1), start: previous.start };
    previous = { start: lineStart, blankBefore, pipe: pipe && !fence && !html };
    blankBefore = blank;
    lineStart = end + 1;
  }
  return cuts;
}

/** A carriage return not ending its line (the \r of \r\n does). */
const LONE_CR = /\r(?!$)/;

/** A GFM table's delimiter row, opening with `|` (| --- | :-: |). */
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?\r?$/;

/** A line that starts at its margin with no list marker, digit, quote, fence, rule or HTML (a heading or a table row is fine: after a blank line it can only start a block). */
function startsClean(line: string): boolean {
  const c = line[0]!;
  return !/[\s\-*+>`~<\d=_\\[!]/.test(c);
}

/**
 * Parses the text piece by piece at the cuts and joins the pieces' children into one root, with every
 * position (line, column, offset) as in the whole text. A piece cut inside a table is parsed after the table's
 * header: its first node is then the rest of that table, whose rows (the header's copy dropped) go on the table
 * before; should it not read so, the text is parsed whole.
 */
export function parseInPieces(text: string, cuts: readonly Cut[], parse: (text: string) => Root): Root {
  if (!cuts.length) return parse(text);
  const bounds = [{ at: 0 }, ...cuts, { at: text.length }];
  const children: RootContent[] = [];
  let line = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const { at: from, header = '' } = bounds[i]!;
    const piece = text.slice(from, bounds[i + 1]!.at);
    const tree = parse(header + piece);
    for (const child of tree.children) shift(child, line - countLines(header), from - header.length);
    if (header) {
      const rest = tree.children.shift();
      const table = children[children.length - 1];
      if (rest?.type !== 'table' || table?.type !== 'table' || rest.position?.start.offset !== from - header.length)
        return parse(text);
      table.children.push(...rest.children.slice(1));
      if (table.position && rest.position) table.position.end = rest.position.end;
    }
    children.push(...tree.children);
    line += countLines(piece);
  }
  const whole = parse('');
  whole.children = children;
  whole.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: line + 1, column: text.length - text.lastIndexOf('\n'), offset: text.length },
  };
  return whole;
}

/** Line endings as micromark counts them: \r\n, \n, and a lone \r (an old Mac file). */
function countLines(piece: string): number {
  let n = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 10 || (c === 13 && piece.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function shift(node: Node, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset };
    p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset };
  }
  const kids = (node as { children?: Node[] }).children;
  if (kids) for (const k of kids) shift(k, lines, offset);
}
