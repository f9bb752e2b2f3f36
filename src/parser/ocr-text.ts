/**
 * Whether a document's text is an OCR engine's reading of a scan that arrived as text (tesseract's .txt, an OCR tool's
 * Markdown, OCR pasted into a web page one <p> a line), judged from the whole text (red team rtR, "common root
 * cause"). A PDF's text layer over a page image (pdf-scan.ts) and hOCR say so themselves (`ocrScan`); OCR pasted as
 * text says nothing, and what the OCR did (a border read as a 1, a row dropped, 31 read as 81) was linted as what
 * the report printed.
 *
 * OCR leaves marks no typist makes, of several independent kinds, each counted:
 * - `split`: a fixed phrase of the format's prose cut by one blank (政府信 息公开, 统计期 限), not a letter-spaced line
 *   (总 体 情 况) and no table header (结果 维持 wraps in its cell);
 * - `debris`: a number with marks glued to it that no one prints (|1179, 5]45, 31_, “|146, 12>);
 * - `brackets`: a bracket closed by another kind ([2021] written 【2021]) or an ordinal's bracket with a blank before
 *   its close ((一 ) 主动公开);
 * - `lookalike`: letters among a number's digits (l39, 9o, 2O1);
 * - `rules`: a table's column rule printed as | glued to words in a line of text (信息内容 |本年处理决定数量), or a [ or
 *   ] left unpaired between two characters (商业企笨研机[竺会公益).
 * A kind counts from MIN_PER_KIND marks; the text is OCR's from MIN_KINDS kinds. One stray mark, or many of one kind
 * (a page of 〔2021〕 typed as [2021〕, a breadcrumb of |), is typed text. A text of a page's length (one page of
 * tesseract's output) has fewer marks: there one kind of mark on the figures twice and one other mark suffice
 * (isOcrPage). Pure and bounded: every line is scanned once,
 * tokens are looked at up to MAX_TOKEN characters.
 */

/**
 * The marks of each kind found in a text; `ordinals` the spaced ordinals ((一 )) among `brackets`, `chars` the
 * characters looked at (lines and cells, blanks included).
 */
export interface OcrSignals extends Readonly<Record<OcrSignalKind, number>> {
  readonly ordinals?: number;
  readonly chars?: number;
}
type OcrSignalKind = 'split' | 'debris' | 'brackets' | 'lookalike' | 'rules';

/** Marks a kind needs to count, and kinds the text needs to be OCR's. */
const MIN_PER_KIND = 2;
const MIN_KINDS = 2;
/** Longer tokens (a URL, a run of digits) are no number OCR damaged. */
const MAX_TOKEN = 24;

/**
 * Phrases of the format's prose and headings (not table headers, whose cells wrap: 结果 ⏎ 维持 becomes 结果 维持 in a
 * flattened row): a blank inside one of them is OCR's.
 */
const PHRASES = [
  '政府信息公开',
  '政府信息',
  '信息公开',
  '年度报告',
  '工作年度',
  '主动公开',
  '依申请公开',
  '统计期限',
  '总体情况',
  '政务公开',
  '人民政府',
  '信息处理费',
  '收费通知',
  '改进情况',
  '主要问题',
  '需要报告',
  '行政复议',
  '行政诉讼',
  '工作要点',
  '中华人民共和国',
];
const LONGEST_PHRASE = Math.max(...PHRASES.map((p) => p.length));

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';

/** Blanks inside a fixed phrase: 政府信 息公开. */
function splitPhrases(text: string): number {
  let n = 0;
  // From blank to blank (indexOf), not character by character: most lines of a typed report have none.
  for (let i = text.indexOf(' ', 1); i > 0 && i + 1 < text.length; i = text.indexOf(' ', i + 1)) {
    if (!isCjk(text[i - 1]) || !isCjk(text[i + 1])) continue;
    let a = i;
    while (a > 0 && isCjk(text[a - 1]) && i - a < LONGEST_PHRASE) a--;
    let b = i + 1;
    while (b < text.length && isCjk(text[b]) && b - i <= LONGEST_PHRASE) b++;
    const left = text.slice(a, i);
    const right = text.slice(i + 1, b);
    // A letter-spaced line (总 体 情 况): one character on each side of the blank.
    if (left.length < 2 && right.length < 2) continue;
    const joined = left + right;
    if (
      PHRASES.some((p) => {
        const k = joined.indexOf(p);
        return k >= 0 && k < left.length && k + p.length > left.length;
      })
    )
      n++;
  }
  return n;
}

/** Marks OCR glues to a number: a border (| [ ]), a speck (_ >), a stray quote. */
const DEBRIS_MARKS = '\\]\\[|_>“”"\'';
const DEBRIS_TOKEN = new RegExp(`^[${DEBRIS_MARKS}]*[0-9]+(?:[${DEBRIS_MARKS}]+[0-9]+)*[${DEBRIS_MARKS}]*$`);
const HAS_MARK = new RegExp(`[${DEBRIS_MARKS}]`);
/** Marks as typed: a footnote [1], a quoted “12”. */
const TYPED_MARKS = /^(?:\[[0-9]+\]|“[0-9]+”|"[0-9]+"|'[0-9]+')$/;

function debris(text: string): number {
  if (!HAS_MARK.test(text)) return 0;
  let n = 0;
  for (const token of text.split(/[\s\u3000]+/)) {
    if (token.length > MAX_TOKEN || !/[0-9]/.test(token) || !HAS_MARK.test(token)) continue;
    if (DEBRIS_TOKEN.test(token) && !TYPED_MARKS.test(token)) n++;
  }
  return n;
}

/** A year or number in brackets of two kinds (【2021], 〔2021]), and (一 ) with a blank before its close. */
const MIXED_BRACKETS = /([【〔[［])[0-9 ]{1,8}([\]】〕］])/g;
const PAIRS: Readonly<Record<string, string>> = { '【': '】', '〔': '〕', '[': ']', '［': '］' };
const SPACED_ORDINAL = /\([一二三四五六七八九十] \)/g;

/** Any character the two patterns above start with: a line without one is not searched. */
const OPENING = /[【〔[［(]/;

function mixedBrackets(text: string): number {
  if (!OPENING.test(text)) return 0;
  let n = 0;
  for (const m of text.matchAll(MIXED_BRACKETS)) if (PAIRS[m[1]!] !== m[2]) n++;
  return n;
}

function spacedOrdinals(text: string): number {
  return text.includes(' )') ? count(SPACED_ORDINAL, text) : 0;
}

/** Matches of a global pattern in the text. */
function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** Letters OCR reads for 1 and 0 among digits: l39, 9o, 2O1 (no more letters than digits). */
function lookalikes(text: string): number {
  let n = 0;
  let digits = 0;
  let letters = 0;
  let other = false;
  let length = 0;
  const close = (): void => {
    if (!other && length >= 2 && length <= MAX_TOKEN && digits >= 1 && letters >= 1 && letters <= digits) n++;
    digits = letters = length = 0;
    other = false;
  };
  // Char codes, not one-character strings: this runs over every character of the text.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x6c || c === 0x49 || c === 0x6f || c === 0x4f)
      letters++; // l I o O
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) other = true;
    else {
      close();
      continue;
    }
    length++;
  }
  return n;
}

/** A column rule glued to a word on one side, a blank on the other (信息内容 |本年处理决定数量, 其他 |总计). */
const RULE_GLUED = /(?:[\s“”"]|^)[|｜](?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[|｜](?=\s|$)/g;
/** A square bracket between two characters (企笨研机[竺会), counted only where the line leaves one unpaired. */
const BRACKET_BETWEEN = /(?<=[\u3400-\u9fff])[[\]](?=[\u3400-\u9fff])/g;

/** The characters a rule or a bracket between characters is made of. */
const RULE_OR_BRACKET = /[|｜[\]]/;

function rules(text: string): number {
  if (!RULE_OR_BRACKET.test(text)) return 0;
  let n = count(RULE_GLUED, text);
  let open = 0;
  let shut = 0;
  for (const c of text) {
    if (c === '[') open++;
    else if (c === ']') shut++;
  }
  if (open !== shut) n += count(BRACKET_BETWEEN, text);
  return n;
}

/**
 * The marks of each kind in a document: `lines` its lines of text, `cells` its tables' cells (a cell is no line of
 * prose: its rules and phrases are not looked for there).
 */
export function ocrSignals(lines: Iterable<string>, cells: Iterable<string>): OcrSignals {
  const signals = { split: 0, debris: 0, brackets: 0, lookalike: 0, rules: 0, ordinals: 0, chars: 0 };
  // The marks on figures and brackets, looked for in lines and cells alike.
  const figureMarks = (text: string): void => {
    const ordinals = spacedOrdinals(text);
    signals.debris += debris(text);
    signals.brackets += mixedBrackets(text) + ordinals;
    signals.ordinals += ordinals;
    signals.lookalike += lookalikes(text);
    signals.chars += text.length;
  };
  for (const text of lines) {
    figureMarks(text);
    signals.split += splitPhrases(text);
    signals.rules += rules(text);
  }
  for (const text of cells) figureMarks(text);
  return signals;
}

/**
 * Whether the signals make the text OCR's: MIN_KINDS kinds with MIN_PER_KIND marks each, one of them a mark on the
 * figures or brackets themselves (debris, mixed brackets, look-alike digits). A phrase cut by a blank and a rule glued
 * to a word are also what a typed page saved from a site shows (a breadcrumb 首页|政务公开, a justified line's
 * blanks): those two alone are no OCR (review16 #4: a typed crawl's missing row fell to a warning).
 */
export function isOcrReading(signals: OcrSignals): boolean {
  const kinds = KINDS.filter((k) => signals[k] >= MIN_PER_KIND);
  if (kinds.length >= MIN_KINDS && kinds.some((k) => STRONG_KINDS.has(k))) return true;
  return isOcrPage(signals);
}
const KINDS: readonly OcrSignalKind[] = ['split', 'debris', 'brackets', 'lookalike', 'rules'];
const STRONG_KINDS: ReadonlySet<OcrSignalKind> = new Set(['debris', 'brackets', 'lookalike']);

/** Characters of a page of text (tesseract's reading of one page holds 500 to 2,200): a whole report holds more. */
const PAGE_CHARS = 2500;

/**
 * A page of OCR's text (red team rtW §2: one page of tesseract's output, clean-2.psm6.txt, h300A-1.txt) has too few
 * marks for two kinds of two: there, a mark on the figures or brackets MIN_PER_KIND times (debris, mixed brackets,
 * spaced ordinals, look-alike digits, each its own kind here) and one mark of any other kind make it OCR's. Only a
 * text of a page's length: in a whole typed report, two typos and a breadcrumb's | are no OCR. Two weak kinds (a
 * phrase cut by a blank, a rule glued to a word) are still never enough.
 */
function isOcrPage(signals: OcrSignals): boolean {
  if (signals.chars === undefined || signals.chars > PAGE_CHARS) return false;
  const ordinals = signals.ordinals ?? 0;
  const marks: ReadonlyArray<readonly [number, boolean]> = [
    [signals.debris, true],
    [signals.brackets - ordinals, true],
    [ordinals, true],
    [signals.lookalike, true],
    [signals.split, false],
    [signals.rules, false],
  ];
  return marks.some(([n, strong], i) => strong && n >= MIN_PER_KIND && marks.some(([other], j) => j !== i && other >= 1));
}
