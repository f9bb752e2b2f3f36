/**
 * What pdfjs needs from the DOM to read text, for Node without the optional `@napi-rs/canvas` package
 * (`npm install --omit=optional`). pdfjs' legacy build polyfills DOMMatrix from that package and otherwise
 * fails at import ("DOMMatrix is not defined": a module-level `new DOMMatrix()`). Text extraction only
 * builds and multiplies 2-D affine matrices, so a small DOMMatrix is enough; rendering (which we never do)
 * would need the real canvas. Browsers have DOMMatrix: nothing is installed there. No Node built-ins.
 */

type Init = readonly number[] | undefined;

/** The 2-D subset of DOMMatrix: [a b c d e f] maps (x, y) to (a·x + c·y + e, b·x + d·y + f). */
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: Init | AffineMatrix) {
    if (init instanceof AffineMatrix) this.set([init.a, init.b, init.c, init.d, init.e, init.f]);
    else if (Array.isArray(init) && init.length >= 6)
      this.set(init.length === 16 ? [init[0], init[1], init[4], init[5], init[12], init[13]] : init);
  }
  private set(m: readonly (number | undefined)[]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m.map((v) => Number(v ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return this;
  }
  get m11(): number {
    return this.a;
  }
  get m12(): number {
    return this.b;
  }
  get m21(): number {
    return this.c;
  }
  get m22(): number {
    return this.d;
  }
  get m41(): number {
    return this.e;
  }
  get m42(): number {
    return this.f;
  }
  get is2D(): boolean {
    return true;
  }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }
  /** this = this × other */
  multiplySelf(o: AffineMatrix | Init): this {
    const m = o instanceof AffineMatrix ? o : new AffineMatrix(o);
    return this.set([
      this.a * m.a + this.c * m.b,
      this.b * m.a + this.d * m.b,
      this.a * m.c + this.c * m.d,
      this.b * m.c + this.d * m.d,
      this.a * m.e + this.c * m.f + this.e,
      this.b * m.e + this.d * m.f + this.f,
    ]);
  }
  /** this = other × this */
  preMultiplySelf(o: AffineMatrix | Init): this {
    const m = new AffineMatrix(o);
    return this.set(m.multiplySelf(this).toArray());
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf([1, 0, 0, 1, x, y]);
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }
  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    const { a, b, c, d, e, f } = this;
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }
  multiply(o: AffineMatrix | Init): AffineMatrix {
    return new AffineMatrix(this).multiplySelf(o);
  }
  translate(x?: number, y?: number): AffineMatrix {
    return new AffineMatrix(this).translateSelf(x, y);
  }
  scale(sx?: number, sy?: number): AffineMatrix {
    return new AffineMatrix(this).scaleSelf(sx, sy);
  }
  inverse(): AffineMatrix {
    return new AffineMatrix(this).invertSelf();
  }
  transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
  toArray(): number[] {
    return [this.a, this.b, this.c, this.d, this.e, this.f];
  }
}

/** Installs the DOMMatrix stand-in when the host has none (Node without `@napi-rs/canvas`). */
export function ensureDomMatrix(): void {
  const host = globalThis as { DOMMatrix?: unknown };
  host.DOMMatrix ??= AffineMatrix;
}

/**
 * pdfjs warns through console.warn when it cannot load `@napi-rs/canvas` or polyfill rendering classes. We
 * never render, and the CLI promises one clear line on stderr or none: only those lines are dropped,
 * and only while pdfjs is being loaded.
 */
export async function withoutCanvasWarnings<T>(load: () => Promise<T>): Promise<T> {
  const original = console.warn;
  console.warn = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill `|access the `require`)/.test(args[0]))
      return;
    original(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = original;
  }
}

interface ModuleBuiltin {
  createRequire: (url: string | URL) => (id: string) => unknown;
}
type BuiltinGetter = (id: string) => unknown;

/**
 * pdfjs in Node loads the native `@napi-rs/canvas` as it is imported, to render pages, which reading text never
 * does: a 30 MB binary opened at every PDF's cold start (about 30 ms of it), and a native module that may fail
 * to load on an old Linux. While pdfjs is imported, the `require` its own modules create
 * (`process.getBuiltinModule('module').createRequire(<a pdfjs-dist URL>)`) refuses that one package; pdfjs
 * then warns (withoutCanvasWarnings drops that) and uses DOMMatrix from the host or ensureDomMatrix. Any other
 * caller meanwhile gets Node's own. Browsers have no `process`: nothing changes there.
 */
export async function withoutCanvas<T>(load: () => Promise<T>): Promise<T> {
  const host = (globalThis as { process?: { getBuiltinModule?: BuiltinGetter } }).process;
  const original = host?.getBuiltinModule;
  if (!host || !original) return load();
  const guarded = (id: string): unknown => {
    const builtin = original.call(host, id);
    if (id !== 'module' && id !== 'node:module') return builtin;
    const { createRequire } = builtin as ModuleBuiltin;
    const forPdfjs: ModuleBuiltin['createRequire'] = (url) => {
      const require = createRequire(url);
      if (!String(url).includes(PDFJS_PACKAGE)) return require;
      // A Proxy keeps require's own properties (resolve, cache); only the call for the canvas is refused.
      return new Proxy(require, {
        apply: (target, self, args: unknown[]) => {
          if (args[0] === CANVAS_PACKAGE) throw new Error(`${CANVAS_PACKAGE} is not loaded: pages are never rendered`);
          return Reflect.apply(target, self, args) as unknown;
        },
      });
    };
    return Object.create(builtin as object, { createRequire: { value: forPdfjs } }) as unknown;
  };
  try {
    host.getBuiltinModule = guarded;
  } catch {
    // A frozen `process`: pdfjs loads the canvas as it always did.
    return load();
  }
  try {
    return await load();
  } finally {
    host.getBuiltinModule = original;
  }
}

const CANVAS_PACKAGE = '@napi-rs/canvas';
const PDFJS_PACKAGE = 'pdfjs-dist';

/**
 * pdfjs' legacy build carries core-js, which replaces built-ins that already work for what any code here
 * does: `Array.prototype.push` with a function written in JavaScript (V8 fails a spec corner case of arrays
 * 2^32 long), `JSON.parse` and `Function.prototype.toString` with wrappers. The process keeps them once pdfjs
 * is loaded: every push pdfjs and reportlint make afterwards goes through the slow one (hongze-2024.pdf: about
 * 10 % of reading it). They are put back once pdfjs is loaded; what core-js adds where Node has nothing
 * (Promise.withResolvers, Uint8Array.prototype.toBase64, …), pdfjs needs and keeps.
 */
export async function keepNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const kept: Array<[object, PropertyKey, PropertyDescriptor]> = [];
  for (const [owner, key] of REPLACED) {
    const own = Object.getOwnPropertyDescriptor(owner, key);
    if (own) kept.push([owner, key, own]);
  }
  try {
    return await load();
  } finally {
    for (const [owner, key, own] of kept) {
      try {
        Object.defineProperty(owner, key, own);
      } catch {
        // Frozen: what pdfjs installed stays, as it always did.
      }
    }
  }
}

const REPLACED: ReadonlyArray<[object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];
