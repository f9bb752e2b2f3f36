/**
 * Table 三 in crawled text (a whole report on one line, cells joined by blanks or by nothing): what a crawl keeps
 * beside the digits — a minus sign, a count with its unit, a word such as 若干 — is read as the cell it is.
 * Every fixture holds distinct non-zero values in every column, so a value read into the wrong column cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { getCell, getRow } from '../../src/parser/query.js';
import { APPLICATION_ROWS, GROUP_LABELS } from '../../src/parser/data/applications.js';
import { splitCrawledRow, splitRun, type RunToken } from '../../src/parser/tables/digits.js';
import { lint } from '../../src/engine/lint.js';
import { KEYS, table3, valuesOf } from '../helpers/table3-fixture.js';

const HEADER = '申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他';

/** The row's label as a crawl prints it: a group's first sub-row carries the group label before it. */
function labelOf(key: string): string {
  const row = APPLICATION_ROWS.find((r) => r.key === key)!;
  return row.group && row.label.startsWith('1.') ? `${GROUP_LABELS[row.group]} ${row.label}` : row.label;
}

/** The report on one line; `printed` gives the value text of a row (default: values apart). */
function crawl(printed: (key: string) => string = (k) => valuesOf(k).join(' ')): string {
  const rows = KEYS.map((k) => `${labelOf(k)} ${printed(k)}`).join(' ');
  return [
    '标题: 某县自然资源局2023年政府信息公开工作年度报告',
    '==================== 正文 ====================',
    [
      '某县自然资源局2023年政府信息公开工作年度报告',
      '一、总体情况 本年度工作平稳推进。',
      `三、收到和处理政府信息公开申请情况 ${HEADER} ${rows}`,
      '五、存在的主要问题及改进情况 无。',
      '六、其他需要报告的事项 本年度未收取信息处理费。',
    ].join(' '),
    '',
  ].join('\n');
}

const findings = async (text: string, ruleId: string): Promise<string[]> =>
  (await lint(text, { format: 'text' })).messages.filter((m) => m.ruleId === ruleId).map((m) => m.messageId ?? '');

describe('a crawl: text between two numbers of a row is a value of that row', () => {
  it('reads 若干 standing between values as a cell that is not a number, never as the next label', async () => {
    const printed = (k: string): string =>
      (k === 'unavailable.1' ? valuesOf(k).map((v, c) => (c === 2 ? '若干' : v)) : valuesOf(k)).join(' ');
    const text = crawl(printed);
    const table = await table3(text);
    expect(getCell(table, 'unavailable.1', 'research')).toMatchObject({ content: 'text', raw: '若干', value: null });
    expect(getRow(table, 'unavailable.1')?.children.map((c) => c.value)).toEqual(
      valuesOf('unavailable.1').map((v, c) => (c === 2 ? null : v)),
    );
    expect(table.unreadableRows).toEqual([]);
    expect(await findings(text, 'numeric-cells')).toEqual(['notNumber']);
  });
});

describe('a crawl: 若干 right after the row label', () => {
  it('reads it as the first value, not as part of the label', async () => {
    const text = crawl((k) => (k === 'granted' ? ['若干', ...valuesOf(k).slice(1)] : valuesOf(k)).join(' '));
    const table = await table3(text);
    expect(getCell(table, 'granted', 'natural')).toMatchObject({ content: 'text', raw: '若干', value: null });
    expect(getRow(table, 'granted')?.children.map((c) => c.value)).toEqual([null, ...valuesOf('granted').slice(1)]);
    expect(table.unreadableRows).toEqual([]);
    expect(await findings(text, 'numeric-cells')).toEqual(['notNumber']);
  });
});

describe('a crawl: digits run together beside what the crawl kept apart', () => {
  /** Row rejected.1 with −3 in column 社会公益组织, its total counting it. */
  const negative = (): number[] => {
    const six = valuesOf('rejected.1')
      .slice(0, 6)
      .map((v, c) => (c === 3 ? -3 : v));
    return [...six, six.reduce((a, b) => a + b, 0)];
  };

  it('starts a number at a minus sign: 14 41 72 −3 143 166 433 printed as 144172-3143166433', () => {
    expect(splitRun([{ digits: '144172' }, { digits: '3143166433', negative: true }], 7)).toEqual({
      status: 'unique',
      values: [14, 41, 72, -3, 143, 166, 433],
    });
  });

  it('reads a row with a negative value run together by the one split its identity allows, and reports the negative', async () => {
    const text = crawl((k) => (k === 'rejected.1' ? negative().join('') : valuesOf(k).join(' ')));
    expect(text).toContain(`${negative().slice(0, 3).join('')}-3`);
    const table = await table3(text);
    expect(getRow(table, 'rejected.1')?.children.map((c) => c.value)).toEqual(negative());
    expect(getRow(table, 'rejected.1')?.inferred).toBe('digitSplit');
    expect(table.unreadableRows).toEqual([]);
    expect(await findings(text, 'numeric-cells')).toEqual(['negative']);
  });

  it('reads a row with a count and its unit (108件) between runs, and reports the cell', async () => {
    const values = valuesOf('denied.8');
    const text = crawl((k) =>
      k === 'denied.8' ? `${values.slice(0, 3).join('')} ${values[3]}件 ${values.slice(4).join('')}` : valuesOf(k).join(' '),
    );
    const table = await table3(text);
    expect(getCell(table, 'denied.8', 'nonprofit')).toMatchObject({ content: 'text', raw: `${values[3]}件` });
    expect(getRow(table, 'denied.8')?.children.map((c) => c.value)).toEqual(values.map((v, c) => (c === 3 ? null : v)));
    expect(table.unreadableRows).toEqual([]);
    expect(await findings(text, 'numeric-cells')).toEqual(['withUnit']);
  });

  it('leaves a row unreadable when 若干 stands between runs: no identity can place its values', async () => {
    const values = valuesOf('denied.8');
    const text = crawl((k) =>
      k === 'denied.8' ? `${values.slice(0, 3).join('')} 若干 ${values.slice(4).join('')}` : valuesOf(k).join(' '),
    );
    const table = await table3(text);
    expect(getRow(table, 'denied.8')).toBeUndefined();
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'denied.8', reason: 'digitsRunTogether' })]);
    expect(await findings(text, 'numeric-cells')).toEqual([]);
  });
});

describe('splitRun against every split written out', () => {
  /** Every split of the tokens into `count` values, the slow way: each run cut at every set of places. */
  function reference(tokens: readonly RunToken[], count: number): number[][] {
    let readings: number[][] = [[]];
    for (const t of tokens) {
      if (!('digits' in t)) {
        readings = readings.map((r) => [...r, t.value ?? 0]);
        continue;
      }
      const next: number[][] = [];
      const cut = (at: number, acc: number[]): void => {
        if (at === t.digits.length) return void next.push(acc);
        if (acc.length >= count) return;
        for (let to = at + 1; to <= t.digits.length; to++) {
          const piece = t.digits.slice(at, to);
          if (piece.length > 1 && piece[0] === '0') break;
          cut(to, [...acc, at === 0 && t.negative ? -Number(piece) : Number(piece)]);
        }
      };
      for (const r of readings) cut(0, r);
      readings = next;
    }
    return readings.filter((r) => r.length === count && r.slice(0, -1).reduce((a, b) => a + b, 0) === r[r.length - 1]);
  }

  it('finds the one split exactly when the slow way finds exactly one (runs, a minus sign, fixed cells)', () => {
    let state = 7;
    // xorshift32: every bit varies (a plain LCG modulo 2^31 gives only even numbers here).
    const random = (n: number): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    for (let k = 0; k < 250; k++) {
      // A row of seven true values, printed as one to three runs with maybe a fixed cell (3件) between them.
      const six = Array.from({ length: 6 }, () => (random(4) === 0 ? 0 : random(170)));
      if (random(5) === 0) six[random(6)] = -1 - random(3);
      const values = [...six, six.reduce((a, b) => a + b, 0)];
      const fixedAt = random(3) === 0 ? 1 + random(5) : -1;
      const tokens: RunToken[] = [];
      let run = '';
      let negative = false;
      values.forEach((v, i) => {
        if (i === fixedAt || v < 0) {
          if (run) tokens.push({ digits: run, ...(negative ? { negative } : {}) });
          run = '';
          negative = false;
        }
        if (i === fixedAt) return void tokens.push({ value: v });
        if (v < 0) negative = true;
        run += String(Math.abs(v));
      });
      if (run) tokens.push({ digits: run, ...(negative ? { negative } : {}) });
      if (values[values.length - 1]! < 0) continue;
      const slow = reference(tokens, 7);
      const got = splitRun(tokens, 7);
      expect([tokens, got]).toEqual([
        tokens,
        slow.length === 1 ? { status: 'unique', values: slow[0] } : { status: slow.length ? 'ambiguous' : 'none' },
      ]);
    }
  });
});

describe('a crawl: a blank cell dropped from digits run together', () => {
  // 13 39 72 120 _ 177 421 with the blank dropped: one split into seven numbers adds up by coincidence.
  const dropped = '133972120177421';

  it('finds the coincidental split, and refuses it because a reading with a dropped cell adds up too', () => {
    expect(splitRun([{ digits: dropped }], 7)).toEqual({ status: 'unique', values: [133, 97, 2, 12, 0, 177, 421] });
    expect(splitCrawledRow([{ digits: dropped }], 7)).toEqual({ status: 'ambiguous' });
    // Zeros cannot merge (no leading zeros), so a run of zeros has no reading with a cell dropped.
    expect(splitCrawledRow([{ digits: '713000074' }], 7)).toEqual({ status: 'unique', values: [71, 3, 0, 0, 0, 0, 74] });
  });

  it('leaves that row unreadable rather than misread', async () => {
    const table = await table3(crawl((k) => (k === 'denied.4' ? dropped : valuesOf(k).join(' '))));
    expect(getRow(table, 'denied.4')).toBeUndefined();
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'denied.4', reason: 'digitsRunTogether' })]);
    expect(getRow(table, 'denied.5')?.children.map((c) => c.value)).toEqual(valuesOf('denied.5'));
  });
});

describe('a crawl: a row read by its split feeds the checks other than totals', () => {
  it('gives （六）其他处理 2 to the fee check (an error: the split is what was printed)', async () => {
    // other.2 run together (values 171 … 176, total 1041); the fee sentence says no notice was issued.
    const text = crawl((k) => (k === 'other.2' ? valuesOf(k).join('') : valuesOf(k).join(' '))).replace(
      '本年度未收取信息处理费。',
      '本年度未发出收费通知，未收取信息处理费。',
    );
    const table = await table3(text);
    expect(getRow(table, 'other.2')?.inferred).toBe('digitSplit');
    expect(getRow(table, 'other.2')?.children.map((c) => c.value)).toEqual(valuesOf('other.2'));
    const messages = (await lint(text, { format: 'text' })).messages;
    expect(messages.filter((m) => m.ruleId === 'fee-statement').map((m) => [m.messageId, m.severity])).toEqual([
      ['noNoticeContradiction', 2],
    ]);
  });
});

describe('a crawl: a row read by its split never makes a totals finding', () => {
  /** Table 三 whose three identities hold, every value distinct and non-zero; granted's 科研机构 printed one too high. */
  function consistent(): Record<string, number[]> {
    const rows: Record<string, number[]> = {};
    const results = KEYS.filter((k) => !['new', 'carried', 'handled', 'carryForward'].includes(k));
    for (const k of [...results, 'carried', 'carryForward']) rows[k] = valuesOf(k);
    rows['handled'] = [0, 1, 2, 3, 4, 5, 6].map((c) => results.reduce((s, k) => s + rows[k]![c]!, 0));
    rows['new'] = rows['handled'].map((v, c) => v + rows['carryForward']![c]! - rows['carried']![c]!);
    const wrong = [...rows['granted']!];
    wrong[2]! += 1;
    wrong[6]! += 1;
    rows['granted'] = wrong;
    return rows;
  }

  it('reports the wrong figure when the row is printed apart, and not when its digits ran together', async () => {
    const rows = consistent();
    const apart = crawl((k) => rows[k]!.join(' '));
    expect((await lint(apart, { format: 'text' })).messages.filter((m) => m.ruleId === 'application-totals')).not.toEqual([]);
    const together = crawl((k) => (k === 'granted' ? rows[k]!.join('') : rows[k]!.join(' ')));
    const table = await table3(together);
    expect(getRow(table, 'granted')?.inferred).toBe('digitSplit');
    expect(getRow(table, 'granted')?.children.map((c) => c.value)).toEqual(rows['granted']);
    expect((await lint(together, { format: 'text' })).messages.filter((m) => m.ruleId === 'application-totals')).toEqual([]);
  });
});

describe('a crawl: a row read by its split feeds the narrative check', () => {
  it('compares 共收到…件 with 一、本年新收 read from digits run together', async () => {
    const stated = valuesOf('new')[6]! + 5;
    const text = crawl((k) => (k === 'new' ? valuesOf(k).join('') : valuesOf(k).join(' '))).replace(
      '本年度工作平稳推进。',
      `本年度共收到政府信息公开申请${stated}件。`,
    );
    const table = await table3(text);
    expect(getRow(table, 'new')?.inferred).toBe('digitSplit');
    expect(getRow(table, 'new')?.children.map((c) => c.value)).toEqual(valuesOf('new'));
    expect(await findings(text, 'narrative-consistency')).toEqual(['applicationsReceived']);
  });
});

describe('a crawl: a hyphen standing for a blank cell, run into the digits', () => {
  // 192 0 4 80 - 160 436: the blank printed "-", every cell run together.
  const printed = '1920480-160436';
  const tokens: RunToken[] = [{ digits: '1920480' }, { digits: '160436', negative: true }];

  it('reads the hyphen as a minus sign by one split that adds up, and refuses it: as a blank it adds up too', () => {
    expect(splitRun(tokens, 7)).toEqual({ status: 'unique', values: [19, 20, 4, 80, -160, 43, 6] });
    expect(splitCrawledRow(tokens, 7)).toEqual({ status: 'ambiguous' });
    // A real minus sign stays certain where the hyphen reading adds up in no way.
    expect(splitCrawledRow([{ digits: '144172' }, { digits: '3143166433', negative: true }], 7)).toEqual({
      status: 'unique',
      values: [14, 41, 72, -3, 143, 166, 433],
    });
  });

  it('refuses it too when a blank cell was dropped besides (147 0 5 9 - _ 161 printed 147059-161)', () => {
    // Read with the sign as a minus: 1 47 0 5 9 −1 61, one split that adds up.
    expect(splitRun([{ digits: '147059' }, { digits: '161', negative: true }], 7)).toEqual({
      status: 'unique',
      values: [1, 47, 0, 5, 9, -1, 61],
    });
    expect(splitCrawledRow([{ digits: '147059' }, { digits: '161', negative: true }], 7)).toEqual({ status: 'ambiguous' });
  });

  it('leaves that row unreadable, with no negative-number error', async () => {
    const text = crawl((k) => (k === 'denied.4' ? printed : valuesOf(k).join(' ')));
    const table = await table3(text);
    expect(getRow(table, 'denied.4')).toBeUndefined();
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'denied.4', reason: 'digitsRunTogether' })]);
    expect(await findings(text, 'numeric-cells')).toEqual([]);
  });
});

describe('a crawl: （六）其他处理 printed as one row, its digits run together', () => {
  it('is the group’s one row, unreadable: one collapsedGroup error, never its three rows missing one by one', async () => {
    // 13 39 72 120 _ 177 421 with the blank dropped: no certain split (see above).
    const text = crawl((k) => valuesOf(k).join(' '))
      .replace(/（六）其他处理 1\.申请人无正当理由.*?(?= （七）总计)/, '（六）其他处理 133972120177421')
      .replace(/ 2\.申请人逾期未按收费通知.*?(?= （七）总计)/, '');
    expect(text).not.toContain('3.其他');
    const { messages } = await lint(text, { format: 'text' });
    const about = messages.filter((m) => m.ruleId === 'table-structure' || m.ruleId === 'unreadable-content');
    expect(about.map((m) => [m.ruleId, m.messageId])).toEqual([
      ['table-structure', 'collapsedGroup'],
      ['unreadable-content', 'rows'],
    ]);
    expect(about[1]?.message).toMatch(/1 行无法读取.*：（六）其他处理$/);
  });

  it('is no group printed as one row when its sub-rows’ labels are there, their values not found: no error', async () => {
    // A review found this reported as collapsedGroup: the labels are printed, so the rows are not missing.
    const text = crawl((k) => (k.startsWith('other.') ? '' : valuesOf(k).join(' '))).replace(
      '（六）其他处理 1.申请人',
      '（六）其他处理 133972120177421 1.申请人',
    );
    const { messages } = await lint(text, { format: 'text' });
    const about = messages.filter((m) => m.ruleId === 'table-structure' || m.ruleId === 'unreadable-content');
    expect(about.map((m) => [m.ruleId, m.messageId])).toEqual([['unreadable-content', 'rows']]);
  });
});
