/**
 * The JSON Schema of `.reportlintrc.json`, built from the rule registry: the generic shape that ajv checks
 * every file against, and the detailed one (each rule id with its description and options) shipped as
 * schema/reportlintrc.schema.json for editor completion.
 */
import type { RuleRegistry } from './registry.js';

const SCHEMA_ID = 'https://raw.githubusercontent.com/reportlint/reportlint/main/schema/reportlintrc.schema.json';

const severity = {
  oneOf: [
    { type: 'string', enum: ['off', 'warn', 'error'] },
    { type: 'integer', enum: [0, 1, 2] },
  ],
};

const genericSetting = {
  oneOf: [severity, { type: 'array', items: [severity, true], additionalItems: false, minItems: 1, maxItems: 2 }],
};

const lang = { type: 'string', enum: ['zh', 'zh-CN', 'en'], description: 'Message language. 消息语言。' };
const organType = {
  type: 'string',
  enum: ['government', 'department', 'township', 'zone'],
  description: 'The kind of organ (第四十九条 deadlines, 第五十条 content). 机关类型：人民政府 / 部门 / 乡镇街道 / 管委会。',
};
const stringOrList = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

function shape(rules: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Marks the top config of a project. 项目顶层配置标记。' },
      extends: {
        ...stringOrList,
        description: '"reportlint:recommended", "reportlint:all", "plugin:<name>/<config>" or a relative path.',
      },
      plugins: { type: 'array', items: { type: 'string' }, description: 'Plugin packages or relative paths.' },
      lang,
      organType,
      rules,
      hierarchy: {
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
        description:
          "Roll-up check: a parent organ → its subordinate organs; the parent's tables 三 and 四 are compared with the sum of theirs. Names are compared without spaces; a subordinate named twice counts once; a parent cannot name itself. 上级机关 → 下级机关：核对上级报告表三、表四与下级之和；名称比较时忽略空白，重复列出的下级机关只计一次，上级机关不能列为自己的下级。",
      },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: stringOrList, excludedFiles: stringOrList, lang, organType, rules },
        },
      },
    },
  };
}

/**
 * What ajv validates a config file against. Rule ids, severities and options are checked separately
 * (unknown ids get a "did you mean", settings go through coerceSetting), which gives better one-line messages.
 */
export function genericConfigSchema(): Record<string, unknown> {
  return shape({ type: 'object' });
}

/** The schema shipped for editors: every known rule id, its description and its options. */
export function editorConfigSchema(registry: RuleRegistry): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [id, rule] of [...registry.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const options = rule.meta.schema ?? true;
    properties[id] = {
      description: `${rule.meta.description.zh} ${rule.meta.description.en}`,
      oneOf: [severity, { type: 'array', items: [severity, options], additionalItems: false, minItems: 1, maxItems: 2 }],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'reportlint configuration (.reportlintrc.json)',
    ...shape({
      type: 'object',
      properties,
      patternProperties: { '^[^/]+/.+$': genericSetting },
      additionalProperties: false,
    }),
  };
}
