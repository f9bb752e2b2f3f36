/**
 * How reading time and memory grow with a report's size, per input format and per way a real file grows (more
 * tables, a long annex table, more paragraphs, a long line, many whole reports in one file, tables nested deep in
 * a saved page). Not a test and not part of `npm run bench`: a measurement to run by hand.
 *
 *   npx tsc -p bench/tsconfig.scale.json && node test-output/scale-build/bench/scale.js [layout[,layout]] [dimension[,dimension]]
 *   node test-output/scale-build/bench/scale.js --dump <layout> <dimension> <k> <file>   (writes one grown input)
 *
 * Every case runs in a child process of its own (its peak RSS is its own) with the reading budget off, so the
 * times are the algorithm's, not a limit's refusal; the child says whether the default budget would have refused it.
 * Prints one line per case: bytes, parseReport ms, lint() ms, ms per MB of each, and the peak RSS per MB.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { parseReport } from '../src/parser/index.js';
import { lint } from '../src/engine/lint.js';
import type { DBlock, Doc } from '../test/fuzz/doc.js';
import { docFor, FILE, LAYOUTS, TEXT_RENDERERS, type LayoutId, type TextLayoutId } from '../test/fuzz/layouts.js';
import { makeModel } from '../test/fuzz/model.js';
import { docx } from '../test/fuzz/render-docx.js';
import { printHtml } from '../test/fuzz/render-html.js';
import { Printer } from '../test/fuzz/render-pdf.js';

const DIMENSIONS = ['tables', 'rows', 'paragraphs', 'line', 'reports', 'nesting'] as const;
type Dimension = (typeof DIMENSIONS)[number];
/** The fuzzer's layouts that render to text (all but docx and pdf, which scale.ts builds apart). */
const TEXT_LAYOUTS: readonly TextLayoutId[] = LAYOUTS.filter((l): l is TextLayoutId => l !== 'docx' && l !== 'pdf');
const SIZES = [100_000, 1_000_000, 3_000_000];
const PDF_PAGES = [5, 10, 20];

/** A paragraph of section 一 as reports write them (figures inside, about 120 characters). */
const PARAGRAPH =
  '本年度，本机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开，主动公开政府信息1234条，其中政策文件56件，发布政策解读38篇，回应社会关切21次，公开内容覆盖财政预决算、重大建设项目和公共资源配置等领域。';

/** The document grown k times in one dimension. */
function grow(base: Doc, dimension: Dimension, k: number): Doc {
  const blocks: DBlock[] = [];
  const table3 = base.blocks.find((b) => b.kind === 'table' && b.table === 'applications')!;
  for (const b of base.blocks) {
    blocks.push(b);
    if (b === table3 && (dimension === 'tables' || dimension === 'nesting'))
      for (let i = 0; i < k; i++) blocks.push({ kind: 'paragraph', lines: [`附表${i + 1}`] }, b);
    if (b.kind === 'heading' && b.section === 'overview') {
      if (dimension === 'paragraphs') for (let i = 0; i < k; i++) blocks.push({ kind: 'paragraph', lines: [PARAGRAPH] });
      if (dimension === 'line') blocks.push({ kind: 'paragraph', lines: [PARAGRAPH.repeat(k)] });
    }
    if (b.kind === 'heading' && b.section === 'other' && dimension === 'rows') {
      const c = (text: string | number, value = false): { text: string; value?: boolean } => ({
        text: String(text),
        ...(value ? { value } : {}),
      });
      const grid = [[c('序号'), c('事项名称'), c('公开数量'), c('办理时限（日）')]];
      for (let i = 0; i < k; i++) grid.push([c(i + 1), c(`第${i + 1}项行政许可事项目录`), c((i * 7) % 97, true), c(20, true)]);
      blocks.push({ kind: 'paragraph', lines: ['附件：行政许可事项公开情况一览表'] }, { kind: 'table', table: 'active', grid });
    }
  }
  if (dimension === 'reports') return { ...base, blocks: Array.from({ length: k }, () => base.blocks).flat() };
  return { ...base, blocks };
}

const model = makeModel(5, [], null);

async function render(
  layout: LayoutId,
  dimension: Dimension,
  k: number,
  printer?: Printer,
): Promise<{ input: string | Uint8Array; size: number; extra: string }> {
  const doc = grow(docFor(model, layout), dimension, k);
  if (layout === 'docx') {
    const bytes = await docx(doc);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    return { input: bytes, size: Buffer.byteLength(xml), extra: `zip ${bytes.byteLength} B` };
  }
  if (layout === 'pdf') {
    const bytes = await printer!.print(printHtml(doc), doc.title);
    const pages = (
      Buffer.from(bytes)
        .toString('latin1')
        .match(/\/Type\s*\/Page[^s]/g) ?? []
    ).length;
    return { input: bytes, size: bytes.byteLength, extra: `${pages} pages` };
  }
  let out = TEXT_RENDERERS[layout as TextLayoutId](doc);
  if (dimension === 'nesting')
    out = out.replace(/<table/g, '<div>'.repeat(60) + '<table').replace(/<\/table>/g, '</table>' + '</div>'.repeat(60));
  return { input: out, size: Buffer.byteLength(out), extra: '' };
}

/** The child: one case, timed after a warm-up on the plain report. */
async function child(layout: LayoutId, dimension: Dimension, k: number): Promise<void> {
  const printer = layout === 'pdf' ? new Printer() : undefined;
  const plain = await render(layout, dimension, 0, printer);
  const { input, size, extra } = await render(layout, dimension, k, printer);
  await printer?.close();
  const filePath = FILE[layout];
  await lint(plain.input, { filePath, maxFileSize: 0 });
  let refused = '';
  try {
    await parseReport(input, { filePath });
  } catch (e) {
    refused = (e as { id?: string; data?: { limit?: string } }).data?.limit ?? String(e);
  }
  // The best of two runs each (the machine is shared), parse and lint apart so one's result does not weigh on the other.
  const timed = async (f: () => Promise<unknown>): Promise<number> => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const parseMs = Math.min(
    await timed(() => parseReport(input, { filePath, maxFileSize: 0 })),
    await timed(() => parseReport(input, { filePath, maxFileSize: 0 })),
  );
  let result = await lint(input, { filePath, maxFileSize: 0 });
  const lintMs = Math.min(
    await timed(async () => (result = await lint(input, { filePath, maxFileSize: 0 }))),
    await timed(() => lint(input, { filePath, maxFileSize: 0 })),
  );
  const byRule: Record<string, number> = {};
  for (const m of result.messages) byRule[m.ruleId ?? 'fatal'] = (byRule[m.ruleId ?? 'fatal'] ?? 0) + 1;
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ layout, dimension, k, size, extra, parseMs, lintMs, rss, refused, byRule }));
}

/** Finds k for a target size by two renders (size is linear in k). */
async function kFor(layout: LayoutId, dimension: Dimension, target: number): Promise<number> {
  const a = (await render(layout, dimension, 1)).size;
  const b = (await render(layout, dimension, 11)).size;
  const per = (b - a) / 10;
  return Math.max(1, Math.round((target - a) / per) + 1);
}

async function main(): Promise<void> {
  const [layoutArg, dimArg] = process.argv.slice(2);
  if (layoutArg === '--dump') {
    const [, , , l, d, k, file] = process.argv;
    const { input } = await render(l as LayoutId, d as Dimension, Number(k), l === 'pdf' ? new Printer() : undefined);
    const { writeFileSync } = await import('node:fs');
    return writeFileSync(file!, input);
  }
  if (layoutArg === '--child') {
    const [, , , l, d, k] = process.argv;
    return child(l as LayoutId, d as Dimension, Number(k));
  }
  const layouts = (layoutArg?.split(',') ?? [...TEXT_LAYOUTS, 'docx', 'pdf']) as LayoutId[];
  const dims = (dimArg?.split(',') ?? DIMENSIONS) as Dimension[];
  const self = fileURLToPath(import.meta.url);
  console.log(
    'layout\tdimension\tk\tsize\tparse ms\tlint ms\tparse ms/MB\tlint ms/MB\tpeak RSS MB\tRSS MB per MB\tdefault budget\tfindings',
  );
  for (const layout of layouts) {
    for (const dimension of dims) {
      if (dimension === 'nesting' && layout !== 'html-page') continue;
      if (layout === 'pdf' && !['tables', 'paragraphs'].includes(dimension)) continue;
      const ks =
        layout === 'pdf'
          ? PDF_PAGES.map((p) => (dimension === 'tables' ? p - 3 : p * 14))
          : await Promise.all(SIZES.map((s) => kFor(layout, dimension, s)));
      for (const k of ks) {
        let line: string;
        try {
          const out = execFileSync(
            process.execPath,
            ['--max-old-space-size=8000', self, '--child', layout, dimension, String(k)],
            {
              timeout: Number(process.env['SCALE_TIMEOUT'] ?? 300_000),
              encoding: 'utf8',
              maxBuffer: 1 << 24,
            },
          );
          const r = JSON.parse(out.trim().split('\n').pop()!) as {
            size: number;
            extra: string;
            parseMs: number;
            lintMs: number;
            rss: number;
            refused: string;
            byRule: Record<string, number>;
          };
          const mb = r.size / 1e6;
          line = [
            layout,
            dimension,
            k,
            `${r.size}${r.extra ? ` (${r.extra})` : ''}`,
            r.parseMs.toFixed(0),
            r.lintMs.toFixed(0),
            (r.parseMs / mb).toFixed(0),
            (r.lintMs / mb).toFixed(0),
            (r.rss / 1e6).toFixed(0),
            (r.rss / 1e6 / mb).toFixed(0),
            r.refused || '-',
            JSON.stringify(r.byRule),
          ].join('\t');
        } catch (e) {
          line = [layout, dimension, k, 'FAILED', String((e as Error).message).slice(0, 200)].join('\t');
        }
        console.log(line);
      }
    }
  }
}

await main();
