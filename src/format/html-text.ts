import { escapeHtml } from './html-escape.js';

/** A range of the text to mark: a finding, an indicator, a changed figure. */
export interface TextMark {
  start: number;
  end: number;
  /** Classes of the mark (a severity, `ind`, `changed` …). */
  cls: string;
  /** The id of the anchor at its start, which lists link to. */
  id: string;
  /** Shown on hover. */
  title: string;
  /** A filter key (`error:rule-id`): the page's filters hide marks none of whose keys pass. */
  key?: string;
}

/** A place that links point to without marking anything: a heading of the outline. */
export interface TextAnchor {
  at: number;
  id: string;
}

const SEVERITY_RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

/**
 * The text as HTML with its marks: cut at every mark's start and end, each piece wrapped once
 * in a <mark> carrying the classes, titles and keys of every mark over it (marks may overlap),
 * so the escaped text is never split inside a character and tags never cross. A mark of no
 * length (a missing title) is a pin at its place. Linear in the text plus the marks (after a
 * sort of the boundaries).
 */
export function markedText(text: string, marks: readonly TextMark[], anchors: readonly TextAnchor[] = []): string {
  const starts = new Map<number, TextMark[]>();
  const pins = new Map<number, TextMark[]>();
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    const start = Math.max(0, Math.min(m.start, text.length));
    const end = Math.max(start, Math.min(m.end, text.length));
    if (end === start) {
      push(pins, start, m);
    } else {
      push(starts, start, { ...m, start, end });
      cuts.add(start).add(end);
    }
  }
  const anchorsAt = new Map<number, string[]>();
  for (const a of anchors) {
    const at = Math.max(0, Math.min(a.at, text.length));
    const list = anchorsAt.get(at);
    if (list) list.push(a.id);
    else anchorsAt.set(at, [a.id]);
    cuts.add(at);
  }
  for (const at of pins.keys()) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  let active: TextMark[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i] as number;
    for (const id of anchorsAt.get(at) ?? []) out.push(`<span id="${escapeHtml(id)}"></span>`);
    for (const p of pins.get(at) ?? []) out.push(`<span class="pin ${escapeHtml(p.cls)}" id="${escapeHtml(p.id)}" title="${escapeHtml(p.title)}"${keys([p])} role="img" aria-label="${escapeHtml(p.title)}"></span>`);
    active = active.filter((m) => m.end > at);
    const opening = starts.get(at) ?? [];
    active.push(...opening);
    const next = points[i + 1];
    if (next === undefined) break;
    const piece = escapeHtml(text.slice(at, next));
    if (active.length === 0) {
      out.push(piece);
      continue;
    }
    // A mark continued from an earlier piece of the text (cut by the side-by-side view) has no id.
    const ids = opening.map((m) => (m.id ? `<span id="${escapeHtml(m.id)}"></span>` : '')).join('');
    out.push(`${ids}<mark class="${escapeHtml(classes(active))}" title="${escapeHtml(active.map((m) => m.title).join('\n'))}"${keys(active)}>${piece}</mark>`);
  }
  return out.join('');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The classes of the marks over a piece; of several severities, the gravest colours it. */
function classes(active: readonly TextMark[]): string {
  let best = '';
  const others = new Set<string>();
  for (const m of active) {
    for (const c of m.cls.split(' ')) {
      if (c in SEVERITY_RANK) {
        if ((SEVERITY_RANK[c] ?? 0) > (SEVERITY_RANK[best] ?? 0)) best = c;
      } else if (c) others.add(c);
    }
  }
  return [best, ...others].filter(Boolean).join(' ');
}

function keys(active: readonly TextMark[]): string {
  const ks = active.flatMap((m) => (m.key ? [m.key] : []));
  return ks.length > 0 ? ` data-ks="${escapeHtml(ks.join(' '))}"` : '';
}
