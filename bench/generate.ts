/**
 * Writes N invented annual reports into a folder for the benchmark: varied organs, years 2021–2024,
 * sizes and layouts (40% Markdown with GFM tables, 30% Markdown with tab-separated tables, 30% text
 * with one cell per line), about 10% with one defect. Usage: node generate.js <count> <folder> [seed]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeReportData } from './report-data.js';
import { renderReport, type Layout } from './report-render.js';

export interface GeneratedFile {
  file: string;
  layout: Layout;
  defect: string;
  bytes: number;
}

export function layoutFor(seed: number): Layout {
  const slot = seed % 10;
  return slot < 4 ? 'gfm' : slot < 7 ? 'tsv' : 'text';
}

/** Replaces `folder` with `count` reports; returns what was written (in file-name order). */
export async function generateReports(count: number, folder: string, firstSeed = 1): Promise<GeneratedFile[]> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const out: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const seed = firstSeed + i;
    const layout = layoutFor(seed);
    const data = makeReportData(seed);
    const text = renderReport(data, layout);
    const name = `${String(i).padStart(5, '0')}-${layout}${data.defect === 'none' ? '' : `-${data.defect}`}.${layout === 'text' ? 'txt' : 'md'}`;
    const file = path.join(folder, name);
    await writeFile(file, text);
    out.push({ file, layout, defect: data.defect, bytes: Buffer.byteLength(text) });
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100);
  const folder = path.resolve(process.argv[3] ?? 'bench/out/reports');
  const files = await generateReports(count, folder, Number(process.argv[4] ?? 1));
  const defective = files.filter((f) => f.defect !== 'none').length;
  const size = files.reduce((a, f) => a + f.bytes, 0);
  console.log(`${files.length} reports (${defective} defective, ${(size / 1e6).toFixed(1)} MB) in ${folder}`);
}
