/**
 * ajv validation of a config file's shape and of each rule's options against its meta.schema, turned
 * into one-line ConfigErrors that name the file and the key (never ajv's multi-line dumps).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { AnyRule } from './rules/types.js';
import { genericConfigSchema } from './config-schema.js';
import { ConfigError, type ConfigFileData } from './config-types.js';

const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false });
let shapeValidator: ValidateFunction | undefined;
const optionValidators = new WeakMap<AnyRule, ValidateFunction>();

export function validateConfigShape(data: unknown, file: string): asserts data is ConfigFileData {
  shapeValidator ??= ajv.compile(genericConfigSchema());
  if (!shapeValidator(data)) throw toConfigError(shapeValidator.errors ?? [], file, '');
}

/** Checks `options` against the rule's meta.schema; `key` is where the setting sits (rules.<id>). */
export function validateRuleOptions(rule: AnyRule, options: unknown, file: string, key: string): void {
  if (!rule.meta.schema) {
    if (options !== undefined) throw new ConfigError(file, key, 'this rule takes no options');
    return;
  }
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  // The engine shallow-merges object options over defaultOptions, so the merged value is what must be valid.
  const defaults = rule.meta.defaultOptions;
  const merged = isObject(defaults) && isObject(options) ? { ...defaults, ...options } : options;
  if (!validate(merged)) throw toConfigError(validate.errors ?? [], file, `${key} options`);
  const problem = rule.meta.validateOptions?.(merged);
  if (problem) throw new ConfigError(file, `${key} options`, problem);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toConfigError(errors: readonly ErrorObject[], file: string, prefix: string): ConfigError {
  // The deepest error is the most specific one (oneOf failures report their branches first).
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!error) return new ConfigError(file, prefix, 'is invalid');
  const path = pointerToKey(error.instancePath);
  let key = [prefix, path].filter(Boolean).join(path.startsWith('[') ? '' : '.');
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    return new ConfigError(file, key || '(root)', `missing required key "${missing}"`);
  }
  let detail = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    key = [key, extra].filter(Boolean).join('.');
    detail = 'unknown key';
  } else if (error.keyword === 'enum') {
    detail = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return new ConfigError(file, key || '(root)', detail);
}

/** "/overrides/0/files" → "overrides[0].files" */
function pointerToKey(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}
