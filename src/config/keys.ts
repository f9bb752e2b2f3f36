/**
 * Keys no configuration may use: `__proto__`, `constructor` and `prototype` can reach object prototypes
 * when settings are merged or copied, and a JSON parser that assigns keys turns `"__proto__": {…}` into
 * the object's prototype (so the key itself vanishes and validation passes). Both shapes are refused
 * with one line naming the key. Browser-safe.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The dotted path of the first forbidden key in `data`, or undefined. */
export function forbiddenKey(data: unknown, path = ''): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const proto = Object.getPrototypeOf(data) as unknown;
  if (!Array.isArray(data) && proto !== Object.prototype && proto !== null) return join(path, '__proto__');
  for (const key of Object.keys(data)) {
    if (FORBIDDEN.has(key)) return join(path, key);
    const inner = forbiddenKey((data as Record<string, unknown>)[key], Array.isArray(data) ? `${path}[${key}]` : join(path, key));
    if (inner) return inner;
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
