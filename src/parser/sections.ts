/** Recognises the six section headings, numbered or not, with the wording variants real reports use. */
import type { SectionKey } from './types.js';
import { SECTIONS, NUMERALS } from './data/sections.js';
import { normaliseLabel } from './labels.js';

export interface HeadingMatch {
  key: SectionKey;
  /** The numeral written before the heading (一 … 六), or null. */
  number: string | null;
}

/** A heading is short; a sentence that merely mentions a section's words is not one. */
const MAX_HEADING_LENGTH = 40;

/**
 * Whether a line is a section heading. Sub-headings ((一) …, 1. …) never are, whatever their words:
 * a sub-heading inside 一、总体情况 may repeat a later section's words.
 */
export function matchSectionHeading(line: string): HeadingMatch | null {
  const text = line.replace(/^[\s\u3000\u00a0#*>]+/, '').replace(/(?<![\s\u3000\u00a0*])[\s\u3000\u00a0*]+$/, '');
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return null;
  if (/^[（(]\s*[一二三四五六七八九十\d]+\s*[)）]/.test(text) || /^\d+\s*[、.．)]/.test(text)) return null;
  const numbered = /^([一二三四五六七八九十])\s*[、.．,，:：]\s*/.exec(text);
  const number = numbered?.[1] ?? null;
  const body = normaliseLabel(numbered ? text.slice(numbered[0].length) : text).replace(/[。：:]$/, '');
  const key = matchBody(body);
  if (!key) return null;
  if (number && !NUMERALS.includes(number as (typeof NUMERALS)[number])) return null;
  return { key, number };
}

function matchBody(body: string): SectionKey | null {
  for (const spec of SECTIONS) if (spec.variants.includes(body)) return spec.key;
  // Variants beyond the listed ones, anchored on the words every variant keeps.
  if (body.length <= 14 && body.endsWith('总体情况')) return 'overview';
  if (body.endsWith('主动公开政府信息情况')) return 'active';
  if (body.endsWith('收到和处理政府信息公开申请情况')) return 'applications';
  if (/行政复议.{0,3}行政诉讼(的)?情况$/.test(body)) return 'review';
  if (/存在的?主要问题(及|和|与)?(改进|整改)(情况|措施)?$/.test(body)) return 'problems';
  if (body.endsWith('其他需要报告的事项')) return 'other';
  return null;
}

export function sectionOrder(key: SectionKey): number {
  return SECTIONS.findIndex((s) => s.key === key);
}
