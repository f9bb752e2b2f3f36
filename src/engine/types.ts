/** Public result types of the engine: what formatters, the CLI and integrations consume. */
import type { InputFormat } from '../parser/types.js';
import type { ReportFacts } from './facts.js';

export type Severity = 1 | 2;

export interface LintMessage {
  /** null only for a file that could not be read or parsed. */
  ruleId: string | null;
  severity: Severity;
  /** The file is unusable (decode/parse failure) or a rule crashed: the check is incomplete. */
  fatal?: true;
  messageId?: string;
  message: string;
  hint?: string;
  /** 1-based line and column (UTF-16 code units), as unist points. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** 0-based offset into the decoded text. */
  offset?: number;
  actual?: number | string;
  expected?: number | string;
  data?: Readonly<Record<string, string | number>>;
  /** Further places of the finding (a table's many blank cells): each with its cell's location when it names one. */
  related?: Array<{ message: string; line: number; column: number; location?: string }>;
  docsUrl?: string;
  /** A place people can find where lines mean little (.docx, .pdf). */
  location?: string;
}

/**
 * Whether this year's 上年结转 was compared with last year's 结转下年度继续办理 (the carry-over rule):
 * - `checked`: compared, column by column, with last year's report (`files`: every copy compared); a difference
 *   is the rule's error;
 * - `partial`: compared where last year's row was read, and agreeing there; the other columns were not read;
 * - `unread`: last year's report is in the run (`files`), but its row could not be read (a warning says so);
 * - `uncertain`: last year's copies differ, and the one agreeing with this year was read in part (a warning);
 * - `noPrevious`: no report of the same organ for the year before was paired with this one (none in the run,
 *   the organ named otherwise, or a name like 城关镇人民政府 whose files lie in folders naming other places);
 * - `notRead`: this report's own 上年结转 row (or table 三) was not read, or is on the 2019 form.
 */
export interface CarryOverCheck {
  status: 'checked' | 'partial' | 'unread' | 'uncertain' | 'noPrevious' | 'notRead';
  /** Last year's files, as the run names them (relative to its working folder). */
  files?: string[];
  /** `checked`, and this year's row differs from last year's (the carry-over error). */
  mismatch?: true;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** The input format the file was read as, and its encoding, when it could be read. */
  format?: InputFormat;
  encoding?: string;
  /** The decoded text (for code frames and the editors' page); omitted from JSON output. */
  source?: string;
  /** The document is not an annual report at all (its one finding says so). */
  notAReport?: boolean;
  /** Internal: found by walking a folder and not a report, so left out of the results (named in one notice). */
  skippedNotAReport?: boolean;
  /** The year-over-year check of 上年结转, when the carry-over rule ran on a report (absent for a fatal result). */
  carryOverCheck?: CarryOverCheck;
  /** Organ, year and key figures, kept only when asked for (`keepFacts`: the csv and summary-html formats). */
  facts?: ReportFacts;
}
