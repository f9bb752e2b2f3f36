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
  related?: Array<{ message: string; line: number; column: number }>;
  docsUrl?: string;
  /** A place people can find where lines mean little (.docx, .pdf). */
  location?: string;
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
  /** Organ, year and key figures, kept only when asked for (`keepFacts`: the csv and summary-html formats). */
  facts?: ReportFacts;
}
