/**
 * The table reader aligns every layout with the template (src/parser/tables/). Each fixture holds distinct
 * non-zero values in every column, so a value read into the wrong row or column cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell, getRow, tablesOf } from '../../src/parser/query.js';
import { APPLICATION_ROWS, GROUP_LABELS, type ResultGroup } from '../../src/parser/data/applications.js';
import { splitDigits } from '../../src/parser/tables/digits.js';
import type { TableNode } from '../../src/parser/types.js';
import { lint } from '../../src/engine/lint.js';
import { KEYS, report, table3, valuesOf } from '../helpers/table3-fixture.js';

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;
const HEADER = ['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

const labelOf = (key: string): string => APPLICATION_ROWS.find((r) => r.key === key)!.label;
const groupOf = (key: string): ResultGroup | undefined => APPLICATION_ROWS.find((r) => r.key === key)!.group;

function expectAllRows(table: TableNode, keys: readonly string[] = KEYS): void {
  for (const key of keys) {
    const expected = valuesOf(key);
    COLUMNS.forEach((column, c) => expect([key, column, getCell(table, key, column)?.value]).toEqual([key, column, expected[c]]));
  }
}

/** Tab-separated rows; `groupAt` places each group label on its own line before, between or after its rows. */
function tabTable(groupAt: 'before' | 'between' | 'after', keys: readonly string[] = KEYS): string {
  const lines = [HEADER.join('\t')];
  const groups = new Map<ResultGroup, string[]>();
  for (const key of keys) {
    const g = groupOf(key);
    if (g) groups.set(g, [...(groups.get(g) ?? []), key]);
  }
  for (const key of keys) {
    const g = groupOf(key);
    const rows = g ? groups.get(g)! : [];
    if (g && groupAt === 'before' && rows[0] === key) lines.push(GROUP_LABELS[g]);
    // Vertically centred in a merged cell: the label sits on the line of a middle row.
    const middle = g && groupAt === 'between' && rows[Math.floor(rows.length / 2)] === key;
    lines.push(`${middle ? `${GROUP_LABELS[g]}\t` : ''}${labelOf(key)}\t${valuesOf(key).join('\t')}`);
    if (g && groupAt === 'after' && rows[rows.length - 1] === key) lines.push(GROUP_LABELS[g]);
  }
  return lines.join('\n');
}

describe('table 三: group labels anywhere within their rows', () => {
  for (const at of ['before', 'between', 'after'] as const) {
    it(`reads every cell with the group labels ${at} their rows`, async () => {
      const table = await table3(report(tabTable(at)));
      expectAllRows(table);
      expect(table.unreadableRows).toEqual([]);
      expect(table.missingRows).toEqual([]);
    });
  }

  it('reads a group label split over two rows (（三）不 ⏎ 予公开)', async () => {
    const gfm = [
      '| 项目 | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const key of KEYS) {
      const group = key === 'denied.4' ? '（三）不' : key === 'denied.5' ? '予公开' : '';
      gfm.push(`| ${group} | ${labelOf(key)} | ${valuesOf(key).join(' | ')} |`);
    }
    const table = await table3(report(gfm.join('\n')), 'markdown');
    expectAllRows(table);
    expect(table.unreadableRows).toEqual([]);
  });

  it('joins a row label wrapped from a line onto the table row that holds its values', async () => {
    const lines = tabTable('before').split('\n');
    const at = lines.findIndex((l) => l.startsWith('（二）'));
    lines.splice(at, 1, '（二）部分公开（区分处理的，只计这一情', `形，不计其他情形）\t${valuesOf('partial').join('\t')}`);
    const table = await table3(report(lines.join('\n')));
    expectAllRows(table);
  });

  it('reads labels printed one character per line, and 三、本年度办理结果 printed vertically between rows', async () => {
    const lines = [HEADER.join(' ')];
    const vertical = [...'三、本年度办理结果'];
    KEYS.forEach((key, i) => {
      if (i >= 2 && vertical.length) lines.push(vertical.shift()!);
      const label = key === 'handled' ? [...labelOf(key)].join('\n') : labelOf(key);
      lines.push(label, valuesOf(key).join(' '));
    });
    const table = await table3(report(lines.join('\n')));
    expectAllRows(table);
    expect(table.unreadableRows).toEqual([]);
  });
});

describe('table 三 cut into pieces', () => {
  it('reads one table split over two tables with a repeated header and a page number between them', async () => {
    const head = [
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    const rows = (keys: readonly string[]) =>
      keys.map((k) => `| ${groupOf(k) ? GROUP_LABELS[groupOf(k)!] : ''}${labelOf(k)} | ${valuesOf(k).join(' | ')} |`);
    const cut = KEYS.indexOf('denied.5');
    const text = report([...head, ...rows(KEYS.slice(0, cut)), '', '— 4 —', '', ...head, ...rows(KEYS.slice(cut))].join('\n'));
    const parsed = await parseReport(text, { format: 'markdown' });
    expect(tablesOf(parsed.report).filter((t) => t.kind === 'applications')).toHaveLength(1);
    expectAllRows(findTable(parsed.report, 'applications')!);
    const result = await lint(text, { format: 'markdown' });
    expect(result.messages.filter((m) => m.ruleId === 'table-structure' && m.message.includes('表三'))).toEqual([]);
  });

  it('reads one table per category under generic headers (数据1 …) by position', async () => {
    const blocks: string[] = [];
    const categories = [['new', 'carried'], ['granted', 'partial'], KEYS.filter((k) => groupOf(k)), ['handled', 'carryForward']];
    for (const keys of categories) {
      blocks.push(
        '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
      );
      for (const k of keys) blocks.push(`| ${labelOf(k)} | ${valuesOf(k).join(' | ')} |`);
      blocks.push('');
    }
    const table = await table3(report(`本年新收政府信息公开申请情况如下：\n\n${blocks.join('\n')}`), 'markdown');
    expect(table.missingColumns).toEqual([]);
    expectAllRows(table);
  });
});

describe('table 三: the 2019 layout of （六）其他处理', () => {
  it('keeps the one row and names its missing rows, in one table-structure finding', async () => {
    const keys = KEYS.filter((k) => groupOf(k) !== 'other');
    const lines = tabTable('before', keys).split('\n');
    const at = lines.findIndex((l) => l.startsWith('（七）总计'));
    lines.splice(at, 0, `（六）其他处理\t${[7, 8, 9, 10, 11, 12, 57].join('\t')}`);
    const text = report(lines.join('\n'));
    const table = await table3(text);
    expectAllRows(table, keys);
    expect(getRow(table, 'other')?.children.map((c) => c.value)).toEqual([7, 8, 9, 10, 11, 12, 57]);
    expect(table.missingRows).toEqual(['other.1', 'other.2', 'other.3']);
    const result = await lint(text, { format: 'text' });
    const structure = result.messages.filter((m) => m.ruleId === 'table-structure' && m.message.includes('表三'));
    expect(structure).toHaveLength(1);
    expect(structure[0]!.message).toContain('（六）其他处理');
  });
});

describe('table 三: digits run together (a crawl without cell separators)', () => {
  const runs: Record<string, string> = {
    new: '713000074',
    carried: '1000001',
    granted: '210000021',
    partial: '8100009',
    handled: '723000075',
    'other.3': '0200002',
  };
  const line = (ambiguous: boolean): string =>
    KEYS.map((k) => {
      const run = ambiguous && k === 'denied.1' ? '010100011' : (runs[k] ?? '0000000');
      return `${groupOf(k) && labelOf(k).startsWith('1.') ? GROUP_LABELS[groupOf(k)!] + ' ' : ''}${labelOf(k)} ${run}`;
    }).join('');

  it('splits a run only by the one split whose six columns add up to 总计, and marks the row inferred', async () => {
    expect(splitDigits('713000074', 7)).toEqual({ status: 'unique', values: [71, 3, 0, 0, 0, 0, 74] });
    const table = await table3(
      report(`申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${line(false)}`),
    );
    expect(getRow(table, 'new')?.children.map((c) => c.value)).toEqual([71, 3, 0, 0, 0, 0, 74]);
    expect(getRow(table, 'new')?.inferred).toBe('digitSplit');
    // The next label's ordinal stuck to the digits (00000002.其他法律…) belongs to the label.
    expect(getRow(table, 'denied.2')?.children.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(getRow(table, 'handled')?.children.map((c) => c.value)).toEqual([72, 3, 0, 0, 0, 0, 75]);
    expect(getRow(table, 'other.3')?.children.map((c) => c.value)).toEqual([0, 2, 0, 0, 0, 0, 2]);
    expect(table.unreadableRows).toEqual([]);
  });

  it('reads a run longer than a number holds (17 digits and more) as the values of its row, never as part of its label', async () => {
    // Distinct non-zero values, three digits each from row 10 on: 21 digits run together.
    // Totals of 1,000 and more keep their thousands separator inside the run (2112122132142152161,281).
    const crawl = KEYS.map(
      (k) =>
        `${labelOf(k)} ${valuesOf(k)
          .map((v) => v.toLocaleString('en-US'))
          .join('')}`,
    ).join(' ');
    expect(crawl).toContain(',');
    const table = await table3(
      report(`申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${crawl}`),
    );
    expect(valuesOf('rejected.2').join('').length).toBeGreaterThan(16);
    expect(table.missingRows).toEqual([]);
    for (const key of KEYS) {
      const row = getRow(table, key);
      // Each row is read exactly, or said to be unreadable: never missing, never misread.
      if (row) expect([key, row.children.map((c) => c.value)]).toEqual([key, valuesOf(key)]);
      else expect(table.unreadableRows.map((r) => r.key)).toContain(key);
    }
    expect(getRow(table, 'handled')?.label).toBe(labelOf('handled'));
  });

  it('leaves a run with two valid splits unreadable', async () => {
    expect(splitDigits('010100011', 7).status).toBe('ambiguous');
    const table = await table3(
      report(`申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${line(true)}`),
    );
    expect(getRow(table, 'denied.1')).toBeUndefined();
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'denied.1', reason: 'digitsRunTogether' })]);
  });
});

describe('one cell per line (a TAB-led line per cell, a blank line between rows)', () => {
  it('reads a lone TAB line as a blank cell, not as the end of the row', async () => {
    const cells = (values: readonly (string | number)[]): string => values.map((v) => `\t${v}`).join('\n');
    const rows = [
      cells(HEADER),
      ...KEYS.map((k) => cells([labelOf(k), ...valuesOf(k).map((v, c) => (k === 'denied.4' && c === 5 ? '' : v))])),
    ];
    const table = await table3(report(rows.join('\n\n')));
    expect(getCell(table, 'denied.4', 'other')).toMatchObject({ content: 'blank', value: null });
    expect(getCell(table, 'denied.4', 'total')?.value).toBe(valuesOf('denied.4')[6]);
    expect(table.unreadableRows).toEqual([]);
    expectAllRows(
      table,
      KEYS.filter((k) => k !== 'denied.4'),
    );
  });
});

describe('values and blanks', () => {
  it('keeps text in a value cell as a value that is not a number', async () => {
    const gfm = [
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const k of KEYS)
      gfm.push(`| ${labelOf(k)} | ${(k === 'denied.1' ? ['若干', ...valuesOf(k).slice(1)] : valuesOf(k)).join(' | ')} |`);
    const table = await table3(report(gfm.join('\n')), 'markdown');
    expect(getCell(table, 'denied.1', 'natural')).toMatchObject({ content: 'text', raw: '若干', value: null });
    expect(getCell(table, 'denied.1', 'business')?.value).toBe(valuesOf('denied.1')[1]);
    expect(table.unreadableRows).toEqual([]);
  });

  it('keeps a blank cell blank, never shifting the values after it (grid and tabs)', async () => {
    const blankAt = (values: number[]): string[] => values.map((v, c) => (c === 1 ? '' : String(v)));
    const gfm = [
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const k of KEYS) gfm.push(`| ${labelOf(k)} | ${(k === 'denied.2' ? blankAt(valuesOf(k)) : valuesOf(k)).join(' | ')} |`);
    const tabs = [
      HEADER.join('\t'),
      ...KEYS.map((k) => `${labelOf(k)}\t${(k === 'denied.2' ? blankAt(valuesOf(k)) : valuesOf(k)).join('\t')}`),
    ];
    for (const [text, format] of [
      [gfm.join('\n'), 'markdown'],
      [tabs.join('\n'), 'text'],
    ] as const) {
      const table = await table3(report(text), format);
      expect(getCell(table, 'denied.2', 'business')).toMatchObject({ content: 'blank', value: null });
      expect(getCell(table, 'denied.2', 'research')?.value).toBe(valuesOf('denied.2')[2]);
      expect(getCell(table, 'denied.2', 'total')?.value).toBe(valuesOf('denied.2')[6]);
    }
  });
});

describe('space-aligned text (pdftotext -layout, a copy from a PDF viewer)', () => {
  const pad = (label: string, values: readonly (number | string)[]): string =>
    label.padEnd(40, ' ') + values.map((v) => String(v).padStart(6, ' ')).join('');

  it('reads rows whose values stand in space-aligned columns, a wrapped label joined to its values', async () => {
    const lines = [pad('', HEADER.slice(1))];
    for (const k of KEYS) {
      if (k === 'partial') lines.push('（二）部分公开（区分处理的，只计这一情', pad('形，不计其他情形）', valuesOf(k)));
      else lines.push(pad(labelOf(k), valuesOf(k)));
    }
    const table = await table3(report(lines.join('\n')));
    expectAllRows(table);
  });

  it('places the values of a row with a blank cell under their columns', async () => {
    const lines = [
      pad('', HEADER.slice(1)),
      ...KEYS.map((k) => pad(labelOf(k), k === 'denied.3' ? valuesOf(k).map((v, c) => (c === 2 ? '' : v)) : valuesOf(k))),
    ];
    const table = await table3(report(lines.join('\n')));
    expect(getCell(table, 'denied.3', 'research')).toMatchObject({ content: 'blank', value: null });
    expect(getCell(table, 'denied.3', 'nonprofit')?.value).toBe(valuesOf('denied.3')[3]);
    expect(getCell(table, 'denied.3', 'total')?.value).toBe(valuesOf('denied.3')[6]);
    expect(getCell(table, 'denied.4', 'research')?.value).toBe(valuesOf('denied.4')[2]);
  });

  it('leaves a row unreadable when its values are not clearly under the columns', async () => {
    const lines = [
      pad('', HEADER.slice(1)),
      ...KEYS.map((k) => (k === 'denied.3' ? `${labelOf(k).padEnd(40, ' ')}   1  2  3  4  5  6` : pad(labelOf(k), valuesOf(k)))),
    ];
    const table = await table3(report(lines.join('\n')));
    expect(getRow(table, 'denied.3')).toBeUndefined();
    expect(table.unreadableRows.map((r) => r.key)).toContain('denied.3');
  });
});

describe('table 四', () => {
  const values = [1, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45];
  const expectReview = (table: TableNode | undefined): void => {
    expect(table).toBeDefined();
    expect(table!.children.map((r) => [r.key, r.children.map((c) => c.value)])).toEqual([
      ['review', values.slice(0, 5)],
      ['litigation', values.slice(5, 10)],
      ['litigationAfterReview', values.slice(10)],
    ]);
  };

  it('is found by its column words with 行政复议 and 行政诉讼 on a line above', async () => {
    const section = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼',
      '未经复议直接起诉 复议后起诉',
      '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      values.join(' '),
      '',
    ].join('\n');
    expectReview(findTable((await parseReport(report(tabTable('before'), section), { format: 'text' })).report, 'review'));
  });

  it('reads a header whose cells are split mid-word', async () => {
    const section = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '| 行政复 | 议 | | | | 行政 | 诉讼 | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 结果维 | 持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未 | 审结 | 总计 | 结果维持 | 结果纠正 | 总计 |',
      `| ${values.join(' | ')} |`,
      '',
    ].join('\n');
    expectReview(findTable((await parseReport(report(tabTable('before'), section), { format: 'markdown' })).report, 'review'));
  });
});

describe('reading certainty of tables', () => {
  it('says unreadable, never missing, when the words are there but no value can be placed', async () => {
    const { report: parsed } = await parseReport(report(KEYS.map(labelOf).join('\n')), { format: 'text' });
    expect(parsed.reading.tables.applications).toMatchObject({ status: 'unreadable' });
    expect(parsed.reading.tables.applications.reason).toEqual({ id: 'tableRows' });
    const table = findTable(parsed, 'applications');
    expect(table?.missingRows ?? []).toEqual([]);
    expect(table?.children ?? []).toEqual([]);
  });

  it('says absent when no word of the table is there', async () => {
    const { report: parsed } = await parseReport(report('本年度未收到政府信息公开申请。'), { format: 'text' });
    expect(parsed.reading.tables.applications).toEqual({ status: 'absent' });
    expect(findTable(parsed, 'applications')).toBeUndefined();
  });
});
