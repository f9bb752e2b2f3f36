/**
 * Section 六 must state the 信息处理费 situation (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号), and the
 * statement must agree with table 三 row （六）2 (applicants who got a fee notice and did not pay): N > 0
 * there means at least N notices were issued, though nothing need have been collected (docs/domain.md "Fees").
 */
import { findSection, findTable, getRow } from '../parser/query.js';
import type { ReportRoot } from '../parser/types.js';
import { beforeFormatYear } from './support/format-era.js';
import { defineRule } from './types.js';
import { quoted } from './support/quote.js';
import { damagedNode, damagedSection } from './support/damage.js';

const ROW_LABEL = '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用';

export default defineRule({
  meta: {
    id: 'fee-statement',
    description: {
      zh: '须在第六部分说明信息处理费收取情况，且与表三相符',
      en: 'Require section 6 to state the information processing fees, consistently with table 3',
    },
    category: 'statement',
    basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；国办公开办函〔2021〕30号 六、其他需要报告的事项',
    defaultSeverity: 'error',
    severities: {
      outsideSection: 'warn',
      noticesNotMentioned: 'warn',
      noticesOfOthers: 'warn',
      noticesUnread: 'warn',
      noticesOcr: 'warn',
      unclassified: 'warn',
    },
    recommended: true,
    messages: {
      missing: {
        zh: '未说明信息处理费的收取情况',
        en: 'The report does not state whether information processing fees were charged',
      },
      unclassified: {
        zh: '提到了信息处理费（「{text}」），但未能读出是否收取、发出几份收费通知',
        en: 'The report mentions the information processing fee (“{text}”) but no reading of whether any was charged or how many notices were issued',
      },
      outsideSection: {
        zh: '信息处理费情况写在了「{section}」部分，应写在“六、其他需要报告的事项”',
        en: 'The fee statement stands in {section_en}; it belongs in section 6 (other matters)',
      },
      noNoticeContradiction: {
        zh: '称未发出收费通知，但表三「{row}」为 {count}，说明至少发出了 {count} 份收费通知',
        en: 'Says no fee notice was issued, but table 3 row “{row}” is {count}: at least {count} notices were issued',
      },
      tooFewNotices: {
        zh: '称发出收费通知 {notices} 件，少于表三「{row}」的 {count} 件',
        en: 'Says {notices} fee notices were issued, fewer than the {count} of table 3 row “{row}”',
      },
      noticesUnread: {
        zh: '表三「{row}」为 {count}，但收费通知的件数「{notices}」无法读出（可能是识别错误），未能核对',
        en: 'Table 3 row “{row}” is {count}, but the number of fee notices (“{notices}”) could not be read (perhaps misread); not checked',
      },
      noticesOcr: {
        zh: '称发出收费通知 {notices} 件，少于表三「{row}」的 {count} 件；但文字为扫描件识别（OCR）所得，可能有数字识别错误，未能核对',
        en: 'Says {notices} fee notices were issued, fewer than the {count} of table 3 row “{row}”; but the text is OCR of a scan and a digit may have been misread: not checked',
      },
      noticesNotMentioned: {
        zh: '表三「{row}」为 {count}，但信息处理费说明未提及发出收费通知的数量',
        en: 'Table 3 row “{row}” is {count}, but the fee statement does not say how many fee notices were issued',
      },
      noticesOfOthers: {
        zh: '表三「{row}」为 {count}；信息处理费说明称发出收费通知 {notices} 件，但这一件数可能包含其他机关发出的，本机关自己的件数未能核对',
        en: 'Table 3 row “{row}” is {count}; the fee statement says {notices} fee notices were issued, but that count may include other organs’ notices: this organ’s own count was not checked',
      },
    },
    hints: {
      missing: {
        zh: '在第六部分写明本年度发出收费通知的件数和实际收取金额，或写明“未收取信息处理费”',
        en: 'State in section 6 the fee notices issued and the amount collected, or that no fee was charged',
      },
      unclassified: {
        zh: '用明确的说法写明，如“本年度发出收费通知 N 件，实际收取信息处理费 M 元”或“未收取信息处理费”',
        en: 'Say it plainly, e.g. "N fee notices were issued and M yuan collected" or "no information processing fee was charged"',
      },
      outsideSection: { zh: '把信息处理费情况移到第六部分', en: 'Move the fee statement to section 6' },
      noNoticeContradiction: {
        zh: '写明发出收费通知的件数（申请人未缴费时实际收取为 0 元）',
        en: 'State the number of notices issued (nothing was collected if the applicants did not pay)',
      },
      tooFewNotices: { zh: '核对收费通知件数与表三该行', en: 'Check the number of notices against that row of table 3' },
      noticesNotMentioned: { zh: '补充发出收费通知的件数', en: 'Add the number of fee notices issued' },
      noticesOfOthers: {
        zh: '写明本机关自己发出收费通知的件数',
        en: 'State the number of fee notices this organ issued itself',
      },
      noticesOcr: {
        zh: '请与原件核对收费通知的件数和表三该行',
        en: 'Check the number of notices and that row of table 3 against the original',
      },
      noticesUnread: {
        zh: '请与原件核对收费通知的件数，只用阿拉伯数字书写',
        en: 'Check the number of notices against the original; write it in digits',
      },
    },
  },
  check(report, context) {
    // The 办法 took effect on 1 January 2021: a report on 2019 or 2020 was not asked for the statement.
    if (beforeFormatYear(report)) return;
    // The parser keeps only sentences that state something (a form's 「在此处报告」 is not a statement).
    // Characters lost in section 六 or in a fee sentence (a damaged copy): what stood there is unknown, so
    // nothing is said missing, misplaced or short of notices (unreadable-content says where they are lost).
    const lost = damagedSection(report, 'other') || report.feeStatements.some((s) => damagedNode(report, s));
    const statements = report.feeStatements.filter((s) => !damagedNode(report, s));
    const other = findSection(report, 'other');
    if (!statements.length) {
      // Section 六 may be in what was not read (a picture, lost characters): the fee sentence may be there. Its heading
      // read as text but not placed (a soft break in it, typed over two paragraphs: sectionHeading, sectionOtherWording)
      // loses no text, and no statement anywhere is still none (red team rtG F2).
      if (otherTextLost(report) || lost) return;
      // The fee is spoken of in words the reader cannot classify: say so, never "nothing was said".
      const mention = report.feeMentions?.find((m) => m.section === 'other') ?? report.feeMentions?.[0];
      if (mention) {
        if (!damagedNode(report, mention))
          context.report({ node: mention, messageId: 'unclassified', data: { text: quoted(mention.text) } });
        return;
      }
      context.report({ node: other ?? report, messageId: 'missing' });
      return;
    }
    if (lost) return;
    // Outside section 六 only matters when 六 exists (required-sections reports a missing 六 once).
    const first = statements[0]!;
    if (other && !statements.some((s) => s.section === 'other')) {
      const heading = first.section ? findSection(report, first.section)?.heading : undefined;
      context.report({
        node: first,
        messageId: 'outsideSection',
        data: { section: heading ?? '报告开头', section_en: heading ? `section “${heading}”` : 'the opening of the report' },
      });
    }
    const count = unpaidNotices(report);
    if (!count) return;
    const data = { row: ROW_LABEL, count };
    // A stated count of notices outweighs a denial elsewhere (……；其余申请均未发出收费通知): only its number is checked.
    const denial = statements.some((s) => (s.notices ?? 0) > 0) ? undefined : statements.find((s) => s.noNotice);
    if (denial) {
      context.report({ node: denial, messageId: 'noNoticeContradiction', data, actual: 0, expected: count });
      return;
    }
    // The largest count stated anywhere is the one checked: a total then its breakdown (共发出收费通知3件。其中，向自然人
    // 发出收费通知2件…) states 3; counts of one sentence that add up to the total (2件…1件) state it too.
    const stated = statements
      .filter((s) => s.notices !== null)
      .map((s) => ({ s, n: Math.max(s.notices ?? 0, s.noticesSum ?? 0) }))
      .sort((a, b) => b.n - a.n)[0];
    // A count OCR damaged (5OO件) may be the larger: the contradiction is unknown, and said so once, never accused.
    const unread = statements.find((s) => s.noticesUnread !== undefined);
    if (unread && !(stated && stated.n >= count)) {
      context.report({ node: unread, messageId: 'noticesUnread', data: { ...data, notices: unread.noticesUnread ?? '' } });
      return;
    }
    if (stated && stated.n < count) {
      // OCR's reading of a scan (reading.ocrText): either count may be a digit misread (3 件 read 1 件), never accused.
      if (report.reading?.ocrText) {
        context.report({ node: stated.s, messageId: 'noticesOcr', data: { ...data, notices: stated.n } });
        return;
      }
      context.report({
        node: stated.s,
        messageId: 'tooFewNotices',
        data: { ...data, notices: stated.n },
        actual: stated.n,
        expected: count,
      });
      return;
    }
    // A statement that speaks of the notices issued, even without their number, mentions them (domain.md).
    if (!statements.some((s) => s.notices !== null || s.noticesIssued)) {
      // A count stated of a jurisdiction or of other organs with this one (全县…共发出120件, 本局会同各乡镇…3件) is
      // stated: what part of it is the organ's is unknown, said so, never that no number was given (review6 F6).
      const shared = statements
        .filter((s) => s.noticesOfOthers !== undefined)
        .sort((a, b) => (b.noticesOfOthers ?? 0) - (a.noticesOfOthers ?? 0))[0];
      if (shared) {
        context.report({ node: shared, messageId: 'noticesOfOthers', data: { ...data, notices: shared.noticesOfOthers ?? 0 } });
        return;
      }
      context.report({ node: statements.find((s) => s.section === 'other') ?? first, messageId: 'noticesNotMentioned', data });
    }
  },
});

/** Reasons for an unplaced section that mean only its heading's line could not be placed, every character read. */
const HEADING_ONLY = new Set(['sectionHeading', 'sectionOtherWording']);

/** Whether section 六 could not be read for a reason that may have taken its text (not only its heading's place). */
function otherTextLost(report: ReportRoot): boolean {
  const other = report.reading?.sections.other;
  return other?.status === 'unreadable' && !HEADING_ONLY.has(other.reason?.id ?? '');
}

/** Table 三 row other.2, 总计 column (or the sum of the applicant columns when 总计 is blank); 0 when unreadable. */
function unpaidNotices(report: ReportRoot): number {
  const table = findTable(report, 'applications');
  if (!table || table.unreadableRows.some((r) => r.key === 'other.2')) return 0;
  const row = getRow(table, 'other.2');
  // A row recovered by splitting run-together digits counts: its one split that adds up is what was printed.
  if (!row) return 0;
  const total = row.children.find((c) => c.key === 'total');
  if (total?.content === 'number' && total.value !== null) return total.decimal ? 0 : Math.max(0, total.value);
  return row.children
    .filter((c) => c.key !== 'total' && c.content === 'number' && !c.decimal && (c.value ?? 0) > 0)
    .reduce((s, c) => s + (c.value ?? 0), 0);
}
