/**
 * Why a document could not be checked, in the run's language: the parser's decoding errors (thrown in
 * English by the browser-safe core) and an empty document. Shared by lint(), lintFiles() and `extract`.
 */
import { DecodeError } from '../parser/decode.js';
import { msg, render, type Msg } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';

/** A DecodeError in the message table. */
export function decodeDetail(error: DecodeError): Msg {
  if (error.code === 'binary') return msg('binaryContent');
  if (error.code === 'legacy-office') return msg('legacyOffice');
  const encoding = /^not valid (.+) text$/.exec(error.message)?.[1];
  return encoding ? msg('notValidText', { encoding }) : msg('raw', { text: error.message });
}

/** The error to report for a document that failed to parse: decoding errors localized, others as thrown. */
export function localizeReadError(error: unknown, lang: Locale): unknown {
  return error instanceof DecodeError ? new Error(render(decodeDetail(error), lang)) : error;
}

/** Nothing but blanks: every rule would report what is missing, eleven findings for one cause. */
export function isEmptyDocument(text: string): boolean {
  return !/[^\s\u3000\ufeff]/.test(text);
}
