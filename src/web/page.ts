import { diffReports } from '../diff/index.js';
import { HTML_STYLE } from '../format/html-style.js';
import { wireReport } from '../format/html-behaviour.js';
import { diffViewHtml } from '../format/html-diff.js';
import { escapeHtml as e } from '../format/html-escape.js';
import { extractViewHtml } from '../format/html-extract.js';
import { lintViewHtml } from '../format/html-lint.js';
import { localize, type Lang } from '../i18n/text.js';
import { severityName } from '../i18n/ui.js';
import { WEB_WORDS as W } from '../i18n/web-words.js';
import { LocalizedError } from '../i18n/localized-error.js';
import { PROFILES } from '../profiles/index.js';
import type { ProfileId } from '../profiles/profile.js';
import type { ReportDocument } from '../read/document.js';
import { RULES } from '../rules/registry.js';
import { outputHeader } from '../schema/version.js';
import { checkReport, type Checked } from './check.js';
import { applyAll, applyPass, fixedFile, startHistory, type FixHistory } from './fixes.js';
import { openBytes } from './open.js';
import { PAGE_STYLE } from './style.js';
import { revisionDate } from '../document/revision-date.js';

type Tab = 'lint' | 'extract' | 'diff' | 'rules';

/** A report opened in the page: as read, its fixes so far, and its check now. */
interface Opened {
  name: string;
  history: FixHistory;
  doc: ReportDocument;
  checked: Checked;
}

interface State {
  lang: Lang;
  profile: ProfileId | undefined;
  files: Opened[];
  tab: Tab;
  /** The line under the open area, in the language of the moment. */
  status: (lang: Lang) => string;
  /** Milliseconds of the last open and lint, shown and read by the benchmark. */
  ms: number | null;
}

const PROFILE_IDS: readonly ProfileId[] = ['fazhi', 'gzbg', 'generic'];

/**
 * The offline page: plain DOM, no framework (a handful of views redrawn from one state; the
 * views are the HTML report's own formatters, so the page and `--format html` look alike).
 */
export function startPage(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = HTML_STYLE + PAGE_STYLE;
  doc.head.append(style);
  doc.body.innerHTML = shellHtml();
  const page = new Page(doc);
  page.listen();
  page.render();
}

/** The page's state and its actions, each redrawing the view from the state. */
class Page {
  readonly state: State;

  constructor(private readonly doc: Document) {
    this.state = { lang: doc.documentElement.lang === 'en' ? 'en' : 'zh', profile: undefined, files: [], tab: 'lint', status: () => '', ms: null };
  }

  private q<T extends HTMLElement>(selector: string): T {
    return this.doc.querySelector<T>(selector) as T;
  }

  private recheck(o: Opened): void {
    o.checked = checkReport(o.doc, this.state.lang, this.state.profile);
  }

  private showStatus(status: State['status']): void {
    this.state.status = status;
    this.q('#status').textContent = status(this.state.lang);
  }

  render(focus?: string): void {
    const { state, doc } = this;
    const { lang } = state;
    doc.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    doc.title = W.title[lang];
    this.q('#title').textContent = W.title[lang];
    this.q('#local').textContent = W.local[lang];
    const switcher = this.q<HTMLButtonElement>('#lang');
    switcher.textContent = W.language[lang];
    switcher.setAttribute('aria-label', W.languageLabel[lang]);
    this.q('#profile-label').textContent = W.profile[lang];
    this.q('#profile').innerHTML = [`<option value="">${e(W.profileAuto[lang])}</option>`, ...PROFILE_IDS.map((id) => `<option value="${id}"${state.profile === id ? ' selected' : ''}>${e(PROFILES[id].name[lang])}</option>`)].join('');
    this.q('#open-title').textContent = W.open[lang];
    this.q('#open-hint').textContent = W.openHint[lang];
    this.q('#choose').textContent = W.choose[lang];
    this.q('#status').textContent = state.status(lang);
    const tabs: Tab[] = state.files.length === 2 ? ['diff', 'lint', 'extract', 'rules'] : ['lint', 'extract', 'rules'];
    if (!tabs.includes(state.tab)) state.tab = tabs[0] as Tab;
    const names: Record<Tab, string> = { lint: W.tabLint[lang], extract: W.tabExtract[lang], diff: W.tabDiff[lang], rules: W.tabRules[lang] };
    this.q('#tabs').setAttribute('aria-label', W.tabsLabel[lang]);
    this.q('#tabs').innerHTML = tabs
      .map((t) => `<button type="button" role="tab" id="tab-${t}" data-tab="${t}" aria-controls="view" aria-selected="${t === state.tab}" tabindex="${t === state.tab ? 0 : -1}">${e(names[t])}</button>`)
      .join('');
    const view = this.q('#view');
    view.setAttribute('aria-labelledby', `tab-${state.tab}`);
    view.innerHTML = viewHtml(state);
    wireReport(view);
    const target = focus ? doc.querySelector<HTMLElement>(focus) : null;
    target?.focus();
  }

  async open(files: readonly File[]): Promise<void> {
    const { state } = this;
    if (files.length === 0) return;
    if (files.length > 2) {
      state.status = (l) => W.tooMany[l];
      this.render();
      return;
    }
    const started = performance.now();
    const opened: Opened[] = [];
    for (const file of files) {
      try {
        const doc = openBytes(file.name, new Uint8Array(await file.arrayBuffer()));
        const o = { name: file.name, history: startHistory(doc), doc, checked: null as unknown as Checked };
        this.recheck(o);
        opened.push(o);
      } catch (error) {
        const problem = (l: Lang) => (error instanceof LocalizedError ? error.problem[l] : String((error as Error).message ?? error));
        state.status = (l) => localize(W.failed, l, { file: file.name, problem: problem(l) });
        this.render();
        return;
      }
    }
    // The earlier year is the old report of a comparison, whichever was chosen first.
    if (opened.length === 2 && (opened[0]?.checked.outline.year ?? 0) > (opened[1]?.checked.outline.year ?? 0)) opened.reverse();
    state.files = opened;
    state.tab = opened.length === 2 ? 'diff' : 'lint';
    this.render();
    // From the bytes to the findings on screen; data-ms is what scripts/bench/web.mjs reads.
    state.ms = performance.now() - started;
    const ms = Math.round(state.ms);
    this.showStatus((l) => localize(W.timing, l, { ms }));
    this.doc.body.dataset.ms = String(state.ms);
  }

  fix(index: number | 'all', which: number): void {
    const o = this.state.files[which];
    if (!o) return;
    const fixesOf = (c: Checked) => c.outcome.diagnostics.flatMap((d) => (d.fixRange ? [d.fixRange] : []));
    const text = o.doc.text;
    let next: string;
    if (index === 'all') {
      next = applyAll(o.history, text, (t) => {
        if (t !== o.doc.text) {
          o.doc = { ...o.doc, text: t };
          this.recheck(o);
        }
        return fixesOf(o.checked);
      });
    } else {
      const range = o.checked.outcome.diagnostics[index]?.fixRange;
      if (!range) return;
      next = applyPass(o.history, text, [range]);
    }
    if (o.history.original.word) {
      // As --fix does: the Word file is written with the fixes as tracked changes and read back.
      const written = fixedFile(o.history, next, revisionDate());
      o.doc = openBytes(o.name, written.bytes);
      const { left } = written;
      this.state.status = (l) => (left > 0 ? localize(W.fixesLeft, l, { n: left }) : '');
    } else {
      o.doc = { ...o.doc, text: next };
    }
    this.recheck(o);
    this.render(index === 'all' ? `#fix-all-${which}` : `#download-${which}`);
  }

  download(which: number): void {
    const o = this.state.files[which];
    if (!o) return;
    const file = fixedFile(o.history, o.doc.text, revisionDate());
    if (file.reencoded) {
      const encoding = file.reencoded;
      this.showStatus((l) => localize(W.reencoded, l, { encoding }));
    }
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
    const a = this.doc.createElement('a');
    a.href = url;
    a.download = o.name;
    this.doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Buttons by what they are; arrow keys between tabs; the profile menu; the file picker and drops. */
  listen(): void {
    const { doc, state } = this;
    doc.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('button');
      if (!target) return;
      if (target.id === 'lang') {
        state.lang = state.lang === 'zh' ? 'en' : 'zh';
        state.files.forEach((o) => this.recheck(o));
        this.render('#lang');
      } else if (target.id === 'choose') this.q<HTMLInputElement>('#file').click();
      else if (target.dataset.tab) {
        state.tab = target.dataset.tab as Tab;
        this.render(`#tab-${state.tab}`);
      } else {
        const file = Number(target.closest<HTMLElement>('[data-file]')?.dataset.file ?? 0);
        if (target.dataset.fix !== undefined) this.fix(Number(target.dataset.fix), file);
        else if (target.hasAttribute('data-fix-all')) this.fix('all', file);
        else if (target.hasAttribute('data-download')) this.download(file);
      }
    });
    // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it.
    doc.addEventListener('keydown', (event) => {
      const tab = (event.target as HTMLElement).closest<HTMLElement>('[role=tab]');
      if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
      const tabs = Array.from(doc.querySelectorAll<HTMLElement>('[role=tab]'));
      const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next?.click();
    });
    this.q<HTMLSelectElement>('#profile').addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      state.profile = value ? (value as ProfileId) : undefined;
      state.files.forEach((o) => this.recheck(o));
      this.render('#profile');
    });
    this.q<HTMLInputElement>('#file').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      void this.open(Array.from(input.files ?? [])).then(() => {
        input.value = '';
      });
    });
    const drop = this.q('#drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      void this.open(Array.from(event.dataTransfer?.files ?? []));
    });
  }
}

function shellHtml(): string {
  return `<header class="top"><h1 id="title"></h1><p class="local" id="local" role="note"></p>
<div class="controls"><label><span id="profile-label"></span> <select id="profile"></select></label><button type="button" id="lang" lang="en"></button></div></header>
<main>
<section class="drop" id="drop" aria-labelledby="open-title"><h2 id="open-title"></h2><p id="open-hint"></p>
<p><button type="button" class="primary" id="choose"></button> <input type="file" id="file" multiple accept=".txt,.md,.markdown,.docx,.docm,text/plain,text/markdown" class="sr" tabindex="-1" aria-hidden="true"></p></section>
<p id="status" role="status" aria-live="polite"></p>
<div id="tabs" role="tablist"></div>
<div id="view" role="tabpanel" tabindex="-1"></div>
</main>`;
}

function viewHtml(state: State): string {
  const { lang } = state;
  if (state.tab === 'rules') return rulesHtml(lang);
  if (state.files.length === 0) return `<p class="note">${e(W.nothingOpen[lang])}</p>`;
  if (state.tab === 'extract') {
    return state.files
      .map((o, n) => `<h2>${e(o.name)}</h2>${extractViewHtml({ file: o.name, title: o.checked.result.title, indicators: o.checked.indicators, text: o.doc.text, lang, prefix: `x${n}` })}`)
      .join('');
  }
  if (state.tab === 'diff') {
    const [a, b] = state.files;
    if (!a || !b) return `<p>${e(W.diffNeedsTwo[lang])}</p>`;
    const input = (o: Opened) => ({ text: o.doc.text, outline: o.checked.outline, indicators: o.checked.indicators });
    const source = (o: Opened) => ({ file: o.name, encoding: o.doc.encoding, format: o.doc.format });
    const output = { ...outputHeader('diff'), old: source(a), new: source(b), diff: diffReports(input(a), input(b)) };
    return diffViewHtml(output, { old: a.doc.text, new: b.doc.text, outlines: { old: a.checked.outline, new: b.checked.outline } }, lang);
  }
  return state.files.map((o, n) => lintFileHtml(o, n, lang)).join('');
}

/** The findings of one opened file, with its fix and download buttons (data-file says which file). */
function lintFileHtml(o: Opened, n: number, lang: Lang): string {
  const fixable = o.checked.outcome.diagnostics.some((d) => d.fixRange);
  const count = o.history.count;
  const tracked = o.history.original.word ? ` <span class="note">${e(W.tracked[lang])}</span>` : '';
  const actions = `<div class="actions"><button type="button" class="primary" id="fix-all-${n}" data-fix-all${fixable ? '' : ' disabled'}>${e(W.fixAll[lang])}</button>
<button type="button" id="download-${n}" data-download${count > 0 ? '' : ' disabled'}>${e(W.download[lang])}</button>
<span aria-live="polite">${e(count > 0 ? localize(W.fixedCount, lang, { n: count }) : W.nothingFixed[lang])}</span>${tracked}</div>`;
  return `<div data-file="${n}">${actions}${lintViewHtml({ report: o.checked.result, text: o.doc.text, rules: RULES, lang, prefix: `r${n}`, fixButtons: true })}</div>`;
}

function rulesHtml(lang: Lang): string {
  return RULES.map(
    (r) => `<dl class="rule" id="rule-${e(r.id)}"><dt><span class="rid">${e(r.id)}</span> ${e(r.description[lang])}</dt>
<dd>${e(W.ruleSeverity[lang])}：${e(severityName(r.severity, lang))} · ${e(W.ruleFixable[lang])}：${e((r.fixable ? W.yes : W.no)[lang])}</dd>
<dd>${e(r.docs.rationale[lang])}</dd>
${r.docs.bad.length ? `<dd>${e(W.ruleBad[lang])}：${r.docs.bad.map((x) => `「${e(x)}」`).join(' ')}</dd>` : ''}
${r.docs.good.length ? `<dd>${e(W.ruleGood[lang])}：${r.docs.good.map((x) => `「${e(x)}」`).join(' ')}</dd>` : ''}</dl>`,
  ).join('');
}
