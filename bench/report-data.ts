/**
 * Invented annual-report content for the benchmark and the robustness tests: an organ, a year, and
 * tables 二/三/四 filled with varied non-zero numbers that satisfy the identities of domain.md, plus an
 * optional defect. Seeded, so the same seed always gives the same report. No Node built-ins.
 */

export const T3_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;

/** Table 三's outcome rows in template order: key, group label, own label ('' when the group is the row). */
export const OUTCOMES: ReadonlyArray<readonly [string, string, string]> = [
  ['granted', '（一）予以公开', ''],
  ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
  ...['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']
    .map((l, i) => [`denied.${i + 1}`, '（三）不予公开', `${i + 1}.${l}`] as const),
  ...['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']
    .map((l, i) => [`unavailable.${i + 1}`, '（四）无法提供', `${i + 1}.${l}`] as const),
  ...['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']
    .map((l, i) => [`rejected.${i + 1}`, '（五）不予处理', `${i + 1}.${l}`] as const),
  ...['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他']
    .map((l, i) => [`other.${i + 1}`, '（六）其他处理', `${i + 1}.${l}`] as const),
];

export type Defect =
  | 'none'
  | 'identity' // a handled total that does not add up
  | 'missing-section' // section 六 left out (with its fee statement)
  | 'period-year' // statistical period of another year
  | 'no-period'
  | 'negative' // a negative count
  | 'blank-column' // the five 法人或其他组织 columns left blank
  | 'review-total'; // a table 四 total that does not add up

export const DEFECTS: readonly Defect[] = ['identity', 'missing-section', 'period-year', 'no-period', 'negative', 'blank-column', 'review-total'];

export interface ReportData {
  seed: number;
  organ: string;
  year: number;
  defect: Defect;
  /** Table 三: row key → values of the six applicant columns and `total` (cells as text). */
  applications: Record<string, string[]>;
  /** Table 四: [upheld, corrected, other, pending, total] × review, litigation, litigationAfterReview. */
  review: string[];
  /** Table 二 numbers. */
  active: { regulations: number[]; normative: number[]; licensing: number; punishment: number; coercion: number; fees: string };
  periodText: string;
  feeText: string;
  /** Filler paragraphs per section, to vary the size. */
  paragraphs: { overview: string[]; problems: string[] };
  publishedOn: string;
}

const PLACES = [
  '青禾市', '云岭县', '江湾区', '北川市', '临澜县', '松岗镇', '白石街道', '东栾市', '南浔区', '柳河县', '金沙市', '石门镇',
  '安平县', '北塘区', '长汀县', '东河镇', '凤鸣街道', '高桥镇', '海宁市', '黑石县', '黄沙区', '建平县', '景川市', '九龙镇',
  '兰溪县', '龙门区', '梅岭镇', '南屏县', '平湖市', '清河区', '瑞安市', '三江县', '沙河镇', '石林县', '桃源区', '天柱县',
  '望江县', '西塘镇', '霞浦县', '新安区', '杨柳街道', '永和县', '玉泉区', '云台市', '枣庄镇', '中原区', '竹溪县', '紫阳街道',
];
const BODIES = [
  '人民政府', '人民政府办公室', '发展和改革委员会', '教育局', '公安局', '财政局', '人力资源和社会保障局', '自然资源局',
  '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电和旅游局',
  '卫生健康委员会', '应急管理局', '市场监督管理局', '统计局', '医疗保障局', '数据资源局', '司法局',
];
const SENTENCES = [
  '本机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。',
  '围绕优化营商环境、乡村振兴、民生保障等重点领域，及时发布政策文件和解读材料。',
  '严格落实政府信息公开保密审查制度，做到先审查、后公开，一事一审、全面审查。',
  '依托政府门户网站、政务新媒体和政务服务大厅，拓宽政府信息公开渠道。',
  '进一步规范依申请公开办理流程，严格按照法定时限答复，答复文书格式统一、依据充分。',
  '加强政府信息公开工作人员业务培训，全年组织专题培训两次，参训人员覆盖各科室。',
  '政策解读形式还不够丰富，图解、视频等形式运用较少，下一步将加强多元化解读。',
  '部分栏目更新不够及时，将建立栏目内容保障责任清单，定期开展自查。',
];

/** mulberry32: a tiny seeded PRNG, so reports are reproducible without any dependency. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One organ per seed (48 places × 22 bodies = 1,056 distinct organs), as in one province's batch; every
 * tenth seed instead repeats the organ of the seed before for an adjacent year, with consistent carry-over,
 * so the year-over-year check runs on about 10% of a batch.
 */
export function organFor(seed: number): string {
  return `${PLACES[seed % PLACES.length]}${BODIES[Math.floor(seed / PLACES.length) % BODIES.length]}`;
}

export function makeReportData(seed: number, options: { defectRate?: number; size?: number } = {}): ReportData {
  const base = seed % 10 === 0 && seed > 1 ? makeReportData(seed - 1, options) : undefined;
  const r = rng(seed);
  const int = (max: number): number => Math.floor(r() * (max + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const drawnYear = 2021 + int(3);
  // The later year of a pair carries over what the earlier one left (domain.md, year over year).
  const year = base ? (base.year === 2024 ? 2023 : base.year + 1) : drawnYear;
  const carriedOver = base && year > base.year ? base.applications['carryForward']?.slice(0, 6).map(Number) : undefined;
  const carriedOn = base && year < base.year ? base.applications['carried']?.slice(0, 6).map(Number) : undefined;
  // Both draws always happen, so the rate never shifts the numbers that follow.
  const roll = r();
  const drawn = pick(DEFECTS);
  const defect: Defect = roll < (options.defectRate ?? 0.1) ? drawn : 'none';
  const scale = 1 + int(40);

  // Table 三, column by column: outcomes first, then carried/carryForward, then new so identity 1 holds.
  const rows: Record<string, number[]> = {};
  for (const [key] of OUTCOMES) rows[key] = [];
  const fresh: number[] = [];
  const carried: number[] = [];
  const carryForward: number[] = [];
  const handled: number[] = [];
  T3_COLUMNS.forEach((_, col) => {
    const weight = col === 0 ? scale : Math.max(1, Math.floor(scale / (col + 1)));
    let sum = 0;
    OUTCOMES.forEach(([key], i) => {
      const v = i === 0 ? 1 + int(weight * 3) : r() < 0.35 ? 1 + int(Math.ceil(weight / 2)) : 0;
      rows[key]!.push(v);
      sum += v;
    });
    const cf = carriedOn?.[col] ?? int(Math.ceil(weight / 2));
    const ca = carriedOver?.[col] ?? int(Math.min(sum + cf, weight));
    // new = handled + carryForward - carried must stay non-negative: grant the difference.
    if (ca > sum + cf) {
      const granted = rows['granted'] as number[];
      granted[col] = (granted[col] ?? 0) + ca - sum - cf;
      sum = ca - cf;
    }
    handled.push(sum);
    carryForward.push(cf);
    carried.push(ca);
    fresh.push(sum + cf - ca);
  });
  Object.assign(rows, { new: fresh, carried, handled, carryForward });
  const applications: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(rows)) {
    applications[key] = [...values, values.reduce((a, b) => a + b, 0)].map(String);
  }

  const review: string[] = [];
  for (let g = 0; g < 3; g++) {
    const parts = [int(6), int(3), int(2), int(3)];
    review.push(...parts.map(String), String(parts.reduce((a, b) => a + b, 0)));
  }

  const notices = Number(applications['other.2']?.[6] ?? 0);
  const feeText = notices > 0
    ? `本年度共发出收费通知${notices + int(2)}件，实际收取信息处理费0元。`
    : pick(['本机关未收取信息处理费。', '本年度未收取信息处理费，未发出收费通知。', '本机关本年度无收取信息处理费情况。']);
  const periodText = pick([
    `本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
    `本报告中所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `统计时限为${year}年1月1日至${year}年12月31日。`,
  ]);

  const size = options.size ?? 1 + int(6);
  const filler = (n: number): string[] => Array.from({ length: n }, () => Array.from({ length: 2 + int(4) }, () => pick(SENTENCES)).join(''));
  const data: ReportData = {
    seed,
    organ: base?.organ ?? organFor(seed),
    year,
    defect,
    applications,
    review,
    active: {
      regulations: [int(5), int(3), 5 + int(40)],
      normative: [1 + int(30), int(10), 10 + int(200)],
      licensing: int(5000),
      punishment: int(900),
      coercion: int(80),
      fees: (int(9999) / 100).toFixed(2),
    },
    periodText,
    feeText,
    paragraphs: { overview: filler(size), problems: filler(1 + Math.floor(size / 2)) },
    publishedOn: `${year + 1}年1月${10 + int(18)}日`,
  };
  applyDefect(data, int);
  return data;
}

function applyDefect(data: ReportData, int: (max: number) => number): void {
  const a = data.applications;
  switch (data.defect) {
    case 'identity':
      a['handled']![0] = String(Number(a['handled']![0]) + 1 + int(5));
      break;
    case 'negative':
      a['denied.4']![1] = '-2';
      break;
    case 'blank-column':
      for (const row of Object.values(a)) for (let c = 1; c <= 5; c++) row[c] = '';
      break;
    case 'review-total':
      data.review[4] = String(Number(data.review[4]) + 3);
      break;
    case 'period-year':
      data.periodText = `本报告所列数据的统计期限为${data.year - 1}年1月1日至${data.year - 1}年12月31日。`;
      break;
    case 'no-period':
      data.periodText = '';
      break;
    default:
      break;
  }
}
