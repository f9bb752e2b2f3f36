/** The example plugin's rule, tested with reportlint's RuleTester exactly as the built-in rules are. */
import plugin from './index.js';
import { testRule } from '../../src/testing.js';
import { markdownGfm, textCellPerLine } from '../../test/helpers/report-fixture.js';

const rule = plugin.rules['contact-phone']!;
const withPhone = (text: string, line: string): string => text.replace('其他需要报告的事项', `其他需要报告的事项\n\n${line}\n`);
const md = markdownGfm();
const lines = md.split('\n');
const sixth = lines.findIndex((l) => l.includes('六、其他需要报告的事项')) + 1;

testRule(
  rule,
  {
    valid: [
      { name: 'phone in section 六', text: withPhone(md, '联系电话：0571-87654321。'), format: 'markdown' },
      { name: 'full-width digits, no colon', text: withPhone(md, '联系电话 ０５７１－８７６５４３２１'), format: 'markdown' },
      { name: 'plain text layout', text: withPhone(textCellPerLine(), '联系电话：0571-87654321'), format: 'text' },
      { name: 'another label by option', text: withPhone(md, '咨询电话：0571-87654321'), format: 'markdown', options: { label: '咨询电话' } },
    ],
    invalid: [
      { name: 'no phone at all', text: md, format: 'markdown', errors: [{ messageId: 'missing', line: sixth, column: 4, data: { label: '联系电话' } }] },
      { name: 'a label without a number', text: withPhone(md, '联系电话：见网站。'), format: 'markdown', errors: [{ messageId: 'missing', line: sixth, column: 4 }] },
      { name: 'no section 六: the start of the report', text: md.slice(0, md.indexOf('## 六')), format: 'markdown', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    ],
  },
  { id: 'local/contact-phone' },
);
