/**
 * The forms a Chinese place name is written in: `凉山彝族自治州`, `凉山州`,
 * `凉山`; `渝中区`, `渝中`; `伊犁哈萨克自治州`, `伊犁州`. The config's regions and
 * the calls' `caller_city` may use any of them (report.md "Config").
 *
 * Only naming rules live here (suffixes, the names of the ethnic groups that
 * autonomous divisions carry); the divisions themselves come from the data
 * package (./province.ts).
 */

/**
 * The 55 minority ethnic groups, as autonomous divisions name them. A name
 * of two characters or more may stand without 族 (`伊犁哈萨克自治州`,
 * `博尔塔拉蒙古自治州`, `察布查尔锡伯自治县`); a one-character one only with it
 * (`大理白族自治州`), so that a place name ending in such a character is not cut.
 * `各族` (`龙胜各族自治县`) counts as one.
 */
const ETHNIC_LONG = [
  '蒙古', '维吾尔', '布依', '朝鲜', '土家', '哈尼', '哈萨克', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇',
  '柯尔克孜', '达斡尔', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const ETHNIC_SHORT = ['回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'];
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_LONG.join('|')})族?|(?:${ETHNIC_SHORT.join('|')}|各)族)$`);

const AUTONOMOUS = /(自治州|自治县|自治旗)$/;

/** `凉山彝族自治州` → `凉山`; `石柱土家族自治县` → `石柱`; a name no ethnic group ends: as is. */
function withoutEthnic(s: string): string {
  let k = s;
  for (let t = k.replace(ETHNIC_TAIL, ''); t !== k; t = k.replace(ETHNIC_TAIL, '')) k = t;
  return k;
}

/**
 * A place name without its administrative suffix and ethnic groups, when at
 * least two characters remain (`忠县` stays `忠县`, `东乡族自治县` stays whole):
 * `贵阳市` → `贵阳`, `黔东南苗族侗族自治州` and `黔东南州` → `黔东南`,
 * `阿克苏地区` → `阿克苏`, `锡林郭勒盟` → `锡林郭勒`, `浦东新区` → `浦东`,
 * `神农架林区` → `神农架`, `渝中区` → `渝中`, `酉阳县` → `酉阳`.
 */
export function placeStem(name: string): string {
  const s = name.replace(/\s+/g, '');
  const auto = AUTONOMOUS.exec(s);
  const k = auto !== null ? withoutEthnic(s.slice(0, -auto[1]!.length)) : s.replace(/(?:地区|新区|林区|特区|矿区|市|州|盟|区|县|旗)$/, '');
  return k.length >= 2 ? k : s;
}

/**
 * How the report names a division: an autonomous prefecture, county or
 * banner by its stem and one character (`凉山彝族自治州` → `凉山州`,
 * `石柱土家族自治县` → `石柱县`, `莫力达瓦达斡尔族自治旗` → `莫力达瓦旗`); every other
 * name as it is (`成都市`, `阿克苏地区`, `锡林郭勒盟`, `渝中区`).
 */
export function shortPlaceName(name: string): string {
  const s = name.replace(/\s+/g, '');
  const auto = AUTONOMOUS.exec(s);
  if (auto === null) return s;
  const stem = withoutEthnic(s.slice(0, -auto[1]!.length));
  return stem.length >= 2 ? stem + auto[1]!.slice(-1) : s;
}

/** The other spellings of a division a call may carry: its full name and its stem, where they differ from the short name. */
export function placeAliases(fullName: string): string[] {
  const short = shortPlaceName(fullName);
  const out: string[] = [];
  for (const n of [fullName, placeStem(fullName)]) if (n !== short && !out.includes(n)) out.push(n);
  return out;
}

export interface RegionTerms {
  /** what the regions are called together: `市州` (贵州省, 四川省), `市` (江苏省), `盟市` (内蒙古), `地州市` (新疆), `地市` (西藏), `市县` (海南省), `区县` (重庆市), `区` (北京市) */
  readonly regions: string;
  /** the rest of the country: `省外`, `区外` (an autonomous region), `市外` (a municipality) */
  readonly outside: string;
}

/**
 * The words the report uses for a province's regions and for the rest of the
 * country, from the province's name and its regions' names: the seed's
 * `各市州` and `省外` for Guizhou, `各区县` and `市外` for 重庆市.
 */
export function regionTerms(province: string, regionNames: readonly string[]): RegionTerms {
  const p = province.replace(/\s+/g, '');
  const has = (re: RegExp): boolean => regionNames.some((n) => re.test(n));
  const outside = p.endsWith('自治区') ? '区外' : p.endsWith('市') ? '市外' : '省外';
  let regions: string;
  if (p.endsWith('市')) regions = has(/县$/) ? '区县' : '区';
  else if (has(/盟$/)) regions = '盟市';
  else if (has(/地区$/)) regions = has(/州$/) ? '地州市' : '地市';
  else if (has(/州$/)) regions = '市州';
  else if (has(/县$/)) regions = '市县';
  else regions = '市';
  return { regions, outside };
}
