/** Every built-in rule, sorted by id. Presets derive from meta.recommended; nothing scans the file system. */
import type { AnyRule } from './types.js';
import applicationTotals from './application-totals.js';
import carryOver from './carry-over.js';
import feeStatement from './fee-statement.js';
import governmentAccountability from './government-accountability.js';
import narrativeConsistency from './narrative-consistency.js';
import narrativeYear from './narrative-year.js';
import numericCells from './numeric-cells.js';
import outdatedFormat from './outdated-format.js';
import publicationDate from './publication-date.js';
import requiredSections from './required-sections.js';
import requiredStatements from './required-statements.js';
import reviewLitigationTotals from './review-litigation-totals.js';
import rollUp from './roll-up.js';
import staleContent from './stale-content.js';
import statisticalPeriod from './statistical-period.js';
import tableStructure from './table-structure.js';
import unreadableContent from './unreadable-content.js';

export const rules: readonly AnyRule[] = [
  applicationTotals,
  carryOver,
  feeStatement,
  governmentAccountability,
  narrativeConsistency,
  narrativeYear,
  numericCells,
  outdatedFormat,
  publicationDate,
  requiredSections,
  requiredStatements,
  reviewLitigationTotals,
  rollUp,
  staleContent,
  statisticalPeriod,
  tableStructure,
  unreadableContent,
];

export const ruleById: ReadonlyMap<string, AnyRule> = new Map(rules.map((r) => [r.meta.id, r]));
