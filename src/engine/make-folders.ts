/**
 * `mkdir -p` a level at a time. Node 20's `mkdir(…, { recursive: true })` never returns when a level cannot be
 * made though its parent exists (`/proc/x/…`: -o and --cache-location spun forever at full CPU). A file where a
 * folder should be is left for the write that follows to say (ENOTDIR).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export async function makeFolders(folder: string): Promise<void> {
  try {
    await mkdir(folder);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || path.dirname(folder) === folder) throw error;
  }
  await makeFolders(path.dirname(folder));
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}
