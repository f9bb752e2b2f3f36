/** What tells a wrapped line from a new paragraph (paragraphs.ts). */

/** A page number printed between lines ("— 3 —", "第 3 页", "- 3 -"): page furniture, not text. */
export const PAGE_FURNITURE = /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$/;

/** A report's title, which a PDF prints again as each page's running header (paragraphs.ts, runningHeaders). */
export const RUNNING_HEADER = /年度报告\s*$/;
/** A running header is one line of a title, not a paragraph that happens to end with 年度报告. */
export const MAX_HEADER = 60;

/** A line ending a sentence (。！？；) ends its paragraph as far as joining goes: the next line is a new thought. */
export const ENDS_PARAGRAPH = /[。！？!?；;]\s*$/;

/** A line opening with an ordinal (（一） 一、 1. 第一部分) opens a paragraph or sub-heading of its own. */
export const OPENS_PARAGRAPH =
  /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、．]|\d+\.(?!\d)|第[一二三四五六七八九十]+(?:部分|章|节))/;

/** A metadata field ("发布时间: 2023-02-20", "标题：…"): each stands alone, like a form's line. */
export const FIELD_LINE = /^\s*[\u4e00-\u9fff]{2,6}\s*[:：]/;
