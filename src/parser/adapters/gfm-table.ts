/**
 * GFM tables alone, wired into remark-parse the way remark-gfm wires all of GFM. Reports use Markdown tables
 * and nothing else of GFM; the rest of it costs time and breaks text: single-tilde strikethrough swallows the
 * `~` of a date range (2023年1月1日~2023年12月31日), footnotes and autolinks rebuild text nodes.
 */
import type { Plugin } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

const remarkGfmTable: Plugin<[]> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
};

export default remarkGfmTable;
