/**
 * Why a document could not be checked, in the run's language: the edge of the one error model. The parser
 * throws ReadErrors (an id and data, src/parser/read-error.ts); this words them through the catalogue
 * (src/i18n/messages.ts). Shared by lint(), lintFiles(), `extract`, the CLI and the page.
 */
import { ReadError, type ReadErrorId } from '../parser/read-error.js';
import { BudgetError, type Budget } from '../parser/budget.js';
import { LocalizedError, msg, render, type MessageId, type Msg } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';

/** Every id the parser may throw is a message of the catalogue (a compile error otherwise). */
const READ_MESSAGES: Readonly<Record<ReadErrorId, MessageId>> = {
  binaryContent: 'binaryContent',
  notValidText: 'notValidText',
  unknownEncoding: 'unknownEncoding',
  legacyOffice: 'legacyOffice',
  pdfNoText: 'pdfNoText',
  pdfGarbled: 'pdfGarbled',
  pdfEncrypted: 'pdfEncrypted',
  pdfDamaged: 'pdfDamaged',
  pdfTooManyPages: 'pdfTooManyPages',
  pdfTimeout: 'pdfTimeout',
  pdfIsPicture: 'pdfIsPicture',
  pdfIsZip: 'pdfIsZip',
  pdfIsWebPage: 'pdfIsWebPage',
  docxDamaged: 'docxDamaged',
  docxLying: 'docxLying',
  ofdFile: 'ofdFile',
  odtFile: 'odtFile',
  rtfFile: 'rtfFile',
  spreadsheetFile: 'spreadsheetFile',
  presentationFile: 'presentationFile',
  zipArchive: 'zipArchive',
  archiveFile: 'archiveFile',
  mhtmlNoPage: 'mhtmlNoPage',
  mhtmlTruncated: 'mhtmlTruncated',
  mhtmlDamaged: 'mhtmlDamaged',
  noReader: 'noReader',
  noText: 'noText',
  picturesOnly: 'picturesOnly',
  overBudget: 'overBudget',
};

const BUDGET_NAMES: Readonly<Record<keyof Budget, MessageId>> = {
  bytes: 'budgetBytes',
  zip: 'budgetZip',
  expanded: 'budgetExpanded',
  xml: 'budgetXml',
  entries: 'budgetEntries',
  pages: 'budgetPages',
  blocks: 'budgetBlocks',
  items: 'budgetItems',
  columns: 'budgetColumns',
  depth: 'budgetDepth',
};

/** A ReadError in the message table. */
export function readErrorDetail(error: ReadError): Msg {
  if (error instanceof BudgetError) return msg('overBudget', { ...error.data, what: msg(BUDGET_NAMES[error.limit]) });
  return msg(READ_MESSAGES[error.id], error.data);
}

/** Why a document could not be read, as a message; undefined for an error that is not about the document. */
export function unreadableDetail(error: unknown): Msg | undefined {
  if (error instanceof ReadError) return readErrorDetail(error);
  if (error instanceof LocalizedError) return error.detail;
  // A stack overflow in a parser means absurd nesting (thousands of <div>s); say so rather than name the stack.
  // (The engine's own RangeError: its message is the only thing that tells it apart.)
  if (error instanceof RangeError && /call stack/i.test(error.message)) return msg('nestedTooDeeply');
  return undefined;
}

/** The text of why a document could not be read, in `lang`; any other error's own message. */
export function unreadableText(error: unknown, lang: Locale): string {
  const detail = unreadableDetail(error);
  if (detail) return render(detail, lang);
  return error instanceof Error ? error.message : String(error);
}

/** Nothing but blanks: every rule would report what is missing, eleven findings for one cause. */
export function isEmptyDocument(text: string): boolean {
  return !/[^\s\u3000\ufeff]/.test(text);
}
