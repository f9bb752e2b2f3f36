/**
 * reportlint-plugin-local: an example of a province's own requirement as a plugin. The rule
 * `local/contact-phone` asks every report to give the phone number of its disclosure office
 * (政府信息公开工作机构联系电话). It uses only the public rule contract: the report AST and context.report.
 */

/** Every paragraph of the report, with the section it belongs to (null for the preamble). */
function* paragraphs(report) {
  for (const part of report.children) {
    for (const block of part.children) {
      if (block.type === 'paragraph') yield { section: part.type === 'section' ? part : null, paragraph: block };
    }
  }
}

/** @type {import('reportlint').Rule<{ label: string }, 'missing'>} */
const contactPhone = {
  meta: {
    id: 'contact-phone',
    description: { zh: '须写明政府信息公开工作机构的联系电话', en: 'Require the phone number of the disclosure office' },
    category: 'statement',
    basis: '本省政务公开工作要点：年度报告须公布政府信息公开工作机构的联系电话',
    defaultSeverity: 'warn',
    recommended: true,
    messages: {
      missing: {
        zh: '未写明政府信息公开工作机构的{label}',
        en: 'The report does not give the disclosure office’s phone number ({label})',
      },
    },
    hints: {
      missing: { zh: '在第六部分写明「{label}：0000-00000000」', en: 'State “{label}: 0000-00000000” in section 6' },
    },
    schema: {
      type: 'object',
      properties: { label: { type: 'string', minLength: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { label: '联系电话' },
  },
  check(report, context) {
    const { label } = context.options;
    const phone = new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[：:]?\\s*[0-9０-９][0-9０-９\\-－ ]{6,}`);
    for (const { paragraph } of paragraphs(report)) if (phone.test(paragraph.text)) return;
    // Point at the heading of section 六 when there is one (where the statement belongs), else at the start of the report.
    const other = report.children.find((part) => part.type === 'section' && part.key === 'other');
    context.report({ node: other ?? report, messageId: 'missing', data: { label } });
  },
};

/** @type {import('reportlint').Plugin} */
export default {
  meta: { name: 'reportlint-plugin-local', version: '1.0.0' },
  rules: { 'contact-phone': contactPhone },
  configs: {
    recommended: { rules: { 'local/contact-phone': 'warn' } },
  },
};
