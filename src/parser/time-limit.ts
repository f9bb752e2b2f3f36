/**
 * A time limit for work reportlint does not control (a plugin module's loading, a custom formatter's promise):
 * it may reject, or never settle; either way the run goes on with one line saying which. Browser-safe.
 */

export class TimeLimitError extends Error {
  constructor(readonly ms: number) {
    super(`did not finish within ${ms / 1000} s`);
    this.name = 'TimeLimitError';
  }
}

/** Plugin loading and custom formatters (REPORTLINT_TIME_LIMIT_MS overrides it, for tests). */
export function timeLimitMs(
  env: Readonly<Record<string, string | undefined>> = (globalThis as { process?: { env?: Record<string, string | undefined> } })
    .process?.env ?? {},
): number {
  const given = Number(env.REPORTLINT_TIME_LIMIT_MS);
  return Number.isFinite(given) && given > 0 ? given : 30_000;
}

export function withTimeLimit<T>(work: T | PromiseLike<T>, ms = timeLimitMs()): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(ms)), ms);
  });
  return Promise.race([Promise.resolve(work), limit]).finally(() => clearTimeout(timer));
}
