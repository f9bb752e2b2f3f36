/** Turns stamped findings into LintMessages in one locale: fills {placeholders} from data. */
import type { Locale, LocalizedText } from '../rules/types.js';
import type { LintMessage } from '../engine/types.js';
import type { StampedFinding } from './types.js';
import { fillTemplate } from '../i18n/messages.js';

function localizeText(text: LocalizedText, locale: Locale, data?: Readonly<Record<string, string | number>>): string {
  return fillTemplate(text[locale] ?? text.zh, data);
}

export function localizeFinding(f: StampedFinding, locale: Locale): LintMessage {
  const start = f.position?.start;
  const end = f.position?.end;
  const message: LintMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    messageId: f.messageId,
    message: localizeText(f.text, locale, f.data),
    line: Math.max(1, start?.line ?? 1),
    column: Math.max(1, start?.column ?? 1),
  };
  if (f.fatal) message.fatal = true;
  if (f.hint) message.hint = localizeText(f.hint, locale, f.data);
  if (end) {
    message.endLine = end.line;
    message.endColumn = end.column;
  }
  if (start?.offset !== undefined) message.offset = start.offset;
  if (f.actual !== undefined) message.actual = f.actual;
  if (f.expected !== undefined) message.expected = f.expected;
  if (f.data) message.data = f.data;
  if (f.docsUrl) message.docsUrl = f.docsUrl;
  if (f.location) message.location = f.location;
  if (f.related?.length) {
    message.related = f.related.map((r) => ({
      message: localizeText(r.text, locale, r.data),
      line: r.position?.start.line ?? 1,
      column: r.position?.start.column ?? 1,
      ...(r.location ? { location: r.location } : {}),
    }));
  }
  return message;
}
