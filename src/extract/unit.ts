import type { UnitKind } from '../schema/indicator.js';

/**
 * The unit table: every unit the extractor recognises, in one place, with its kind, the base unit
 * of that kind and the factor to it. A written unit is an optional magnitude (万 亿 万亿 …) plus
 * one of these (万人, 亿元, 万亿美元, 万千瓦); the magnitude goes into the base value.
 */
export interface UnitDef {
  /** As written. */
  unit: string;
  kind: UnitKind;
  /** Normalised unit of the kind, the one `base.value` is expressed in. */
  base: string;
  /** base value = written value × magnitude × factor. */
  factor: number;
  /**
   * Characters that, right after the unit, show it is the first half of a word rather than a unit
   * (期间, 部署, 条例, 家庭 …): `3家庭` is not 3 家.
   */
  notBefore?: string;
}

const count = (unit: string, notBefore?: string, base = unit): UnitDef => ({
  unit, kind: 'count', base, factor: 1, ...(notBefore ? { notBefore } : {}),
});

// Longest first is enforced when the regex is built; the order here is for reading.
export const UNITS: readonly UnitDef[] = [
  // counts
  count('人(次)', undefined, '人次'), count('人（次）', undefined, '人次'), count('人次'),
  // Counts of occasions: 场次, 批次 … (320余场次 is not 320 场 followed by 次; 停放6千余辆次,
  // 接待邮轮100艘次, 走访台企62趟次, 检查设备1200台次, 公开信息2.3万条次, 培训12期次).
  count('场次'), count('批次'), count('件次'), count('户次'), count('家次'), count('车次'), count('架次'),
  count('辆次'), count('艘次'), count('趟次'), count('台次'), count('条次'), count('篇次'), count('期次'),
  count('处次'), count('项次'),
  count('人口', undefined, '人'), count('人', '民员'), count('名', '单称义额录'),
  count('件', undefined), count('次', undefined), count('家', '庭属长园乡'), count('项', '目'),
  count('份', '额'), count('条', '例件款'), count('部门'), count('部', '署分门长委'),
  count('支', '持付出撑'), count('期', '间待望限满盼刊'), count('场', '所景馆地合'),
  count('个', '人体性'), count('处', '理置罚分室长'), count('卷', undefined), count('宗', '旨教'),
  count('篇', '章幅'), count('所', '有属得在以'), count('户', '籍口'), count('座', '谈右'),
  count('套', '餐'), count('批', '准复评示'), count('起', '草诉点步来到始源'), count('位', '于置列居'),
  count('种', '植子类'), count('类', '似型别'), count('轮', '换'), count('辆'), count('台', '账阶'),
  count('架', '构设'), count('艘'), count('列', '入为举'), count('栋'), count('幢'),
  count('本', '级地市区土质'), count('册'), count('张', '贴'), count('棵'), count('株'),
  // 缔结友城148对, 新增球类场地405片, 发放印章11780枚, 设备更新33.6万台套.
  count('对', '于象接口比照标应外话称策待抗'), count('片', '区面段刻'), count('枚'), count('台套'),
  // 获得13块金牌, 开设课程7门: pieces (块状 is a shape) and courses (门类, 门户, 门诊 are words; 三门峡 a city).
  count('块', '状'), count('门', '类户诊槛店口面票路卫头峡'),
  // 集装箱吞吐量350万标箱 (TEU); 10大类52项民生实事 (大类 a class, 类 alone is one too).
  count('重量箱'), count('标准箱'), count('标箱'), count('大类'),
  // Livestock and poultry: 780万头, 5800万只, 1.2亿羽.
  count('头', '部号脑等衔发条'), count('只', '有要是能见需'), count('羽', '毛绒'), count('匹'),
  // money
  { unit: '元', kind: 'money', base: '元', factor: 1, notBefore: '素旦' },
  { unit: '美元', kind: 'money', base: '美元', factor: 1 },
  { unit: '欧元', kind: 'money', base: '欧元', factor: 1 },
  { unit: '港元', kind: 'money', base: '港元', factor: 1 },
  // rates
  { unit: '%', kind: 'percent', base: '%', factor: 1 },
  { unit: '％', kind: 'percent', base: '%', factor: 1 },
  { unit: '‰', kind: 'permille', base: '‰', factor: 1 },
  { unit: '个百分点', kind: 'percent-point', base: '个百分点', factor: 1 },
  { unit: '百分点', kind: 'percent-point', base: '个百分点', factor: 1 },
  { unit: '倍', kind: 'multiple', base: '倍', factor: 1 },
  // area, length, mass, volume, energy
  { unit: '平方米', kind: 'area', base: '平方米', factor: 1 },
  { unit: '平方公里', kind: 'area', base: '平方米', factor: 1e6 },
  { unit: '平方千米', kind: 'area', base: '平方米', factor: 1e6 },
  { unit: '公顷', kind: 'area', base: '平方米', factor: 1e4 },
  { unit: '亩', kind: 'area', base: '平方米', factor: 10000 / 15 },
  { unit: '公里', kind: 'length', base: '米', factor: 1000 },
  { unit: '千米', kind: 'length', base: '米', factor: 1000 },
  { unit: '米', kind: 'length', base: '米', factor: 1 },
  { unit: '吨标准煤', kind: 'energy', base: '吨标准煤', factor: 1 },
  { unit: '吨', kind: 'mass', base: '千克', factor: 1000 },
  { unit: '公斤', kind: 'mass', base: '千克', factor: 1 },
  { unit: '千克', kind: 'mass', base: '千克', factor: 1 },
  { unit: '斤', kind: 'mass', base: '千克', factor: 0.5 },
  { unit: '克', kind: 'mass', base: '千克', factor: 0.001, notBefore: '服' },
  { unit: '立方米', kind: 'volume', base: '立方米', factor: 1 },
  { unit: '千瓦时', kind: 'energy', base: '千瓦时', factor: 1 },
  { unit: '度电', kind: 'energy', base: '千瓦时', factor: 1 },
  // 外送电量3150亿度: a 度 is a kilowatt-hour.
  { unit: '度', kind: 'energy', base: '千瓦时', factor: 1, notBefore: '过假汛' },
  { unit: '千瓦', kind: 'energy', base: '千瓦', factor: 1 },
  // concentration (PM2.5平均浓度为32微克/立方米); no kind of their own, so compared by base unit
  { unit: '微克/立方米', kind: 'other', base: '微克/立方米', factor: 1 },
  { unit: '毫克/立方米', kind: 'other', base: '微克/立方米', factor: 1000 },
  { unit: '毫克/升', kind: 'other', base: '毫克/升', factor: 1 },
  // time
  { unit: '个工作日', kind: 'time', base: '工作日', factor: 1 },
  // 办结时限10个自然日: calendar days.
  { unit: '个自然日', kind: 'time', base: '天', factor: 1 },
  { unit: '自然日', kind: 'time', base: '天', factor: 1 },
  { unit: '工作日', kind: 'time', base: '工作日', factor: 1 },
  { unit: '天', kind: 'time', base: '天', factor: 1, notBefore: '然津' },
  { unit: '小时', kind: 'time', base: '小时', factor: 1 },
  { unit: '学时', kind: 'time', base: '学时', factor: 1 },
  { unit: '分钟', kind: 'time', base: '分钟', factor: 1 },
  { unit: '个月', kind: 'time', base: '月', factor: 1 },
  { unit: '周岁', kind: 'other', base: '岁', factor: 1 },
  { unit: '岁', kind: 'other', base: '岁', factor: 1 },
];

/**
 * Units read only where their context says so, never after any number: 年 is a year (2025年) save
 * after a length of time (受教育年限13.5年); a ratio's colon (2.04∶1) as written; the medals of a
 * tally (4金1银1铜).
 */
export const YEARS: UnitDef = { unit: '年', kind: 'time', base: '年', factor: 1 };
export const RATIO_SEPARATORS: Readonly<Record<string, UnitDef>> = {
  '∶': { unit: '∶', kind: 'other', base: '∶', factor: 1 },
  '：': { unit: '：', kind: 'other', base: '∶', factor: 1 },
  ':': { unit: ':', kind: 'other', base: '∶', factor: 1 },
};
export const MEDALS: Readonly<Record<string, UnitDef>> = {
  金: { unit: '金', kind: 'count', base: '金牌', factor: 1 },
  银: { unit: '银', kind: 'count', base: '银牌', factor: 1 },
  铜: { unit: '铜', kind: 'count', base: '铜牌', factor: 1 },
};

/** Magnitudes that may prefix a unit as written (万人, 亿元, 万亿美元). */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 1e12, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4,
};

export interface UnitMatch {
  /** End offset of the unit as written. */
  end: number;
  /** The magnitude prefix as written ('' when none). */
  magnitude: string;
  /** Null for a bare magnitude (贫困人口减少1442万). */
  def: UnitDef | null;
  /** The unit as written: magnitude + unit. */
  unit: string;
}

// Units by first character, longest first: a unit is found with a few startsWith calls and no
// regex, which matters because it is asked after every number of the text.
let byFirst: Map<number, UnitDef[]> | null = null;

function index(): Map<number, UnitDef[]> {
  if (byFirst) return byFirst;
  // Keyed by char code: text[at] would make a string of every character looked up.
  const m = new Map<number, UnitDef[]>();
  for (const u of UNITS) {
    const k = u.unit.charCodeAt(0);
    const list = m.get(k) ?? [];
    list.push(u);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.unit.length - a.unit.length);
  byFirst = m;
  return m;
}

/**
 * The unit (without magnitude) written at `at`, honouring its notBefore set unless `asUnit` says
 * the place wants a unit (首批12家长三角创新联合体: after 首批 a count, not 家长).
 */
function unitAt(text: string, at: number, asUnit = false): UnitDef | null {
  const list = index().get(text.charCodeAt(at));
  if (!list) return null;
  for (const u of list) {
    if (!text.startsWith(u.unit, at)) continue;
    const end = at + u.unit.length;
    if (!asUnit && u.notBefore && end < text.length && u.notBefore.includes(text[end] as string)) return null;
    return u;
  }
  return null;
}

/** The magnitude prefix written at `at`: 万亿, 千万, 百万, 亿 or 万 ('' when none). */
/** The magnitude written at `at` (万, 亿, 万亿, 千万, 百万), or ''. */
export function magnitudeAt(text: string, at: number): string {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if (c === 0x4e07) return d === 0x4ebf ? '万亿' : '万';
  if (c === 0x4ebf) return '亿';
  if (d === 0x4e07) return c === 0x5343 ? '千万' : c === 0x767e ? '百万' : '';
  return '';
}

/**
 * The unit written at `at`, if any: magnitude? unit, or a bare magnitude. A unit followed by a
 * character of its `notBefore` set is the start of a word and does not count. Fills `out` (the
 * scanner reuses one record per number) and says whether there was a unit.
 */
export function matchUnit(text: string, at: number, out: UnitMatch = newUnitMatch(), asUnit = false): boolean {
  const magnitude = magnitudeAt(text, at);
  const def = unitAt(text, at + magnitude.length, asUnit);
  if (!def && !magnitude) return false;
  out.magnitude = magnitude;
  out.def = def;
  out.unit = def ? magnitude + def.unit : magnitude;
  out.end = at + out.unit.length;
  return true;
}

export function newUnitMatch(): UnitMatch {
  return { end: 0, magnitude: '', def: null, unit: '' };
}

/** Whether a unit (without magnitude) starts at `at`: the number lexer stops before 千米, 百分点. */
export function unitStartsAt(text: string, at: number): boolean {
  const list = index().get(text.charCodeAt(at));
  if (!list) return false;
  for (const u of list) if (text.startsWith(u.unit, at)) return true;
  return false;
}

export function magnitudeValue(magnitude: string): number {
  return magnitude ? (MAGNITUDES[magnitude] ?? 1) : 1;
}

/** The unit table's row for a unit as written (％ and % are rows of their own), or null. */
export function unitDef(unit: string): UnitDef | null {
  return UNITS.find((u) => u.unit === unit) ?? null;
}
