/**
 * Configurable statements a section must contain, so most local requirements (本级政府部署的其他需要报告的事项,
 * local wording) need no code: each option item is {section, pattern, message: {zh, en}, severity?}. Patterns are
 * regular expressions run on a linear-time engine (src/linear-regex.ts), so none can backtrack; what that
 * engine cannot run (lookaround, backreferences) is refused when the config is loaded.
 */
import { SECTIONS } from '../parser/data/sections.js';
import { findSection } from '../parser/query.js';
import type { ReportRoot, SectionKey } from '../parser/types.js';
import { compileLinear, linearPatternProblem, type LinearRegex } from './support/linear-regex.js';
import { defineRule } from './types.js';
import { damaged, damagedSection } from './support/damage.js';

interface RequiredStatement {
  /** A section key of the format, or "any" for the whole report. */
  section: SectionKey | 'any';
  /** A regular expression (source text); plain words match themselves. */
  pattern: string;
  message: { zh: string; en?: string };
  severity?: 'warn' | 'error';
}

/**
 * What will be improved, in the words reports use: 改进, 整改, 下一步, 今后, 采取措施, 逐一加以解决, or what the organ
 * will do (我局将…, 2024年，本机关将…, 将进一步完善…, 我们要进一步…, 重点做好以下工作：…; red team rtV #12).
 */
const DEFAULT_PROBLEMS_PATTERN =
  '改进|整改|下一步|今后|下一年|新的一年|采取措施|加以解决|逐一解决|切实解决|着力解决|' +
  '将(进一步|继续|持续|加强|着力|认真|切实|不断|全面|积极|严格|加快|加大|强化|提升|完善|推进|推动|健全|做好)|' +
  '[我本][^，。；,;]{0,5}将|(19|20)[0-9]{2}年[，, ]?[^。；;]{0,8}将|' +
  '我们(要|需要|必须|计划|拟)|(做好|抓好|推进|开展)以下[^。；;]{0,4}工作|从以下几个?方面';

const KEYS = SECTIONS.map((s) => s.key);
const label = (key: SectionKey): string => SECTIONS.find((s) => s.key === key)?.canonical ?? key;

const missing = { zh: '「{section}」部分未写明：{zh}', en: 'Section “{section}” does not state: {en}' };
const missingAnywhere = { zh: '报告未写明：{zh}', en: 'The report does not state: {en}' };
const addToSection = { zh: '按本地要求在该部分补写相关内容', en: 'Add the statement to that section' };
const addToReport = { zh: '按本地要求在报告中补写相关内容', en: 'Add the statement to the report' };
const addSection = { zh: '按格式补上该部分，并写明要求的内容', en: 'Add the section, with the statement' };
const sectionMissing = {
  zh: '未找到「{section}」部分，无法确认其中写明：{zh}',
  en: 'Section “{section}” was not found, so it cannot state: {en}',
};

export default defineRule<
  RequiredStatement[],
  'missing' | 'missingWarning' | 'missingAnywhere' | 'missingAnywhereWarning' | 'sectionMissing' | 'sectionMissingWarning'
>({
  meta: {
    id: 'required-statements',
    description: {
      zh: '各部分须写明配置要求的内容（如本级政府部署的其他需要报告的事项）',
      en: 'Require the statements configured for each section (local requirements)',
    },
    category: 'statement',
    basis: '国办公开办函〔2021〕30号 年度报告格式；本级政府部署的其他需要报告的事项',
    defaultSeverity: 'error',
    recommended: false,
    // Items with "severity": "warn" report through the *Warning message ids, which default to warnings.
    severities: { missingWarning: 'warn', missingAnywhereWarning: 'warn', sectionMissingWarning: 'warn' },
    messages: {
      missing,
      missingWarning: missing,
      missingAnywhere,
      missingAnywhereWarning: missingAnywhere,
      sectionMissing,
      sectionMissingWarning: sectionMissing,
    },
    hints: {
      missing: addToSection,
      missingWarning: addToSection,
      missingAnywhere: addToReport,
      missingAnywhereWarning: addToReport,
      sectionMissing: addSection,
      sectionMissingWarning: addSection,
    },
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['section', 'pattern', 'message'],
        additionalProperties: false,
        properties: {
          section: { enum: [...KEYS, 'any'] },
          pattern: { type: 'string', minLength: 1 },
          message: {
            type: 'object',
            required: ['zh'],
            additionalProperties: false,
            properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
          },
          severity: { enum: ['warn', 'error'] },
        },
      },
    },
    // The default asks 五 to say what will be improved, as its title (…及改进情况) requires; configure your own.
    defaultOptions: [
      {
        section: 'problems',
        pattern: DEFAULT_PROBLEMS_PATTERN,
        message: { zh: '改进措施或整改情况', en: 'what will be improved' },
      },
    ],
    validateOptions(options) {
      for (const [i, item] of options.entries()) {
        const problem = linearPatternProblem(item.pattern);
        if (problem) return `[${i}].pattern ${JSON.stringify(item.pattern)} ${problem}`;
      }
      return undefined;
    },
  },
  check(report, context) {
    for (const item of context.options) {
      const warn = item.severity === 'warn';
      const data = { zh: item.message.zh, en: item.message.en ?? item.message.zh };
      const pattern = compileLinear(item.pattern);
      // Characters lost (a damaged copy) where the statement would stand may have been it: nothing is said missing.
      if (item.section === 'any') {
        if (!damaged(report) && !matches(pattern, textsOf(report))) {
          context.report({ node: report, messageId: warn ? 'missingAnywhereWarning' : 'missingAnywhere', data });
        }
        continue;
      }
      const section = findSection(report, item.section);
      const where = { ...data, section: label(item.section) };
      // A section whose heading is in the text but could not be placed is unreadable-content's, not missing.
      if (damagedSection(report, item.section)) continue;
      if (!section) {
        if (report.reading?.sections[item.section]?.status !== 'unreadable')
          context.report({ node: report, messageId: warn ? 'sectionMissingWarning' : 'sectionMissing', data: where });
      } else if (!matches(pattern, textsOf(report, item.section))) {
        context.report({ node: section, messageId: warn ? 'missingWarning' : 'missing', data: where });
      }
    }
  },
});

/** The text of a section (or of the report): its paragraphs and the rows of tables no template claims, in order. */
function textsOf(report: ReportRoot, key?: SectionKey): string[] {
  const out: string[] = [];
  for (const part of report.children) {
    if (key !== undefined && (part.type !== 'section' || part.key !== key)) continue;
    for (const block of part.children) {
      if (block.type === 'paragraph') out.push(block.text);
      else if (block.text) out.push(...block.text);
    }
  }
  return out;
}

/** Real reports break lines and insert spaces inside sentences, so the text is also tried without them. */
function matches(pattern: LinearRegex, texts: readonly string[]): boolean {
  const joined = texts.join('\n');
  return pattern.test(joined) || pattern.test(joined.replace(/\s+/g, ''));
}
