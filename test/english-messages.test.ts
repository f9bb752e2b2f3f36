/**
 * `--lang en` says everything in English: every rule's English messages (and hints) over a set of defective
 * reports — every rule page's failing examples, the fuzzer's defects in two layouts, the examples folder —
 * hold no Chinese outside “…” quotes, which is where a message puts what it quotes: the report's own text, or a
 * row or column label of the format, which has no English name. Table names (表三 → table 3) and fixed words
 * have one, so an English message that falls back to Chinese fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Code, Root } from 'mdast';
import { lint, type LintOptions } from '../src/engine/lint.js';
import { parseReport } from '../src/parser/index.js';
import { findTable } from '../src/parser/query.js';
import { builtinRegistry } from '../src/config/registry.js';
import { applicationTotals, reviewCells } from '../src/rules/support/figures.js';
import type { AnyRule } from '../src/rules/types.js';
import type { LintMessage } from '../src/engine/types.js';
import remarkGfmTable from '../src/parser/adapters/gfm-table.js';
import { DEFECTS, makeModel } from './fuzz/model.js';
import { renderText } from './fuzz/layouts.js';

const NOW = new Date('2025-06-30T00:00:00Z');
const registry = builtinRegistry();
/** Every rule at its default severity, required-statements with its default options. */
const ALL = [...registry.all()].map(([id, s]) => ({
  id,
  rule: registry.rules.get(id) as AnyRule,
  severity: s.severity as 'error' | 'warn',
}));
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** What an English message says in its own words: quoted spans (“…”, possibly nested) left out. */
function ownWords(message: string): string {
  let depth = 0;
  let out = '';
  for (const ch of message) {
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

interface Case {
  name: string;
  text: string;
  options: LintOptions;
  /** Last year's report (year-over-year rules), and the subordinates' reports and missing ones (roll-up). */
  previous?: string;
  subordinates?: string[];
  missing?: string[];
}

const DOCS = new URL('../docs/rules/', import.meta.url);
function docCases(): Case[] {
  const out: Case[] = [];
  for (const file of readdirSync(DOCS).filter((f) => f.endsWith('.md'))) {
    const tree: Root = unified()
      .use(remarkParse)
      .use(remarkGfmTable)
      .parse(readFileSync(new URL(file, DOCS), 'utf8'));
    const blocks = tree.children.filter((n): n is Code => n.type === 'code');
    blocks.forEach((b, i) => {
      if (b.meta !== 'fail') return;
      const before = blocks.slice(0, i);
      const previous = before.filter((p) => p.meta === 'previous').pop();
      const subordinates = before.filter((p) => p.meta === 'subordinate').map((p) => p.value);
      const base = {
        name: `docs/rules/${file} #${i + 1}`,
        text: b.value,
        options: { format: b.lang === 'md' ? 'markdown' : 'text' },
      } as const;
      out.push({ ...base, ...(previous ? { previous: previous.value } : {}), ...(subordinates.length ? { subordinates } : {}) });
      // roll-up's other message: a subordinate missing from the run.
      if (subordinates.length)
        out.push({ ...base, name: `${base.name} (one missing)`, subordinates, missing: ['某市交通运输局'] });
    });
  }
  return out;
}

function fuzzCases(): Case[] {
  const out: Case[] = [];
  for (const defect of DEFECTS)
    for (const layout of ['md-gfm', 'text-crawl'] as const)
      out.push({
        name: `fuzz ${defect} ${layout}`,
        text: renderText(makeModel(7, [], defect), layout),
        options: { format: layout === 'md-gfm' ? 'markdown' : 'text' },
      });
  return out;
}

function exampleCases(): Case[] {
  const dir = new URL('../examples/defective/', import.meta.url);
  return readdirSync(dir).map((f) => ({
    name: `examples/defective/${f}`,
    text: readFileSync(new URL(f, dir), 'utf8'),
    options: { filePath: f },
  }));
}

async function english(c: Case): Promise<LintMessage[]> {
  const read = async (text: string) => (await parseReport(text, { format: 'markdown' })).report;
  const previous = c.previous === undefined ? {} : { previous: [{ file: 'last-year.md', report: await read(c.previous) }] };
  const reports = await Promise.all(
    (c.subordinates ?? []).map(async (text) => {
      const report = await read(text);
      return {
        organ: report.organ,
        applications: applicationTotals(findTable(report, 'applications')),
        review: reviewCells(findTable(report, 'review')),
      };
    }),
  );
  const subordinates = c.subordinates ? { subordinates: { reports, missing: c.missing ?? [] } } : {};
  const result = await lint(c.text, { ...c.options, ...previous, ...subordinates, rules: ALL, lang: 'en', now: NOW });
  return result.messages;
}

describe('English messages', () => {
  it('ownWords leaves quoted text out, nested quotes too', () => {
    expect(ownWords('Table 3, row “（一）予以公开”: “危及“三安全一稳定”” ok')).toBe('Table 3, row :  ok');
    expect(CJK.test(ownWords('表三, row “x”'))).toBe(true);
  });

  const cases = [...docCases(), ...fuzzCases(), ...exampleCases()];
  it('the cases find something of every rule', async () => {
    const seen = new Set<string>();
    for (const c of cases) for (const m of await english(c)) if (m.ruleId) seen.add(m.ruleId);
    expect([...registry.rules.keys()].filter((id) => !seen.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as [string, Case]))('%s: no Chinese outside quotes', async (_name, c) => {
    const chinese = (await english(c)).flatMap((m) =>
      [m.message, m.hint ?? ''].filter((t) => CJK.test(ownWords(t))).map((t) => `${m.ruleId}: ${t}`),
    );
    expect(chinese).toEqual([]);
  });
});
