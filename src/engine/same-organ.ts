/**
 * Whether two reports whose organ names read alike may be one organ's, for the year-over-year pairing. Townships,
 * streets and zones share names across counties (城关镇, 新城街道, 开发区管委会), and their own sites title reports
 * without the county: 城关镇人民政府2023年…. Paired on the name alone, 甲县's 城关镇 was checked against 乙县's and
 * accused of six carry-over errors. Pure (paths as strings): the pairing runs in the browser too.
 */
import { withoutOwnLevel } from '../parser/data/organ-types.js';

/**
 * A place of county level or above named in a text (青山县, 某市, 浦东区, 某自治州, 某旗, 某盟, 某省), each with at
 * least one character of name before it; words that merely hold one of those characters are not places.
 */
const PLACE = /[\u4e00-\u9fff]{1,8}?(?:省|自治州|市|县|区|州|旗|盟)/gu;
/** Words holding 市 or 区 that name no place: an organ's field (市场监督管理局, 城市管理局) or a zone. */
const NOT_A_PLACE =
  /市场|城市|都市|超市|市民|市政|开发区|园区|景区|社区|新区|保税区|示范区|试验区|林区|矿区|牧区|农区|辖区|片区|城区|街区|小区|区域/gu;

/**
 * A district named by a quarter alone (东区街道办事处, 西区管委会): a city's part, found in many cities, no place's
 * name. The pattern matches at the earliest start, so 河东区 is read whole and never as 东区.
 */
const QUARTER = /^[东西南北中郊]区$/u;

/** A level after a word that names no place: 我县, 本区, 全市, 该省, 市县 (review12 F1: taken for places). */
const NO_NAME = /^(?:我|本|全|该|各|此|其|两|市|县|区)(?:省|市|县|区|州|旗|盟)$/u;

interface Place {
  name: string;
  /** A province, prefecture or city (省, 市, 州, 盟): above the county level whose names repeat across China. */
  upper: boolean;
  /** Where it ends in the text read. */
  end: number;
}

/**
 * A place's name run into a town's or street's own name (新市镇, 草市街道, 马市乡 are towns in many provinces): the
 * town's name, not its city's (rtQ F1: 浙江's 新市镇 was paired with 四川's as "naming its city").
 */
const IN_A_TOWN = /^(?:镇|乡|街道|村|社区)/u;

/** Every place a text names, in order, repeats included. */
function placeMatches(text: string): Place[] {
  const out: Place[] = [];
  // Words that name no place are blanked to their length, so each place's end is its end in `text`.
  const plain = text.replace(NOT_A_PLACE, (word) => '，'.repeat(word.length));
  const pattern = new RegExp(PLACE.source, PLACE.flags);
  for (let m = pattern.exec(plain); m; m = pattern.exec(plain)) {
    let name = m[0];
    const after = plain.slice(m.index + name.length);
    // 通州区 is read as 通州 then 区, 郑州市 as 郑州 then 市: the 州 and what follows it are one name.
    if (name.endsWith('州') && /^[区县旗市]/u.test(after)) name += after[0];
    pattern.lastIndex = m.index + name.length;
    if (NO_NAME.test(name) || QUARTER.test(name)) continue;
    if (/[市州省盟]$/u.test(name) && IN_A_TOWN.test(plain.slice(m.index + name.length))) continue;
    out.push({ name, upper: !/[区县旗]$/u.test(name), end: m.index + name.length });
  }
  return out;
}

function placesWithLevel(text: string): Place[] {
  const found = new Map<string, Place>();
  for (const place of placeMatches(text)) if (!found.has(place.name)) found.set(place.name, place);
  return [...found.values()];
}

/** The places a text names (without the words above), in order of first appearance. */
export function placesIn(text: string): string[] {
  return placesWithLevel(text).map((p) => p.name);
}

/**
 * The places a report's own text sets right before its organ's name (乙县 of 乙县城关镇人民政府 in its overview or
 * above its signature, 德清县 of 浙江省德清县新市镇人民政府): where the report says it is when its title does not.
 * Each is the last place run into the name; a word before it may cling to it (在乙县), which placesDisagree allows.
 */
export function placesBefore(organ: string, texts: Iterable<string>): string[] {
  // The text names 乙县城关镇人民政府 without the title's 本级 (城关镇人民政府（本级）).
  const name = withoutOwnLevel(organ.replace(/\s+/gu, ''));
  const found = new Set<string>();
  if (!name) return [];
  for (const raw of texts) {
    const text = raw.replace(/\s+/gu, '');
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const run = /[\u4e00-\u9fff]{1,12}$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0];
      // Read with the name after it, so that a place run into the name (新市 of 新市镇) is no place.
      const last = run ? placeMatches(run + name).find((p) => p.end === run.length) : undefined;
      if (last) found.add(last.name);
    }
  }
  return [...found].sort();
}

/** Province, city (自治州, 盟 among them), county (district, 旗): places are compared within one level. */
const LEVELS = [/省$/u, /(?:市|州|盟)$/u, /(?:县|区|旗)$/u];

/** A word that clings to a place read before a name (在乙县, 于乙县, 对乙县): no part of the place. */
const CLINGING = /[在于对向由和与及是为经至从同]$/u;
/** What an autonomous county's full name adds to its short one (长阳土家族自治县 is 长阳县). */
const AUTONOMOUS = /^(?:[\u4e00-\u9fff]{1,5}族)*自治$/u;

/**
 * Whether place name `x` (its level taken off) is `y` written longer: words clung before it, or the autonomous
 * county's full name. Any other run-on is another place: 南县 / 南漳县, 沙县 / 长沙县, 城区 / 西城区 (review13 F6).
 */
function runsOn(x: string, y: string): boolean {
  if (x.length <= y.length) return false;
  // A name of two characters or more with words before it is that name (今年东河 of 今年东河县城关镇: review14 F4); a
  // name of one (沙 of 沙县, 城 of 城区) ends many others (长沙县, 西城区), and only a clinging word makes it the same.
  if (x.endsWith(y)) return y.length >= 2 || CLINGING.test(x.slice(0, x.length - y.length));
  return x.startsWith(y) && AUTONOMOUS.test(x.slice(y.length));
}

/**
 * Whether two lists of places said of one organ cannot be one place: both name a county (or both a province, or
 * both a city), and none of one is any of the other (甲县 / 乙县, 浙江省 / 四川省). A place is its name without its
 * level, and one name may be the other written longer: 在乙县 is 乙县 (a word clung to it), 长阳土家族自治县 is 长阳县, and a
 * county become a district (乙县 → 乙区) the same place (review12 F1: a report and its own previous year went
 * unpaired, and a real carry-over defect unreported). A province and a city are never held against each other
 * (浙江省东河县 one year, 杭州市东河县 the next).
 */
export function placesDisagree(a: readonly string[], b: readonly string[]): boolean {
  const name = (p: string): string => p.replace(/(?:自治州|省|市|县|区|州|旗|盟)$/u, '');
  const same = (x: string, y: string): boolean => x === y || runsOn(x, y) || runsOn(y, x);
  return LEVELS.some((level) => {
    const la = a.filter((p) => level.test(p)).map(name);
    const lb = b.filter((p) => level.test(p)).map(name);
    return la.length > 0 && lb.length > 0 && !la.some((x) => lb.some((y) => same(x, y)));
  });
}

/**
 * A folder's name with its years taken out, with the words that say "that year's report" after them: one folder per
 * year (2023/, 2024年报/, 2022年/ beside 2023年度报告/) is the same place (rtQ F6: 2022年/ and 2023年度报告/ were two).
 */
const withoutYears = (segment: string): string =>
  segment
    .replace(
      /(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*(?:年度?)?(?:政府信息公开)?(?:工作)?(?:年度)?(?:年报|报告|报)?/gu,
      '',
    )
    .trim();

/**
 * Whether a report at `file` and one at `other` may be the same organ's, whose name as read is `organ`. An organ
 * naming a province or city (南京市鼓楼区教育局) may be paired anywhere. One naming only its county or district
 * (鼓楼区教育局, 青山县城关镇人民政府: 鼓楼区, 新华区, 朝阳区 are in several cities) only when its two files lie in the
 * same folder once years are taken out (one folder for the organ, or one per year: 2023/ and 2024/ under one
 * parent), and their names do not say two provinces or cities (南京市鼓楼区教育局2023.md beside 福州市…2024.md): an
 * evaluator's folders 南京/2023/ and 福州/2024/ name their cities without 市. One that does not name a place
 * (城关镇人民政府, 东区街道办事处) only when, besides, the places the paths name below their common folder are the
 * same (甲县城关镇2023.md beside 乙县城关镇2024.md are two towns). When that cannot be told, the pair is not made: a
 * comparison not made is said in the result (`carryOverCheck`), a wrong one accuses a correct report. Whatever the
 * paths, never two reports whose own texts (`said`: placesBefore) set two places before the name (乙县城关镇人民政府
 * signs one, 甲县城关镇人民政府 the other: rtQ F2, a flat folder of a province's township reports).
 */
export function mayBeSameOrgan(
  organ: string,
  file: string,
  other: string,
  said?: { file?: readonly string[] | undefined; other?: readonly string[] | undefined },
): boolean {
  if (placesDisagree(said?.file ?? [], said?.other ?? [])) return false;
  const own = placesWithLevel(organ);
  if (own.some((p) => p.upper)) return true;
  const a = file.split(/[\\/]+/u);
  const b = other.split(/[\\/]+/u);
  const common = sharedFolders(a, b);
  const restA = a.slice(common);
  const restB = b.slice(common);
  if (restA.length !== restB.length) return false;
  const foldersA = restA.slice(0, -1).map(withoutYears);
  const foldersB = restB.slice(0, -1).map(withoutYears);
  if (foldersA.some((f, i) => f !== foldersB[i])) return false;
  if (own.length > 0) return !differentUpperPlaces(restA.join('/'), restB.join('/'));
  const placesA = placesIn(restA.join('/')).sort();
  const placesB = placesIn(restB.join('/')).sort();
  return placesA.length === placesB.length && placesA.every((p, i) => p === placesB[i]);
}

/** How many folders two paths (split into their parts) share from the start, their file names left out. */
function sharedFolders(a: readonly string[], b: readonly string[]): number {
  let common = 0;
  while (common < a.length - 1 && common < b.length - 1 && a[common] === b[common]) common++;
  return common;
}

/** Both paths name provinces or cities, and none in common (南京市/… and 福州市/…). */
function differentUpperPlaces(a: string, b: string): boolean {
  const upper = (text: string): string[] => placesWithLevel(text).flatMap((p) => (p.upper ? [p.name] : []));
  const placesA = upper(a);
  const placesB = new Set(upper(b));
  return placesA.length > 0 && placesB.size > 0 && !placesA.some((p) => placesB.has(p));
}

/**
 * Whether a report of `child` at `childFile` may be the subordinate of `parent`'s report at `parentFile` (a roll-up
 * hierarchy): not when the two say two places of one level, each by its organ's name, the words its text sets before
 * that name (`said`), and the folders and file name below the folder the two files share (a hierarchy 甲县人民政府 →
 * 城关镇人民政府 is not summed from 乙县/城关镇人民政府2023.md: rtQ F3).
 */
export function maySubordinate(
  parent: { organ: string; file: string; said?: readonly string[] | undefined },
  child: { organ: string; file: string; said?: readonly string[] | undefined },
): boolean {
  const a = parent.file.split(/[\\/]+/u);
  const b = child.file.split(/[\\/]+/u);
  const common = sharedFolders(a, b);
  const placesOf = (organ: string, said: readonly string[] | undefined, rest: string[]): string[] => [
    ...placesIn(organ),
    ...(said ?? []),
    ...placesIn(rest.map(withoutYears).join('/')),
  ];
  return !placesDisagree(
    placesOf(parent.organ, parent.said, a.slice(common)),
    placesOf(child.organ, child.said, b.slice(common)),
  );
}

/**
 * The organs among reports that print one name, as the year-over-year pairing tells them apart: two reports are one
 * organ's where mayBeSameOrgan pairs them, directly or through another of them (a year between). Each report's
 * group, by index, numbered in order of first appearance. For the batch summary (rtQ F8: its 各机关 counted 甲县's and
 * 乙县's 城关镇人民政府 as one organ, while the pairing kept them apart).
 */
export function sameOrganGroups(
  organ: string,
  reports: ReadonlyArray<{ file: string; said?: readonly string[] | undefined }>,
): number[] {
  const parent = reports.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  reports.forEach((a, i) => {
    for (let j = 0; j < i; j++) {
      const b = reports[j] as (typeof reports)[number];
      if (root(i) !== root(j) && mayBeSameOrgan(organ, a.file, b.file, { file: a.said, other: b.said }))
        parent[root(i)] = root(j);
    }
  });
  const numbers = new Map<number, number>();
  return reports.map((_, i) => {
    const r = root(i);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r) as number;
  });
}
