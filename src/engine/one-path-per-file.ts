/**
 * One target per file: a folder reached through a symbolic link (a link back up the tree, or two names for
 * one folder) gave the same report under two paths, linted and counted twice. Node-only (file layer).
 */
import { lstatSync, realpathSync } from 'node:fs';
import type { Target } from './lint-target.js';

/**
 * Keeps one path of each real file. Symbolic links to folders are still followed, as markdownlint-cli2 (fast-glob)
 * and ESLint before 9 do: reports kept elsewhere and linked into the folder are what users expect linted (ESLint
 * 9 stopping that was reported as a bug, eslint/eslint#19963); only the second name of one file is dropped
 * (what eslint/eslint#4606 asks for). The name kept: one given on the command line, else the file's own name
 * over a link to it (a link in 杂项/ to a report of its organ's folder: the report is named where it is, rtQ F10),
 * else the one with the fewest folders (never the way round a loop), else the first in path order, so the choice
 * does not depend on the order the walk met them. A link whose file is not in the run keeps its own name.
 */
export function onePathPerFile(targets: readonly Target[]): Target[] {
  const kept = new Map<string, Target>();
  for (const target of targets) {
    const key = realPath(target.file);
    const known = kept.get(key);
    if (!known || preferred(target, known)) kept.set(key, target);
  }
  return [...kept.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function preferred(a: Target, b: Target): boolean {
  if (a.explicit !== b.explicit) return a.explicit;
  const linkA = isLink(a.file);
  if (linkA !== isLink(b.file)) return !linkA;
  const depth = (t: Target): number => t.file.split(/[\\/]/).length;
  return depth(a) !== depth(b) ? depth(a) < depth(b) : a.file < b.file;
}

/** Whether the path's last name is a symbolic link (not: a file reached through a linked folder). */
function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The file's real path; its own path when that cannot be resolved (a dangling link: reported when read). */
function realPath(file: string): string {
  try {
    // The native call: one system call per file, no promise queued behind other files' reads.
    return realpathSync.native(file);
  } catch {
    return file;
  }
}
