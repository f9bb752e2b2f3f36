/**
 * The bench's inputs, drawn from the layout fuzzer's model and renderers (test/fuzz/, docs/fuzzing.md), so
 * the bench reads the same family of reports the fuzzer proves: the in-`npm test` variations, a defect in
 * about 10 % of the reports, a distinct organ per report as in a province's batch except that about 10 % are
 * the previous report's organ one year later (so the year-over-year pass runs).
 */
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { docFor, FILE, render, type LayoutId } from '../test/fuzz/layouts.js';
import { IN_TEST_DEFECTS, IN_TEST_VARIATIONS } from '../test/fuzz/in-test.js';
import { drawModel, makeModel, rng, type Model } from '../test/fuzz/model.js';
import { markdownGfm } from '../test/fuzz/render-text.js';
import type { Printer } from '../test/fuzz/render-pdf.js';

const CITIES = [
  '青石',
  '临川',
  '澄江',
  '北溪',
  '云岭',
  '东河',
  '南屏',
  '西岭',
  '白沙',
  '金川',
  '柳州湾',
  '望海',
  '松原',
  '枫桥',
  '长汀',
  '石门',
  '龙泉',
  '清河',
  '安平',
  '永宁',
  '玉溪湾',
  '兴隆',
  '宁远',
  '福田湾',
  '瑞安',
];
const DISTRICTS = ['市', '县', '市东城区', '市西城区', '市临湖区', '市河湾区', '市高新区', '县城关镇', '市经济开发区', '市新区'];
const OFFICES = [
  '自然资源局',
  '数据资源局',
  '交通运输局',
  '卫生健康委员会',
  '市场监督管理局',
  '教育局',
  '财政局',
  '民政局',
  '司法局',
  '生态环境局',
  '住房和城乡建设局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '应急管理局',
  '审计局',
  '统计局',
  '医疗保障局',
  '人力资源和社会保障局',
  '公安局',
  '退役军人事务局',
  '林业局',
  '城市管理局',
  '人民政府办公室',
];

/** A distinct organ for each index up to 25 × 10 × 25 = 6,250. */
export function organFor(i: number): string {
  const office = OFFICES[i % OFFICES.length]!;
  const place = Math.floor(i / OFFICES.length);
  return `${CITIES[place % CITIES.length]}${DISTRICTS[Math.floor(place / CITIES.length) % DISTRICTS.length]}${office}`;
}

/** The i-th report of a batch (seed i + 1): drawn as the fuzzer draws, with the batch's organ and year. */
export function batchModels(count: number): Model[] {
  const out: Model[] = [];
  for (let i = 0; i < count; i++) {
    const model = drawModel(i + 1, { allowed: IN_TEST_VARIATIONS, defects: IN_TEST_DEFECTS, defectRate: 0.1 });
    const previous = out[i - 1];
    if (previous && rng(i * 7919 + 17).chance(0.1)) {
      model.organ = previous.organ;
      model.year = previous.year < 2024 ? previous.year + 1 : previous.year - 1;
    } else model.organ = organFor(i);
    out.push(model);
  }
  return out;
}

/** The Markdown batch: GFM tables (3 in 5) and tab-separated tables (2 in 5), held-out-like. */
export const markdownLayoutOf = (i: number): LayoutId => (i % 5 < 3 ? 'md-gfm' : 'md-tabs');

export interface Written {
  folder: string;
  files: string[];
  bytes: number;
  defective: number;
  adjacentYears: number;
}

async function fresh(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
}

const nameOf = (i: number, layout: LayoutId, m: Model): string =>
  `${String(i).padStart(5, '0')}-${layout}${m.defect ? `-${m.defect.slice('defect.'.length)}` : ''}${path.extname(FILE[layout])}`;

/** Writes `models` rendered in `layoutOf(i)` into a fresh folder. */
export async function writeBatch(
  folder: string,
  models: readonly Model[],
  layoutOf: (i: number) => LayoutId,
  printer?: Printer,
): Promise<Written> {
  await fresh(folder);
  const files: string[] = [];
  let bytes = 0;
  for (const [i, m] of models.entries()) {
    const layout = layoutOf(i);
    const content = await render(m, layout, printer);
    const file = path.join(folder, nameOf(i, layout, m));
    await writeFile(file, content);
    files.push(file);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  }
  const adjacentYears = models.filter((m, i) => i > 0 && models[i - 1]!.organ === m.organ).length;
  return { folder, files, bytes, defective: models.filter((m) => m.defect).length, adjacentYears };
}

/** A folder holding the first `count` files of a bigger batch, as hard links (no second copy on disk). */
export async function firstOf(batch: Written, count: number, folder: string): Promise<Written> {
  await fresh(folder);
  const files = batch.files.slice(0, count);
  const linked: string[] = [];
  for (const file of files) {
    const to = path.join(folder, path.basename(file));
    await link(file, to);
    linked.push(to);
  }
  return { ...batch, folder, files: linked, bytes: NaN };
}

const GROWTH = [
  '全年共组织政务公开专题培训{n}场次，参训人员{m}人次，进一步提升了工作人员的公开意识和业务能力。',
  '通过政府网站发布工作动态{n}条，通过政务新媒体发布信息{m}条，回应社会关切{k}次。',
  '围绕重点领域信息公开，发布财政预决算、重大建设项目、公共资源配置等信息{n}条，召开新闻发布会{k}场。',
  '健全政策解读机制，以图文、视频等形式解读政策{n}篇，在线访谈{k}期，政策解读比例达到{p}%。',
];

/**
 * One clean GFM report grown to about `bytes` by further paragraphs in section 一 (总体情况), as a long report
 * grows: everything a report needs is still there once, the narrative simply goes on.
 */
export function bigReport(bytes: number, seed = 4242): string {
  const m = makeModel(seed, [], null);
  m.organ = organFor(seed);
  const doc = docFor(m, 'md-gfm');
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.section === 'active');
  const base = Buffer.byteLength(markdownGfm(doc));
  const r = rng(seed);
  const extra: typeof doc.blocks = [];
  let size = base;
  while (size < bytes) {
    const text = GROWTH[extra.length % GROWTH.length]!.replace('{n}', String(r.int(1, 500)))
      .replace('{m}', String(r.int(100, 9000)))
      .replace('{k}', String(r.int(1, 40)))
      .replace('{p}', String(r.int(50, 100)));
    extra.push({ kind: 'paragraph', lines: [text] });
    size += Buffer.byteLength(text) + 2;
  }
  doc.blocks.splice(at, 0, ...extra);
  return markdownGfm(doc);
}

/**
 * A clean 2023 GFM report whose statistical period is written `2023年1月1日~2023年12月31日` (issue 21), with a
 * second range written so in the same paragraph: two single tildes in a paragraph are GFM strikethrough, which
 * would swallow the period.
 */
export function tildePeriodReport(): { text: string; replaced: boolean } {
  const m = makeModel(2023, [], null);
  m.year = 2023;
  m.periodPhrase = 0;
  m.organ = organFor(7);
  const plain = markdownGfm(docFor(m, 'md-gfm'));
  const text = plain.replace(
    '2023年1月1日至2023年12月31日。',
    '2023年1月1日~2023年12月31日，其中依申请公开的统计时段同为2023年1月1日~2023年12月31日。',
  );
  return { text, replaced: text !== plain };
}

/** How many pages a PDF has (Chromium writes one uncompressed `/Type /Page` per page). */
export const pageCount = (pdf: Uint8Array): number =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
