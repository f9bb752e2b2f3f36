import type { AdapterOutput } from './types.js';
// STUB
export function readText(text: string): AdapterOutput {
  return { tree: { type: 'root', children: [] }, text, linesFromSource: true };
}
