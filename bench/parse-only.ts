/**
 * The parse floor: remark-parse + remark-gfm over every file of a folder in one process, no rules. The
 * bench spawns it like the linters, so process start-up counts the same for all.
 * Usage: node parse-only.js <folder>
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const folder = path.resolve(process.argv[2] ?? 'bench/out/md-1000');
const processor = unified().use(remarkParse).use(remarkGfm);
let nodes = 0;
for (const name of (await readdir(folder)).sort()) {
  const tree = processor.parse(await readFile(path.join(folder, name), 'utf8'));
  nodes += tree.children.length;
}
console.log(`parsed ${folder}: ${nodes} top-level nodes`);
