/**
 * Severity coercion in ONE place: every way a user can write a rule setting ("off" | "warn" | "error",
 * 0 | 1 | 2, or [severity, options]) becomes a RuleSetting here, so config files, --rule and overrides agree.
 */
import { LocalizedError, msg } from '../i18n/messages.js';

export type SettingSeverity = 'off' | 'warn' | 'error';

export interface RuleSetting {
  severity: SettingSeverity;
  /** Present only when the user wrote [severity, options]. */
  options?: unknown;
}

/** Thrown for a setting that is not a severity; the caller adds the file and key. */
export class SettingError extends LocalizedError {}

/** Exactly what schema/reportlintrc.schema.json accepts (and ESLint): the CLI and editors must agree. */
const BY_NAME: Readonly<Record<string, SettingSeverity>> = {
  off: 'off',
  warn: 'warn',
  error: 'error',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
};

/** Near misses people write, for a "did you mean": "warning", "Error", " warn ". */
const NEAR: Readonly<Record<string, SettingSeverity>> = {
  ...BY_NAME,
  warning: 'warn',
  err: 'error',
  none: 'off',
  disable: 'off',
};

export function coerceSeverity(value: unknown): SettingSeverity {
  const key = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
  const severity = key === undefined || !Object.hasOwn(BY_NAME, key) ? undefined : BY_NAME[key];
  if (severity) return severity;
  const shown = JSON.stringify(value) ?? String(value);
  const near = typeof value === 'string' ? NEAR[value.trim().toLowerCase()] : undefined;
  throw new SettingError(
    near ? msg('badSeveritySuggest', { value: shown, suggestion: near }) : msg('badSeverity', { value: shown }),
  );
}

export function coerceSetting(value: unknown): RuleSetting {
  if (!Array.isArray(value)) return { severity: coerceSeverity(value) };
  if (value.length === 0 || value.length > 2) {
    throw new SettingError(msg('badSettingArray', { count: value.length }));
  }
  const severity = coerceSeverity(value[0]);
  return value.length === 2 ? { severity, options: value[1] } : { severity };
}

/** A later setting overrides an earlier one; a bare severity keeps the earlier options (as ESLint does). */
export function mergeSetting(base: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if ('options' in next || !base || !('options' in base)) return next;
  return { severity: next.severity, options: base.options };
}
