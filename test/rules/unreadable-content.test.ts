/**
 * unreadable-content: what the reader could not place is said once, at its place, and no other rule accuses it.
 * Fixtures carry distinct non-zero values (support/report.ts), so a shifted column could not pass unnoticed.
 */
import rule from '../../src/rules/unreadable-content.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, REVIEW_OK, formatOf, writeReport } from './support/report.js';

const valid: RuleTestCase[] = LAYOUTS.map((layout) => ({ name: `${layout}: a report read whole`, text: writeReport({}, layout).text, format: formatOf(layout) }));
const invalid: InvalidRuleTestCase[] = [];

// One value too many on a tab row: its values cannot be matched to the seven columns without a guess.
const extra = writeReport({}, 'tabs');
invalid.push({
  name: 'tabs: a row with eight values is one finding for table 三',
  text: extra.text.replace(/^(三、本年度办理结果\t（一）予以公开\t.*)$/m, '$1\t99'),
  format: 'text',
  errors: [{ messageId: 'rows', line: extra.at('granted', 'natural').line, column: 1, data: { table: '表三', count: 1, rows: '（一）予以公开' } }],
});

// Fourteen values for table 四's fifteen cells: the whole table cannot be placed; one finding, not one per group.
const short = writeReport({ review: REVIEW_OK.slice(0, 14) }, 'tabs');
invalid.push({
  name: 'tabs: table 四 with fourteen values',
  text: short.text,
  format: 'text',
  errors: [{ messageId: 'table', ...short.tableAt('review'), data: { table: '表四' } }],
});

// A file that is not an annual report: one finding, and the engine runs no other rule on it.
invalid.push({
  name: 'markdown: a README is not a report',
  text: '# 安装说明\n\n运行 npm install 安装依赖，然后运行 npm test。\n',
  format: 'markdown',
  errors: [{ messageId: 'notAReport', line: 1, column: 1 }],
});

testRule(rule, { valid, invalid });
