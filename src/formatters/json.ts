/**
 * ESLint-compatible JSON results (so ESLint formatters and tooling can be reused), plus reportlint's
 * extras (messageId, data, hint, docsUrl, location, format, encoding). The decoded source is left out.
 */
import type { Formatter } from './types.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map(({ source: _source, ...result }) => ({
      ...result,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    })),
  );
