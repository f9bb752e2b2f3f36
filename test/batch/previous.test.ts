/**
 * --previous in a run of several organs (rt11 finding 6): it stands for the pairing of the reports it is last
 * year's report of (same organ, the year before) and of no other; the others keep their automatic pairing, and
 * when it fits none, one notice says so instead of a silent clean result.
 */
import { describe, expect, test } from '@jest/globals';
import { consistentApplications, recompute, writeReport, type ReportSpec } from '../rules/support/report.js';
import { runCli, temporaryTrees } from '../cli-helpers.js';

const tree = temporaryTrees();

const EDUCATION = '某市教育局';
const HEALTH = '某市卫生健康委员会';

function report(organ: string, spec: ReportSpec): string {
  return writeReport(spec, 'markdown').text.replaceAll('某市某局', organ);
}

/** This year's table; last year's carries forward what this year carried over, so the two years agree. */
const THIS_YEAR = consistentApplications();
const AGREEING = recompute({ ...consistentApplications(), carryForward: THIS_YEAR.carried!.slice(0, 6) });

/**
 * Education: last year carried forward 1, 3, 5, 7, 9, 11 (总计 36), this year carried over 2, 3, 4, 5, 6, 7
 * (总计 27): five columns and 总计 differ. Health: its two years agree.
 */
const files = {
  'education/2022.md': report(EDUCATION, { year: 2022, applications: consistentApplications() }),
  'education/2023.md': report(EDUCATION, { applications: THIS_YEAR }),
  'health/2022.md': report(HEALTH, { year: 2022, applications: AGREEING }),
  'health/2023.md': report(HEALTH, { applications: THIS_YEAR }),
  'health/2021.md': report(HEALTH, { year: 2021, applications: AGREEING }),
};

const carryLines = (stdout: string): string[] => stdout.split('\n').filter((l) => l.endsWith('[carry-over]'));

describe('--previous', () => {
  test("a report it does not fit keeps its automatic pairing: the other organ's carry-over errors stay", async () => {
    const cwd = await tree(files);
    const auto = carryLines((await runCli(['.', '-f', 'compact'], { cwd })).stdout);
    // One finding for the mismatching row, naming its six columns.
    expect(auto).toHaveLength(1);
    expect(auto[0]).toMatch(
      /^education\/2023\.md:\d+:\d+: error 表三上年结转有 6 列与 2022 年度报告 .*不符：「自然人」本年 2、上年 1；.* \[carry-over\]$/,
    );
    const run = await runCli(['.', '--previous', 'health/2022.md', '-f', 'compact'], { cwd });
    expect(carryLines(run.stdout)).toEqual(auto);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  test('it is used for the report it fits', async () => {
    const cwd = await tree(files);
    const run = await runCli(['education/2023.md', '--previous', 'education/2022.md', '-f', 'compact'], { cwd });
    expect(carryLines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toBe('');
  });

  test('fitting none (another organ, or two years back), it is named in one notice, Chinese or English', async () => {
    const cwd = await tree(files);
    const other = await runCli(['health/2023.md', '--previous', 'education/2022.md', '-f', 'compact'], { cwd });
    expect(carryLines(other.stdout)).toEqual([]);
    expect(other.stderr).toBe(
      `reportlint: --previous: education/2022.md（${EDUCATION} 2022 年度）不是本次任何报告的上一年度报告（同一机关的 2023 年度报告），未用于核对\n`,
    );
    const older = await runCli(['health/2023.md', '--previous', 'health/2021.md', '-f', 'compact', '--lang', 'en'], { cwd });
    expect(older.stderr).toBe(
      `reportlint: --previous: health/2021.md (${HEALTH}, 2021) is last year’s report of no report in this run (a 2022 report of the same organ); it was not used\n`,
    );
  });
});
