/**
 * A batch of generated reports as an evaluating office receives it: clean ones, a defective one, a file that is
 * not a report, one organ across two years (its narrative copied), and a city government whose tables should
 * be the sum of its departments' — one department missing from the batch and one figure off by one.
 */
import { consistentApplications, recompute, REVIEW_OK, withCell, writeReport, type ReportSpec } from '../rules/support/report.js';

export const PARENT = '某市人民政府';
export const EDUCATION = '某市教育局';
export const HEALTH = '某市卫生健康委员会';
export const TRANSPORT = '某市交通运输局';
export const FINANCE = '某县财政局';

/** Shared by both years of the education bureau: last year's words, repeated. */
const BOILERPLATE = [
  '本局坚持以公开为常态、不公开为例外，围绕教育改革发展重点任务，持续深化政务公开工作。',
  '进一步规范依申请公开办理流程，严格落实登记、审核、答复各环节要求，确保答复内容准确、程序合法。',
  '加强政府信息公开平台建设，及时更新公开目录和公开指南，方便公众查阅和获取政府信息。',
];

const add = (a: Record<string, number[]>, b: Record<string, number[]>): Record<string, number[]> =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.map((x, i) => x + (b[k]?.[i] ?? 0))]));

/** Education: the default table. Health: other distinct figures. The city: their sum (all identities hold). */
const EDUCATION_TABLE = consistentApplications();
const HEALTH_TABLE = recompute(
  Object.fromEntries(
    Object.entries(consistentApplications()).map(([k, v]) => [k, k === 'other.2' ? v : v.map((x, i) => x * 2 + (i % 3))]),
  ),
);
const HEALTH_REVIEW = [1, 1, 2, 1, 5, 2, 0, 1, 1, 4, 0, 1, 0, 1, 2];
/** The city's 行政复议 其他结果 is one more than its departments' (and its 总计 with it). */
const PARENT_REVIEW = REVIEW_OK.map((v, i) => v + HEALTH_REVIEW[i]! + (i === 2 || i === 4 ? 1 : 0));

function report(organ: string, spec: ReportSpec): string {
  return writeReport(spec, 'markdown').text.replaceAll('某市某局', organ);
}

/** The finance bureau grants far more than the others (an outlier), and its 予以公开·自然人 is 38 where 30 adds up. */
const FINANCE_TABLE = recompute({ ...consistentApplications(), granted: [30, 25, 20, 15, 10, 5] });

/** Last year's carried-forward row must be this year's carried-over row, or carry-over would fire. */
function lastYearOf(table: Record<string, number[]>): Record<string, number[]> {
  const base = consistentApplications();
  return recompute({ ...base, carryForward: table.carried!.slice(0, 6) });
}

export function batchFiles(): Record<string, string> {
  return {
    '.reportlintrc.json': JSON.stringify({
      extends: 'reportlint:recommended',
      rules: { 'stale-content': 'warn' },
      hierarchy: { [PARENT]: [EDUCATION, HEALTH] },
    }),
    'city/2023-government.md': report(PARENT, {
      applications: add(EDUCATION_TABLE, HEALTH_TABLE),
      review: PARENT_REVIEW,
      overview: [
        '本年度，市政府统筹推进全市政务公开工作，各部门公开质量稳步提升，并将政务公开纳入工作考核，接受社会评议，未发生责任追究情况。',
      ],
    }),
    'city/2023-education.md': report(EDUCATION, { applications: EDUCATION_TABLE, overview: BOILERPLATE }),
    'city/2022-education.md': report(EDUCATION, { year: 2022, applications: lastYearOf(EDUCATION_TABLE), overview: BOILERPLATE }),
    'city/2023-health.md': report(HEALTH, {
      applications: HEALTH_TABLE,
      review: HEALTH_REVIEW,
      overview: ['本委聚焦医疗卫生服务公开，推进医疗机构信息公开，全年更新办事指南和收费标准。'],
    }),
    'county/2023-finance.md': report(FINANCE, { applications: withCell(FINANCE_TABLE, 'granted', 0, 38) }),
    'county/meeting-notes.md':
      '# 县财政局会议纪要\n\n会议讨论了下一年度的预算安排和办公用房维修事项，明确了责任分工和完成时限。\n',
  };
}

/** The files in path order (the order reportlint reports them in). */
export const FILES = [
  'city/2022-education.md',
  'city/2023-education.md',
  'city/2023-government.md',
  'city/2023-health.md',
  'county/2023-finance.md',
  'county/meeting-notes.md',
];
