/**
 * How an organ's name ends tells its kind (organ-type.ts; 《政府信息公开条例》第四十九条 gives governments and
 * departments different deadlines). Tried in the order organTypeOf lists them: an office of a government is a
 * department before it is a government.
 */

/**
 * A bracketed 本级 after an organ's name (东河市人民政府（本级）, 东河县财政局（本级）): its own report, as opposed to its
 * region's or its system's. Part of the name (extract, the year-over-year pairing: a 本级 report is not the one
 * without it, rtAE 2), but not of its kind: read with it, the name had no kind and a government's report went
 * unchecked (red team rtZ 5). Tests of kind read withoutOwnLevel(name).
 */
export const OWN_LEVEL = /[（(]\s*本级\s*[）)]\s*$/;
/** The name its kind is read from: without a bracketed 本级 (OWN_LEVEL). */
export const withoutOwnLevel = (name: string): string => name.replace(OWN_LEVEL, '');
/** The name with its 本级 written one way (东河县财政局(本级) is 东河县财政局（本级）): pairing compares names as read. */
export const ownLevelWritten = (name: string): string => name.replace(OWN_LEVEL, '（本级）');
/** An office of a government (上海市人民政府办公厅, 某县政府办) works as a department, not as the government. */
export const GOVERNMENT_OFFICE = /(人民政府|政府)(办公厅|办公室|办)$/;
/**
 * Townships and streets (某镇人民政府, 某街道办事处, 某苏木); 街道办 is the street office's short name, not a department's 办
 * (red team rtZ 3: it took the departments' 31 January over a configured township deadline).
 */
export const TOWNSHIP = /(乡|镇|街道|街道办事处|街道办|苏木)(人民政府)?$|(乡|镇)政府$/;
/**
 * A township's people's government (某镇人民政府, 某乡政府, 某苏木, or the 乡/镇 named alone): one of 各级人民政府
 * (《宪法》第三十条), unlike a street office (街道办事处, the district's 派出机关), which shares its kind `township`.
 */
export const TOWNSHIP_GOVERNMENT = /(乡|镇|苏木)(人民政府|政府)?$/;
/**
 * A people's government (某市人民政府, 某县政府), and a prefecture's or league's 行政公署 (行署): the province's 派出机关
 * that governs the 地区 or 盟 as its government does, read as the 地区 or 盟 named alone is (red team rtZ 1: the 署
 * of a department's name gave it the departments' 31 January).
 */
export const GOVERNMENT = /(人民政府|[省市县区州旗盟]政府|行政公署|行署)$/;
/**
 * A 行政公署 (行署) is the province's 派出机关, not one of 各级人民政府 that 第五十条 asks for 工作考核、社会评议和责任追究:
 * it takes a government's deadline, but is not asked, as a street office (the district's 派出机关) is not.
 */
export const PREFECTURE_OFFICE = /(行政公署|行署)$/;
/**
 * A development zone or special area's own committee, or the zone named alone (平潭综合实验区). The committee names
 * its zone right before 管委会/管理委员会 (开发区、园区、新区、风景区、港、岛、新城、生态城、科技城…, 党工委 between at
 * most): 国有资产监督管理委员会 and 城市管理委员会 end the same way but are a government's departments (red team rtK), and
 * so is a city's 城管委会 (市城管委会: 城 right after the place, review6 F3).
 */
export const ZONE =
  /(?:区|园|港|岛|基地|口岸|(?<=[^省市县区州旗盟])城)(?:党工委|工委)?(?:管委会|管理委员会)$|(开发区|高新区|实验区|试验区|园区|示范区|合作区|保税区|自贸区)$/;
/**
 * A zone named alone by its kind of area, with no 管委会 (red team rtL F4): a resort (旅游度假区), scenic area
 * (风景名胜区, 风景区, 景区), industrial cluster (工业集中区, 产业集聚区, 工业区) or bonded port area (保税港区) is run by a committee
 * or a bureau, never by a people's government. Other …港区 are districts with governments of their own (秦皇岛市海港区, 日照市
 * 东港区, 北海市铁山港区: review7 F4): not zones.
 */
export const ZONE_AREA =
  /(?:度假区|名胜区|景区|旅游区|集中区|集聚区|工业区|保税港区|航空港区|经开区|经济区|加工区|商务区|(?:试验区|自贸区).*片区)$/;
/**
 * Names that end in 区 like a district but are no people's government and of no kind this linter knows (rtL F4, rtZ 2):
 * a 社区 (a neighbourhood under a street office), a nature reserve (自然保护区), an irrigation district (灌区), a school
 * district (学区), and a 管理区 (屈原管理区 is county-level and run by a committee, others are farms' or a township's).
 */
export const NOT_A_GOVERNMENT_AREA = /(?:社区|保护区|灌区|学区|管理区)$/;
/**
 * Bodies whose names end like a department's (委员会, 院, 中心) but are no department of a people's government, so
 * 第四十九条's 31 January does not bind them (red team rtZ 4): a 村民委员会 or 居民委员会 (self-governing, no
 * administrative organ) and public institutions (卫生院, 医院, 学校, 疾病预防控制中心: 第五十五条). Unknown, as 社区 is.
 */
export const NOT_A_DEPARTMENT =
  /(?:村民委员会|居民委员会|村委会|居委会|卫生院|医院|学校|疾病预防控制中心|疾控中心|卫生服务中心)$/;
/**
 * A 新区 named alone says nothing sure: 浦东新区 and 滨海新区 are districts with a people's government of their
 * own (31 March), 雄安新区 and 两江新区 are run by a committee (a zone).
 */
export const NEW_AREA = /(?<!高)新区$/;
/** A place name alone (北京市, 某县, 海淀区): the title names the government whose report it is. */
export const PLACE = /(省|自治区|市|自治州|州|盟|县|自治县|旗|区)$/;
/**
 * 局、委、办、厅、中心… : a department or another body of a government; 室 too (某市人民政府研究室、参事室: rtL F12), which
 * no people's government's name ends in; and a 海关 (东河海关), a branch of 海关总署, a 国务院部门 (rtZ 8: its late report
 * was hidden under the unknown kind's 31 March).
 */
export const DEPARTMENT = /(局|委|委员会|办|办公室|办公厅|厅|署|中心|院|所|站|队|部|处|会|公司|馆|室|海关)$/;
