/**
 * Linting many files: expands files, folders and globs, applies `.reportlintignore` and --ignore-pattern,
 * reads each file (or stdin), finds its configuration and calls lint(). Output order is deterministic
 * (sorted by path). Node-only: this is the file-reading layer above the browser-safe core.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReport, type ParsedReport } from '../parser/index.js';
import {
  anyConfig,
  configLang,
  lintOne,
  lintTarget,
  readError,
  relative,
  slimmed,
  summaryOf,
  type CarryingResult,
  type Target,
} from './lint-target.js';
import type { ReportRoot } from '../parser/types.js';
import type { PreviousReport, Subordinates } from '../rules/types.js';
import { carrySummary, organPlacesOf, organYearKey, pairWithPreviousYear, type YearKey } from './year-over-year.js';
import { mayBeSameOrgan, placesDisagree } from './same-organ.js';
import { linksYearsAsLinted, YearBook } from './year-book.js';
import { repeatedSubordinates, subordinatesOf } from './roll-up.js';
import { ConfigLoader } from '../config/loader.js';
import type { Locale } from '../rules/types.js';
import type { LintResult } from './types.js';
import { fatalResult } from './lint.js';
import { readErrorDetail, unreadableDetail } from '../messages/unreadable.js';
import { cachedRelint, lintFilesConcurrently, openCache, saveCache } from './parallel.js';
import type { LintFilesOptions } from './lint-files-options.js';
import { readWithinLimit } from './file-size.js';
import { BudgetError } from '../parser/budget.js';
import type { LintCache } from './cache.js';
import type { UnreadableFolder } from './folder-check.js';
import { expandPatterns } from './expand-patterns.js';
import { useTextOnlyPdfWorker } from './pdf-worker-node.js';
import { usePdfReadAhead } from './pdf-read-ahead.js';
import { checkOptions, checkPatterns } from './options-check.js';
import { LocalizedError, msg, say } from '../i18n/messages.js';

export type { LintFilesOptions } from './lint-files-options.js';
export { NoFilesFoundError, REPORT_EXTENSIONS } from './expand-patterns.js';

interface StdinEntry {
  filePath: string;
  configPath: string;
  content: string | Uint8Array;
}

export async function lintFiles(patterns: readonly string[] | string, options: LintFilesOptions = {}): Promise<LintResult[]> {
  const list = checkPatterns(patterns);
  checkOptions(options);
  useTextOnlyPdfWorker();
  usePdfReadAhead();
  try {
    return await lintAll(list, options);
  } catch (error) {
    // Errors from the table are Chinese unless the caller asked for another language.
    throw options.lang && error instanceof LocalizedError ? error.inLocale(options.lang) : error;
  }
}

async function lintAll(patterns: readonly string[], options: LintFilesOptions): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? '.');
  const loader = options.configLoader ?? new ConfigLoader({ ...options, cwd });
  const notice = options.onNotice ?? (() => undefined);
  const locked: UnreadableFolder[] = [];
  const targets = await expandPatterns(
    patterns.filter((p) => p !== '-'),
    cwd,
    { ...options, configLoader: loader },
    notice,
    locked,
  );
  const results: CarryingResult[] = [];
  let stdin: StdinEntry | undefined;
  if (patterns.includes('-')) {
    const filePath = options.stdin?.filePath ? path.resolve(cwd, options.stdin.filePath) : '<stdin>';
    const configPath = options.stdin?.filePath ? filePath : path.join(cwd, '<stdin>');
    stdin = { filePath, configPath, content: options.stdin?.content ?? '' };
  }
  const keepFacts =
    options.keepFacts === true ||
    // The roll-up check (a config naming a `hierarchy`) needs every report's facts.
    (await anyConfig(loader, [...(stdin ? [stdin.configPath] : []), ...targets.map((t) => t.file)], (config) =>
      Boolean(config.hierarchy),
    ));
  // cwd resolved: last year's reports are named relative to it in findings, alike in every thread.
  const run = { ...options, cwd, keepFacts };
  if (stdin) results.push(slimmed(await lintOne(stdin.content, stdin.filePath, stdin.configPath, loader, run), keepFacts));
  // Cache, worker threads and file order: src/parallel.ts; each file is linted by lintTarget (lint-target.ts).
  // Reports whose previous year was linted before them are checked against it as they are linted (YearBook).
  const years = linksYearsAsLinted(options) ? new YearBook() : undefined;
  const lintTargetHere = (target: Target, say: (message: string) => void) => lintTarget(target, cwd, loader, run, say, years);
  const cache = await openCache(options, cwd);
  const walked = await lintFilesConcurrently(targets, run, {
    cwd,
    loader,
    notice,
    lintTarget: lintTargetHere,
    cache,
    keep: (result) => slimmed(result, keepFacts),
  });
  results.push(...withoutNonReports(walked, cwd, options.lang ?? 'zh', notice));
  const subordinates = await rollUpPairs(results, loader, stdin, { cwd, lang: options.lang, notice });
  const linked = await linkYears(results, {
    loader,
    options: run,
    cwd,
    cache,
    subordinates,
    notice,
    ...(stdin ? { stdin } : {}),
  });
  if (cache) await saveCache(cache, notice, options.lang);
  for (const { folder, code } of locked) {
    const lang = options.lang ?? (await configLang(loader, folder));
    linked.push(
      fatalResult(
        folder,
        new LocalizedError(msg('folderUnreadable', { file: relative(cwd, folder) || '.', code })),
        'unreadable',
        lang,
      ),
    );
  }
  return linked.map(({ facts, ...plain }) => (options.keepFacts && facts ? { ...plain, facts } : plain));
}

/**
 * The parents' reports (by index) with their subordinates' reports in the run, when a config names a
 * `hierarchy` (roll-up.ts): the second pass lints each parent again with them, for the roll-up rule. A
 * subordinate a hierarchy names twice (or twice but for spacing) is counted once, and said once per config file.
 */
async function rollUpPairs(
  results: readonly CarryingResult[],
  loader: ConfigLoader,
  stdin: StdinEntry | undefined,
  run: { cwd: string; lang: Locale | undefined; notice: (message: string) => void },
): Promise<Map<number, Subordinates>> {
  if (!results.some((r) => r.facts)) return new Map();
  const configs = await Promise.all(
    results.map((result, i) =>
      loader
        .forFile(i === 0 && stdin ? stdin.configPath : result.filePath)
        .then((c) => c.config)
        .catch(() => undefined),
    ),
  );
  const said = new Set<string | null>();
  for (const config of configs) {
    if (!config?.hierarchy || said.has(config.file)) continue;
    said.add(config.file);
    const lang = run.lang ?? config.lang ?? 'zh';
    for (const { parent, names } of repeatedSubordinates(config.hierarchy)) {
      const file = config.file ? relative(run.cwd, config.file) : '.reportlintrc.json';
      run.notice(say('hierarchyRepeated', lang, { file, parent, names: names.join(lang === 'zh' ? '、' : ', ') }));
    }
  }
  const { pairs, undecided } = subordinatesOf(
    results.map((result, i) => ({
      facts: result.fatalErrorCount > 0 ? undefined : result.facts,
      hierarchy: configs[i]?.hierarchy,
      file: i === 0 && stdin?.filePath === '<stdin>' ? undefined : result.filePath,
      places: result.yearKey?.places,
    })),
  );
  // Two organs of one name that may each be the subordinate: said once, and that parent's roll-up is not checked.
  for (const { parent, name, reports } of undecided) {
    const lang = run.lang ?? configs[parent]?.lang ?? 'zh';
    const files = reports.map((j) => relative(run.cwd, (results[j] as LintResult).filePath));
    run.notice(
      say('rollUpUndecided', lang, {
        file: relative(run.cwd, (results[parent] as LintResult).filePath),
        name,
        files: files.join(lang === 'zh' ? '、' : ', '),
      }),
    );
  }
  return pairs;
}

/** Drops the files a folder walk found not to be reports, naming them all in one notice. */
function withoutNonReports(results: LintResult[], cwd: string, lang: Locale, notice: (message: string) => void): LintResult[] {
  const skipped = results.filter((r) => r.skippedNotAReport);
  if (!skipped.length) return results;
  const names = skipped.map((r) => relative(cwd, r.filePath));
  notice(say('skippedNotReports', lang, { count: names.length, files: names.join(lang === 'zh' ? '、' : ', ') }));
  return results.filter((r) => !skipped.includes(r));
}

/**
 * The year-over-year pass: a report whose organ also has a report for the year before in this run (or every
 * report, with --previous) is linted again with that year's summaries as `previous` (every copy of that year:
 * an original and its 更正版, or its HTML and its PDF). Only those are read twice.
 */
async function linkYears(
  results: CarryingResult[],
  {
    loader,
    options,
    cwd,
    stdin,
    cache,
    subordinates,
    notice,
  }: {
    loader: ConfigLoader;
    options: LintFilesOptions;
    cwd: string;
    stdin?: StdinEntry;
    cache?: LintCache | undefined;
    subordinates: ReadonlyMap<number, Subordinates>;
    notice: (message: string) => void;
  },
): Promise<LintResult[]> {
  const explicit = options.previousFile ? await readPrevious(options.previousFile, cwd, options) : undefined;
  const keys = results.map((r) => (r.fatalErrorCount > 0 ? undefined : r.yearKey));
  // --previous stands for the pairing of the reports it is last year's report of; the others keep theirs.
  const files = results.map((r) => r.filePath);
  const fitted =
    explicit && options.previousFile
      ? fitsOf(explicit.report, path.resolve(cwd, options.previousFile), keys, files)
      : new Set<number>();
  if (explicit && fitted.size === 0 && options.previousFile) {
    const lang = options.lang ?? (await configLang(loader, path.resolve(cwd, options.previousFile)));
    notice(previousUnused(options.previousFile, explicit.report, lang));
  }
  const pairs = pairWithPreviousYear(
    keys.map((k, i) => (fitted.has(i) ? undefined : k)),
    files,
  );
  const read = async (i: number): Promise<string | Uint8Array> =>
    i === 0 && stdin !== undefined ? stdin.content : readFile((results[i] as LintResult).filePath);
  const configPathOf = (i: number): string => (i === 0 && stdin ? stdin.configPath : (results[i] as LintResult).filePath);
  // The previous year's summary, read again (the first pass kept only each report's organ and year), and kept
  // only while a report still to come follows it (two files of one organ and year can share it).
  const summaries = new Map<number, Promise<ReportRoot | undefined>>();
  const uses = new Map<number, number>();
  // A report the first pass already checked against the right previous years is final (YearBook): the same
  // files, in the same order.
  const linkedRight = (i: number): boolean => {
    const linked = results[i]?.linkedPrevious;
    const js = pairs?.get(i);
    // stdin is never in a book: a walked file of the same name is another report.
    const fromStdin = js?.includes(0) && stdin !== undefined;
    return (
      linked !== undefined &&
      js !== undefined &&
      !fromStdin &&
      linked.length === js.length &&
      js.every((j, n) => results[j]?.filePath === linked[n])
    );
  };
  for (const [i, js] of pairs ?? [])
    if (!linkedRight(i) || subordinates.has(i)) for (const j of js) uses.set(j, (uses.get(j) ?? 0) + 1);
  const summaryAt = (j: number): Promise<ReportRoot | undefined> => {
    const summary =
      summaries.get(j) ??
      read(j).then(
        (content) => summaryOf(content, (results[j] as LintResult).filePath, configPathOf(j), loader, options),
        () => undefined,
      );
    const left = (uses.get(j) ?? 1) - 1;
    uses.set(j, left);
    if (left > 0) summaries.set(j, summary);
    else summaries.delete(j);
    return summary;
  };
  const previousAt = async (js: readonly number[]): Promise<PreviousReport[]> => {
    const out: PreviousReport[] = [];
    for (const j of js) {
      const report = await summaryAt(j);
      if (report) out.push({ file: relative(cwd, (results[j] as LintResult).filePath), report });
    }
    return out;
  };
  const out: LintResult[] = [];
  for (const [i, result] of results.entries()) {
    const { carry: _carry, yearKey: _key, linkedPrevious, ...plain } = result;
    const js = pairs?.get(i);
    // A parent organ's report is linted again with its subordinates' figures (roll-up).
    const below = subordinates.get(i);
    if (linkedRight(i) && !below) {
      out.push(plain);
      continue;
    }
    const found = explicit && fitted.has(i) ? [explicit] : js ? await previousAt(js) : [];
    const previous = found.length ? found : undefined;
    // Checked in the first pass against reports the run's pairing does not give it (not every copy of that
    // year, or one that failed): linted again against the right ones, or none.
    if (!previous && linkedPrevious === undefined && !below) {
      out.push(plain);
      continue;
    }
    let content: string | Uint8Array;
    try {
      content = await read(i);
    } catch (error) {
      // Deleted or locked since the first pass: that file fails, the run goes on.
      const lang = options.lang ?? (await configLang(loader, result.filePath));
      out.push(fatalResult(result.filePath, new LocalizedError(readError(error)), 'unreadable', lang));
      continue;
    }
    const fromStdin = i === 0 && stdin !== undefined;
    const relint = (): Promise<LintResult> =>
      lintOne(content, result.filePath, configPathOf(i), loader, {
        ...options,
        ...(previous ? { previous } : {}),
        ...(below ? { subordinates: below } : {}),
      });
    // The second pass is cached too (keyed by last year's summary), so an unchanged folder re-runs near-instantly.
    const final: CarryingResult = fromStdin
      ? await relint()
      : await cachedRelint(
          cache,
          { file: result.filePath, content },
          below ? { previous, below } : previous,
          options,
          loader,
          relint,
        );
    const { carry: _c, yearKey: _k, facts, ...relinted } = final;
    out.push(plain.facts && facts ? { ...relinted, facts } : relinted);
  }
  return out;
}

/**
 * The reports (by index) a --previous report is last year's report of: the year before theirs, and the same
 * organ (spacing aside, as the pairing compares them). When an organ is unread on either side, it is taken to
 * fit only the one report of that year in the run: named for a single report, as `--previous last.docx
 * this.docx`; in a batch, compared with no report it cannot be told is the same organ's. An organ whose name does
 * not say where it is (城关镇人民政府) is fitted as the run's pairing pairs it (same-organ.ts: by the two paths and
 * the places the texts set before the name), or, lying elsewhere, when it is the only report of that name and year
 * and the run holds no previous year of its own: 甲县城关镇2022.md named with --previous is not 乙县/城关镇2023.md's
 * last year, whose own 2022 is in the run (rtQ F5).
 */
function fitsOf(
  previous: ReportRoot,
  previousFile: string,
  keys: ReadonlyArray<YearKey | undefined>,
  files: readonly string[],
): Set<number> {
  const year = previous.year;
  const ofYear = keys.flatMap((k, i) => (k && year !== null && k.year === year + 1 ? [i] : []));
  const organ = previous.organ;
  if (!organ) return new Set(ofYear.length === 1 ? ofYear : []);
  const said = organPlacesOf(previous);
  const named = ofYear.filter((i) => {
    const theirs = keys[i]?.organ;
    return theirs ? organYearKey(organ, 0) === organYearKey(theirs, 0) : ofYear.length === 1;
  });
  const own = pairWithPreviousYear(keys, files);
  return new Set(
    named.filter((i) => {
      const places = keys[i]?.places;
      if (!keys[i]?.organ) return true;
      if (placesDisagree(said, places ?? [])) return false;
      const file = files[i];
      const alike = file !== undefined && mayBeSameOrgan(organ, file, previousFile, { file: places, other: said });
      return alike || (named.length === 1 && !own.has(i));
    }),
  );
}

/** The notice that --previous was used for no report, with what it is (organ and year) so the user sees why. */
function previousUnused(file: string, previous: ReportRoot, lang: Locale): string {
  const organ = previous.organ ?? (lang === 'zh' ? '（未识别机关）' : '(organ not read)');
  return say('previousUnused', lang, { file, organ, year: previous.year ?? '?', next: (previous.year ?? 0) + 1 });
}

async function readPrevious(name: string, cwd: string, options: LintFilesOptions): Promise<PreviousReport> {
  const file = path.resolve(cwd, name);
  let bytes: Uint8Array;
  try {
    bytes = await readWithinLimit(file, options.maxFileSize);
  } catch (error) {
    const reason = error instanceof BudgetError ? readErrorDetail(error) : readError(error);
    throw new LocalizedError(msg('previousUnreadable', { file: name, reason }));
  }
  let parsed: ParsedReport;
  try {
    parsed = await parseReport(bytes, {
      filePath: file,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    });
  } catch (error) {
    throw new LocalizedError(
      msg('previousUnreadable', {
        file: name,
        reason: unreadableDetail(error) ?? msg('raw', { text: error instanceof Error ? error.message : String(error) }),
      }),
    );
  }
  const summary = carrySummary(parsed.report);
  if (!summary) throw new LocalizedError(msg('previousNoSummary', { file: name }));
  return { file: relative(cwd, file), report: summary };
}
