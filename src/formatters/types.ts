/** The formatter contract: a pure function from results to a string; the CLI decides where it goes. */
import type { ChalkInstance } from 'chalk';
import type { Locale, RuleMeta } from '../rules/types.js';
import type { LintResult } from '../engine/types.js';

export interface FormatterContext {
  /** For relative paths in the output. */
  cwd: string;
  color: boolean;
  /** The colour instance the CLI built (never the global chalk); absent or level 0 means plain text. */
  chalk?: ChalkInstance;
  locale: Locale;
  /** Every known rule by id (built-in and plugin), for SARIF rules[] and docs links. */
  rulesMeta: ReadonlyMap<string, RuleMeta<unknown, string>>;
  /** Each rule's documentation page (Markdown) by id, for SARIF's help.markdown; the CLI reads docs/rules. */
  ruleDocs?: ReadonlyMap<string, string>;
  /** reportlint's version, for SARIF's tool.driver. */
  version?: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
