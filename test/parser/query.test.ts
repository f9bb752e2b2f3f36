/** getRow / getCell answer from an index built once per table, with a linear search's answers. */
import { describe, expect, it } from '@jest/globals';
import { getCell, getRow, getValue } from '../../src/parser/query.js';
import type { CellNode, RowNode, TableNode } from '../../src/parser/types.js';

const cell = (key: string | undefined, value: number): CellNode => ({
  type: 'cell',
  key,
  raw: String(value),
  value,
  content: 'number',
});
const row = (key: string | undefined, cells: CellNode[]): RowNode => ({ type: 'row', key, label: key ?? '', children: cells });
const table = (rows: RowNode[]): TableNode => ({
  type: 'table',
  kind: 'applications',
  template: '2021',
  layout: 'grid',
  columns: [],
  missingRows: [],
  missingColumns: [],
  unreadableRows: [],
  outdatedLabels: [],
  children: rows,
});

describe('table lookups', () => {
  it('find rows and cells by key; the first of a repeated key wins, as before', () => {
    const t = table([
      row(undefined, []),
      row('new', [cell('natural', 3), cell('natural', 9), cell('total', 5)]),
      row('new', [cell('natural', 7)]),
    ]);
    expect(getRow(t, 'new')).toBe(t.children[1]);
    expect(getValue(t, 'new', 'natural')).toBe(3);
    expect(getValue(t, 'new', 'total')).toBe(5);
    expect(getCell(t, 'new', 'business')).toBeUndefined();
    expect(getCell(t, 'carried', 'natural')).toBeUndefined();
  });

  it('see rows and cells added or replaced after a first lookup', () => {
    const t = table([row('new', [cell('natural', 3)])]);
    expect(getValue(t, 'carried', 'natural')).toBeUndefined();
    t.children.push(row('carried', [cell('natural', 4)]));
    expect(getValue(t, 'carried', 'natural')).toBe(4);
    t.children[0]!.children.push(cell('total', 8));
    expect(getValue(t, 'new', 'total')).toBe(8);
    t.children = [row('new', [cell('natural', 6)])];
    expect(getValue(t, 'new', 'natural')).toBe(6);
  });
});
