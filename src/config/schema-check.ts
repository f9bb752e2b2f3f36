/**
 * The config checks where code generation is forbidden (the page: its Content-Security-Policy allows no
 * eval, and ajv compiles schemas to functions). It walks the JSON Schema keywords reportlint's schemas use —
 * the config file's shape (schema.ts) and the built-in rules' options — and throws the same ConfigErrors,
 * with the same message ids and keys, as the ajv checks of validate.ts.
 */
import type { AnyRule } from '../rules/types.js';
import { genericConfigSchema } from './schema.js';
import { ConfigError, type ConfigFileData } from './types.js';
import { msg, type Msg } from '../i18n/messages.js';
import { forbiddenKey } from './keys.js';
import type { ConfigChecks } from './resolve.js';

type Schema = Readonly<Record<string, unknown>> | boolean;

interface Problem {
  /** Where, as config keys: `rules.x`, `overrides[0].files`. */
  path: string;
  detail: Msg;
}

let shapeSchema: Schema | undefined;

export const SCHEMA_WALK_CHECKS: ConfigChecks = {
  shape(data: unknown, file: string): asserts data is ConfigFileData {
    const forbidden = forbiddenKey(data);
    if (forbidden) throw new ConfigError(file, forbidden, msg('forbiddenKey'));
    shapeSchema ??= genericConfigSchema();
    const problem = check(shapeSchema, data, '');
    if (problem) throw new ConfigError(file, problem.path || '(root)', problem.detail);
  },
  ruleOptions(rule: AnyRule, options: unknown, file: string, key: string): void {
    if (!rule.meta.schema) {
      if (options !== undefined) throw new ConfigError(file, key, msg('noOptions'));
      return;
    }
    // The engine shallow-merges object options over defaultOptions, so the merged value is what must be valid.
    const defaults: unknown = rule.meta.defaultOptions;
    const merged = isObject(defaults) && isObject(options) ? { ...defaults, ...options } : options;
    const problem = check(rule.meta.schema, merged, '');
    if (problem)
      throw new ConfigError(file, problem.path ? joinKey(`${key} options`, problem.path) : `${key} options`, problem.detail);
    const invalid = rule.meta.validateOptions?.(merged);
    if (invalid) throw new ConfigError(file, `${key} options`, invalid);
  },
};

/** The first problem of `value` against `schema`, or undefined. */
function check(schema: Schema, value: unknown, path: string): Problem | undefined {
  if (schema === true) return undefined;
  if (schema === false) return other(path, 'boolean schema is false');
  return (
    checkType(schema, value, path) ??
    checkEnum(schema, value, path) ??
    checkOneOf(schema, value, path) ??
    (typeof value === 'string' ? checkString(schema, value, path) : undefined) ??
    (typeof value === 'number' ? checkNumber(schema, value, path) : undefined) ??
    (Array.isArray(value) ? checkArray(schema, value, path) : undefined) ??
    (isObject(value) ? checkObject(schema, value, path) : undefined)
  );
}

function checkType(schema: Readonly<Record<string, unknown>>, value: unknown, path: string): Problem | undefined {
  if (schema['type'] === undefined) return undefined;
  const types = ([] as unknown[]).concat(schema['type']).map(String);
  if (types.some((t) => isOfType(t, value))) return undefined;
  return { path, detail: msg('ajvType', { type: types.join('|'), ajv: `must be ${types.join(',')}` }) };
}

function checkEnum(schema: Readonly<Record<string, unknown>>, value: unknown, path: string): Problem | undefined {
  const choices = schema['enum'];
  if (!Array.isArray(choices) || choices.some((c) => JSON.stringify(c) === JSON.stringify(value))) return undefined;
  return { path, detail: msg('oneOfValues', { values: choices.map((c) => JSON.stringify(c)) }) };
}

/** Exactly one branch must hold; when none does, the deepest problem is the most specific (as validate.ts picks). */
function checkOneOf(schema: Readonly<Record<string, unknown>>, value: unknown, path: string): Problem | undefined {
  const branches = schema['oneOf'];
  if (!Array.isArray(branches)) return undefined;
  const problems = branches.map((b) => check(b as Schema, value, path));
  const passing = problems.filter((p) => p === undefined).length;
  if (passing === 1) return undefined;
  if (passing > 1) return other(path, 'must match exactly one schema in oneOf');
  return (problems as Problem[]).sort((a, b) => b.path.length - a.path.length)[0];
}

function checkString(schema: Readonly<Record<string, unknown>>, value: string, path: string): Problem | undefined {
  const length = [...value].length;
  const min = schema['minLength'];
  if (typeof min === 'number' && length < min)
    return { path, detail: msg('ajvMinLength', { limit: String(min), ajv: `must NOT have fewer than ${min} characters` }) };
  const max = schema['maxLength'];
  if (typeof max === 'number' && length > max)
    return { path, detail: msg('ajvMaxLength', { limit: String(max), ajv: `must NOT have more than ${max} characters` }) };
  const pattern = schema['pattern'];
  if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value))
    return { path, detail: msg('ajvPattern', { pattern, ajv: `must match pattern "${pattern}"` }) };
  return undefined;
}

const LIMITS = [
  ['minimum', '>=', (v: number, l: number) => v >= l],
  ['maximum', '<=', (v: number, l: number) => v <= l],
  ['exclusiveMinimum', '>', (v: number, l: number) => v > l],
  ['exclusiveMaximum', '<', (v: number, l: number) => v < l],
] as const;

function checkNumber(schema: Readonly<Record<string, unknown>>, value: number, path: string): Problem | undefined {
  for (const [keyword, comparison, holds] of LIMITS) {
    const limit = schema[keyword];
    if (typeof limit === 'number' && !holds(value, limit)) {
      return { path, detail: msg('ajvLimit', { comparison, limit: String(limit), ajv: `must be ${comparison} ${limit}` }) };
    }
  }
  return undefined;
}

function checkArray(schema: Readonly<Record<string, unknown>>, value: readonly unknown[], path: string): Problem | undefined {
  const min = schema['minItems'];
  if (typeof min === 'number' && value.length < min)
    return { path, detail: msg('ajvMinItems', { limit: String(min), ajv: `must NOT have fewer than ${min} items` }) };
  const max = schema['maxItems'];
  if (typeof max === 'number' && value.length > max)
    return { path, detail: msg('ajvMaxItems', { limit: String(max), ajv: `must NOT have more than ${max} items` }) };
  if (schema['uniqueItems'] === true && new Set(value.map((v) => JSON.stringify(v))).size < value.length)
    return other(path, 'must NOT have duplicate items');
  const items = schema['items'];
  if (Array.isArray(items)) {
    if (schema['additionalItems'] === false && value.length > items.length)
      return other(path, `must NOT have more than ${items.length} items`);
    for (const [i, item] of items.entries()) {
      const problem = i < value.length ? check(item as Schema, value[i], `${path}[${i}]`) : undefined;
      if (problem) return problem;
    }
  } else if (items !== undefined) {
    for (const [i, item] of value.entries()) {
      const problem = check(items as Schema, item, `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  return undefined;
}

function checkObject(
  schema: Readonly<Record<string, unknown>>,
  value: Readonly<Record<string, unknown>>,
  path: string,
): Problem | undefined {
  for (const key of (schema['required'] ?? []) as string[]) {
    if (!(key in value)) return { path, detail: msg('missingKey', { key }) };
  }
  const properties = (schema['properties'] ?? {}) as Readonly<Record<string, Schema>>;
  const additional = schema['additionalProperties'] as Schema | undefined;
  for (const [key, item] of Object.entries(value)) {
    const sub = Object.hasOwn(properties, key) ? properties[key] : additional;
    if (sub === false) return { path: joinKey(path, key), detail: msg('unknownKey') };
    const problem = sub === undefined ? undefined : check(sub, item, joinKey(path, key));
    if (problem) return problem;
  }
  return undefined;
}

function isOfType(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function other(path: string, ajv: string): Problem {
  return { path, detail: msg('ajvOther', { ajv }) };
}

function joinKey(path: string, key: string): string {
  if (!path) return key;
  return key.startsWith('[') ? `${path}${key}` : `${path}.${key}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
