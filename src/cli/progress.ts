/**
 * A progress line on stderr for long runs (issue 23): files done, rate and time left, redrawn in place at most
 * a few times a second. Only when stderr is a terminal, the run has more than a few files and no CI variable
 * is set: a log file or a CI job gets nothing, so machine-read output is never mixed with it.
 */
import type { Locale } from '../rules/types.js';

/** Below this, a run ends before a progress line could help. */
export const PROGRESS_MIN_FILES = 6;
const REDRAW_MS = 200;

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  locale: Locale;
  /** The clock, for tests. */
  now?: () => number;
}

const inCi = (env: ProgressOptions['env']): boolean => !!env.CI && env.CI !== 'false' && env.CI !== '0';

/** An onProgress callback for lintFiles, and `end()` to clear the line; undefined when progress is not shown. */
export function progressLine(
  options: ProgressOptions,
): { update: (done: number, total: number) => void; end: () => void } | undefined {
  if (!options.stream.isTTY || inCi(options.env)) return undefined;
  const now = options.now ?? Date.now;
  const started = now();
  let drawn = false;
  let last = -Infinity;
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_FILES) return;
      const t = now();
      if (done < total && t - last < REDRAW_MS) return;
      last = t;
      options.stream.write(`\r${describe(done, total, (t - started) / 1000, options.locale)}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) options.stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}

/** "已检查 37/500 份报告 · 12.3 份/秒 · 预计还需 38 秒" */
export function describe(done: number, total: number, seconds: number, locale: Locale): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  const time =
    left === undefined ? '' : left >= 60 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` : `${left}`;
  if (locale === 'en') {
    const eta = left === undefined ? '' : ` · about ${time}${left >= 60 ? '' : ' s'} left`;
    return `Checked ${done}/${total} reports · ${rate.toFixed(1)}/s${eta}`;
  }
  const eta = left === undefined ? '' : ` · 预计还需 ${time}${left >= 60 ? '' : ' 秒'}`;
  return `已检查 ${done}/${total} 份报告 · ${rate.toFixed(1)} 份/秒${eta}`;
}
