/**
 * Severity coercion in ONE place: every way a user can write a rule setting ("off" | "warn" | "error",
 * 0 | 1 | 2, or [severity, options]) becomes a RuleSetting here, so config files, --rule and overrides agree.
 */
import { LocalizedError, msg } from './cli-messages.js';

export type SettingSeverity = 'off' | 'warn' | 'error';

export interface RuleSetting {
  severity: SettingSeverity;
  /** Present only when the user wrote [severity, options]. */
  options?: unknown;
}

/** Thrown for a setting that is not a severity; the caller adds the file and key. */
export class SettingError extends LocalizedError {}

const BY_NAME: Readonly<Record<string, SettingSeverity>> = {
  off: 'off',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
};

export function coerceSeverity(value: unknown): SettingSeverity {
  const key = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const severity = key === undefined ? undefined : BY_NAME[key];
  if (!severity) {
    throw new SettingError(msg('badSeverity', { value: JSON.stringify(value) ?? String(value) }));
  }
  return severity;
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
