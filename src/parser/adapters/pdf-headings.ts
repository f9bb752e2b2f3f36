/**
 * Whether a visual line of a PDF is a section heading. A heading is not always one cell: its number may be set
 * apart from its words (第二部分 ⎵ 主动公开政府信息情况, a table of contents in two columns), and a heading run
 * into its paragraph (五、存在的主要问题及改进情况 ⎵ 一是……) leaves a gap after it. Such a line has the gaps of a
 * table row, but it is a heading: never a table line, a label fragment or a wrapped header cell.
 */
import type { VisualLine } from './pdf-lines.js';
import { matchSectionHeading } from '../sections.js';

export function isHeadingLine(line: VisualLine): boolean {
  const [first, second] = line.cells;
  if (!first) return false;
  if (matchSectionHeading(first.text)) return true;
  return second !== undefined && matchSectionHeading(`${first.text} ${second.text}`) !== null;
}
