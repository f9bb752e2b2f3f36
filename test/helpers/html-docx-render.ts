/**
 * Renders report blocks (report-model.ts; by default html-docx-report.ts's report) as a government web page
 * in Word's exported markup and as a .docx (WordprocessingML zipped with jszip), the way real reports reach
 * reportlint.
 */
import JSZip from 'jszip';
import { REPORT } from './html-docx-report.js';
import { columnLabel, HEADING, HEADING_WORDS, SECTION_KEYS } from '../fuzz/template.js';
import { esc, layout, spanAttrs } from './report-model.js';
import type { Block, Grid } from './report-model.js';

/** Word cuts text into runs at arbitrary places, even inside numbers and labels; so do we. */
export function chunks(text: string): string[] {
  const sizes = [1, 4, 2, 7, 3];
  const out: string[] = [];
  let i = 0;
  for (let k = 0; i < text.length; k++) {
    const n = sizes[k % sizes.length] ?? 1;
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

const SPAN = '<span style="font-family: 仿宋_GB2312; font-size: 16pt;">';
function soup(text: string): string {
  const runs = chunks(text).map((t) => `${SPAN}<font face="仿宋_GB2312">${esc(t)}</font></span>`);
  return `${runs.join('')}${SPAN}<o:p></o:p></span>`;
}

/** Two-word header labels are printed on two lines, as the template does (商业 / 企业). */
const TWO_WORDS = new Set(['business', 'research'].map(columnLabel));
const cellLines = (text: string): string[] => (TWO_WORDS.has(text) ? [text.slice(0, 2), text.slice(2)] : [text]);

function htmlTable(grid: Grid): string {
  const rows = grid.map((line) => {
    const cells = line.map((cell) => {
      const attrs = spanAttrs(cell);
      const paras = cellLines(cell.text)
        .map((l) => `<p class="MsoNormal" align="center">${soup(l)}</p>`)
        .join('\n      ');
      return `    <td${attrs} width="48" valign="center">\n      ${paras}<span><o:p>&nbsp;</o:p></span>\n    </td>`;
    });
    return `  <tr>\n${cells.join('\n')}\n  </tr>`;
  });
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** The report inside a site page: head with scripts, navigation, a sidebar, a metadata table, a footer. */
export function toHtmlPage(blocks: Block[] = REPORT): string {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const body = blocks
    .filter((b) => b.kind !== 'title')
    .map((b) => {
      if (b.kind === 'table') return `<div align="center">\n${htmlTable(b.grid)}\n</div>`;
      const inner = b.kind === 'heading' ? `<b>${soup(b.text)}</b>` : soup(b.text);
      return `<p class="MsoNormal" style="text-indent:32.0pt">${inner}</p>\n<p class="MsoNormal"><span><o:p>&nbsp;</o:p></span></p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>.content p { line-height: 2; }</style>
<script>var sections = "${SECTION_KEYS.slice(0, 3)
    .map((k) => HEADING[k])
    .join(' ')}";</script>
</head>
<body>
<header class="site-header"><nav><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政府信息公开年报</a></li></ul></nav>
<form action="/search"><input name="q" placeholder="${HEADING_WORDS.overview}"><button>搜索</button></form></header>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/fy">行政复议指南</a></li><li><a href="/qt">其他需要报告的事项说明</a></li></ul></div>
<div class="main">
<table class="meta"><tr><td>索引号</td><td>QH-2025-0007</td><td>发布日期</td><td>2025-01-20</td></tr></table>
<h1 class="article-title">${esc(title)}</h1>
<div class="content" id="zoom">
${body}
</div>
</div>
<footer>主办单位：${esc(title.slice(0, 10))} 网站标识码 3301000001</footer>
<script>document.title += "";</script>
</body>
</html>
`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const runs = (text: string, bold = false): string =>
  chunks(text)
    .map((t) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`)
    .join('');
const para = (text: string, bold = false, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs(text, bold)}</w:p>`;

function wordTable(grid: Grid): string {
  const slots = layout(grid);
  const width = Math.max(...slots.map((line) => line.length));
  const rows = slots.map((line) => {
    const cells: string[] = [];
    for (let col = 0; col < line.length;) {
      const slot = line[col];
      if (!slot) break;
      const span = slot.cell.colspan ?? 1;
      const merge = (slot.cell.rowspan ?? 1) > 1 ? `<w:vMerge${slot.top ? ' w:val="restart"' : ''}/>` : '';
      const props = `<w:tcPr><w:tcW w:w="${600 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}</w:tcPr>`;
      cells.push(
        `<w:tc>${props}${cellLines(slot.top ? slot.cell.text : '')
          .map((l) => para(l))
          .join('')}</w:tc>`,
      );
      col += span;
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const cols = Array.from({ length: width }, () => '<w:gridCol w:w="600"/>').join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${cols}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

export function toDocumentXml(blocks: Block[] = REPORT): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'table') return wordTable(b.grid);
      if (b.kind === 'title') return para(b.text, false, 'Heading1');
      return para(b.text, b.kind === 'heading');
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;

/**
 * A paragraph holding a picture (w:drawing, as Word inserts one), for a table published as an image; buildDocx adds
 * the picture's part when the document uses it.
 */
export const PICTURE_PARAGRAPH =
  '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
  '<wp:extent cx="5486400" cy="3657600"/><wp:docPr id="1" name="图片 1"/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill>' +
  '<a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdPicture"/>' +
  '</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const PICTURE_REL =
  '<Relationship Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>';
/** The smallest PNG (one transparent pixel): the picture's bytes do not matter to the reader. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (ch) => ch.charCodeAt(0),
);

/** A minimal .docx package around a document.xml. */
export async function buildDocx(documentXml: string = toDocumentXml()): Promise<Uint8Array> {
  const zip = new JSZip();
  const picture = documentXml.includes('r:embed="rIdPicture"');
  zip.file(
    '[Content_Types].xml',
    picture
      ? CONTENT_TYPES.replace(
          '<Default Extension="xml"',
          '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"',
        )
      : CONTENT_TYPES,
  );
  zip.file('_rels/.rels', RELS);
  zip.file(
    'word/_rels/document.xml.rels',
    picture ? DOC_RELS.replace('</Relationships>', `${PICTURE_REL}</Relationships>`) : DOC_RELS,
  );
  if (picture) zip.file('word/media/image1.png', PNG);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'uint8array' });
}
