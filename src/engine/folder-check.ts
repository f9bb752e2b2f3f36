/**
 * What the glob library skips without a word under a linted folder: folders that cannot be read, which made a
 * run over a folder with a locked sub-folder "pass" (exit 0) having checked only part of it, and report files
 * that are symbolic links pointing nowhere, or devices and pipes. Each one found here becomes a fatal result
 * instead (lint-target.ts, file-size.ts say which). Node-only.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git']);
/** A bound on the walk, far above any folder of reports. */
const MAX_FOLDERS = 100_000;

export interface UnreadableFolder {
  folder: string;
  code: string;
}

export interface WalkProblems {
  folders: UnreadableFolder[];
  /** Entries with a report's name that are no file: links whose target cannot be reached, devices, pipes. */
  unreachable: string[];
}

/**
 * `isReportName`: a name the glob would have matched. Links are looked for only outside dot folders, as the
 * glob does not walk those; folders that cannot be read, everywhere (as before). Links to folders are not
 * entered: the glob follows them, but a report under one is still read, and a failure there reported, when
 * it is linted.
 */
export async function walkProblems(
  root: string,
  isIgnored: (file: string, folder: boolean) => boolean,
  isReportName: (name: string) => boolean,
): Promise<WalkProblems> {
  const found: WalkProblems = { folders: [], unreachable: [] };
  const queue = [{ folder: root, hidden: false }];
  for (let seen = 0; queue.length > 0 && seen < MAX_FOLDERS; seen++) {
    const { folder, hidden } = queue.shift() as { folder: string; hidden: boolean };
    try {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const child = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED.has(entry.name) && !isIgnored(child, true))
            queue.push({ folder: child, hidden: hidden || entry.name.startsWith('.') });
          continue;
        }
        if (entry.isFile() || hidden || !isReportName(entry.name) || isIgnored(child, false)) continue;
        // A link the glob followed to a file is in its list already (one to a device is refused when read).
        if (!entry.isSymbolicLink() || (await isBroken(child))) found.unreachable.push(child);
      }
    } catch (error) {
      found.folders.push({ folder, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  return found;
}

async function isBroken(link: string): Promise<boolean> {
  try {
    await stat(link);
    return false;
  } catch {
    return true;
  }
}
