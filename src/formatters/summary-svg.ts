/**
 * Inline SVG bar charts for the batch summary: no script, no font or image to fetch, so the page draws the same
 * from disk, from an e-mail attachment or printed. Text widths are estimated (CJK characters count double).
 */
import { displayWidth } from './width.js';

interface Bar {
  label: string;
  /** One value per series, stacked left to right. */
  values: number[];
}

export interface ChartOptions {
  title: string;
  series: ReadonlyArray<{ name: string; color: string }>;
  bars: readonly Bar[];
  /** Formats a bar's total at its end. */
  format?: (total: number) => string;
  /** Grouped: series side by side in one row each (figures); stacked otherwise (counts). */
  grouped?: boolean;
  /** Each bar is one series already named by its label (reports by verdict). */
  legendless?: boolean;
}

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CHAR = 7; // px per display column at 12px
const ROW = 22;
const BAR = 14;
const WIDTH = 390;

export function barChart({ title, series, bars, format = String, grouped = false, legendless = false }: ChartOptions): string {
  const labelWidth = Math.min(170, Math.max(60, ...bars.map((b) => displayWidth(b.label) * CHAR + 12)));
  const plot = WIDTH - labelWidth - 40;
  const max = Math.max(1, ...bars.map((b) => (grouped ? Math.max(...b.values) : b.values.reduce((s, v) => s + v, 0))));
  const rowHeight = grouped ? Math.max(ROW, series.length * 12 + 8) : ROW;
  const top = 28 + (series.length > 1 && !legendless ? 18 : 0);
  const height = top + bars.length * rowHeight + 8;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<text x="0" y="16" class="chart-title">${escapeXml(title)}</text>`,
  ];
  // A legend only where colours mean something the labels do not already say.
  const legend = series.length > 1 && !legendless;
  if (legend) {
    let x = 0;
    for (const s of series) {
      out.push(
        `<rect x="${x}" y="28" width="10" height="10" fill="${s.color}"/><text x="${x + 14}" y="37" class="legend">${escapeXml(s.name)}</text>`,
      );
      x += 24 + displayWidth(s.name) * CHAR;
    }
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    out.push(
      `<text x="${labelWidth - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end" class="label">${escapeXml(clip(bar.label, labelWidth))}<title>${escapeXml(bar.label)}</title></text>`,
    );
    if (grouped) {
      const h = (rowHeight - 8) / series.length;
      bar.values.forEach((v, s) => {
        const w = (v / max) * plot;
        const color = series[s]?.color ?? '#888';
        out.push(
          `<rect x="${labelWidth}" y="${(y + 4 + s * h).toFixed(1)}" width="${w.toFixed(1)}" height="${(h - 1).toFixed(1)}" fill="${color}"><title>${escapeXml(`${bar.label} ${series[s]?.name ?? ''}: ${format(v)}`)}</title></rect>`,
        );
        out.push(
          `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${(y + 4 + s * h + h - 2).toFixed(1)}" class="value small">${escapeXml(format(v))}</text>`,
        );
      });
    } else {
      let x = labelWidth;
      bar.values.forEach((v, s) => {
        if (v <= 0) return;
        const w = (v / max) * plot;
        out.push(
          `<rect x="${x.toFixed(1)}" y="${y + (rowHeight - BAR) / 2}" width="${w.toFixed(1)}" height="${BAR}" fill="${series[s]?.color ?? '#888'}"><title>${escapeXml(`${bar.label} ${series[s]?.name ?? ''}: ${format(v)}`)}</title></rect>`,
        );
        x += w;
      });
      const total = bar.values.reduce((s, v) => s + v, 0);
      out.push(`<text x="${(x + 4).toFixed(1)}" y="${y + rowHeight / 2 + 4}" class="value">${escapeXml(format(total))}</text>`);
    }
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Cuts a label to what fits its column (the full label stays in the tooltip). */
function clip(label: string, width: number): string {
  const columns = Math.floor((width - 12) / CHAR);
  if (displayWidth(label) <= columns) return label;
  let out = '';
  for (const ch of label) {
    if (displayWidth(`${out}${ch}…`) > columns) break;
    out += ch;
  }
  return `${out}…`;
}
