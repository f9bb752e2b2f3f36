/**
 * Year-over-year pairing of organs whose names do not say where they are (城关镇人民政府): never across paths
 * that name two places (the red team's samename/甲县 and samename/乙县), still within one folder or one folder
 * per year; an organ naming only its county or district is paired within one folder or one per year (南京/ and 福州/
 * both have a 鼓楼区), one naming its city wherever its files lie.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { temporaryTrees } from './cli-helpers.js';
import { lintFiles } from '../src/engine/files.js';
import { mayBeSameOrgan, placesBefore, placesDisagree, placesIn } from '../src/engine/same-organ.js';
import type { LintResult } from '../src/engine/types.js';
import { carryColumns } from './helpers/carry-columns.js';

const now = new Date('2025-06-01T00:00:00Z');

const fixture = (name: string): string => readFileSync(new URL(`fixtures/year-copies/${name}`, import.meta.url), 'utf8');
const town = (text: string, name = '城关镇人民政府'): string => text.replaceAll('东河县教育局', name);
/** 2022 carries over 3 (自然人) … 73 in all; this copy of 2021 carried forward 4 and 74: two errors when paired. */
const LAST = fixture('2021.md').replace(
  '| 四、结转下年度继续办理 |  |  | 3 | 5 | 9 | 15 | 17 | 24 | 73 |',
  '| 四、结转下年度继续办理 |  |  | 4 | 5 | 9 | 15 | 17 | 24 | 74 |',
);
const THIS = fixture('2022.md');

/** A temporary folder of the files, removed after this file's tests (cli-helpers.ts). */
const tree = temporaryTrees();
const carryOver = (results: LintResult[]): string[] =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'carry-over').flatMap(carryColumns));

describe('pairing organs that share a name', () => {
  it('the fixture pairs and accuses when the organ is one (so silence below is the pairing’s)', async () => {
    const root = await tree({ '城关镇2021.md': town(LAST), '城关镇2022.md': town(THIS) });
    for (const concurrency of ['off', 2] as const)
      expect(carryOver(await lintFiles(['.'], { cwd: root, now, concurrency }))).toEqual(['自然人:3≠4', '总计:73≠74']);
  });

  it('甲县/城关镇 is not checked against 乙县/城关镇, in either path order, on one thread or two', async () => {
    const root = await tree({ '甲县/城关镇2022年报.md': town(THIS), '乙县/城关镇2021年报.md': town(LAST) });
    const swapped = await tree({ '乙县/城关镇2022年报.md': town(THIS), '甲县/城关镇2021年报.md': town(LAST) });
    for (const cwd of [root, swapped])
      for (const concurrency of ['off', 2] as const)
        expect(carryOver(await lintFiles(['.'], { cwd, now, concurrency }))).toEqual([]);
  });

  it('nor files of one folder whose names say two counties', async () => {
    const root = await tree({ '甲县城关镇2022.md': town(THIS), '乙县城关镇2021.md': town(LAST) });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([]);
  });

  it('南京市/鼓楼区教育局 is not checked against 福州市/鼓楼区教育局 (review5 F2); 南京市/ and 南京市/ still are', async () => {
    const named = '鼓楼区教育局';
    const cities = await tree({
      '南京市/鼓楼区教育局2021年报.md': town(LAST, named),
      '福州市/鼓楼区教育局2022年报.md': town(THIS, named),
    });
    for (const concurrency of ['off', 2] as const)
      expect(carryOver(await lintFiles(['.'], { cwd: cities, now, concurrency }))).toEqual([]);
    const one = await tree({
      '南京市/2021/鼓楼区教育局.md': town(LAST, named),
      '南京市/2022/鼓楼区教育局.md': town(THIS, named),
    });
    expect(carryOver(await lintFiles(['.'], { cwd: one, now }))).toEqual(['自然人:3≠4', '总计:73≠74']);
  });

  it('one folder per year still pairs an unqualified name; a county-named organ pairs within one folder', async () => {
    const perYear = await tree({ '2021年/城关镇.md': town(LAST), '2022年/城关镇.md': town(THIS) });
    expect(carryOver(await lintFiles(['.'], { cwd: perYear, now }))).toEqual(['自然人:3≠4', '总计:73≠74']);
    const named = '青山县城关镇人民政府';
    const one = await tree({ 'a.md': town(THIS, named), 'b.md': town(LAST, named) });
    expect(carryOver(await lintFiles(['.'], { cwd: one, now }))).toEqual(['自然人:3≠4', '总计:73≠74']);
  });

  // An evaluator's batch names its cities without 市 (南京/2021/, 福州/2022/): a district's organ (鼓楼区教育局 is in
  // both) is paired only where its two folders are one once years are taken out.
  it('南京/2021/鼓楼区教育局 is not checked against 福州/2022/鼓楼区教育局; one city, one folder or a city-named organ are', async () => {
    const named = '鼓楼区教育局';
    const cities = await tree({ '南京/2021/鼓楼区教育局.md': town(LAST, named), '福州/2022/鼓楼区教育局.md': town(THIS, named) });
    const flat = await tree({ '南京/鼓楼区教育局2021.md': town(LAST, named), '福州/鼓楼区教育局2022.md': town(THIS, named) });
    for (const cwd of [cities, flat])
      for (const concurrency of ['off', 2] as const)
        expect(carryOver(await lintFiles(['.'], { cwd, now, concurrency }))).toEqual([]);
    const pairs: Array<Record<string, string>> = [
      { '南京/2021/鼓楼区教育局.md': town(LAST, named), '南京/2022/鼓楼区教育局.md': town(THIS, named) },
      { '2021/鼓楼区教育局.md': town(LAST, named), '2022/鼓楼区教育局.md': town(THIS, named) },
      { '鼓楼区教育局2021年报.md': town(LAST, named), '鼓楼区教育局2022年报.md': town(THIS, named) },
      { '南京/2021/a.md': town(LAST, `南京市${named}`), '福州/2022/b.md': town(THIS, `南京市${named}`) },
    ];
    for (const files of pairs)
      expect(carryOver(await lintFiles(['.'], { cwd: await tree(files), now }))).toEqual(['自然人:3≠4', '总计:73≠74']);
  });

  it('mayBeSameOrgan and placesIn: places, not words holding 市 or 区', () => {
    expect(placesIn('青山县市场监督管理局')).toEqual(['青山县']);
    expect(placesIn('市场监督管理局')).toEqual([]);
    expect(placesIn('经济技术开发区管委会')).toEqual([]);
    expect(mayBeSameOrgan('城关镇人民政府', '/r/甲县/a2024.md', '/r/乙县/a2023.md')).toBe(false);
    expect(mayBeSameOrgan('城关镇人民政府', '/r/2024/a.md', '/r/2023/a.md')).toBe(true);
    expect(mayBeSameOrgan('城关镇人民政府', '/r/x/a.md', '/r/x/sub/a.md')).toBe(false);
    expect(mayBeSameOrgan('城关镇人民政府', '/r/a.md', '/r/b.md')).toBe(true);
    expect(mayBeSameOrgan('青山县城关镇人民政府', '/r/甲县/a.md', '/r/乙县/b.md')).toBe(false);
    expect(mayBeSameOrgan('青山县城关镇人民政府', '/r/a.md', '/r/b.md')).toBe(true);
  });

  // Review5 F2, U3: district and county names repeat across China (鼓楼区 in 南京, 福州, 徐州, 开封); a quarter alone
  // (东区, 西区) names no place at all.
  it('an organ naming only its district is not paired across paths naming two cities', () => {
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/南京市/鼓楼区教育局2022.md', '/r/福州市/鼓楼区教育局2023.md')).toBe(false);
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/江苏省/南京市/a.md', '/r/福建省/福州市/b.md')).toBe(false);
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/南京市鼓楼区教育局2022.md', '/r/福州市鼓楼区教育局2023.md')).toBe(false);
    expect(mayBeSameOrgan('通州区教育局', '/r/北京市/a.md', '/r/南通市/b.md')).toBe(false);
    // One city named by both, or none named: still the district's organ.
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/南京市/2022/a.md', '/r/南京市/2023/b.md')).toBe(true);
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/2022/a.md', '/r/2023/b.md')).toBe(true);
    // Two folders that are not one once years are taken out: not told to be one place.
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/南京/2022/a.md', '/r/福州/2023/b.md')).toBe(false);
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/南京市/a.md', '/r/南京市鼓楼区/b.md')).toBe(false);
    expect(mayBeSameOrgan('鼓楼区教育局', '/r/2022年报/a.md', '/r/2023年报/b.md')).toBe(true);
    // An organ naming its city is one organ wherever its files lie.
    expect(mayBeSameOrgan('南京市鼓楼区教育局', '/r/南京市/a.md', '/r/福州市/b.md')).toBe(true);
    expect(mayBeSameOrgan('郑州市教育局', '/r/甲/a.md', '/r/乙/b.md')).toBe(true);
  });

  it('东区, 西区 name no place: 东区街道办事处 is paired as 城关镇 is', () => {
    expect(placesIn('东区街道办事处')).toEqual([]);
    expect(placesIn('西区管委会')).toEqual([]);
    expect(placesIn('河东区人民政府')).toEqual(['河东区']);
    expect(mayBeSameOrgan('东区街道办事处', '/r/甲县/a2024.md', '/r/乙县/a2023.md')).toBe(false);
    expect(mayBeSameOrgan('东区街道办事处', '/r/甲市/a.md', '/r/乙市/b.md')).toBe(false);
    expect(mayBeSameOrgan('东区街道办事处', '/r/2024/a.md', '/r/2023/a.md')).toBe(true);
  });
});

// rtQ (the evaluators' batch run): a town named like a city, a flat folder of a province's township reports, year
// folders with words after the year, --previous of another county's town.
describe('pairing what the paths and the reports themselves say', () => {
  it('新市镇, 新市街道 name no city: 浙江省德清县/ and 四川省/ are two towns (rtQ F1); one folder still pairs', async () => {
    expect(placesIn('新市镇人民政府')).toEqual([]);
    expect(placesIn('浙江省德清县新市镇人民政府')).toEqual(['浙江省', '德清县']);
    expect(placesIn('草市街道办事处')).toEqual([]);
    expect(placesIn('郑州市金水区教育局')).toEqual(['郑州市', '金水区']);
    expect(mayBeSameOrgan('新市街道办事处', '/r/广州/新市街道办事处2022.md', '/r/成都/新市街道办事处2023.md')).toBe(false);
    for (const named of ['新市镇人民政府', '新市街道办事处']) {
      const provinces = await tree({
        [`浙江省德清县/${named}2021.md`]: town(LAST, named),
        [`四川省/${named}2022.md`]: town(THIS, named),
      });
      for (const concurrency of ['off', 2] as const)
        expect(carryOver(await lintFiles(['.'], { cwd: provinces, now, concurrency }))).toEqual([]);
      const one = await tree({ [`${named}2021.md`]: town(LAST, named), [`${named}2022.md`]: town(THIS, named) });
      expect(carryOver(await lintFiles(['.'], { cwd: one, now }))).toEqual(['自然人:3≠4', '总计:73≠74']);
    }
  });

  /** The town's report titled without its county, which its signature names. */
  const signed = (text: string, county: string): string =>
    town(text).replace('\n城关镇人民政府\n', `\n${county}城关镇人民政府\n`);

  it('a flat folder: two 城关镇 whose signatures name two counties are not paired (rtQ F2), by any path of the run', async () => {
    const two = await tree({ '城关镇2021.md': signed(LAST, '甲县'), '城关镇2022.md': signed(THIS, '乙县') });
    const cacheLocation = path.join(two, '.cache');
    for (const options of [{ concurrency: 'off' }, { concurrency: 2 }, { cache: true, cacheLocation }] as const)
      expect(carryOver(await lintFiles(['城关镇2021.md', '城关镇2022.md'], { cwd: two, now, ...options }))).toEqual([]);
    // One county named by both, or by one only: nothing says two towns.
    for (const [a, b] of [
      ['甲县', '甲县'],
      ['甲县', ''],
    ]) {
      const root = await tree({ '城关镇2021.md': signed(LAST, a!), '城关镇2022.md': signed(THIS, b!) });
      for (const concurrency of ['off', 2] as const)
        expect(carryOver(await lintFiles(['.'], { cwd: root, now, concurrency }))).toEqual(['自然人:3≠4', '总计:73≠74']);
    }
    // 我县, 本区, 全市 name no place (review12 F1).
    expect(placesBefore('城关镇人民政府', ['我县城关镇人民政府', '全县城关镇人民政府', '本区城关镇人民政府'])).toEqual([]);
    expect(placesBefore('城关镇人民政府', ['2023年，在乙县城关镇人民政府', '乙县城关镇人民政府', '城关镇人民政府'])).toEqual([
      '乙县',
      '在乙县',
    ]);
    expect(placesDisagree(['在乙县'], ['乙县'])).toBe(false);
    expect(placesDisagree(['甲县'], ['乙县'])).toBe(true);
    expect(placesDisagree(['甲县'], ['江州市'])).toBe(false);
    // One place written two ways, or renamed, is one place; a province is never held against a city (review12 F1).
    expect(placesDisagree(['长阳土家族自治县'], ['长阳县'])).toBe(false);
    expect(placesDisagree(['乙县'], ['乙区'])).toBe(false);
    expect(placesDisagree(['浙江省', '东河县'], ['杭州市', '东河县'])).toBe(false);
    expect(placesDisagree(['浙江省'], ['杭州市'])).toBe(false);
    expect(placesDisagree(['长阳县'], ['巴东县'])).toBe(true);
    // A name that runs on from another is another place (review13 F6): one-character counties, 城区.
    expect(placesDisagree(['南县'], ['南漳县'])).toBe(true);
    expect(placesDisagree(['沙县'], ['长沙县'])).toBe(true);
    expect(placesDisagree(['城区'], ['西城区'])).toBe(true);
    expect(placesDisagree(['于沙县'], ['沙县'])).toBe(false);
    // Words before a name of two characters are no other place (review14 F4: 今年东河县城关镇人民政府…).
    expect(placesDisagree(['今年东河县'], ['东河县'])).toBe(false);
  });

  it('year folders with words after the year (2022年/, 2023年度报告/) are one place (rtQ F6)', async () => {
    expect(mayBeSameOrgan('城关镇人民政府', '/r/甲县/2022年/a.md', '/r/甲县/2023年度报告/a.md')).toBe(true);
    expect(mayBeSameOrgan('城关镇人民政府', '/r/2022年报/a.md', '/r/2023年度政府信息公开工作年度报告/a.md')).toBe(true);
    expect(mayBeSameOrgan('城关镇人民政府', '/r/2022年/a.md', '/r/2023年乙县/a.md')).toBe(false);
    const root = await tree({ '甲县/2021年/城关镇人民政府.md': town(LAST), '甲县/2022年度报告/城关镇人民政府.md': town(THIS) });
    for (const concurrency of ['off', 2] as const)
      expect(carryOver(await lintFiles(['.'], { cwd: root, now, concurrency }))).toEqual(['自然人:3≠4', '总计:73≠74']);
  });

  it('--previous of 甲县’s 城关镇 is not 乙县/城关镇’s last year, whose own is in the run (rtQ F5)', async () => {
    const root = await tree({
      '乙县/城关镇人民政府2021.md': town(fixture('2021.md')),
      '乙县/城关镇人民政府2022.md': town(THIS),
      '甲县城关镇2021.md': town(LAST),
    });
    const notices: string[] = [];
    const run = await lintFiles(['乙县'], {
      cwd: root,
      now,
      previousFile: '甲县城关镇2021.md',
      onNotice: (n) => notices.push(n),
    });
    expect(carryOver(run)).toEqual([]);
    expect(run.map((r) => r.carryOverCheck?.files)).toEqual([undefined, ['乙县/城关镇人民政府2021.md']]);
    expect(notices).toEqual([expect.stringContaining('--previous: 甲县城关镇2021.md（城关镇人民政府 2021 年度）')]);
    // Named for a report alone, it is that report's last year wherever it lies.
    const alone = await lintFiles(['乙县/城关镇人民政府2022.md'], { cwd: root, now, previousFile: '甲县城关镇2021.md' });
    expect(carryOver(alone)).toEqual(['自然人:3≠4', '总计:73≠74']);
  });
});

const rollUpFixture = (name: string): string => readFileSync(new URL(`fixtures/roll-up-places/${name}`, import.meta.url), 'utf8');
const HIERARCHY = JSON.stringify({
  extends: 'reportlint:recommended',
  hierarchy: { 甲县人民政府: ['城关镇人民政府', '河口镇人民政府'] },
});
const rollUp = (results: LintResult[]): string[] =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'roll-up').map((m) => `${m.messageId}:${m.message}`));
const MISMATCH =
  'mismatch:与下级机关报告之和不一致（2 处）：表四「行政复议」结果维持 为 9，下级之和为 8；表四「行政复议」总计 为 45，下级之和为 44';

describe('roll-up: a subordinate of the same name in another county', () => {
  const files = {
    '.reportlintrc.json': HIERARCHY,
    '甲县/甲县人民政府2023.md': rollUpFixture('甲县人民政府2023.md'),
    '甲县/河口镇人民政府2023.md': rollUpFixture('河口镇人民政府2023.md'),
  };

  it('乙县/城关镇 is not summed into 甲县人民政府: its own town is missing (rtQ F3)', async () => {
    const root = await tree({ ...files, '乙县/城关镇人民政府2023.md': rollUpFixture('乙县城关镇人民政府2023.md') });
    expect(rollUp(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      'missing:本次检查中没有下级机关 城关镇人民政府 的 2023 年度报告，无法核对汇总数',
    ]);
  });

  it('with both counties’ towns in the run, 甲县’s is summed and the difference said (rtQ F4)', async () => {
    const root = await tree({
      ...files,
      '甲县/城关镇人民政府2023.md': rollUpFixture('甲县城关镇人民政府2023.md'),
      '乙县/城关镇人民政府2023.md': rollUpFixture('乙县城关镇人民政府2023.md'),
    });
    for (const concurrency of ['off', 2] as const)
      expect(rollUp(await lintFiles(['.'], { cwd: root, now, concurrency }))).toEqual([MISMATCH]);
  });

  it('two towns of that name that may each be it: said once, nothing summed, no finding', async () => {
    const root = await tree({
      '.reportlintrc.json': HIERARCHY,
      '甲县人民政府2023.md': rollUpFixture('甲县人民政府2023.md'),
      '河口镇人民政府2023.md': rollUpFixture('河口镇人民政府2023.md'),
      '一/城关镇人民政府2023.md': rollUpFixture('甲县城关镇人民政府2023.md'),
      '二/城关镇人民政府2023.md': rollUpFixture('乙县城关镇人民政府2023.md'),
    });
    const notices: string[] = [];
    expect(rollUp(await lintFiles(['.'], { cwd: root, now, onNotice: (n) => notices.push(n) }))).toEqual([]);
    expect(notices).toEqual([
      '甲县人民政府2023.md: 下级机关 城关镇人民政府 在本次检查中的报告（一/城关镇人民政府2023.md、二/城关镇人民政府2023.md）属于不同机关，无法确定哪一份是其下级机关的，未核对汇总数',
    ]);
  });
});
