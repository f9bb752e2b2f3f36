/**
 * Paragraphs before sentences: lines broken by hard line breaks (OCR, PDF text, Word exports, text wrapped by
 * hand) are joined back into the paragraph they belong to, keeping the map to source offsets, so a statistical
 * period or fee sentence wrapped over two lines is read whole. A heading is never glued to what follows.
 */
import type { SectionKey } from './types.js';
import type { TextRun } from './text-run.js';
import { PAGE_FURNITURE, OPENS_PARAGRAPH, ENDS_PARAGRAPH, FIELD_LINE, MAX_HEADER, RUNNING_HEADER } from './data/paragraphs.js';

export interface SourceLine {
  run: TextRun;
  section: SectionKey | null;
  /** A heading, a table or a section boundary stands before this line: it starts a new paragraph. */
  breakBefore: boolean;
  /** A Markdown heading or a wholly bold line: a paragraph of its own. */
  emphasised: boolean;
  /**
   * HTML, .docx: the line opens a block of its own (<p>): the break before it is the markup's, not a line wrapped by
   * width, so digits on both sides of it are two numbers (<p>…申请</p><p>1</p><p>2</p><p>件。</p> never says 12).
   */
  block?: boolean;
}

export interface JoinedParagraph {
  run: TextRun;
  section: SectionKey | null;
  /** The indices of the lines joined, in order (page furniture between them left out). */
  lines: number[];
}

/** Joins wrapped lines into paragraphs (linear: each line is copied once). */
export function joinParagraphs(lines: readonly SourceLine[]): JoinedParagraph[] {
  const out: JoinedParagraph[] = [];
  let group: SourceLine[] = [];
  let indices: number[] = [];
  const flush = (): void => {
    if (group.length) out.push({ run: concatRuns(group), section: group[0]!.section, lines: indices });
    group = [];
    indices = [];
  };
  const headers = runningHeaders(lines);
  for (const [i, line] of lines.entries()) {
    const text = line.run.text;
    if (PAGE_FURNITURE.test(text) || headers.has(i)) continue;
    const last = group[group.length - 1];
    const joins =
      last !== undefined &&
      !line.breakBefore &&
      !line.emphasised &&
      !last.emphasised &&
      last.section === line.section &&
      !ENDS_PARAGRAPH.test(last.run.text) &&
      !OPENS_PARAGRAPH.test(text) &&
      !FIELD_LINE.test(text) &&
      !FIELD_LINE.test(last.run.text);
    if (!joins) flush();
    group.push(line);
    indices.push(i);
  }
  flush();
  return out;
}

/** A line that could be the report's title, and so a running header where it repeats (≤ MAX_HEADER, 年度报告 at its end). */
export const isTitleLike = (text: string): boolean => text.length <= MAX_HEADER && RUNNING_HEADER.test(text);

/**
 * A PDF's running header pasted as text: the report's title printed again at the top of every page, so it may stand
 * between two lines of a sentence (本报告统计数据从2021年1月1日至 ⏎ 某镇2021年政府信息公开工作年度报告 ⏎ 12月31日。).
 * A title-like line is page furniture when it repeats an earlier one (the title itself, the first time, is kept).
 * Only a repeat: a line of a sentence wrapped just after 年度报告 (…按时编制政府信息公开工作年度报告 ⏎ 并在门户网站
 * 公开。) is text (review, 2026-12-05: dropped, it took a period and a fee statement with it).
 */
function runningHeaders(lines: readonly SourceLine[]): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const text = line.run.text;
    if (!isTitleLike(text)) return;
    const key = text.replace(/\s+/g, '');
    if (seen.has(key)) out.add(i);
    seen.add(key);
  });
  return out;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const DIGIT = /[0-9]/;

/**
 * One run of several, keeping every piece's map; a space only between two narrow characters (2021 ⏎ and),
 * except digits on both sides of the break in Chinese text: a number wrapped at the line's end (发出收费通知55 ⏎
 * 8件) is one number, since Chinese text is wrapped by width, never at a space.
 */
/**
 * Two texts of one paragraph joined as concatRuns joins its lines (a space only between two narrow characters);
 * `block`: `after` opens a block of its own (SourceLine.block), so digits on both sides are no number wrapped.
 */
export function joinWrapped(before: string, after: string, block = false): string {
  if (!before) return after;
  const last = before[before.length - 1]!;
  const first = after[0] ?? '';
  const wrappedNumber = !block && DIGIT.test(last) && DIGIT.test(first) && WIDE.test(before);
  return !WIDE.test(last) && !WIDE.test(first) && !wrappedNumber ? `${before} ${after}` : before + after;
}

function concatRuns(lines: readonly Pick<SourceLine, 'run' | 'block'>[]): TextRun {
  if (lines.length === 1) return lines[0]!.run;
  // The last character and whether any was wide are kept as the text grows: reading them off the joined text
  // flattened it at every line, which made a paragraph of 10,000 lines (an annex table read as text) quadratic.
  const pieces: string[] = [];
  let length = 0;
  let before = '';
  let wide = false;
  const segments: TextRun['segments'] = [];
  for (const { run, block } of lines) {
    const after = run.text[0] ?? '';
    const wrappedNumber = block !== true && DIGIT.test(before) && DIGIT.test(after) && wide;
    if (length && !WIDE.test(before) && !WIDE.test(after) && !wrappedNumber) {
      pieces.push(' ');
      length++;
      before = ' ';
    }
    for (const s of run.segments) segments.push({ at: s.at + length, offset: s.offset });
    pieces.push(run.text);
    length += run.text.length;
    if (run.text) before = run.text[run.text.length - 1]!;
    wide ||= WIDE.test(run.text);
  }
  return { text: pieces.join(''), segments };
}
