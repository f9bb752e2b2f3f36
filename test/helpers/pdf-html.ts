/**
 * The PDF fixtures' report (pdf-report.ts) as a print-ready page, laid out like an official document: A4,
 * body text in 16px with a two-character first-line indent, bordered tables in 10.5pt with merged cells.
 * Table 三's first column is one character wide, so the browser prints 三、本年度办理结果 one character per
 * line between the rows, as published PDFs do. Chromium prints it to PDF (make-pdf-fixtures.ts).
 */
import { rowLabel } from '../fuzz/template.js';
import { REPORT } from './pdf-report.js';
import { esc, spanAttrs, type Block, type Grid } from './report-model.js';

function table(grid: Grid, narrowFirst: boolean): string {
  const rows = grid.map((line, r) => {
    const cells = line.map((cell, i) => {
      const attrs = spanAttrs(cell);
      const narrow = narrowFirst && r > 4 && i === 0 && cell.rowspan === 22 ? ' class="narrow"' : '';
      const group = narrowFirst && /^（[三四五六]）/.test(cell.text) && cell.rowspan ? ' class="group"' : '';
      const label = narrowFirst && /^\d\./.test(cell.text) ? ' class="label"' : '';
      return `<td${attrs}${narrow}${group}${label}>${esc(cell.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('\n')}</table>`;
}

export function toPrintHtml(blocks: Block[] = REPORT): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'title') return `<h1>${esc(b.text)}</h1>`;
      if (b.kind === 'heading') return `<h2>${esc(b.text)}</h2>`;
      if (b.kind === 'paragraph') return `<p>${esc(b.text)}</p>`;
      const applications = b.grid.some((line) => line.some((c) => c.text === rowLabel('new')));
      return table(b.grid, applications);
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>年度报告</title>
<style>
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "Droid Sans Fallback", sans-serif; font-size: 16px; line-height: 1.6; }
h1 { font-size: 22px; text-align: center; font-weight: normal; margin: 0 0 24px; }
h2 { font-size: 16px; font-weight: normal; margin: 12px 0; text-indent: 2em; }
p { margin: 0 0 8px; text-indent: 2em; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 10.5pt; line-height: 1.3; }
td { border: 1px solid #000; padding: 4px 3px; text-align: center; vertical-align: middle; }
td.narrow { width: 1.2em; padding: 2px 6px; }
td.group { width: 7.5em; }
td.label { width: 11em; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
