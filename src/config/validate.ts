/**
 * ajv validation of a config file's shape and of each rule's options against its meta.schema, turned
 * into one-line ConfigErrors that name the file and the key (never ajv's multi-line dumps).
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { AnyRule } from '../rules/types.js';
import { newAjv } from './ajv-lazy.js';
import { validate as generatedShapeValidator } from './config-shape.generated.js';
import { ConfigError, type ConfigFileData } from './types.js';
import { msg, type Msg } from '../i18n/messages.js';
import { forbiddenKey } from './keys.js';

// For rules' option schemas, compiled on first need (ajv is loaded then: ajv-lazy.ts).
let ajv: Ajv | undefined;
/** genericConfigSchema() (schema.ts), compiled at build time: no ajv at start. */
const shapeValidator = generatedShapeValidator as unknown as ValidateFunction;
const optionValidators = new WeakMap<AnyRule, ValidateFunction>();

export function validateConfigShape(data: unknown, file: string): asserts data is ConfigFileData {
  const forbidden = forbiddenKey(data);
  if (forbidden) throw new ConfigError(file, forbidden, msg('forbiddenKey'));
  if (!shapeValidator(data)) throw toConfigError(shapeValidator.errors ?? [], file, '');
}

/** Checks `options` against the rule's meta.schema; `key` is where the setting sits (rules.<id>). */
export function validateRuleOptions(rule: AnyRule, options: unknown, file: string, key: string): void {
  if (!rule.meta.schema) {
    if (options !== undefined) throw new ConfigError(file, key, msg('noOptions'));
    return;
  }
  let validate = optionValidators.get(rule);
  if (!validate) {
    ajv ??= newAjv({ allErrors: false, strict: false, useDefaults: false });
    validate = ajv.compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  // The engine shallow-merges object options over defaultOptions, so the merged value is what must be valid.
  const defaults: unknown = rule.meta.defaultOptions;
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
  if (!error) return new ConfigError(file, prefix, msg('isInvalid'));
  const path = pointerToKey(error.instancePath);
  let key = [prefix, path].filter(Boolean).join(path.startsWith('[') ? '' : '.');
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    return new ConfigError(file, key || '(root)', msg('missingKey', { key: missing }));
  }
  let detail: Msg;
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    key = [key, extra].filter(Boolean).join('.');
    detail = msg('unknownKey');
  } else if (error.keyword === 'enum') {
    detail = msg('oneOfValues', {
      values: (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)),
    });
  } else {
    detail = keywordDetail(error);
  }
  return new ConfigError(file, key || '(root)', detail);
}

/** ajv's usual keywords in the message table (English keeps ajv's text; anything else is quoted). */
function keywordDetail(error: ErrorObject): Msg {
  const ajvText = error.message ?? 'is invalid';
  const p = error.params as Record<string, unknown>;
  const with_ = (id: Parameters<typeof msg>[0], extra: Record<string, string | number>): Msg =>
    msg(id, { ajv: ajvText, ...extra });
  switch (error.keyword) {
    case 'type':
      return with_('ajvType', { type: Array.isArray(p.type) ? p.type.join('|') : String(p.type) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return with_('ajvLimit', { comparison: String(p.comparison), limit: String(p.limit) });
    case 'minLength':
      return with_('ajvMinLength', { limit: String(p.limit) });
    case 'maxLength':
      return with_('ajvMaxLength', { limit: String(p.limit) });
    case 'minItems':
      return with_('ajvMinItems', { limit: String(p.limit) });
    case 'maxItems':
      return with_('ajvMaxItems', { limit: String(p.limit) });
    case 'pattern':
      return with_('ajvPattern', { pattern: String(p.pattern) });
    default:
      return with_('ajvOther', {});
  }
}

/** "/overrides/0/files" → "overrides[0].files" */
function pointerToKey(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}
