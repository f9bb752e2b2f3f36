/** Why a file (an output, the cache) could not be written: words for the usual causes, else the system's code. */
import { msg, type Msg } from '../i18n/messages.js';

export function writeError(error: unknown): Msg {
  const code = typeof error === 'string' ? error : (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return msg('isFolder');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return msg('noWritePermission');
  // mkdir's and open's word for a path through a file (out.json/x.sarif when out.json is a file).
  if (code === 'ENOTDIR' || code === 'EEXIST') return msg('pathNotFolder');
  if (code === 'ENOSPC') return msg('diskFull');
  // A folder on the way could not be made: its parent exists but takes no new folder (/proc/x/out.json).
  if (code === 'ENOENT') return msg('folderNotCreated');
  return msg('raw', { text: code ?? (error instanceof Error ? error.message : String(error)) });
}
