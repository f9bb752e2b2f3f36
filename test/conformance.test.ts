/**
 * Conformance on files nobody on the team wrote (../shared, when present): the compliant seeds give no errors
 * from any rule, and the real files give exactly what ../shared/real/README.md says reportlint must say.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/lint.js';
import { parseReport } from '../src/parser/index.js';
import { rules } from '../src/rules/index.js';

const SHARED = new URL('../../shared/', import.meta.url);
const SEEDS = new URL('seeds/', SHARED);
const REAL = new URL('real/', SHARED);
const NOW = new Date('2025-06-30T00:00:00Z');
// Every rule a default configuration runs. Opt-in rules (recommended: false, e.g. required-statements) exist to be
// configured for an organ's own wording, so the seeds' wording is not held against their example defaults.
const ALL = rules.filter((rule) => rule.meta.recommended).map((rule) => ({ id: rule.meta.id, rule, severity: rule.meta.defaultSeverity }));

const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
if (!seeds.length) console.warn('conformance: ../shared/seeds is absent; seed checks skipped');

/** Whether the parser reads this real file at all yet (its adapter may not exist). */
async function readable(name: string): Promise<boolean> {
  const file = new URL(name, REAL);
  if (!existsSync(file)) return false;
  try {
    await parseReport(new Uint8Array(readFileSync(file)), { filePath: name });
    return true;
  } catch {
    console.warn(`conformance: ${name} cannot be read yet; its check is skipped`);
    return false;
  }
}

async function lintReal(name: string) {
  const result = await lint(new Uint8Array(readFileSync(new URL(name, REAL))), { filePath: name, rules: ALL, now: NOW });
  return result.messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, severity: m.severity, data: m.data }));
}

describe('compliant seeds', () => {
  it.each(seeds.length ? seeds : ['(none)'])('%s gives no errors from any recommended rule', async (name) => {
    if (name === '(none)') return;
    const result = await lint(new Uint8Array(readFileSync(new URL(name, SEEDS))), { filePath: name, rules: ALL, now: NOW });
    expect(result.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});

const page = 'shuyang-fgj-2023.html';
const template = 'template-2021-blank.docx';
const [pageReadable, templateReadable] = await Promise.all([readable(page), readable(template)]);

describe('real files', () => {
  (pageReadable ? it : it.skip)(`${page}: no errors, one warning per empty 法人或其他组织 column`, async () => {
    const messages = await lintReal(page);
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.map((m) => [m.ruleId, m.messageId, m.data?.column])).toEqual(
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((column) => ['numeric-cells', 'blankColumn', column]),
    );
  });

  (templateReadable ? it : it.skip)(`${template}: missing period and fee statement, blank tables grouped, no totals errors`, async () => {
    const messages = await lintReal(template);
    expect(messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.messageId])).toEqual([
      ['statistical-period', 'missing'],
      ['fee-statement', 'missing'],
    ]);
    expect(messages.filter((m) => m.severity === 1).map((m) => [m.ruleId, m.messageId, m.data?.table])).toEqual([
      ['numeric-cells', 'blankTable', '表二'],
      ['numeric-cells', 'blankTable', '表三'],
      ['numeric-cells', 'blankTable', '表四'],
    ]);
  });
});
