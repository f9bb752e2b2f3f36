/** How rules name the kind of organ (report.organType) in their messages. */
import type { OrganType } from '../../parser/types.js';

export type OrganKey = OrganType | 'unknown';

export const ORGAN_NAMES: Readonly<Record<OrganKey, { zh: string; en: string }>> = {
  government: { zh: '人民政府（本级政府的报告）', en: "a people's government (the government's own report)" },
  department: { zh: '政府部门', en: 'a government department' },
  township: { zh: '乡镇、街道', en: 'a township or street office' },
  zone: { zh: '开发区、新区等管委会', en: "a development zone's administrative committee" },
  unknown: { zh: '机关类型未识别时', en: 'an organ of unknown kind' },
};

export const organKey = (type: OrganType | null): OrganKey => type ?? 'unknown';
