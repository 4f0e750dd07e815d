import { XmlCursor } from './xml.js';

/** What report-lint needs of styles.xml: the list a paragraph style numbers its paragraphs with. */
export interface StyleNumbering {
  /** numId and level (null: the level tied to the style in the list, else 0) of a style. */
  of(styleId: string): { numId: string; ilvl: number | null } | null;
  /** The default paragraph style's id. */
  defaultStyle: string | null;
}

interface Style {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export function parseStyles(xml: string, p: string): StyleNumbering {
  const styles = new Map<string, Style>();
  let defaultStyle: string | null = null;
  const cur = new XmlCursor(xml);
  let style: Style | null = null;
  while (cur.next()) {
    const name = cur.name;
    if (cur.kind === 'close') {
      if (name === `${p}style`) style = null;
      continue;
    }
    if (name === `${p}style`) {
      const id = cur.attr(`${p}styleId`) ?? '';
      style = { basedOn: null, numId: null, ilvl: null };
      styles.set(id, style);
      const isDefault = cur.attr(`${p}default`);
      if ((isDefault === '1' || isDefault === 'true') && cur.attr(`${p}type`) === 'paragraph') defaultStyle = id;
      if (cur.kind === 'empty') style = null;
    } else if (!style) continue;
    else if (name === `${p}basedOn`) style.basedOn = cur.attr(`${p}val`);
    else if (name === `${p}numId`) style.numId = cur.attr(`${p}val`);
    else if (name === `${p}ilvl`) style.ilvl = Number(cur.attr(`${p}val`) ?? 0);
    else if (name === `${p}rPr` || name === `${p}tblPr` || name === `${p}tblStylePr`) cur.skipElement();
  }
  return {
    defaultStyle,
    of(styleId) {
      // Up the basedOn chain to the first style that says which list (a loop is cut off).
      let id: string | null = styleId;
      for (let n = 0; id !== null && n < 20; n++) {
        const s = styles.get(id);
        if (!s) return null;
        if (s.numId !== null) return { numId: s.numId, ilvl: s.ilvl };
        id = s.basedOn;
      }
      return null;
    },
  };
}
