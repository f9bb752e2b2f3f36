/**
 * 《政府信息公开条例》第五十条（四）: 各级人民政府的政府信息公开工作年度报告还应当包括工作考核、社会评议和责任追究
 * 结果情况. Only a people's government's own report is asked (report.organType; departments never are). Real
 * reports fold these into one paragraph on 监督保障 and often name one or two of the three; by default a report
 * that names none of them gets one finding, and `require: "each"` asks for all three, still in one finding.
 */
import { findSection, paragraphsOf, proseOf } from '../parser/query.js';
import { isPrefectureOffice, isTownshipGovernment } from '../parser/organ-type.js';
import type { OrganType, ReportNode } from '../parser/types.js';
import { defineRule } from './types.js';
import { damaged } from './support/damage.js';

interface Options {
  /** "any": one of the three named is enough; "each": all three must be. */
  require: 'any' | 'each';
  /**
   * The kinds of organ asked. With `government`, a township's people's government (某镇人民政府, of kind township) is
   * asked too: it is one of 各级人民政府; `township` adds the street offices that share its kind.
   */
  organTypes: OrganType[];
}

/** The revised 条例 took effect on 15 May 2019: its 第五十条 applies to reports on 2019 and later. */
const REVISED_REPORT_YEAR = 2019;

interface Topic {
  zh: string;
  en: string;
  /** Words that speak of the topic, matched on text without blanks (line breaks split words in PDFs). */
  words: RegExp;
}

const TOPICS: readonly Topic[] = [
  { zh: '工作考核', en: 'performance assessment', words: /考核|考评|绩效评估|绩效评价/ },
  { zh: '社会评议', en: 'public evaluation', words: /评议|社会评价|群众评价|满意度|第三方评估/ },
  { zh: '责任追究', en: 'accountability', words: /责任追究|追究责任|追责|问责/ },
];

export default defineRule<Options, 'missing'>({
  meta: {
    id: 'government-accountability',
    description: {
      zh: '人民政府的年度报告须说明工作考核、社会评议和责任追究结果情况',
      en: "Require a people's government's report to cover performance assessment, public evaluation and accountability",
    },
    category: 'statement',
    basis: '《中华人民共和国政府信息公开条例》第五十条第（四）项',
    defaultSeverity: 'warn',
    recommended: true,
    messages: {
      missing: {
        zh: '人民政府的年度报告未说明{topics}结果情况（《条例》第五十条第（四）项；机关类型不对时请在配置中设置 "organType"）',
        en: 'The report of a people\'s government does not cover {topicsEn} (Regulations, article 50 (4); set "organType" in the configuration if the organ is of another kind)',
      },
    },
    hints: {
      missing: {
        zh: '在“一、总体情况”的监督保障部分或“五、存在的主要问题及改进情况”中写明工作考核、社会评议和责任追究结果（没有追究责任的也写明）',
        en: 'State the assessment, evaluation and accountability results (also when no one was held accountable), e.g. under oversight in section 1',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        require: { type: 'string', enum: ['any', 'each'] },
        organTypes: {
          type: 'array',
          items: { type: 'string', enum: ['government', 'department', 'township', 'zone'] },
          uniqueItems: true,
        },
      },
    },
    defaultOptions: { require: 'any', organTypes: ['government'] },
  },
  check(report, context) {
    const { require, organTypes } = context.options;
    if (report.reading.notAReport || report.organType === null) return;
    const townshipGovernment =
      report.organType === 'township' && organTypes.includes('government') && isTownshipGovernment(report.organ);
    if (!organTypes.includes(report.organType) && !townshipGovernment) return;
    // A 行政公署 has a government's deadline but is the province's 派出机关, not one of 各级人民政府 (rtZ 1).
    if (report.organType === 'government' && isPrefectureOffice(report.organ)) return;
    // The 2008 条例 (reports on 2018 and before) did not ask for them.
    if (report.year !== null && report.year < REVISED_REPORT_YEAR) return;
    const paragraphs = paragraphsOf(report);
    // A report whose text was not read (sections not found) is not accused of saying nothing.
    if (!paragraphs.length || !report.children.some((c) => c.type === 'section')) return;
    // Paragraphs with their hard wraps joined (纳入年度绩效考 ⏎ 核体系 is 考核), then without blanks.
    const text = proseOf(report)
      .map((p) => p.replace(/\s+/g, ''))
      .join('\n');
    const missing = TOPICS.filter((t) => !t.words.test(text));
    if (!missing.length || (require === 'any' && missing.length < TOPICS.length)) return;
    // What was not read (another page of a paged article, a page that is only a picture, characters lost) may say it.
    if (damaged(report)) return;
    const node: ReportNode = findSection(report, 'overview') ?? findSection(report, 'problems') ?? report;
    context.report({
      node,
      messageId: 'missing',
      data: { topics: missing.map((t) => t.zh).join('、'), topicsEn: missing.map((t) => t.en).join(', ') },
    });
  },
});
