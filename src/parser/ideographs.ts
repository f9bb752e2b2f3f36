/**
 * Radicals and compatibility forms that stand for ordinary ideographs. A PDF whose font maps its glyphs to the
 * Kangxi radicals (⼀ U+2F00 for 一, ⾏ U+2F8F for 行, ⽂ for 文) or to the CJK radicals supplement (⻓ U+2ED3 for 长,
 * ⻅ for 见, ⻔ for 门) gives them in its text layer, and text copied from it into Word or a web page keeps them: they
 * look like the ideographs, but 「⼀、总体情况」 is no 「一、总体情况」 to a reader that compares characters, and every
 * heading, label and period written with one was unread (a false 「未写明统计期限」 on a correct report).
 *
 * Each such character is read as the one ideograph it stands for, one UTF-16 unit for one, so every offset,
 * line and column still points at the text as written. Which ideograph: Unicode's compatibility decomposition
 * (NFKC) for the Kangxi radicals, the Kanbun marks (㆒ ㆓) and the compatibility ideographs (U+F900–U+FAFF);
 * the supplement has none, so its table below holds the radicals Unicode equates with one whole ideograph
 * (EquivalentUnifiedIdeograph.txt), not the component shapes (⺅, ⺡) that stand in no word.
 */

/** Supplement radicals (U+2E80–U+2EF3) and the one ideograph each stands for in a simplified-Chinese text. */
const SUPPLEMENT =
  '⺠民⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⺟母⻳龟⻁虎⺝月⻗雨⺶羊⺼肉';

/**
 * Kangxi radicals whose decomposition is the traditional or variant form of a character simplified Chinese writes
 * with the same glyph: 户 (⼾ decomposes to 戶), 青 (⾭ to 靑).
 */
const SIMPLIFIED = '⼾户⾭青';

/** Where the characters read otherwise stand: a text without any is returned as it is, at the cost of one search. */
const ANY = /[\u2e80-\u2fd5\u3192-\u319f\uf900-\ufaff]/;
const ALL = /[\u2e80-\u2fd5\u3192-\u319f\uf900-\ufaff]/g;

let table: Map<string, string> | undefined;

/** The text with every radical and compatibility form read as its ideograph (same length, same offsets). */
export function withUnifiedIdeographs(text: string): string {
  if (!ANY.test(text)) return text;
  const map = (table ??= buildTable());
  return text.replace(ALL, (c) => map.get(c) ?? c);
}

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (from: number, to: number): void => {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      const unified = c.normalize('NFKC');
      // Only a one-unit ideograph keeps the offsets: a compatibility ideograph of a supplementary plane is left as it is.
      if (unified !== c && unified.length === 1 && /[\u3400-\u9fff]/.test(unified)) map.set(c, unified);
    }
  };
  add(0x2f00, 0x2fd5);
  add(0x3192, 0x319f);
  add(0xf900, 0xfaff);
  for (const pairs of [SUPPLEMENT, SIMPLIFIED]) for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}
