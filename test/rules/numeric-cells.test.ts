/** numeric-cells: bad values are errors, blank or placeholder cells warnings grouped by column, row or table. */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import rule from '../../src/rules/numeric-cells.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import {
  BLANK_LAYOUTS,
  COLUMN_KEYS,
  GRID_LAYOUTS,
  LAYOUTS,
  REVIEW_OK,
  consistentApplications,
  formatOf,
  recompute,
  writeDocx,
  withCell,
  writeReport,
  type Value,
} from './support/report.js';
import { SPEC } from './support/flat-report.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';

const format = formatOf;
const base = consistentApplications();
const T3 = '表三';

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const doc = (applications: Record<string, Value[]>) => writeReport({ applications }, layout);
  valid.push({ name: `${layout}: counts and a decimal 万元 amount`, text: doc(base).text, format: format(layout) });

  const bad = doc(withCell(withCell(base, 'granted', 0, -2), 'denied.6', 3, '1.5'));
  invalid.push({
    name: `${layout}: a negative count and a decimal count`,
    text: bad.text,
    format: format(layout),
    errors: [
      {
        messageId: 'negative',
        severity: 'error',
        ...bad.at('granted', 'natural'),
        data: { table: T3, row: '（一）予以公开', column: '自然人', raw: '-2' },
      },
      {
        messageId: 'decimal',
        severity: 'error',
        ...bad.at('denied.6', 'nonprofit'),
        data: { raw: '1.5', column: '社会公益组织' },
      },
    ],
  });

  const dash = doc(withCell(base, 'unavailable.2', 5, '—'));
  invalid.push({
    name: `${layout}: a placeholder instead of a number`,
    text: dash.text,
    format: format(layout),
    errors: [
      {
        messageId: 'placeholderCell',
        severity: 'warn',
        ...dash.at('unavailable.2', 'other'),
        data: { raw: '—', column: '其他' },
      },
    ],
  });

  // Counts written with their unit: one error for the table, at the first such cell, not one per cell.
  const units = doc(withCell(withCell(withCell(base, 'granted', 1, '32件'), 'granted', 6, '224件'), 'other.3', 0, '3件'));
  invalid.push({
    name: `${layout}: counts with their unit are one error for the table`,
    text: units.text,
    format: format(layout),
    errors: [
      {
        messageId: 'withUnit',
        severity: 'error',
        ...units.at('granted', 'business'),
        data: { table: T3, count: 3, raw: '32件', row: '（一）予以公开', column: '商业企业' },
      },
    ],
  });

  // Table 二's fee written with its unit (12.5万元): one withUnit error, the row read (red team rtL F13: in tab rows it
  // was called unreadable).
  const fee = doc(base);
  const feeLines = fee.text.split('\n');
  const feeRow = feeLines.findIndex((l) => l.includes('12.5'));
  feeLines[feeRow] = feeLines[feeRow]!.replace('12.5', '12.5万元');
  invalid.push({
    name: `${layout}: table 二's fee with its unit`,
    text: feeLines.join('\n'),
    format: format(layout),
    errors: [
      {
        messageId: 'withUnit',
        severity: 'error',
        line: feeRow + 1,
        column: feeLines[feeRow].indexOf('12.5万元') + 1,
        data: { table: '表二', count: 1, raw: '12.5万元', row: '行政事业性收费', column: '本年收费金额（单位：万元）' },
      },
    ],
  });

  // A row of 〇 (or OCR's O for 0): a warning for the table, the row is read (never missing), its cells are not 0.
  const zeros = doc({ ...base, 'other.3': ['〇', 'O', '〇', '〇', 'o', '〇', '零'] });
  invalid.push({
    name: `${layout}: 〇, O and 零 for 0 are one warning for the table`,
    text: zeros.text,
    format: format(layout),
    errors: [
      {
        messageId: 'lookalike',
        severity: 'warn',
        ...zeros.at('other.3', 'natural'),
        data: { table: T3, count: 7, raw: '〇', row: '（六）其他处理3.其他', column: '自然人' },
      },
    ],
  });

  // A count printed 4.860 (a thousands separator read as a point, rtT §9): neither a letter nor a character.
  const pointed = doc(withCell(base, 'rejected.4', 6, '4.860'));
  invalid.push({
    name: `${layout}: 4.860 for a count is a point for a thousands separator, not a lookalike`,
    text: pointed.text,
    format: format(layout),
    errors: [
      {
        messageId: 'thousandsPoint',
        severity: 'warn',
        ...pointed.at('rejected.4', 'total'),
        data: { table: T3, count: 1, raw: '4.860', row: '（五）不予处理4.无正当理由大量反复申请', column: '总计' },
      },
    ],
  });

  // Table 二's 规章 本年制发件数 as a decimal: only the 万元 amount may have one.
  const active = doc(base);
  const lines = active.text.split('\n');
  // One cell per line (text or <td>): the value is on the line after the label.
  const row = lines.findIndex((l) => /^(\| |\t|<td>)?规章(\t| \||<\/td>|$)/.test(l));
  const split = layout === 'lines' || layout === 'html';
  const at = split ? row + 1 : row;
  lines[at] = lines[at]!.replace(split ? '2' : /(规章 \| |规章\t)2/, split ? '2.5' : '$12.5');
  const column = lines[at].indexOf('2.5') + 1;
  invalid.push({
    name: `${layout}: a decimal count in table 二`,
    text: lines.join('\n'),
    format: format(layout),
    errors: [{ messageId: 'decimal', line: at + 1, column, data: { table: '表二', row: '规章', column: '本年制发件数' } }],
  });
}

for (const layout of BLANK_LAYOUTS) {
  const doc = (applications: Record<string, Value[]>, review: Value[] = REVIEW_OK) =>
    writeReport({ applications, review }, layout);
  const one = doc(withCell(base, 'denied.8', 2, ''));
  invalid.push({
    name: `${layout}: one blank cell`,
    text: one.text,
    format: format(layout),
    errors: [
      {
        messageId: 'blankCell',
        severity: 'warn',
        ...one.at('denied.8', 'research'),
        data: { row: '（三）不予公开8.属于行政查询事项', column: '科研机构' },
      },
    ],
  });

  // One Chinese numeral for a count (四): legible as a number, typed so or OCR's reading of a digit; said perhaps
  // misread, never 「应为数字，实为「四」」 (red team rtR #5).
  const numeral = doc(withCell(base, 'denied.8', 2, '四'));
  invalid.push({
    name: `${layout}: a count written as one Chinese numeral is a lookalike warning`,
    text: numeral.text,
    format: format(layout),
    errors: [
      {
        messageId: 'lookalike',
        severity: 'warn',
        ...numeral.at('denied.8', 'research'),
        data: { table: T3, count: 1, raw: '四', row: '（三）不予公开8.属于行政查询事项', column: '科研机构' },
      },
    ],
  });

  // Characters alone between blanks for a count (权 本 本, tesseract's reading of 85 in a Markdown table: rtR #5):
  // OCR's debris, said perhaps misread, never 「应为数字，实为「权 本 本」」.
  const debris = doc(withCell(base, 'unavailable.2', 5, '权 本 本'));
  invalid.push({
    name: `${layout}: a count read as characters alone between blanks is a lookalike warning`,
    text: debris.text,
    format: format(layout),
    errors: [
      {
        messageId: 'lookalike',
        severity: 'warn',
        ...debris.at('unavailable.2', 'other'),
        data: { table: T3, count: 1, raw: '权 本 本', row: '（四）无法提供2.没有现成信息需要另行制作', column: '其他' },
      },
    ],
  });

  // The five 法人或其他组织 columns left empty (as a real county page does): five warnings, not 125.
  const emptied = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [v[0]!, '', '', '', '', '', v[0]!]]));
  const five = doc(emptied);
  invalid.push({
    name: `${layout}: five blank columns give five warnings`,
    text: five.text,
    format: format(layout),
    errors: COLUMN_KEYS.slice(1, 6).map((key, i) => ({
      messageId: 'blankColumn',
      severity: 'warn' as const,
      ...five.at('new', key),
      data: { table: T3, column: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'][i]!, count: 25 },
    })),
  });

  // The 总计 column left empty: one warning for its 25 cells, every row read (red team rtL F13: in tab rows, the rows
  // whose label spans label columns were unreadable and the column counted 19 or 22 cells).
  const noTotals = doc(Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v.slice(0, 6), '']])));
  invalid.push({
    name: `${layout}: a blank 总计 column is one warning for its 25 cells`,
    text: noTotals.text,
    format: format(layout),
    errors: [
      {
        messageId: 'blankColumn',
        severity: 'warn',
        ...noTotals.at('new', 'total'),
        data: { table: T3, column: '总计', count: 25 },
      },
    ],
  });

  const rowBlank = doc(
    withCell(
      withCell(
        withCell(
          withCell(
            withCell(withCell(withCell(base, 'denied.4', 0, ''), 'denied.4', 1, ''), 'denied.4', 2, ''),
            'denied.4',
            3,
            '',
          ),
          'denied.4',
          4,
          '',
        ),
        'denied.4',
        5,
        '',
      ),
      'denied.4',
      6,
      '',
    ),
  );
  invalid.push({
    name: `${layout}: a wholly blank row is one warning`,
    text: rowBlank.text,
    format: format(layout),
    errors: [
      {
        messageId: 'blankRow',
        severity: 'warn',
        line: rowBlank.rowAt('denied.4'),
        data: { row: '（三）不予公开4.保护第三方合法权益', count: 7 },
      },
    ],
  });
}

// Text in a count cell: in a grid it stays in its column; in flattened text it reads as a label, the row
// becomes unreadable and table-structure reports it instead.
const words = writeReport({ applications: withCell(base, 'rejected.2', 4, '若干') }, 'markdown');
invalid.push({
  name: 'markdown: text in a count cell',
  text: words.text,
  format: 'markdown',
  errors: [
    {
      messageId: 'notNumber',
      severity: 'error',
      ...words.at('rejected.2', 'legal'),
      data: { raw: '若干', row: '（五）不予处理2.重复申请', column: '法律服务机构' },
    },
  ],
});

// A blank form's table 四 (a grid of fifteen empty cells): one warning for the table.
const blankForm = writeReport({ review: Array.from({ length: 15 }, () => '') }, 'markdown');
invalid.push({
  name: 'markdown: an empty table 四 is one warning',
  text: blankForm.text,
  format: 'markdown',
  errors: [{ messageId: 'blankTable', severity: 'warn', ...blankForm.tableAt('review'), data: { table: '表四', count: 15 } }],
});

testRule(rule, { valid, invalid });

describe('counts that are text all the same', () => {
  // 〇 and 零 are zeros: the row's 〇 cells are 0 in a table that adds up so; O and o (letters) and a 总计 written 零
  // leave the identities they stand in unchecked.
  const zeroRow = recompute({ ...base, 'other.3': [0, 4, 0, 0, 3, 0] });
  it.each(LAYOUTS)('%s: a row of 〇 is read, so no rule calls it missing, and its 〇 add up as 0', async (layout) => {
    const zeros = writeReport({ applications: { ...zeroRow, 'other.3': ['〇', 'O', '〇', '〇', 'o', '〇', '零'] } }, layout);
    const result = await lint(zeros.text, { format: formatOf(layout), now: new Date('2024-03-01T00:00:00Z') });
    expect(result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
  });
});

describe('table 二 fee with its unit', () => {
  it.each(LAYOUTS)('%s: withUnit, and no row said unreadable', async (layout) => {
    const text = writeReport({ applications: base }, layout).text.replace('12.5', '12.5万元');
    const result = await lint(text, { format: formatOf(layout), now: new Date('2024-03-01T00:00:00Z') });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['numeric-cells/withUnit']);
  });
});

describe('docx', () => {
  it("the five empty 法人或其他组织 columns are five warnings, each at the column's first cell", async () => {
    const emptied = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [v[0]!, '', '', '', '', '', v[0]!]]));
    const result = await lint(await writeDocx({ applications: emptied }), {
      format: 'docx',
      rules: [{ id: rule.meta.id, rule, severity: 'error' }],
    });
    expect(result.messages.map((m) => [m.messageId, m.severity, m.location, m.data?.count])).toEqual(
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => [
        'blankColumn',
        1,
        `表三「一、本年新收政府信息公开申请数量」行·${c}`,
        25,
      ]),
    );
  });
});

// rtT §8: a township writing 「/」 for its zeros all over table 三 got one warning per row and cell (26–52). More than
// two blank rows or cells (whole columns aside) are one warning for the table, each cell's place in `related`.
describe('placeholders for zeros all over a table', () => {
  const slashed = (cells: Array<[string, number]>) =>
    cells.reduce<Record<string, Value[]>>((a, [row, col]) => withCell(a, row, col, '/'), base);
  it.each(LAYOUTS)('%s: one blankCells warning naming the count and the first cells, every cell related', async (layout) => {
    const cells: Array<[string, number]> = [
      ['denied.2', 1],
      ['denied.5', 3],
      ['rejected.3', 2],
      ['other.1', 4],
    ];
    const doc = writeReport({ applications: slashed(cells) }, layout);
    const result = await lint(doc.text, { format: formatOf(layout), rules: [{ id: rule.meta.id, rule, severity: 'error' }] });
    expect(result.messages.map((m) => [m.messageId, m.severity, m.data?.['count']])).toEqual([['blankCells', 1, 4]]);
    const [m] = result.messages;
    expect(m!.message).toBe(
      '表三有 4 个单元格没有填数字（空白，或用「/」「—」「无」等代替 0），如「（三）不予公开2.其他法律行政法规禁止公开」行「商业企业」列、「（三）不予公开5.属于三类内部事务信息」行「社会公益组织」列、「（五）不予处理3.要求提供公开出版物」行「科研机构」列等',
    );
    expect(m!.related?.map((r) => [r.line, r.column])).toEqual(
      cells.map(([row, col]) => {
        const at = doc.at(row, COLUMN_KEYS[col]!);
        return [at.line, at.column];
      }),
    );
    // Two such cells: each said where it is, as before.
    const two = await lint(writeReport({ applications: slashed(cells.slice(0, 2)) }, layout).text, {
      format: formatOf(layout),
      rules: [{ id: rule.meta.id, rule, severity: 'error' }],
    });
    expect(two.messages.map((x) => x.messageId)).toEqual(['placeholderCell', 'placeholderCell']);
  });
});

// rtAE 7: a count cell of a grid holding text longer than three characters between numbers (见附表,另计) was taken for
// the label of a row of its own: the row cut in two, both halves unread. It is that row's cell, one notNumber error.
describe('text in a count cell of a grid, between numbers', () => {
  const spec = { ...SPEC, applications: withCell(SPEC.applications!, 'rejected.2', 4, '见附表,另计') };
  const now = new Date('2025-06-30T00:00:00Z');
  const data = { table: T3, table_en: 'table 3', row: '（五）不予处理2.重复申请', column: '法律服务机构', raw: '见附表,另计' };
  it.each(GRID_LAYOUTS)('%s: one notNumber error at the cell, the row’s other figures read', async (layout) => {
    const written = writeReport(spec, layout);
    const { messages } = await lint(written.text, { format: formatOf(layout), now });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.data])).toEqual([
      ['numeric-cells', 'notNumber', ...Object.values(written.at('rejected.2', 'legal')), data],
    ]);
    const row = findTable((await parseReport(written.text, { format: formatOf(layout) })).report, 'applications')!.children.find(
      (r) => r.key === 'rejected.2',
    )!;
    expect(row.children.map((c) => c.value)).toEqual(SPEC.applications!['rejected.2']!.map((v, i) => (i === 4 ? null : v)));
  });
  it('docx: one notNumber error, located at the cell', async () => {
    const { messages } = await lint(await writeDocx(spec), { format: 'docx', now });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.location, m.data])).toEqual([
      ['numeric-cells', 'notNumber', '表三「（五）不予处理2.重复申请」行·法律服务机构', data],
    ]);
  });
  it('markdown: a 序号 column’s number before a label without its ordinal (17 | … | 重复申请) leaves that a label', async () => {
    const lines = writeReport(spec, 'markdown').text.split('\n');
    const from = lines.findIndex((l) => l.includes('申请人情况'));
    lines[from] = `| 序号 ${lines[from]}`;
    lines[from + 1] = `| --- ${lines[from + 1]}`;
    for (let k = from + 2; lines[k]?.startsWith('|'); k++)
      lines[k] = `| ${k - from - 1} ${lines[k]!.replace('| 2.重复申请', '| 重复申请')}`;
    expect(lines.join('\n')).toContain('| 17 |  |  | 重复申请 |');
    const { messages } = await lint(lines.join('\n'), { format: 'markdown', now });
    // Its number and 重复申请 read as the first values of a row without a label: the row unread.
    expect(messages.map((m) => [m.ruleId, m.messageId, m.data?.['raw']])).toEqual([
      ['numeric-cells', 'notNumber', '见附表,另计'],
    ]);
  });
  it('tab text, where cells may have been run together or split: the row is unread, no cell accused', async () => {
    const { messages } = await lint(writeReport(spec, 'tabs').text, { format: 'text', now });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.message])).toEqual([
      ['unreadable-content', 'rows', '表三有 1 行无法读取（数值个数与列数对不上）：（五）不予处理2.重复申请'],
    ]);
  });
});

// rtAE 7: 12,34 in a typed file was said 「写成了字母或汉字…可能是识别错误」: it holds neither, and nothing was recognised.
describe('digits with a comma where no thousands separator stands (12,34)', () => {
  const now = new Date('2025-06-30T00:00:00Z');
  const spec = { ...SPEC, applications: withCell(SPEC.applications!, 'rejected.2', 4, '12,34') };
  const data = {
    table: T3,
    table_en: 'table 3',
    row: '（五）不予处理2.重复申请',
    column: '法律服务机构',
    raw: '12,34',
    count: 1,
  };
  it.each(LAYOUTS)('%s (typed): one commaMisplaced warning at the cell', async (layout) => {
    const written = writeReport(spec, layout);
    const { messages } = await lint(written.text, { format: formatOf(layout), now });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.severity, m.line, m.column, m.data])).toEqual([
      ['numeric-cells', 'commaMisplaced', 1, ...Object.values(written.at('rejected.2', 'legal')), data],
    ]);
  });
  it('says so in both languages, with no word of letters, characters or recognition', async () => {
    const { text } = writeReport(spec, 'markdown');
    const said = async (lang: 'zh' | 'en') =>
      (await lint(text, { format: 'markdown', now, lang })).messages.map((m) => m.message);
    expect(await said('zh')).toEqual([
      '表三有 1 个单元格的数字中有逗号，却不在千位分隔的位置（如「（五）不予处理2.重复申请」行「法律服务机构」列的「12,34」），无法确定是哪个数',
    ]);
    expect(await said('en')).toEqual([
      'table 3: 1 cell(s) hold digits with a comma where no thousands separator stands (e.g. “12,34” in row “（五）不予处理2.重复申请”, column “法律服务机构”), so which number is meant cannot be told',
    ]);
  });
  it("OCR's text of a scan: the row is unread as before, no cell accused", async () => {
    const overview = [
      '(一 ) 主动公开。按国办公开办函【2021] 30号推进政府信 息公开。',
      '(二 ) 依申请公开。落实国办发【2022] 14号，做好政府信 息公开。',
    ];
    const { text } = writeReport({ ...spec, overview }, 'markdown');
    expect((await parseReport(text, { format: 'markdown' })).report.reading.ocrText).toBe(true);
    const { messages } = await lint(text, { format: 'markdown', now });
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([['unreadable-content', 'rows']]);
  });
});
