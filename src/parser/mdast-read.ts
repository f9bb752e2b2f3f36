/** Reads mdast into the builder's flat list of items: text lines (with a map to the source) and raw tables. */
import type { Nodes, PhrasingContent, Root, Table, Text } from 'mdast';
import type { Position } from 'unist';
import { type Segment, type TextRun, splitLines } from './text-run.js';
import type { RawCell, RawRow, RawTable } from './raw-table.js';

export type Item =
  | { kind: 'line'; run: TextRun; position?: Position; heading: boolean; strong: boolean }
  | { kind: 'table'; table: RawTable };

export function readItems(tree: Root, source: string): Item[] {
  const items: Item[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const run = runOf(node.children, source, node.position);
        const strong = node.children.length > 0 && node.children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim()));
        for (const line of splitLines(run)) items.push({ kind: 'line', run: line, heading: node.type === 'heading', strong });
        return;
      }
      case 'table':
        items.push({ kind: 'table', table: rawTable(node, source) });
        return;
      case 'code': {
        const start = node.position?.start.offset;
        // A fenced block (```) is a quoted example (a README, a rule's page), never report text; an indented
        // block is report text that a tab at the line start made code (one cell per line).
        if (start !== undefined && /^[ \t]*(`{3,}|~{3,})/.test(source.slice(start, start + 16))) return;
        const run: TextRun = { text: node.value, segments: start === undefined ? [] : [{ at: 0, offset: start }] };
        for (const line of splitLines(run)) items.push({ kind: 'line', run: line, heading: false, strong: false });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    }
  };
  visit(tree);
  return items;
}

function rawTable(node: Table, source: string): RawTable {
  const layout = (node.data as { layout?: 'grid' | 'flattened' } | undefined)?.layout ?? 'grid';
  const rows: RawRow[] = node.children.map((row) => ({
    cells: row.children.map((cell): RawCell => {
      const run = runOf(cell.children, source);
      const texts = cell.children.filter((c): c is Text => c.type === 'text' && c.position !== undefined);
      const position = texts.length
        ? { start: texts[0]!.position!.start, end: texts[texts.length - 1]!.position!.end }
        : cell.position;
      const spanned = (cell.data as { spanned?: boolean } | undefined)?.spanned === true;
      // A label broken over lines ("社会⏎公益⏎组织") is one label.
      return { text: run.text.replace(/\s*\n\s*/g, ''), spanned, ...(position ? { position } : {}) };
    }),
    ...(row.position ? { position: row.position } : {}),
  }));
  return { layout, rows, ...(node.position ? { position: node.position } : {}) };
}

/** Concatenates inline text, keeping where each piece came from in the source. */
export function runOf(children: readonly PhrasingContent[] | readonly Nodes[], source: string, within?: Position): TextRun {
  const run: TextRun = { text: '', segments: [] };
  // Where the next text is looked for when a transform left it without a position: after the last placed
  // text, inside the parent block.
  let cursor = within?.start.offset ?? -1;
  const limit = within?.end.offset ?? -1;
  const add = (value: string, offset: number | undefined): void => {
    if (offset !== undefined) run.segments.push({ at: run.text.length, offset });
    run.text += value;
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return addUnplaced(node.value);
      cursor = end;
      if (node.type === 'text' && source.slice(start, end) === node.value) return add(node.value, start);
      addMapped(node.value, start, end);
    } else if (node.type === 'break') add('\n', undefined);
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  // Text whose value differs from its source (escapes, stripped indentation): map line by line.
  const addMapped = (value: string, start: number, end: number): void => {
    const slice = source.slice(start, end);
    let cursor = 0;
    value.split('\n').forEach((piece, i) => {
      if (i > 0) add('\n', undefined);
      const found = piece ? slice.indexOf(piece, cursor) : -1;
      // Not found (HTML markup between the characters): the node's start is the best place we know.
      add(piece, found >= 0 ? start + found : i === 0 ? start : undefined);
      if (found >= 0) cursor = found + piece.length;
    });
  };
  const addUnplaced = (value: string): void => {
    const first = value.split('\n').find((line) => line.trim()) ?? '';
    const at = cursor >= 0 && first ? source.indexOf(first.trim(), cursor) : -1;
    if (at < 0 || at >= limit) return add(value, undefined);
    addMapped(value, at, limit);
    cursor = at + first.trim().length;
  };
  for (const child of children) walk(child as Nodes);
  return run;
}

export type { Segment };
