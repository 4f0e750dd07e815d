import { formatNumber } from './number-format.js';
import { XmlCursor } from './xml.js';

/** One level of a list definition (w:lvl). */
export interface ListLevel {
  start: number;
  format: string;
  /** The label with %1 … %9 for the counters of levels 1 … 9 (w:lvlText). */
  text: string;
  /** The 1-based level whose use restarts this one (w:lvlRestart; 0 = never); null = any higher. */
  restart: number | null;
  /** Legal numbering: the counters of higher levels shown as decimal (1.1, not 一.1). */
  legal: boolean;
  /** The paragraph style tied to this level (a heading style numbered by the list). */
  style: string | null;
}

/** numbering.xml: the abstract lists and the list instances (w:num) that paragraphs name. */
export interface Numbering {
  abstracts: Map<string, { levels: (ListLevel | undefined)[]; styleLink: string | null }>;
  instances: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, ListLevel> }>;
}

export function parseNumbering(xml: string, p: string): Numbering {
  const numbering: Numbering = { abstracts: new Map(), instances: new Map() };
  const cur = new XmlCursor(xml);
  let abstract: { levels: (ListLevel | undefined)[]; styleLink: string | null } | null = null;
  let instance: { abstractId: string; starts: Map<number, number>; levels: Map<number, ListLevel> } | null = null;
  let overrideLevel = -1;
  while (cur.next()) {
    const name = cur.name;
    if (cur.kind === 'close') {
      if (name === `${p}abstractNum`) abstract = null;
      else if (name === `${p}num`) instance = null;
      else if (name === `${p}lvlOverride`) overrideLevel = -1;
      continue;
    }
    if (name === `${p}abstractNum`) {
      abstract = { levels: [], styleLink: null };
      numbering.abstracts.set(cur.attr(`${p}abstractNumId`) ?? '', abstract);
    } else if (name === `${p}num`) {
      instance = { abstractId: '', starts: new Map(), levels: new Map() };
      numbering.instances.set(cur.attr(`${p}numId`) ?? '', instance);
    } else if (name === `${p}abstractNumId` && instance) {
      instance.abstractId = cur.attr(`${p}val`) ?? '';
    } else if ((name === `${p}numStyleLink`) && abstract) {
      abstract.styleLink = cur.attr(`${p}val`);
    } else if (name === `${p}lvlOverride` && instance) {
      overrideLevel = Number(cur.attr(`${p}ilvl`) ?? 0);
    } else if (name === `${p}startOverride` && instance && overrideLevel >= 0) {
      instance.starts.set(overrideLevel, Number(cur.attr(`${p}val`) ?? 0));
    } else if (name === `${p}lvl` && cur.kind === 'open') {
      const ilvl = Number(cur.attr(`${p}ilvl`) ?? 0);
      const level = parseLevel(cur, p);
      if (instance && overrideLevel >= 0) instance.levels.set(overrideLevel, level);
      else if (abstract && ilvl >= 0 && ilvl < 9) abstract.levels[ilvl] = level;
    }
  }
  return numbering;
}

function parseLevel(cur: XmlCursor, p: string): ListLevel {
  const level: ListLevel = { start: 0, format: 'decimal', text: '', restart: null, legal: false, style: null };
  let format: string | null = null;
  while (cur.next()) {
    const name = cur.name;
    if (cur.kind === 'close' && name === `${p}lvl`) break;
    if (cur.kind === 'close') continue;
    if (name === `${p}start`) level.start = Number(cur.attr(`${p}val`) ?? 0);
    // A custom format (Word 2010's mc:Choice) is followed by its fallback: the first other wins.
    else if (name === `${p}numFmt`) {
      const value = cur.attr(`${p}val`);
      if (value && value !== 'custom' && format === null) format = value;
    } else if (name === `${p}lvlText`) level.text = cur.attr(`${p}val`) ?? '';
    else if (name === `${p}lvlRestart`) level.restart = Number(cur.attr(`${p}val`) ?? 0);
    else if (name === `${p}isLgl`) level.legal = cur.attr(`${p}val`) !== '0' && cur.attr(`${p}val`) !== 'false';
    else if (name === `${p}pStyle`) level.style = cur.attr(`${p}val`);
    else if (name === `${p}pPr` || name === `${p}rPr`) cur.skipElement();
  }
  level.format = format ?? 'decimal';
  return level;
}

/**
 * The labels of numbered paragraphs, in document order, as Word shows them: each list keeps a
 * counter per level; a level starts at its start value, counts up, and restarts when a higher
 * level is used (or as w:lvlRestart says). Lists that are instances of one definition share
 * their counters, as in Word, unless an instance restarts them (w:startOverride: Word's
 * "restart numbering" and the docx library's instances), which then has counters of its own.
 */
export class ListCounter {
  #counters = new Map<string, { values: number[]; started: boolean[] }>();
  #firstUse = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styleNumId: (styleId: string) => string | null,
  ) {}

  /** The label of a paragraph numbered (numId, ilvl); null for none or a bullet. */
  label(numId: string, ilvl: number): string | null {
    const instance = this.numbering.instances.get(numId);
    if (!instance) return null;
    const levels = this.levelsOf(numId);
    if (!levels) return null;
    const level = levels[ilvl];
    if (!level) return null;
    const key = instance.starts.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let state = this.#counters.get(key);
    if (!state) {
      state = { values: new Array<number>(9).fill(0), started: new Array<boolean>(9).fill(false) };
      this.#counters.set(key, state);
    }
    if (!this.#firstUse.has(numId)) {
      this.#firstUse.add(numId);
      for (const [l, start] of instance.starts) {
        state.values[l] = start - 1;
        state.started[l] = true;
      }
    }
    if (state.started[ilvl]) state.values[ilvl] = (state.values[ilvl] as number) + 1;
    else {
      state.values[ilvl] = level.start;
      state.started[ilvl] = true;
    }
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = levels[k]?.restart ?? k;
      if (restart === 0) continue;
      if (ilvl < restart) state.started[k] = false;
    }
    if (level.format === 'bullet') return null;
    const values = state.values;
    let out = '';
    const text = level.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const d = text.charCodeAt(i + 1) - 0x31;
      if (c === 0x25 /* % */ && d >= 0 && d < 9) {
        const of = levels[d];
        const value = state.started[d] || d === ilvl ? (values[d] as number) : (of?.start ?? 0);
        const format = level.legal && d < ilvl ? 'decimal' : (of?.format ?? 'decimal');
        out += formatNumber(value, format) ?? '';
        i++;
      } else out += text[i];
    }
    return out;
  }

  /** The levels of a list instance: its definition's, with the instance's own level overrides. */
  private levelsOf(numId: string, depth = 0): (ListLevel | undefined)[] | null {
    const instance = this.numbering.instances.get(numId);
    if (!instance) return null;
    let abstract = this.numbering.abstracts.get(instance.abstractId);
    // A definition that only links to a numbering style takes that style's list.
    if (abstract?.styleLink && depth < 3) {
      const linked = this.styleNumId(abstract.styleLink);
      const base = linked && linked !== numId ? this.levelsOf(linked, depth + 1) : null;
      if (base) abstract = { levels: base, styleLink: null };
    }
    if (!abstract) return null;
    if (instance.levels.size === 0) return abstract.levels;
    const levels = [...abstract.levels];
    for (const [l, level] of instance.levels) levels[l] = level;
    return levels;
  }

  /** The level tied to a paragraph style in the list, for a style numbered without a level. */
  levelOfStyle(numId: string, styleId: string): number | null {
    const levels = this.levelsOf(numId);
    const i = levels?.findIndex((l) => l?.style === styleId) ?? -1;
    return i >= 0 ? i : null;
  }
}
