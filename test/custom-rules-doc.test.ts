/**
 * docs/custom-rules.md is run: its plugin (```js plugin```), package.json and config blocks are written to a
 * throwaway project, and the CLI must print exactly the documented output (```text output```) on a report
 * whose table 四 counts pending reviews that section 四 does not explain.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, expect, test } from '@jest/globals';
import { removeTree, runCli, tempTree } from './cli-helpers.js';
import { CLEAN } from './fixture-defects.js';

const doc = await readFile(new URL('../docs/custom-rules.md', import.meta.url), 'utf8');
const block = (meta: string): string => {
  const m = new RegExp('```' + meta.replace(' ', ' ') + '\\n([\\s\\S]*?)\\n```').exec(doc);
  if (!m) throw new Error(`docs/custom-rules.md has no \`\`\`${meta} block`);
  return `${m[1]}\n`;
};

/** Only 行政复议 has pending cases (4); both lawsuit groups have none. */
export const PENDING_REVIEW = CLEAN.replace(
  '| 2 | 1 | 3 | 4 | 10 | 5 | 6 | 7 | 8 | 26 | 9 | 11 | 12 | 13 | 45 |',
  '| 2 | 1 | 3 | 4 | 10 | 5 | 6 | 7 | 0 | 18 | 9 | 11 | 12 | 0 | 32 |',
);

let cwd = '';
afterAll(async () => removeTree(cwd));

test('the documented plugin, installed as a package, prints the documented output', async () => {
  expect(PENDING_REVIEW).not.toBe(CLEAN);
  cwd = await tempTree({
    'node_modules/reportlint-plugin-county/index.js': block('js plugin'),
    'node_modules/reportlint-plugin-county/package.json': block('json package'),
    '.reportlintrc.json': block('jsonc config'),
    '2023.md': PENDING_REVIEW,
    'explained.md': PENDING_REVIEW.replace('## 五、', '本年度有4件行政复议尚未审结，正在审理中。\n\n## 五、'),
  });
  const run = await runCli(['-f', 'compact', '2023.md'], { cwd });
  expect(run).toEqual({ code: 0, stdout: block('text output'), stderr: '' });
  expect((await runCli(['-f', 'compact', 'explained.md'], { cwd })).stdout).toBe('');
  expect((await runCli(['-f', 'compact', '--rule', 'county/pending-explained: error', '2023.md'], { cwd })).code).toBe(1);
  const printed = JSON.parse((await runCli(['--print-config', '2023.md'], { cwd })).stdout) as { plugins: unknown[] };
  expect(printed.plugins).toEqual([{ name: 'county', origin: 'reportlint-plugin-county', version: '1.0.0' }]);
});
