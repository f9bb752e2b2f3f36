/**
 * The six sections of 国办公开办函〔2021〕30号 (一、总体情况 … 六、其他需要报告的事项) must each appear once, in order.
 * Sections out of place are found as those outside the longest in-order run, so one misplaced section is
 * one finding, not a finding for everything after it.
 */
import { SECTIONS, SECTION_ORDER } from '../parser/data/sections.js';
import { sectionsOf } from '../parser/query.js';
import type { ReportNode, ReportRoot, SectionKey, SectionNode } from '../parser/types.js';
import { defineRule } from './types.js';

const canonical = (key: SectionKey): string => SECTIONS.find((s) => s.key === key)?.canonical ?? key;
const rank = (s: SectionNode): number => SECTION_ORDER.indexOf(s.key);

export default defineRule({
  meta: {
    id: 'required-sections',
    description: {
      zh: '须依次包含格式规定的六个部分，每部分一次',
      en: 'Require the six sections of the format, once each, in order',
    },
    category: 'structure',
    basis: '国办公开办函〔2021〕30号 年度报告格式：一、总体情况 至 六、其他需要报告的事项',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missing: {
        zh: '缺少「{section}」部分（格式规定的第{number}部分）',
        en: 'Missing section “{section}” (part {number_en} of the format)',
      },
      duplicate: {
        zh: '「{section}」部分重复出现（第一次在第 {firstLine} 行）',
        en: 'Section “{section}” appears again (first at line {firstLine})',
      },
      outOfOrder: {
        zh: '「{section}」部分的位置不对：应在「{after}」之后',
        en: 'Section “{section}” is out of order: it belongs after “{after}”',
      },
    },
    hints: {
      missing: {
        zh: '按格式补上该部分标题及内容（没有内容时写明“无”）',
        en: 'Add the section with its heading (write that there is nothing to report if so)',
      },
      duplicate: { zh: '合并两处内容，只保留一个该部分标题', en: 'Merge the two parts under one heading' },
      outOfOrder: { zh: '按一至六的顺序排列各部分', en: 'Put the sections in the order 1–6' },
    },
  },
  check(report, context) {
    const sections = sectionsOf(report);
    const kept = inOrder(sections);
    const keptKeys = new Set(kept.map((s) => s.key));
    let previous: SectionNode | undefined;
    for (const s of sections) {
      if (kept.includes(s)) {
        previous = s;
        continue;
      }
      const first = kept.find((k) => k.key === s.key);
      // A sub-heading of 一、总体情况 that repeats a later section's words is not that section.
      if (first && previous?.key === 'overview' && isBefore(s, first)) continue;
      if (first) {
        context.report({
          node: s,
          messageId: 'duplicate',
          data: { section: canonical(s.key), firstLine: first.position?.start.line ?? 1 },
        });
      } else {
        const after = [...kept].reverse().find((k) => rank(k) < rank(s));
        context.report({
          node: s,
          messageId: 'outOfOrder',
          data: { section: canonical(s.key), after: after ? canonical(after.key) : '报告标题' },
        });
        keptKeys.add(s.key);
      }
    }
    SECTION_ORDER.forEach((key, index) => {
      if (keptKeys.has(key)) return;
      // Only a section whose words are nowhere in the report is missing; one the reader could not place is
      // unreadable-content's to mention.
      if (!isAbsent(report, key)) return;
      // Point at the section that should follow the missing one, else at the one before it.
      const next = kept.find((k) => rank(k) > index);
      const node: ReportNode = next ?? kept[kept.length - 1] ?? report;
      context.report({
        node,
        messageId: 'missing',
        data: { section: canonical(key), number: SECTIONS[index]?.numeral ?? '', number_en: index + 1 },
      });
    });
  },
});

function isAbsent(report: ReportRoot, key: SectionKey): boolean {
  const status = report.reading?.sections[key]?.status;
  return status === undefined || status === 'absent';
}

function isBefore(a: SectionNode, b: SectionNode): boolean {
  return (a.position?.start.offset ?? 0) < (b.position?.start.offset ?? 0);
}

/** The longest run of sections in format order (earliest choice on ties), as the sections taken to be right. */
function inOrder(sections: readonly SectionNode[]): SectionNode[] {
  const length: number[] = [];
  const back: number[] = [];
  sections.forEach((s, i) => {
    length[i] = 1;
    back[i] = -1;
    for (let j = 0; j < i; j++) {
      if (rank(sections[j]!) < rank(s) && length[j]! + 1 > length[i]) {
        length[i] = length[j]! + 1;
        back[i] = j;
      }
    }
  });
  let end = -1;
  sections.forEach((_, i) => {
    if (end < 0 || length[i]! > length[end]!) end = i;
  });
  const out: SectionNode[] = [];
  for (let i = end; i >= 0; i = back[i]!) out.unshift(sections[i]!);
  return out;
}
