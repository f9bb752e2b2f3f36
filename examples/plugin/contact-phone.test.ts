/**
 * The example plugin's rule, tested with reportlint's RuleTester exactly as the built-in rules are. It uses
 * only what a plugin author has: the published `reportlint/testing` and reports of their own (fixtures/).
 */
import { readFileSync } from 'node:fs';
import { RuleTester } from 'reportlint/testing';
import plugin from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const md = fixture('report.md');
const text = fixture('report.txt');
/** The report with one more paragraph at the start of section 六. */
const withPhone = (report: string, line: string): string => report.replace(/^(## 六、)?其他需要报告的事项$/m, `$&\n\n${line}\n`);
const sixth = md.split('\n').findIndex((l) => l.startsWith('## 六、其他需要报告的事项')) + 1;

new RuleTester().run('local/contact-phone', plugin.rules['contact-phone']!, {
  valid: [
    { name: 'phone in section 六', text: withPhone(md, '联系电话：0571-87654321。'), format: 'markdown' },
    { name: 'full-width digits, no colon', text: withPhone(md, '联系电话 ０５７１－８７６５４３２１'), format: 'markdown' },
    { name: 'plain text layout', text: withPhone(text, '联系电话：0571-87654321'), format: 'text' },
    {
      name: 'another label by option',
      text: withPhone(md, '咨询电话：0571-87654321'),
      format: 'markdown',
      options: { label: '咨询电话' },
    },
  ],
  invalid: [
    {
      name: 'no phone at all',
      text: md,
      format: 'markdown',
      errors: [{ messageId: 'missing', line: sixth, column: 4, data: { label: '联系电话' } }],
    },
    {
      name: 'a label without a number',
      text: withPhone(md, '联系电话：见网站。'),
      format: 'markdown',
      errors: [{ messageId: 'missing', line: sixth, column: 4 }],
    },
    {
      name: 'no section 六: the start of the report',
      text: md.slice(0, md.indexOf('## 六')),
      format: 'markdown',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
