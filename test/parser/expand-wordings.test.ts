/**
 * The words of a page's expand link, written once for both readers: html-fold.ts reads a hidden rest beside any
 * EXPAND_BUTTON; paged-article.ts takes a COLLAPSE after the text as a save holding only what stood before it, so
 * only wordings naming the rest of this text collapse (a bare 查看更多 is as often a box of related links).
 */
import { describe, expect, it } from '@jest/globals';
import { COLLAPSE, EXPAND_BUTTON } from '../../src/parser/data/report-signals.js';

const COLLAPSES = [
  '展开全文',
  '【展开全文】',
  '阅读全文 ∨',
  '查看全文>>',
  '显示全文',
  '展开剩余全文',
  '点击展开全文 ↓',
  '点击查看更多',
  '点击阅读剩余内容',
  '展开更多内容',
  '«点击展开更多»',
];
/** Beside hidden text an expand button; alone after a text, as often a related-articles list's link (review20 1b). */
const EXPANDS_ONLY = [
  '查看更多',
  '展开全部',
  '阅读更多',
  '显示全部 ▼',
  '查看更多内容 >',
  '阅读更多内容',
  '显示更多内容',
  '查看剩余内容',
  '点击显示全文',
  '《查看全文》',
  '（点击查看全文）',
];
const NEITHER = ['全文', '展开全文后可见附件下载', '查看更多相关新闻', '上一页 1 2 下一页', '点击这里'];

describe('expand link wordings', () => {
  it.each(COLLAPSES)('%s: a collapse and an expand button', (text) => {
    expect(COLLAPSE.test(text)).toBe(true);
    expect(EXPAND_BUTTON.test(text)).toBe(true);
  });
  it.each(EXPANDS_ONLY)('%s: an expand button beside hidden text, no collapse on its own', (text) => {
    expect(EXPAND_BUTTON.test(text)).toBe(true);
    expect(COLLAPSE.test(text)).toBe(false);
  });
  it.each(NEITHER)('%s: neither', (text) => {
    expect(EXPAND_BUTTON.test(text)).toBe(false);
    expect(COLLAPSE.test(text)).toBe(false);
  });
});
