/**
 * One document (doc.ts) as a .docx: WordprocessingML zipped with jszip (the package of
 * ../helpers/html-docx-render.ts), tables with gridSpan and vMerge, runs cut at arbitrary places with
 * text.spans, hard breaks as <w:br/>, labels split over paragraphs, value cells padded with empty paragraphs.
 */
import { buildDocx, chunks } from '../helpers/html-docx-render.js';
import { esc, layout } from '../helpers/report-model.js';
import type { DBlock, DCell, DGrid, Doc } from './doc.js';
import { has } from './model.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function runs(doc: Doc, text: string, bold = false): string {
  const pieces = has(doc.model, 'text.spans') ? chunks(text) : [text];
  return pieces.map((t) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('');
}

const para = (doc: Doc, lines: readonly string[], bold = false, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${lines.map((l) => runs(doc, l, bold)).join('<w:r><w:br/></w:r>')}</w:p>`;

function wordTable(doc: Doc, grid: DGrid): string {
  const slots = layout(grid);
  const width = Math.max(...slots.map((line) => line.length));
  const rows = slots.map((line) => {
    const cells: string[] = [];
    for (let col = 0; col < line.length;) {
      const slot = line[col];
      if (!slot) {
        col++;
        continue;
      }
      const cell = slot.cell as DCell;
      const span = cell.colspan ?? 1;
      const merge = (cell.rowspan ?? 1) > 1 ? `<w:vMerge${slot.top ? ' w:val="restart"' : ''}/>` : '';
      const props = `<w:tcPr><w:tcW w:w="${600 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}</w:tcPr>`;
      const empty = '<w:p/>';
      const text = slot.top ? cell.text.split('\n').map((l) => para(doc, [l])) : [empty];
      const body = cell.pad && slot.top ? [empty, ...text, empty] : text;
      cells.push(`<w:tc>${props}${body.join('')}</w:tc>`);
      col += span;
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const cols = Array.from({ length: width }, () => '<w:gridCol w:w="600"/>').join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${cols}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function block(doc: Doc, b: DBlock): string {
  if (b.kind === 'table') return `${wordTable(doc, b.grid)}<w:p/>`;
  if (b.kind === 'title') return para(doc, b.lines, true);
  if (b.kind === 'heading') return b.inline !== undefined ? para(doc, [`${b.text}　${b.inline}`]) : para(doc, [b.text], b.bold);
  return para(doc, b.lines);
}

function documentXml(doc: Doc): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${doc.blocks.map((b) => block(doc, b)).join('')}<w:sectPr/></w:body></w:document>`;
}

export const docx = (doc: Doc): Promise<Uint8Array> => buildDocx(documentXml(doc));
