/**
 * Built-ins that offices' older browsers lack (360安全浏览器 13 is Chromium 86) but the core and its
 * libraries call. Imported first by main.ts, so it runs before any other module of the bundle. Each is
 * installed only when missing, non-enumerable like the real one.
 */
function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}
define(Array.prototype, 'at', at);
define(String.prototype, 'at', at);
for (const typed of [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
]) {
  define(typed.prototype, 'at', at);
}

define(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));

define(
  String.prototype,
  'replaceAll',
  function replaceAll(this: string, search: string | RegExp, replacement: string | ((...args: never[]) => string)): string {
    if (search instanceof RegExp) {
      if (!search.global) throw new TypeError('replaceAll must be called with a global RegExp');
      return this.replace(search, replacement as string);
    }
    // split/join replaces every occurrence literally; a function replacer needs the escaped-regex route.
    if (typeof replacement === 'function') {
      return this.replace(
        new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'),
        replacement as (...args: string[]) => string,
      );
    }
    return this.split(search).join(replacement.replace(/\$\$/g, '$'));
  },
);

define(Array.prototype, 'findLast', function findLast<T>(this: T[], test: (v: T, i: number, a: T[]) => unknown): T | undefined {
  for (let i = this.length - 1; i >= 0; i--) if (test(this[i] as T, i, this)) return this[i];
  return undefined;
});
define(Array.prototype, 'findLastIndex', function findLastIndex<
  T,
>(this: T[], test: (v: T, i: number, a: T[]) => unknown): number {
  for (let i = this.length - 1; i >= 0; i--) if (test(this[i] as T, i, this)) return i;
  return -1;
});

/** Enough of structuredClone for plain data: objects, arrays, dates, maps, sets, typed arrays, buffers. */
function clone(value: unknown, seen: Map<unknown, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  let out: unknown;
  if (value instanceof Date) out = new Date(value.getTime());
  else if (value instanceof RegExp) out = new RegExp(value.source, value.flags);
  else if (value instanceof ArrayBuffer) out = value.slice(0);
  else if (ArrayBuffer.isView(value)) {
    const view = value as unknown as {
      constructor: new (b: ArrayBuffer, o: number, l: number) => unknown;
      buffer: ArrayBuffer;
      byteOffset: number;
      byteLength: number;
      BYTES_PER_ELEMENT?: number;
    };
    const copy = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
    out = new view.constructor(copy, 0, view.byteLength / (view.BYTES_PER_ELEMENT ?? 1));
  } else if (value instanceof Map) {
    const map = new Map();
    seen.set(value, map);
    value.forEach((v, k) => map.set(clone(k, seen), clone(v, seen)));
    return map;
  } else if (value instanceof Set) {
    const set = new Set();
    seen.set(value, set);
    value.forEach((v) => set.add(clone(v, seen)));
    return set;
  } else if (typeof value === 'function') {
    throw new DOMException('function could not be cloned', 'DataCloneError');
  } else {
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value))
      (copy as Record<string, unknown>)[key] = clone((value as Record<string, unknown>)[key], seen);
    return copy;
  }
  seen.set(value, out);
  return out;
}
define(globalThis, 'structuredClone', (value: unknown) => clone(value, new Map()));

export {};
