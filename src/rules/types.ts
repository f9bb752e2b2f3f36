/** The rule contract: built-in and plugin rules alike implement it (exported from the package entry). */
import type { Position, ReportNode, ReportRoot } from '../parser/types.js';

export type Locale = 'zh' | 'en';
/** Templates with {name} placeholders, in each locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;
export type RuleSeverity = 'warn' | 'error';
export type RuleCategory = 'structure' | 'period' | 'table' | 'statement';

/** A JSON schema for a rule's options (validated with ajv before any rule runs). */
export type OptionsSchema = Readonly<Record<string, unknown>>;

export interface RuleMeta<Options = unknown, MessageId extends string = string> {
  /** kebab-case, equals the file name; stable (configs and suppressions use it). */
  id: string;
  /** One sentence stating the requirement. */
  description: LocalizedText;
  category: RuleCategory;
  /** The clause of 国办公开办函〔2021〕30号 (or the regulation) that this rule enforces. */
  basis: string;
  defaultSeverity: RuleSeverity;
  /** Per-message defaults where a rule mixes severities; config "warn" turns them all into warnings. */
  severities?: Readonly<Partial<Record<MessageId, RuleSeverity>>>;
  recommended: boolean;
  messages: Readonly<Record<MessageId, LocalizedText>>;
  /** Fix hint shown under the message. */
  hints?: Readonly<Partial<Record<MessageId, LocalizedText>>>;
  schema?: OptionsSchema;
  defaultOptions?: Options;
  /** What JSON Schema cannot check (a regular expression prone to catastrophic backtracking): one line, or undefined. Runs when the config is loaded. */
  validateOptions?: (options: Options) => string | undefined;
  /** Where the rule's documentation lives; the engine derives it for built-in rules. */
  docsUrl?: string;
  /**
   * What only a run over many files gives the rule: last year's report of the same organ (`previousReport`:
   * `context.previousReports`) or the subordinate organs' reports (`subordinates`). Without it the rule says
   * nothing, so a tool that checks one document (the editors' page) shows it as not checked, never as passed.
   */
  needs?: 'previousReport' | 'subordinates';
}

export interface FindingInput<MessageId extends string = string> {
  /** The position comes from node.position. */
  node: ReportNode;
  /** A narrower span inside the node. */
  place?: Position;
  messageId: MessageId;
  data?: Readonly<Record<string, string | number>>;
  actual?: number | string;
  expected?: number | string;
  related?: ReadonlyArray<{ node: ReportNode; messageId: MessageId; data?: Readonly<Record<string, string | number>> }>;
}

/** Last year's report as a year-over-year rule sees it: its summary, and the file it was read from when known. */
export interface PreviousReport {
  /** The file as the run names it (relative to its working folder); absent for a report handed to lint() bare. */
  readonly file?: string;
  readonly report: ReportRoot;
}

/** A subordinate organ's figures as roll-up sees them (tables 三 and 四 by key; null when not read). */
export interface SubordinateFigures {
  readonly organ: string | null;
  readonly applications: Readonly<Record<string, number | null>> | null;
  readonly review: Readonly<Record<string, number | null>> | null;
}

/**
 * For a parent organ's report in a run whose configuration names a `hierarchy`: its subordinates' reports of the
 * same year in the run, and the subordinates that have none there.
 */
export interface Subordinates {
  readonly reports: readonly SubordinateFigures[];
  readonly missing: readonly string[];
}

export interface RuleContext<Options = unknown, MessageId extends string = string> {
  /** Already validated and merged with defaultOptions. */
  readonly options: Options;
  /** The only clock rules see (lint option `now`). */
  readonly now: Date;
  /** Last year's report of the same organ, when the engine has it (the first of `previousReports`). */
  readonly previous?: ReportRoot;
  /**
   * Every report of the same organ for last year that the engine has, in path order: a run may hold an original
   * and its 更正版, or the HTML and the PDF of one report. A year-over-year rule accuses only when none agrees.
   */
  readonly previousReports?: readonly PreviousReport[];
  /** The subordinate organs' reports, when this report is a parent's in a run with a `hierarchy` (roll-up). */
  readonly subordinates?: Subordinates;
  report(finding: FindingInput<MessageId>): void;
}

export interface Rule<Options = unknown, MessageId extends string = string> {
  meta: RuleMeta<Options, MessageId>;
  /** May be async: the engine awaits it (under a time limit). */
  check(report: ReportRoot, context: RuleContext<Options, MessageId>): void | Promise<void>;
}

/** A rule as the registry holds it, whatever its options and message ids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;

/** Identity helper so TypeScript infers Options and MessageId and checks every messageId. */
export function defineRule<O = void, M extends string = string>(rule: Rule<O, M>): Rule<O, M> {
  return rule;
}
