/**
 * Rule pages (docs/rules/<id>.md): the fixed headings of STYLE.md 4.7 in order, one page per rule and one rule per
 * page, and every fenced `md fail` / `md pass` (or `text …`, `html …`) example linted with only that rule enabled
 * (after a `md previous` block, that block is last year's report; `md subordinate` blocks before it are the
 * subordinate organs' reports, for roll-up).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Heading, Root } from 'mdast';
import { lint } from '../src/engine/lint.js';
import { parseReport } from '../src/parser/index.js';
import { rules } from '../src/rules/index.js';
import type { AnyRule, Subordinates } from '../src/rules/types.js';
import { findTable } from '../src/parser/query.js';
import { applicationTotals, reviewCells } from '../src/rules/support/figures.js';
import remarkGfmTable from '../src/parser/adapters/gfm-table.js';

const DOCS = new URL('../docs/rules/', import.meta.url);
const NOW = new Date('2025-06-30T00:00:00Z');
const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

function parse(id: string): Root {
  return unified()
    .use(remarkParse)
    .use(remarkGfmTable)
    .parse(readFileSync(new URL(`${id}.md`, DOCS), 'utf8'));
}

const README = new URL('../README.md', import.meta.url);
const readme = existsSync(README) ? readFileSync(README, 'utf8') : '';
/** Rule ids the README's rule table links to (rows like `| [fee-statement](docs/rules/fee-statement.md) | …`). */
const readmeRows = readme.split('\n').filter((l) => l.startsWith('|') && l.includes('docs/rules/'));

const text = (h: Heading) => h.children.map((c) => ('value' in c ? c.value : '')).join('');

describe('rule pages', () => {
  it('every rule has a page and every page has a rule', () => {
    expect(pages).toEqual(rules.map((r) => r.meta.id).sort());
  });

  it('the README rule table lists every rule, with its default severity', () => {
    expect(readmeRows.length).toBeGreaterThan(0);
    const linked = readmeRows
      .map((l) => l.match(/docs\/rules\/([a-z0-9-]+)\.md/)?.[1])
      .filter(Boolean)
      .sort();
    expect(linked).toEqual(rules.map((r) => r.meta.id).sort());
    for (const rule of rules) {
      const row = readmeRows.find((l) => l.includes(`docs/rules/${rule.meta.id}.md`))!;
      expect([rule.meta.id, /error|warn|错误|警告/.test(row)]).toEqual([rule.meta.id, true]);
    }
  });

  describe.each(rules.map((r) => [r.meta.id, r] as [string, AnyRule]))('%s', (id, rule) => {
    const tree = parse(id);
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
    const examples = tree.children.filter((n): n is Code => n.type === 'code' && /^(fail|pass)$/.test(n.meta ?? ''));
    // A `md previous` block is last year's report for the examples after it (year-over-year rules).
    const previousOf = (example: Code): Code | undefined =>
      tree.children
        .filter(
          (n): n is Code =>
            n.type === 'code' && n.meta === 'previous' && n.position!.start.offset! < example.position!.start.offset!,
        )
        .pop();
    const formatOf = (c: Code) => (c.lang === 'md' ? 'markdown' : c.lang === 'html' ? 'html' : 'text');
    // `md subordinate` blocks: the subordinate organs' reports for the examples after them (roll-up).
    const subordinatesOf = async (example: Code): Promise<Subordinates | undefined> => {
      const blocks = tree.children.filter(
        (n): n is Code =>
          n.type === 'code' && n.meta === 'subordinate' && n.position!.start.offset! < example.position!.start.offset!,
      );
      if (!blocks.length) return undefined;
      const reports = await Promise.all(
        blocks.map(async (b) => {
          const { report } = await parseReport(b.value, { format: formatOf(b) });
          const table = (kind: 'applications' | 'review') => findTable(report, kind);
          return {
            organ: report.organ,
            applications: applicationTotals(table('applications')),
            review: reviewCells(table('review')),
          };
        }),
      );
      return { reports, missing: [] };
    };

    it('has the fixed headings, in order', () => {
      const expected = [
        `# ${id}`,
        '## 依据',
        '## 规则详情',
        '## 不通过的示例',
        '## 通过的示例',
        ...(rule.meta.schema ? ['## 选项'] : []),
        '## 何时关闭',
      ];
      expect(headings.map((h) => `${'#'.repeat(h.depth)} ${text(h)}`)).toEqual(expected);
      // The first paragraph under the title is the description.
      const first = tree.children[tree.children.indexOf(headings[0]!) + 1];
      expect(first?.type).toBe('paragraph');
    });

    it('shows at least one failing and one passing example', () => {
      expect(examples.filter((e) => e.meta === 'fail').length).toBeGreaterThan(0);
      expect(examples.filter((e) => e.meta === 'pass').length).toBeGreaterThan(0);
      for (const e of examples) expect(['md', 'text', 'html']).toContain(e.lang);
    });

    it.each(examples.map((e, i) => [`${e.lang} ${e.meta} #${i + 1} (line ${e.position?.start.line})`, e] as [string, Code]))(
      'example %s',
      async (_name, example) => {
        const last = previousOf(example);
        const subordinates = await subordinatesOf(example);
        const result = await lint(example.value, {
          rules: [{ id, rule, severity: rule.meta.defaultSeverity }],
          format: formatOf(example),
          now: NOW,
          ...(last ? { previous: (await parseReport(last.value, { format: formatOf(last) })).report } : {}),
          ...(subordinates ? { subordinates } : {}),
        });
        expect(result.messages.filter((m) => m.fatal)).toEqual([]);
        const own = result.messages.filter((m) => m.ruleId === id);
        if (example.meta === 'fail') expect(own.length).toBeGreaterThan(0);
        else expect(own.map((m) => m.message)).toEqual([]);
      },
    );
  });
});
