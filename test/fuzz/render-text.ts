/**
 * Text layouts of one document (doc.ts): Markdown with GFM tables, Markdown with tab-separated tables (seed
 * 000), Markdown with HTML tables (an OCR tool's), one cell per line (seed 003), pipe rows, pipe cells padded
 * with `|||`, and crawler text on one line.
 */
import { esc, layout, spanAttrs } from '../helpers/report-model.js';
import { chromeLines, type DBlock, type DCell, type DGrid, type Doc } from './doc.js';
import { has } from './model.js';

/** A cell's text on one line (labels split over lines or printed vertically are joined). */
const flat = (cell: DCell): string => cell.text.replace(/\n/g, '');

/** Rows of a grid with every slot: a merged cell's text in its first slot, the slots it covers empty. */
function slotRows(grid: DGrid): string[][] {
  return layout(grid).map((line) => line.map((slot) => (slot && slot.top && slot.left ? flat(slot.cell as DCell) : '')));
}

export function withChrome(doc: Doc, body: string[], join: string): string[] {
  if (!has(doc.model, 'site.chrome')) return body;
  const { before, after } = chromeLines(doc.model);
  return [before.join(join), ...body, after.join(join)];
}

type Heading = Extract<DBlock, { kind: 'heading' }>;

export function markdownGfm(doc: Doc): string {
  const heading = (b: Heading): string =>
    b.inline !== undefined ? `${b.text}　${b.inline}` : b.bold ? `**${b.text}**` : `## ${b.text}`;
  const parts = doc.blocks.map((b) => {
    if (b.kind === 'title') return b.lines.length === 1 ? `# ${b.lines[0]}` : b.lines.join('\n');
    if (b.kind === 'heading') return heading(b);
    if (b.kind === 'paragraph') return b.lines.join('\n');
    // A value cell on two lines (cells.stacked) as Marker writes it: 16<br>17.
    const rows = layout(b.grid).map((line) =>
      line.map((slot) => {
        if (!slot || !slot.top || !slot.left) return '';
        const cell = slot.cell as DCell;
        return cell.value ? cell.text.replace(/\n/g, '<br>') : flat(cell);
      }),
    );
    const width = Math.max(...rows.map((r) => r.length));
    const line = (r: string[]): string => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`;
    return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
  });
  return `${withChrome(doc, parts, '\n\n').join('\n\n')}\n`;
}

/**
 * Markdown as OCR tools (MinerU, PaddleOCR) and pandoc write it: text as Markdown, each table as HTML on one line,
 * merged cells as colspan/rowspan, a label's line breaks as <br>.
 */
export function markdownHtml(doc: Doc): string {
  const heading = (b: Heading): string =>
    b.inline !== undefined ? `${b.text}　${b.inline}` : b.bold ? `**${b.text}**` : `## ${b.text}`;
  const cell = (c: DCell): string => `<td${spanAttrs(c)}>${c.text.split('\n').map(esc).join('<br>')}</td>`;
  const parts = doc.blocks.map((b) => {
    if (b.kind === 'title') return b.lines.length === 1 ? `# ${b.lines[0]}` : b.lines.join('\n');
    if (b.kind === 'heading') return heading(b);
    if (b.kind === 'paragraph') return b.lines.join('\n');
    return `<table>${b.grid.map((line) => `<tr>${line.map(cell).join('')}</tr>`).join('')}</table>`;
  });
  return `${withChrome(doc, parts, '\n\n').join('\n\n')}\n`;
}

export function markdownTabs(doc: Doc): string {
  const heading = (b: Heading): string =>
    b.inline !== undefined ? `${b.text}　${b.inline}` : b.bold ? `**${b.text}**` : `## ${b.text}`;
  const parts = doc.blocks.map((b) => {
    if (b.kind === 'title') return b.lines.length === 1 ? `# ${b.lines[0]}` : b.lines.join('\n');
    if (b.kind === 'heading') return heading(b);
    if (b.kind === 'paragraph') return b.lines.join('\n');
    return slotRows(b.grid)
      .map((r) => r.join('\t'))
      .join('\n');
  });
  return `${withChrome(doc, parts, '\n\n').join('\n\n')}\n`;
}

/** Seed 003: a TAB-led line opens a cell, a cell's further lines follow after a blank line, a blank line closes a row. */
export function textCellPerLine(doc: Doc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'title') out.push(...b.lines.flatMap((l) => [l, '']));
    else if (b.kind === 'heading') out.push(b.inline !== undefined ? `　　${b.text}　${b.inline}` : `　　${b.text}`);
    else if (b.kind === 'paragraph') out.push(...b.lines.map((l, i) => (i === 0 && !b.role ? `　　${l}` : l)));
    else if (has(doc.model, 'cells.untabbed') || has(doc.model, 'cells.valuesFirst')) {
      // cells.untabbed: a PDF viewer's or WPS's copy, every line of every cell a line of its own, nothing between;
      // cells.valuesFirst: the same, each row's value cells before its label cells.
      const first = has(doc.model, 'cells.valuesFirst');
      for (const line of b.grid) {
        const cells = first ? [...line.filter((c) => c.value), ...line.filter((c) => !c.value)] : line;
        for (const cell of cells) out.push(...cell.text.split('\n').filter((l) => l.trim() !== ''));
      }
    } else {
      out.push('');
      for (const line of b.grid) {
        for (const cell of line) {
          const [first, ...rest] = cell.text.split('\n');
          out.push(`\t${first}`, ...rest.flatMap((l) => ['', l]));
        }
        out.push('');
      }
      out.push('');
    }
  }
  return `${withChrome(doc, out, '\n').join('\n')}\n`;
}

function lineLayout(doc: Doc, table: (grid: DGrid) => string[]): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'title') out.push(...b.lines);
    else if (b.kind === 'heading') out.push(b.inline !== undefined ? `${b.text} ${b.inline}` : b.text);
    else if (b.kind === 'paragraph') out.push(...b.lines);
    else out.push(...table(b.grid));
  }
  return `${withChrome(doc, out, '\n').join('\n')}\n`;
}

/** Text flattened from a web page: one row per line, its cells joined by ` | `. */
export const textPipes = (doc: Doc): string => lineLayout(doc, (grid) => grid.map((line) => line.map(flat).join(' | ')));

/**
 * Every slot written, merged cells padded with empty ones: 第二十条第（一）项||| . With table.wrappedRows, table 三's
 * rows stand a blank line apart, and a row that adds up (a row holding a defect or a placeholder is left whole: a
 * wrapped row that does not add up is unreadable, test/parser/converter-text.test.ts) is wrapped before its last two
 * values, as pandoc's AsciiDoc wraps a long row.
 */
export function textPipesPadded(doc: Doc): string {
  const wrapRows = has(doc.model, 'table.wrappedRows');
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'title') out.push(...b.lines);
    else if (b.kind === 'heading') out.push(b.inline !== undefined ? `${b.text} ${b.inline}` : b.text);
    else if (b.kind === 'paragraph') out.push(...b.lines);
    else if (!wrapRows || b.table !== 'applications') out.push(...slotRows(b.grid).map((r) => r.join('|')));
    else
      for (const r of slotRows(b.grid)) {
        const cut = addsUp(r.slice(-7)) ? r.length - 2 : r.length;
        out.push(r.slice(0, cut).join('|'), ...(cut < r.length ? [r.slice(cut).join('|')] : []), '');
      }
  }
  return `${withChrome(doc, out, '\n').join('\n')}\n`;
}

/** Seven figures, the last the sum of the six. */
function addsUp(cells: readonly string[]): boolean {
  if (cells.length !== 7 || !cells.every((c) => /^\d+$/.test(c))) return false;
  const values = cells.map(Number);
  return values.slice(0, 6).reduce((a, b) => a + b, 0) === values[6];
}

const isNumber = (cell: DCell): boolean => Boolean(cell.value) && /^[\d０-９,，-]+$/.test(cell.text);

/**
 * A crawler's record: a metadata header, then the page text on one line. With crawl.digitsRunTogether the
 * figures of a table 三 row are written without separators (713000074), as pingtan-2022-crawl.txt has them.
 */
export function textCrawl(doc: Doc): string {
  const m = doc.model;
  const run = m.variations.includes('crawl.digitsRunTogether');
  const words: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'title') words.push(b.lines.join(''));
    else if (b.kind === 'heading') words.push(b.text, ...(b.inline !== undefined ? [b.inline] : []));
    else if (b.kind === 'paragraph') words.push(b.lines.join(''));
    else {
      for (const line of b.grid) {
        const cells: string[] = [];
        for (const cell of line) {
          const text = flat(cell);
          if (!text) continue;
          if (run && b.table === 'applications' && isNumber(cell) && cells.length && /[\d０-９]$/.test(cells[cells.length - 1]!))
            cells[cells.length - 1] += text;
          else cells.push(text);
        }
        words.push(...cells);
      }
    }
  }
  const chrome = has(m, 'site.chrome') ? chromeLines(m) : { before: [], after: [] };
  const header = [
    `标题: ${doc.title}`,
    `发布时间: ${m.year + 1}-01-${String(m.publishDay).padStart(2, '0')} 10:00`,
    '栏目: 政府信息公开年报',
    '==================== 正文 ====================',
  ];
  return `${header.join('\n')}\n${[...chrome.before, ...words, ...chrome.after].join(' ')}\n`;
}
