/** The organ's kind from its name: what 第四十九条's deadlines and 第五十条's content depend on. */
import { describe, expect, it } from '@jest/globals';
import { isPrefectureOffice, isTownshipGovernment, organTypeOf } from '../../src/parser/organ-type.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';

describe('organTypeOf', () => {
  it.each([
    ['淮安市洪泽区人民政府', 'government'],
    ['某县人民政府', 'government'],
    ['某省人民政府', 'government'],
    ['北京市', 'government'],
    ['某市某区', 'government'],
    ['沭阳县发展和改革局', 'department'],
    ['某市卫生健康委员会', 'department'],
    ['某市市场监督管理局', 'department'],
    ['某市政务服务中心', 'department'],
    ['上海市人民政府办公厅', 'department'],
    ['某县人民政府办公室', 'department'],
    ['平潭综合实验区管委会办公室', 'department'],
    ['某县某镇人民政府', 'township'],
    ['原州区官厅镇', 'township'],
    ['某区某街道办事处', 'township'],
    ['某市经济技术开发区管委会', 'zone'],
    ['某高新技术产业开发区管理委员会', 'zone'],
    ['标题:平潭综合实验区', 'zone'],
    ['重庆两江新区管理委员会', 'zone'],
    ['上海市浦东新区人民政府', 'government'],
    ['成都高新区', 'zone'],
    // A committee ending in 管理委员会 is a zone's only when it names its zone (red team rtK): 国资委 and 城管委 are
    // departments of a government.
    ['洛阳市人民政府国有资产监督管理委员会', 'department'],
    ['海淀区国有资产监督管理委员会', 'department'],
    ['北京市城市管理委员会', 'department'],
    ['苏州工业园区管理委员会', 'zone'],
    ['黄山风景区管委会', 'zone'],
    ['东河经济开发区党工委管委会', 'zone'],
    ['某县产业集聚区管理委员会', 'zone'],
    // A 新城, 生态城 or 科技城 is a zone (review6 F3); a city's 城管委会 is its department of city management.
    ['中新天津生态城管理委员会', 'zone'],
    ['西咸新区沣东新城管理委员会', 'zone'],
    ['中国绵阳科技城管理委员会', 'zone'],
    ['北京中关村科学城管委会', 'zone'],
    ['某市城管委会', 'department'],
    ['某县城管委会', 'department'],
    ['某市城市管理局', 'department'],
    ['某区城管委', 'department'],
    // A government's 研究室 and 参事室 are its departments (red team rtL F12).
    ['某市人民政府研究室', 'department'],
    ['某省人民政府参事室', 'department'],
  ])('%s → %s', (organ, type) => {
    expect(organTypeOf(organ)).toBe(type);
  });

  // Zones named alone by their kind of area, with no 管委会 (red team rtL F4: classed as people's governments, so the
  // accountability warning fell on them and the 31 March deadline hid a late report); districts stay governments.
  it.each([
    ['某市某某旅游度假区', 'zone'],
    ['某某风景名胜区', 'zone'],
    ['某市某风景区', 'zone'],
    ['某县工业集中区', 'zone'],
    ['某县产业集聚区', 'zone'],
    ['日照市东港区', 'government'],
    ['北海市铁山港区', 'government'],
    ['某市某某保税港区', 'zone'],
    ['秦皇岛市海港区', 'government'],
    ['北京市朝阳区', 'government'],
    ['上海市浦东新区人民政府', 'government'],
    ['某市某区人民政府', 'government'],
    ['神农架林区', 'government'],
  ])('a zone named by its kind of area, not a district: %s → %s', (organ, type) => {
    expect(organTypeOf(organ)).toBe(type);
  });

  // Red team rtZ 1: a prefecture's or league's 行政公署 (行署) is its government organ, as the 地区 or 盟 named alone is;
  // the 署 of a department's name gave it 31 January and a late warning in February.
  it.each(['东河地区行政公署', '东河盟行署', '东河地区', '东河盟'])('%s → government', (organ) => {
    expect(organTypeOf(organ)).toBe('government');
  });
  it('a 行政公署 is the province’s 派出机关, not a people’s government', () => {
    expect(isPrefectureOffice('东河地区行政公署')).toBe(true);
    expect(isPrefectureOffice('东河盟行署')).toBe(true);
    expect(isPrefectureOffice('东河市人民政府')).toBe(false);
    expect(isPrefectureOffice('东河地区行政公署办公室')).toBe(false);
  });
  it('an office of a 行政公署 stays a department', () => {
    expect(organTypeOf('东河地区行政公署办公室')).toBe('department');
  });

  // Red team rtZ 2: economic areas ending in 区 are zones (as 经济技术开发区 is), not districts with a people's government
  // (they were asked for 第五十条's accountability, and a late 出口加工区 report hidden under 31 March).
  it.each([
    '东河经开区',
    '东河临空经济区',
    '东河经济区',
    '东河出口加工区',
    '东河生态旅游区',
    '中国（东河）自由贸易试验区西山片区',
    '东河航空港区',
    '东河中央商务区',
  ])('%s → zone', (organ) => {
    expect(organTypeOf(organ)).toBe('zone');
  });
  // Areas run by no people's government and of no kind this linter knows: unknown, no kind-dependent finding.
  it.each(['东河国家级自然保护区', '东河灌区', '东河县东河镇学区', '东河管理区'])('%s → unknown', (organ) => {
    expect(organTypeOf(organ)).toBeNull();
  });
  // Districts, 城区, 林区 and 矿区 keep their people's governments; 新区 stays unknown.
  it.each([
    ['东河市东河区', 'government'],
    ['东河市城区', 'government'],
    ['神农架林区', 'government'],
    ['阳泉市矿区', 'government'],
    ['东河市东港区', 'government'],
    ['东河新区', null],
  ])('%s stays %s', (organ, type) => {
    expect(organTypeOf(organ)).toBe(type);
  });

  // Red team rtZ 3: 街道办 is the street office's short name (a configured township deadline was passed over for the
  // departments' 31 January); a street office, not a township's people's government.
  it('街道办 → township, not a township government', () => {
    expect(organTypeOf('东河区东河街道办')).toBe('township');
    expect(isTownshipGovernment('东河区东河街道办')).toBe(false);
  });

  // Red team rtZ 4: villagers' and residents' committees and public institutions are no departments of a people's
  // government (第四十九条's 31 January binds 县级以上人民政府部门): unknown. Real departments keep their kind.
  it.each([
    '东河县东河镇东河村民委员会',
    '东河区东河社区居民委员会',
    '东河村委会',
    '东河县东河镇卫生院',
    '东河县人民医院',
    '东河县实验学校',
    '东河县疾病预防控制中心',
    '东河县疾控中心',
    '东河区东河社区卫生服务中心',
  ])('%s → unknown', (organ) => {
    expect(organTypeOf(organ)).toBeNull();
  });
  it.each(['东河市发展和改革委员会', '东河市卫生健康委员会', '东河市城市管理委员会', '东河市政务服务中心'])(
    '%s stays a department',
    (organ) => {
      expect(organTypeOf(organ)).toBe('department');
    },
  );

  // Red team rtZ 5: a bracketed 本级 (the government's own report) left …人民政府本级, of no kind.
  it.each(['东河市人民政府（本级）', '东河市人民政府(本级)'])('%s → government', (organ) => {
    expect(organTypeOf(organ)).toBe('government');
  });

  // Red team rtZ 8: a 海关 is a branch of 海关总署 (a 国务院部门): a department, not of unknown kind (31 March).
  it('东河海关 → department', () => {
    expect(organTypeOf('东河海关')).toBe('department');
  });

  it("a 社区 is no people's government: unknown", () => {
    expect(organTypeOf('某区某某社区')).toBeNull();
  });

  it('says nothing when there is no organ or its name is unclear', () => {
    expect(organTypeOf(null)).toBeNull();
    expect(organTypeOf('')).toBeNull();
    expect(organTypeOf('关于')).toBeNull();
  });

  // A damaged copy lost the character that tells the kind: 一面坡镇人民政府 read as a county-level people's government
  // would get that kind's deadline (31 March) instead of a township's.
  it('says nothing when a character of the name is lost (U+FFFD)', () => {
    expect(organTypeOf('一面坡镇人民政府')).toBe('township');
    expect(organTypeOf('一面坡\ufffd\ufffd\ufffd人民政府')).toBeNull();
  });

  // 浦东新区 and 滨海新区 have people's governments (31 March); 雄安新区 a committee (31 January): the name alone is
  // no sure kind, and a report dated in March was called late (red-team review, 2026-12-05).
  it.each(['上海市浦东新区', '天津市滨海新区', '雄安新区'])('%s alone → unknown', (organ) => {
    expect(organTypeOf(organ)).toBeNull();
  });
});

// 第五十条 asks 各级人民政府 for 工作考核、社会评议和责任追究: a 乡/镇's people's government is one, a street office
// (the district's 派出机关) is not, though both are of kind township (red team rtK).
describe('isTownshipGovernment', () => {
  it.each(['汝阳县城关镇人民政府', '汝阳县柏树乡人民政府', '原州区官厅镇', '某县某镇政府', '某旗某苏木'])('%s → yes', (organ) => {
    expect(organTypeOf(organ)).toBe('township');
    expect(isTownshipGovernment(organ)).toBe(true);
  });
  it.each(['某区某街道办事处', '某区某街道', '某县人民政府', '某镇人民政府办公室', '一面坡\ufffd\ufffd\ufffd人民政府', ''])(
    '%s → no',
    (organ) => {
      expect(isTownshipGovernment(organ)).toBe(false);
    },
  );
});

describe('report.organType', () => {
  const text = '# 某县人民政府2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n2023年，本县持续推进政务公开。\n';
  it('is read from the title', async () => {
    expect((await parseReport(text, { format: 'markdown' })).report.organType).toBe('government');
  });
  it('is in extract', async () => {
    expect(extractReport(await parseReport(text, { format: 'markdown' })).organType).toBe('government');
  });
  it('is replaced by the configured one', async () => {
    expect((await parseReport(text, { format: 'markdown', organType: 'department' })).report.organType).toBe('department');
  });
});
