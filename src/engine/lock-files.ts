/**
 * The owner (lock) files office suites leave beside a document while it is open: Word's ~$报告.docx (162 bytes,
 * the user's name; not a zip) and LibreOffice's .~lock.报告.docx#. Never a report: a folder walk or a glob leaves them
 * out, where read they were each a "corrupt .docx" error failing the run (review5 U5). One named on the command line
 * is still read and reported, as any file named.
 */
import path from 'node:path';

export function isLockFile(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith('~$') || (name.startsWith('.~lock.') && name.endsWith('#'));
}
