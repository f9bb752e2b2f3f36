/**
 * Checks a rule's options against its meta.schema in the page. The CLI uses ajv, but ajv compiles schemas
 * with `new Function`, which the page's CSP forbids (no eval); the rule schemas use only the keywords below.
 * Returns one short problem, or undefined when the options are valid.
 */
type Schema = Readonly<Record<string, unknown>>;

export function optionsProblem(schema: Schema, value: unknown, path = ''): string | undefined {
  const at = path || '选项';
  const type = schema['type'];
  if (type === 'array' && !Array.isArray(value)) return `${at} 应为数组`;
  if (type === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) return `${at} 应为对象`;
  if (type === 'string' && typeof value !== 'string') return `${at} 应为文字`;
  if ((type === 'number' || type === 'integer') && typeof value !== 'number') return `${at} 应为数字`;
  if (type === 'boolean' && typeof value !== 'boolean') return `${at} 应为 true 或 false`;
  const choices = schema['enum'];
  if (Array.isArray(choices) && !choices.includes(value)) return `${at} 应为 ${choices.join(' / ')} 之一`;
  const minLength = schema['minLength'];
  if (typeof minLength === 'number' && typeof value === 'string' && value.length < minLength) return `${at} 不能为空`;
  if (Array.isArray(value) && typeof schema['items'] === 'object' && schema['items'] !== null) {
    for (const [i, item] of value.entries()) {
      const problem = optionsProblem(schema['items'] as Schema, item, `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in record)) return `${path ? `${path}.` : ''}${key} 必须填写`;
    for (const [key, item] of Object.entries(record)) {
      const sub = properties[key];
      if (!sub) {
        if (schema['additionalProperties'] === false) return `${path ? `${path}.` : ''}${key} 不是可用的选项`;
        continue;
      }
      const problem = optionsProblem(sub, item, `${path ? `${path}.` : ''}${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}
