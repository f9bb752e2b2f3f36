/**
 * A group label on the line of its first sub-row whose sub-rows' labels read as no row (LibreOffice renders one
 * Word list run through all groups: （四）无法提供 10. 11. 12., the words lost in a narrow column): the sub-rows are
 * printed, so the group is no row printed alone (collapsedGroup, an error) but three rows that cannot be read.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { APPLICATION_ROWS, GROUP_LABELS } from '../../src/parser/data/applications.js';
import { KEYS, report, table3, valuesOf } from '../helpers/table3-fixture.js';

const HEADER = ['申请人情况', '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'];

/** Table 三 as tab-separated lines; the rows of （四） labelled only by numbers run on past 9 (10. 11. 12.). */
function text(): string {
  const lines = [...HEADER];
  for (const row of APPLICATION_ROWS) {
    const values = valuesOf(row.key).join('\t');
    if (row.group === 'unavailable') {
      const n = 9 + Number(row.key.split('.')[1]);
      lines.push(`${row.key === 'unavailable.1' ? `${GROUP_LABELS.unavailable}\t` : ''}${n}.\t${values}`);
      continue;
    }
    const group = row.group && row.key.endsWith('.1') ? `${GROUP_LABELS[row.group]}\t` : '';
    lines.push(`${group}${row.label}\t${values}`);
  }
  return report(lines.join('\n'));
}

describe('table 三: a group whose sub-rows are printed without readable labels', () => {
  it('has its sub-rows unreadable, not the group printed as one row', async () => {
    const table = await table3(text());
    const unavailable = KEYS.filter((k) => k.startsWith('unavailable.'));
    expect(table.unreadableRows.map((r) => r.key).sort()).toEqual(unavailable);
    expect(table.missingRows).toEqual([]);
    const { messages } = await lint(text(), { format: 'text' });
    expect(messages.filter((m) => m.ruleId === 'table-structure')).toEqual([]);
  });
});
