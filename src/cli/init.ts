/** The commented starting `.reportlintrc.json` that `reportlint --init` writes (JSONC, with $schema). */

const INIT_SCHEMA = './node_modules/reportlint/schema/reportlintrc.schema.json';

export function initConfigText(schema: string = INIT_SCHEMA): string {
  return `{
  // 编辑器据此补全和校验本文件。The editor completes and checks this file with the schema.
  "$schema": ${JSON.stringify(schema)},
  // 最近的 .reportlintrc.json 生效；从推荐规则开始。The nearest config wins; start from the recommended rules.
  "extends": "reportlint:recommended",
  // 消息语言："zh" 或 "en"。Message language.
  "lang": "zh",
  // 每条规则："off" | "warn" | "error"，或 ["warn", { 选项 }]。Each rule: a severity, or [severity, options].
  "rules": {
    // "statistical-period": "error",
  },
  // 按文件调整。Per-file adjustments (globs relative to this file).
  "overrides": [
    // { "files": ["drafts/**"], "rules": { "statistical-period": "warn" } },
  ],
}
`;
}
