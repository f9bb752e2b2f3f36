/**
 * What kind of organ publishes the report, from its name (the title's organ): 《政府信息公开条例》第四十九条
 * gives a people's government's own report until 31 March and a department's until 31 January, and 第五十条
 * asks only 各级人民政府 to report 工作考核、社会评议和责任追究. The parser only names the kind; what follows
 * from it (deadlines, required content) belongs to the rules and their configuration.
 */
import type { OrganType } from './types.js';

/** An office of a government (上海市人民政府办公厅, 某县政府办) works as a department, not as the government. */
const GOVERNMENT_OFFICE = /(人民政府|政府)(办公厅|办公室|办)$/;
/** Townships and streets (某镇人民政府, 某街道办事处, 某苏木). */
const TOWNSHIP = /(乡|镇|街道|街道办事处|苏木)(人民政府)?$|(乡|镇)政府$/;
const GOVERNMENT = /(人民政府|[省市县区州旗盟]政府)$/;
/** A development zone or special area's own committee, or the zone named alone (平潭综合实验区). */
const ZONE = /(管委会|管理委员会)$|(开发区|高新区|实验区|试验区|新区|园区|示范区|合作区|保税区|自贸区)$/;
/** A place name alone (北京市, 某县, 海淀区): the title names the government whose report it is. */
const PLACE = /(省|自治区|市|自治州|州|盟|县|自治县|旗|区)$/;
/** 局、委、办、厅、中心… : a department or another body of a government. */
const DEPARTMENT = /(局|委|委员会|办|办公室|办公厅|厅|署|中心|院|所|站|队|部|处|会|公司|馆)$/;

/** The organ's kind, or null when its name says nothing clear (then rules assume what their options say). */
export function organTypeOf(organ: string | null): OrganType | null {
  const name = cleanName(organ);
  if (!name) return null;
  if (GOVERNMENT_OFFICE.test(name)) return 'department';
  if (TOWNSHIP.test(name)) return 'township';
  if (GOVERNMENT.test(name)) return 'government';
  if (ZONE.test(name)) return 'zone';
  if (DEPARTMENT.test(name)) return 'department';
  if (PLACE.test(name)) return 'government';
  return null;
}

/** The name without a crawler's "标题:" label, brackets or spaces. */
function cleanName(organ: string | null): string {
  if (!organ) return '';
  const afterLabel = organ.split(/[:：]/).pop() ?? '';
  return afterLabel.replace(/[\s\u3000《》“”"（）()]/g, '');
}
