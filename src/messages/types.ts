/** A finding on its way through the post-rule pipeline (stamp → suppress → dedupe → sort → localize). */
import type { Position } from '../parser/types.js';
import type { LocalizedText, RuleSeverity } from '../rules/types.js';

export interface StampedFinding {
  ruleId: string | null;
  severity: RuleSeverity;
  fatal?: true;
  messageId: string;
  /** The message template (zh/en) and hint, looked up from the rule's meta. */
  text: LocalizedText;
  hint?: LocalizedText;
  data?: Readonly<Record<string, string | number>>;
  position?: Position;
  location?: string;
  actual?: number | string;
  expected?: number | string;
  related?: Array<{
    text: LocalizedText;
    data?: Readonly<Record<string, string | number>>;
    position?: Position;
    location?: string;
  }>;
  docsUrl?: string;
}
