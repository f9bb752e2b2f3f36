/**
 * A section heading printed over two lines is one heading. Word users press Shift+Enter inside a long bold heading
 * to control its wrap (w:br: a line break inside the paragraph, <br> in HTML and Markdown), or type it over two
 * short paragraphs (三、收到和处理 ⏎ 政府信息公开申请情况); a PDF wraps a long heading too. Line by line, neither
 * piece is a heading, the section could not be placed, and every check tied to it was lost (red team rtG F0, F3).
 * Two consecutive lines are joined into one item when neither alone opens a heading and together they are exactly
 * one heading in its known words (no typo match, nothing after it), and both are short: a line of prose that
 * merely ends with a section's first words cannot join.
 */
import type { Item } from './mdast-read.js';
import { headingCandidates } from './heading-candidates.js';
import { STRUCTURE_LIMITS } from './data/sections.js';
import type { TextRun } from './text-run.js';

type Line = Extract<Item, { kind: 'line' }>;

/** The items with each heading split over two lines joined into one line item. */
export function joinSplitHeadings(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    if (a.kind === 'line' && b?.kind === 'line' && joinable(a, b)) {
      out.push(joined(a, b));
      i++;
    } else out.push(a);
  }
  return out;
}

/** A heading opening the line's text (what a line alone would be placed as). */
const opensHeading = (line: Line): boolean =>
  headingCandidates(line.run.text, 0, { emphasised: line.heading || line.strong }).some((c) => c.from === 0);

function joinable(a: Line, b: Line): boolean {
  const limit = STRUCTURE_LIMITS.maxHeadingLine;
  if (a.run.text.length + b.run.text.length > limit) return false;
  // The second piece continues the first: not a paragraph of its own with other emphasis (a heading, then prose).
  if (a.heading !== b.heading || a.strong !== b.strong) return false;
  // A piece ending a sentence is not half a heading.
  if (/[。；;！!？?]$/.test(a.run.text)) return false;
  const text = a.run.text + b.run.text;
  const whole = headingCandidates(text, 0, { emphasised: a.heading || a.strong }).find((c) => c.from === 0);
  if (!whole || whole.fuzzy || !whole.ownLine || whole.to < text.length) return false;
  return !opensHeading(a) && !opensHeading(b);
}

function joined(a: Line, b: Line): Line {
  const shift = a.run.text.length;
  const run: TextRun = {
    text: a.run.text + b.run.text,
    segments: [...a.run.segments, ...b.run.segments.map((s) => ({ at: s.at + shift, offset: s.offset }))],
  };
  const position = a.position && b.position ? { start: a.position.start, end: b.position.end } : undefined;
  return { ...a, run, ...(position ? { position } : {}) };
}
