/**
 * ESLint-compatible JSON results (so ESLint formatters and tooling can be reused), plus reportlint's
 * extras (messageId, data, hint, docsUrl, location, format, encoding, carryOverCheck). The decoded source is left
 * out, and so are the facts the batch formats keep (csv, summary-html, junit): with them the JSON of a run
 * changed with the other formats asked for; what was read is `reportlint extract`'s (docs/extract.md).
 */
import type { Formatter } from './types.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map(({ source: _source, facts: _facts, ...result }) => ({
      ...result,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    })),
  );
