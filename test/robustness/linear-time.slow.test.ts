/**
 * The section finder on huge inputs, bounded by wall time: `npm run test:slow` only (REPORTLINT_SLOW_TESTS),
 * since a busy machine stretches wall time and `npm test` must not turn red for it. The bounds are far below
 * what the quadratic heading search of issue 7 took, so a backtracking regression fails here. The 10 MB crawl
 * line took 41–47 s while headings inside a line numbered 1. or unnumbered were not found (the tables were
 * then read over the whole text). The later cases are reports grown the way real files grow (bench/scale.ts
 * measures every layout and dimension): each bound is far below what the quadratic step took before its fix.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { HEADING, SECTION_KEYS } from '../fuzz/template.js';
import { docFor, renderText } from '../fuzz/layouts.js';
import { makeModel, type Variation } from '../fuzz/model.js';
import type { Doc } from '../fuzz/doc.js';
import { htmlPage } from '../fuzz/render-html.js';
import { textLayout } from '../fuzz/render-layout.js';

/** A sentence of body text for each section (what follows a heading in a real report). */
const BODY = [
  '2023年，本机关认真贯彻落实《条例》，统计期限为2023年1月1日至2023年12月31日。',
  '本年主动公开政府信息317条。',
  '本年共收到政府信息公开申请42件。',
  '本年发生政府信息公开行政复议3件。',
  '存在的问题是公开深度不够，明年将加以改进。',
  '本机关未收取信息处理费。',
];

/** The plain report of seed 5 with an annex table of n rows in section 六 (as bench/scale.ts grows 'rows'). */
function withAnnex(layout: 'text-layout' | 'html-page', n: number): Doc {
  const doc = docFor(makeModel(5, [], null), layout);
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.section === 'other') + 1;
  const c = (text: string | number): { text: string } => ({ text: String(text) });
  const rows = Array.from({ length: n }, (_, i) => [c(i + 1), c(`第${i + 1}项行政许可事项目录`), c((i * 7) % 97), c(20)]);
  doc.blocks.splice(at, 0, {
    kind: 'table',
    table: 'active',
    grid: [[c('序号'), c('事项名称'), c('公开数量'), c('办理时限（日）')], ...rows],
  });
  return doc;
}

async function parseMs(text: string, filePath = 'report.txt'): Promise<number> {
  const started = performance.now();
  await parseReport(text, { filePath });
  return performance.now() - started;
}

describe('linear time', () => {
  it('20,000 section-like lines', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `${HEADING[SECTION_KEYS[i % 6]!]}\n${i % 7 ? '' : '无。'}`).join('\n');
    expect(await parseMs(text)).toBeLessThan(8000);
  });

  it('one 10 MB crawl line: whole reports with digits run together and unnumbered headings, repeated', async () => {
    const body = (variations: Variation[]): string => renderText(makeModel(11, variations, null), 'text-crawl').split('\n')[4]!;
    const chunk = [body(['crawl.digitsRunTogether', 'heading.number.none']), body(['heading.number.arabicDot'])].join(' ');
    const text = Array.from({ length: Math.ceil(10_000_000 / chunk.length) }, () => chunk).join(' ');
    expect(await parseMs(text)).toBeLessThan(20000);
  });

  it('one 4 MB line with headings inside it', async () => {
    const chunk = SECTION_KEYS.map((k, i) => `${HEADING[k]} ${BODY[i]}`).join(' ');
    const text = Array.from({ length: Math.ceil(4_000_000 / chunk.length) }, () => chunk).join(' ');
    expect(await parseMs(text)).toBeLessThan(15000);
  });

  // micromark-extension-gfm-table 2.1.1 looked up each cell's edit in a list of all the document's edits, so the
  // time grew with the square of the cells: this report (200 copies of table 三, 540 KB) took 183 s; 2.1.2 keys
  // the edits by index and takes about 2 s.
  it('a Markdown report of 200 GFM tables', async () => {
    const gfm = renderText(makeModel(5, [], null), 'md-gfm');
    const start = gfm.indexOf('\n|', gfm.indexOf('收到和处理政府信息公开申请情况'));
    const table = gfm.slice(start, gfm.indexOf('\n\n', start + 2));
    expect(table.split('\n').length).toBeGreaterThan(25);
    const text = gfm.slice(0, start) + `${table}\n\n`.repeat(200) + gfm.slice(start);
    expect(text.length).toBeGreaterThan(200 * table.length);
    expect(await parseMs(text, 'report.md')).toBeLessThan(20000);
  });

  // Joining a paragraph's lines read the last character off the growing joined text, which flattened it at every
  // line: a space-aligned report with an annex table of 35,000 rows (3 MB, read as wrapped lines of one
  // paragraph) took about 200 s (1 MB: 22 s); it is linear now and takes about 2 s.
  it('a space-aligned report with a 3 MB annex table', async () => {
    const text = textLayout(withAnnex('text-layout', 35_000));
    expect(text.length).toBeGreaterThan(1_500_000);
    expect(await parseMs(text)).toBeLessThan(30000);
  });

  // Narrowing a text node's span to its visible characters looked back through the whole page for an '&' (of a
  // trailing &nbsp;): every text node cost the length of the page before it. A saved page with a 3 MB annex table
  // took 9.5 s (1 MB: 1.3 s), 8 MB over a minute; now about 1 s per MB. The reading budget is off (a page this
  // large is over its block limit), as with --max-file-size 0.
  it('a saved web page with an 8 MB annex table', async () => {
    const html = htmlPage(withAnnex('html-page', 14_000));
    expect(html.length).toBeGreaterThan(4_000_000);
    const started = performance.now();
    const { report } = await parseReport(html, { filePath: 'report.html', maxFileSize: 0 });
    expect(report.reading.tables.applications.status).toBe('read');
    expect(performance.now() - started).toBeLessThan(30000);
  });

  // micromark holds every event of a document until mdast is built: a 1 MB report of GFM tables needed more than
  // 300 MB of heap at once (1.7 GB of RSS per MB at 3 MB) and ran out of a 400 MB heap; parsed in pieces
  // (markdown-chunks.ts) it needs a piece's worth. Run on the built library in a node with a 400 MB heap.
  it('a 1 MB Markdown report of GFM tables in a 400 MB heap', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    if (!existsSync(path.join(root, 'dist/index.js'))) throw new Error('run `npm run build` first (npm run test:slow does)');
    const gfm = renderText(makeModel(5, [], null), 'md-gfm');
    const start = gfm.indexOf('\n|', gfm.indexOf('收到和处理政府信息公开申请情况'));
    const table = gfm.slice(start, gfm.indexOf('\n\n', start + 2));
    const copies = Array.from({ length: 400 }, (_, i) => `\n\n附表${i + 1}\n${table}`).join('');
    const text = gfm.slice(0, start) + copies + gfm.slice(start);
    expect(text.length).toBeGreaterThan(700_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-heap-'));
    try {
      const file = path.join(dir, 'report.md');
      writeFileSync(file, text);
      const script = `import { readFileSync } from 'node:fs'; import { lint } from ${JSON.stringify(path.join(root, 'dist/index.js'))};
        const r = await lint(readFileSync(${JSON.stringify(file)}, 'utf8'), { filePath: 'report.md' });
        console.log(r.messages.filter((m) => m.ruleId === 'table-structure').length);`;
      const run = spawnSync(process.execPath, ['--max-old-space-size=400', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stderr).not.toMatch(/heap out of memory/);
      expect(run.status).toBe(0);
      expect(Number(run.stdout.trim())).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
