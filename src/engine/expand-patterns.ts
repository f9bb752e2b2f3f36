/**
 * Which files a run lints: files named one by one, folders searched for reports, and glob patterns, less what
 * `.reportlintignore` and --ignore-pattern leave out. A name the glob cannot follow (a dangling link, a device)
 * is kept, so that reading it gives that file its one-line fatal result instead of vanishing from the run.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { byPath, configLang, readError, type Target } from './lint-target.js';
import type { LintFilesOptions } from './lint-files-options.js';
import { onePathPerFile } from './one-path-per-file.js';
import { walkProblems, type UnreadableFolder } from './folder-check.js';
import { isLockFile } from './lock-files.js';
import { LocalizedError, msg, say } from '../i18n/messages.js';

/** What a folder is searched for. */
export const REPORT_EXTENSIONS = ['md', 'txt', 'html', 'htm', 'mht', 'mhtml', 'docx', 'pdf'] as const;
/**
 * Reports in a form reportlint cannot read (an old Word or WPS file, OFD) and archives that hold reports: a folder
 * is searched for them too, so that each gets its one fatal finding, as when named, and counts as not read in a
 * summary. Left out of the walk, a site's .doc attachments vanished from an evaluator's batch without a word (rtI).
 */
const UNREAD_EXTENSIONS = ['doc', 'wps', 'ofd', 'zip', 'rar'] as const;
const FOLDER_EXTENSIONS: readonly string[] = [...REPORT_EXTENSIONS, ...UNREAD_EXTENSIONS];
const DEFAULT_IGNORE_FILE = '.reportlintignore';
/**
 * A name the folder glob below matches (no dot files; the extension in any case: sites and Windows tools save
 * 报告.PDF and 报告.DOCX, which a case-sensitive walk dropped from a batch without a word).
 */
const isReportName = (name: string): boolean =>
  !name.startsWith('.') && FOLDER_EXTENSIONS.includes(/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** A pattern matched no file; the CLI turns it into exit 2 unless --no-error-on-unmatched-pattern. */
export class NoFilesFoundError extends LocalizedError {
  constructor(
    readonly pattern: string,
    readonly allIgnored: boolean,
  ) {
    super(msg(allIgnored ? 'allIgnored' : 'noFilesMatch', { pattern }));
    this.name = 'NoFilesFoundError';
  }
}

export async function expandPatterns(
  patterns: readonly string[],
  cwd: string,
  options: LintFilesOptions,
  notice: (message: string) => void,
  locked: UnreadableFolder[] = [],
): Promise<Target[]> {
  const ignorer = options.ignore === false ? undefined : await loadIgnore(cwd, options);
  const isIgnored = (file: string): boolean => {
    const rel = path.relative(cwd, file).split(path.sep).join('/');
    return !!ignorer && !!rel && !rel.startsWith('../') && !path.isAbsolute(rel) && ignorer.ignores(rel);
  };
  const found = new Map<string, Target>();
  const add = (file: string, explicit: boolean): void => {
    const known = found.get(file);
    if (!known || (explicit && !known.explicit)) found.set(file, { file, explicit });
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const posixPattern = pattern.replace(/\\/g, '/');
    const kind = await pathKind(absolute);
    let matched: string[];
    let explicit = false;
    // A device or pipe named on the command line is that file's fatal result (file-size.ts), not "no files match".
    if (kind === 'file' || kind === 'other') {
      matched = [absolute];
      explicit = true;
    } else if (kind === 'dir') {
      matched = await globFiles(`**/*.{${FOLDER_EXTENSIONS.join(',')}}`, absolute, { anyCase: true });
      const problems = await walkFrom(absolute, isIgnored);
      locked.push(...problems.folders);
      // Met by the walk and dropped by the glob: each its fatal result when read, as for a locked file.
      matched.push(...problems.unreachable);
    } else if ((await import('tinyglobby')).isDynamicPattern(posixPattern)) {
      matched = await globFiles(posixPattern, cwd);
      matched.push(...(await unreachableMatches(posixPattern, cwd, isIgnored)));
    } else {
      matched = [];
    }
    matched = matched.map((f) => path.resolve(f));
    if (!explicit) matched = matched.filter((f) => !isLockFile(f));
    const kept = matched.filter((f) => !isIgnored(f));
    if (explicit && kept.length === 0) {
      notice(say('ignoredExplicit', options.lang ?? (await configLang(options.configLoader, absolute)), { file: pattern }));
      continue;
    }
    if (kept.length === 0) {
      if (options.errorOnUnmatchedPattern !== false) throw new NoFilesFoundError(pattern, matched.length > 0);
      continue;
    }
    for (const f of kept) add(f, explicit);
  }
  return onePathPerFile([...found.values()]).sort((a, b) => byPath(a.file, b.file));
}

async function loadIgnore(cwd: string, options: LintFilesOptions): Promise<Ignore> {
  const ig = ignore();
  const file = path.resolve(cwd, options.ignorePath ?? DEFAULT_IGNORE_FILE);
  try {
    ig.add(await readFile(file, 'utf8'));
  } catch (error) {
    // The default file is optional; one named with --ignore-path must exist.
    if (options.ignorePath)
      throw new LocalizedError(msg('ignoreFileUnreadable', { file: options.ignorePath, reason: readError(error) }));
  }
  if (options.ignorePatterns?.length) ig.add([...options.ignorePatterns]);
  return ig;
}

async function pathKind(file: string): Promise<'file' | 'dir' | 'other' | 'missing'> {
  try {
    const s = await stat(file);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Dangling links and other entries the glob drops (it lists only what it can stat as a file) that the pattern
 * names: walked from the pattern's fixed base folder, as a folder argument is.
 */
async function unreachableMatches(pattern: string, cwd: string, isIgnored: (file: string) => boolean): Promise<string[]> {
  const base = path.resolve(cwd, picomatch.scan(pattern).base || '.');
  if ((await pathKind(base)) !== 'dir') return [];
  const matches = picomatch(path.isAbsolute(pattern) ? pattern : path.posix.join(cwd.split(path.sep).join('/'), pattern));
  const problems = await walkFrom(base, isIgnored);
  return problems.unreachable.filter((f) => matches(f.split(path.sep).join('/')));
}

/** The folder walk for what the glob drops, under the same ignore rules (a folder is matched with its trailing slash). */
function walkFrom(root: string, isIgnored: (file: string) => boolean): ReturnType<typeof walkProblems> {
  return walkProblems(root, (f, folder) => isIgnored(folder ? `${f}${path.sep}` : f), isReportName);
}

/**
 * Files a pattern matches under `cwd`. The globber loads with the first folder or glob: files named one by one
 * never need it. A folder's walk matches extensions in any case (`anyCase`); a glob the user wrote is matched as
 * written, as ESLint does.
 */
async function globFiles(pattern: string, cwd: string, { anyCase = false } = {}): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob([pattern], {
    cwd,
    absolute: true,
    onlyFiles: true,
    ignore: ALWAYS_IGNORED,
    expandDirectories: false,
    caseSensitiveMatch: !anyCase,
  });
}
