/** The report's title, year and organ, from the preamble (or the first heading when there is no preamble). */
import type { PreambleNode, SectionNode } from './types.js';
import { toAsciiDigits } from './labels.js';

export interface TitleInfo {
  title: string | null;
  year: number | null;
  organ: string | null;
}

const REPORT_WORDS = /年度报告|年报/;

export function findTitle(preamble: PreambleNode, parts: ReadonlyArray<PreambleNode | SectionNode>): TitleInfo {
  const texts = preamble.children.flatMap((b) => (b.type === 'paragraph' ? [b.text.trim()] : []));
  let title = texts.find((t) => t.length <= 60 && REPORT_WORDS.test(t) && /\d{4}|[〇零一二三四五六七八九]{4}/.test(toAsciiDigits(t)));
  if (!title) {
    // "现发布《原州区官厅镇2021年政府信息公开工作年度报告》": a quoted title in the preamble.
    for (const t of texts) {
      const quoted = /《([^》]{4,60}?(年度报告|年报))》/.exec(t);
      if (quoted?.[1] && /\d{4}/.test(toAsciiDigits(quoted[1])) && !/格式|通知|条例/.test(quoted[1])) {
        title = quoted[1];
        break;
      }
    }
  }
  const bareYear = texts.map((t) => /^(\d{4})\s*年?$/.exec(toAsciiDigits(t))?.[1]).find(Boolean);
  const year = yearOf(title) ?? (bareYear ? Number(bareYear) : null);
  let organ = title ? organOf(title) : null;
  if (!organ && title) {
    // The organ on its own line above the title (一面坡镇人民政府 ⏎ 2021年政府信息公开工作年度报告).
    const at = texts.indexOf(title);
    const above = at > 0 ? texts[at - 1] : undefined;
    if (above && above.length <= 30 && !/[。，,]/.test(above)) organ = above;
  }
  void parts;
  return { title: title ?? null, year, organ };
}

function yearOf(title: string | undefined): number | null {
  if (!title) return null;
  const m = /(\d{4})\s*年/.exec(toAsciiDigits(title));
  return m ? Number(m[1]) : null;
}

function organOf(title: string): string | null {
  const m = /^(.*?)(\d{4})\s*年/.exec(toAsciiDigits(title));
  const organ = m?.[1]?.replace(/[《》\s]/g, '').trim();
  return organ ? organ : null;
}
