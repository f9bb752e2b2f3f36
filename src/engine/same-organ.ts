/**
 * Whether two reports whose organ names read alike may be one organ's, for the year-over-year pairing. Townships,
 * streets and zones share names across counties (城关镇, 新城街道, 开发区管委会), and their own sites title reports
 * without the county: 城关镇人民政府2023年…. Paired on the name alone, 甲县's 城关镇 was checked against 乙县's and
 * accused of six carry-over errors. Pure (paths as strings): the pairing runs in the browser too.
 */

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

interface Place {
  name: string;
  /** A province, prefecture or city (省, 市, 州, 盟): above the county level whose names repeat across China. */
  upper: boolean;
}

function placesWithLevel(text: string): Place[] {
  const found = new Map<string, Place>();
  const plain = text.replace(NOT_A_PLACE, '，');
  for (const m of plain.matchAll(PLACE)) {
    const name = m[0];
    if (QUARTER.test(name) || found.has(name)) continue;
    // 通州区 is read as 通州 then 区: a 州 run into 区, 县 or 旗 is part of a county's name (郑州市 is a city's).
    const county = /[区县旗]$/u.test(name) || (name.endsWith('州') && /^[区县旗]/u.test(plain.slice(m.index + name.length)));
    found.set(name, { name, upper: !county });
  }
  return [...found.values()];
}

/** The places a text names (without the words above), in order of first appearance. */
export function placesIn(text: string): string[] {
  return placesWithLevel(text).map((p) => p.name);
}

/** A folder's name with its years taken out: one folder per year (2023/, 2024年报/) is the same place. */
const withoutYears = (segment: string): string =>
  segment.replace(/(?:19|20)\d{2}\s*(?:年度?)?|[〇零一二三四五六七八九]{4}\s*年度?/gu, '').trim();

/**
 * Whether a report at `file` and one at `other` may be the same organ's, whose name as read is `organ`. An organ
 * naming a province or city (南京市鼓楼区教育局) may be paired anywhere. One naming only its county or district
 * (鼓楼区教育局, 青山县城关镇人民政府: 鼓楼区, 新华区, 朝阳区 are in several cities) only when its two files lie in the
 * same folder once years are taken out (one folder for the organ, or one per year: 2023/ and 2024/ under one
 * parent), and their names do not say two provinces or cities (南京市鼓楼区教育局2023.md beside 福州市…2024.md): an
 * evaluator's folders 南京/2023/ and 福州/2024/ name their cities without 市. One that does not name a place
 * (城关镇人民政府, 东区街道办事处) only when, besides, the places the paths name below their common folder are the
 * same (甲县城关镇2023.md beside 乙县城关镇2024.md are two towns). When that cannot be told, the pair is not made: a
 * comparison not made is said in the result (`carryOverCheck`), a wrong one accuses a correct report.
 */
export function mayBeSameOrgan(organ: string, file: string, other: string): boolean {
  const own = placesWithLevel(organ);
  if (own.some((p) => p.upper)) return true;
  const a = file.split(/[\\/]+/u);
  const b = other.split(/[\\/]+/u);
  let common = 0;
  while (common < a.length - 1 && common < b.length - 1 && a[common] === b[common]) common++;
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

/** Both paths name provinces or cities, and none in common (南京市/… and 福州市/…). */
function differentUpperPlaces(a: string, b: string): boolean {
  const upper = (text: string): string[] => placesWithLevel(text).flatMap((p) => (p.upper ? [p.name] : []));
  const placesA = upper(a);
  const placesB = new Set(upper(b));
  return placesA.length > 0 && placesB.size > 0 && !placesA.some((p) => placesB.has(p));
}
