/** Table 二 (主动公开政府信息情况): blocks, rows and columns of docs/domain.md, and the 2019 template's labels. */

export interface ActiveRowSpec {
  key: string;
  label: string;
  match: (label: string) => boolean;
  /** Column keys this row's values fill, in order. */
  columns: readonly string[];
  /** The value is an amount in 万元 (may be a decimal), not a count. */
  amount?: boolean;
}

export const ACTIVE_ROWS: readonly ActiveRowSpec[] = [
  {
    key: 'regulations',
    label: '规章',
    match: (l) => l === '规章' || (l.includes('规章') && !l.includes('规范')),
    columns: ['made', 'repealed', 'valid'],
  },
  {
    key: 'normativeDocuments',
    label: '行政规范性文件',
    match: (l) => l.includes('规范性文件'),
    columns: ['made', 'repealed', 'valid'],
  },
  { key: 'licensing', label: '行政许可', match: (l) => l.includes('行政许可'), columns: ['decisions'] },
  { key: 'punishment', label: '行政处罚', match: (l) => l.includes('行政处罚'), columns: ['decisions'] },
  { key: 'coercion', label: '行政强制', match: (l) => l.includes('行政强制'), columns: ['decisions'] },
  { key: 'fees', label: '行政事业性收费', match: (l) => l.includes('行政事业性收费'), columns: ['amount'], amount: true },
];

export const ACTIVE_COLUMN_LABELS: Readonly<Record<string, string>> = {
  made: '本年制发件数',
  repealed: '本年废止件数',
  valid: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）',
};

/** Header labels that only the outdated 2019 template has (normalised). */
export const OUTDATED_LABELS: readonly string[] = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增减',
  '处理决定数量',
  '政府集中采购',
  '采购项目数量',
  '采购总金额',
  '第二十条第九项',
];

/** Outdated blocks recognised inside a longer label (第二十条第（九）项 政府集中采购). */
export const OUTDATED_BLOCKS: readonly string[] = ['政府集中采购', '第二十条第九项'];

/**
 * The words of the 2019 template's extra block (第二十条第（九）项 政府集中采购 | 采购项目数量 | 采购总金额). Organs add
 * that block to a 2021 table too (rtAB cause 1: 143 files): beside the 2021 columns' own headers it makes no table
 * 2019's; only the 2019 columns (本年新制作数量, 上一年项目数量, …) do.
 */
export const OUTDATED_EXTRA_BLOCK: readonly string[] = ['政府集中采购', '采购项目数量', '采购总金额', '第二十条第九项'];

/** Words only the 2021 template's block (一) header holds (本年制发件数, 本年废止件数, 现行有效件数). */
export const CURRENT_BLOCK_ONE_WORDS: readonly string[] = ['制发', '废止', '现行有效'];
