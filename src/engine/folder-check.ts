/**
 * Folders under a linted folder that cannot be read. The glob library skips them without a word, which
 * made a run over a folder with a locked sub-folder "pass" (exit 0) having checked only part of it; each
 * one found here becomes a fatal result instead. Node-only (file layer).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git']);
/** A bound on the walk, far above any folder of reports. */
const MAX_FOLDERS = 100_000;

export interface UnreadableFolder {
  folder: string;
  code: string;
}

export async function unreadableFolders(root: string, isIgnored: (folder: string) => boolean): Promise<UnreadableFolder[]> {
  const found: UnreadableFolder[] = [];
  const queue = [root];
  for (let seen = 0; queue.length > 0 && seen < MAX_FOLDERS; seen++) {
    const folder = queue.shift() as string;
    try {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (!entry.isDirectory() || SKIPPED.has(entry.name)) continue;
        const child = path.join(folder, entry.name);
        if (!isIgnored(child)) queue.push(child);
      }
    } catch (error) {
      found.push({ folder, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  return found;
}
