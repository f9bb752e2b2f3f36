/**
 * What kind of organ publishes the report, from its name (the title's organ): 《政府信息公开条例》第四十九条
 * gives a people's government's own report until 31 March and a department's until 31 January, and 第五十条
 * asks only 各级人民政府 to report 工作考核、社会评议和责任追究. The parser only names the kind; what follows
 * from it (deadlines, required content) belongs to the rules and their configuration.
 */
import type { OrganType } from './types.js';
import {
  DEPARTMENT,
  GOVERNMENT,
  GOVERNMENT_OFFICE,
  NEW_AREA,
  NOT_A_DEPARTMENT,
  NOT_A_GOVERNMENT_AREA,
  OWN_LEVEL,
  PLACE,
  PREFECTURE_OFFICE,
  TOWNSHIP,
  TOWNSHIP_GOVERNMENT,
  ZONE,
  ZONE_AREA,
} from './data/organ-types.js';

/** The organ's kind, or null when its name says nothing clear (then rules assume what their options say). */
export function organTypeOf(organ: string | null): OrganType | null {
  const name = cleanName(organ);
  // A character lost from the name (U+FFFD, a damaged copy) may be the one that tells the kind (镇, 局, 县).
  if (!name || name.includes('\ufffd')) return null;
  if (GOVERNMENT_OFFICE.test(name)) return 'department';
  if (TOWNSHIP.test(name)) return 'township';
  if (GOVERNMENT.test(name)) return 'government';
  if (NEW_AREA.test(name)) return null;
  if (ZONE.test(name) || ZONE_AREA.test(name)) return 'zone';
  if (NOT_A_GOVERNMENT_AREA.test(name) || NOT_A_DEPARTMENT.test(name)) return null;
  if (DEPARTMENT.test(name)) return 'department';
  if (PLACE.test(name)) return 'government';
  return null;
}

/**
 * Whether the organ, of kind `township`, is a township's people's government (某镇人民政府, 某乡) rather than a street
 * office (某街道办事处): 第五十条 asks 各级人民政府, townships' among them, for 工作考核、社会评议和责任追究.
 */
export function isTownshipGovernment(organ: string | null): boolean {
  const name = cleanName(organ);
  return !name.includes('\ufffd') && organTypeOf(name) === 'township' && TOWNSHIP_GOVERNMENT.test(name);
}

/**
 * Whether the organ is a prefecture's or league's 行政公署 (行署): of kind government for its deadline, but the
 * province's 派出机关, not a people's government (第五十条's 各级人民政府; red team rtZ 1).
 */
export function isPrefectureOffice(organ: string | null): boolean {
  const name = cleanName(organ);
  return !name.includes('\ufffd') && PREFECTURE_OFFICE.test(name);
}

/**
 * The name without a crawler's "标题:" label, brackets or spaces, nor a bracketed 本级 (OWN_LEVEL).
 */
function cleanName(organ: string | null): string {
  if (!organ) return '';
  const afterLabel = organ.split(/[:：]/).pop() ?? '';
  return afterLabel.replace(OWN_LEVEL, '').replace(/[\s\u3000《》“”"（）()]/g, '');
}
