import type { AdapterOutput } from './adapters/types.js';
import type { InputFormat, ReportRoot } from './types.js';
// STUB: replaced by the real report builder shortly.
export function buildReport(_out: AdapterOutput, format: InputFormat): ReportRoot {
  return { type: 'report', format, year: null, organ: null, title: null, periods: [], feeStatements: [], dates: [], children: [] };
}
