/**
 * What the HTML report does in a browser: filters of the findings by severity and rule (the
 * marks in the text follow), filtering and sorting of tables. It refers to nothing outside its
 * body: the report inlines its source (`HTML_SCRIPT`), the offline page calls it after each
 * render. Everything it reads is in data- attributes the formatter wrote, escaped.
 */
export function wireReport(root: ParentNode): void {
  const all = <T extends Element>(within: ParentNode, selector: string) => Array.from(within.querySelectorAll<T>(selector));
  for (const box of all<HTMLElement>(root, '[data-findings]')) {
    const apply = () => {
      const severities = new Map(all<HTMLInputElement>(box, 'input[data-sev]').map((i) => [i.dataset.sev ?? '', i.checked]));
      const rule = box.querySelector<HTMLSelectElement>('select[data-rule]')?.value ?? '';
      const passes = (key: string) => {
        const [severity, id] = key.split(':');
        return severities.get(severity ?? '') !== false && (!rule || id === rule);
      };
      let shown = 0;
      let total = 0;
      for (const li of all<HTMLElement>(box, 'li[data-k]')) {
        total++;
        li.hidden = !passes(li.dataset.k ?? '');
        if (!li.hidden) shown++;
      }
      const report = box.closest('[data-report]') ?? root;
      // A mark over findings of several severities takes the colour of the gravest one shown.
      for (const mark of all<HTMLElement>(report, '[data-ks]')) {
        const shownKeys = (mark.dataset.ks ?? '').split(' ').filter(passes);
        const gravest = ['error', 'warning', 'info'].find((s) => shownKeys.some((k) => k.startsWith(`${s}:`)));
        mark.classList.remove('error', 'warning', 'info');
        if (gravest) mark.classList.add(gravest);
        mark.classList.toggle('off', !gravest);
      }
      const counter = box.querySelector<HTMLElement>('[data-shown]');
      if (counter) counter.textContent = (counter.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(total));
    };
    box.addEventListener('change', apply);
  }
  for (const table of all<HTMLTableElement>(root, 'table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    for (const button of all<HTMLButtonElement>(table, 'th button[data-col]')) {
      button.addEventListener('click', () => {
        const col = Number(button.dataset.col);
        const numeric = button.hasAttribute('data-num');
        const dir = button.dataset.dir === 'asc' ? 'desc' : 'asc';
        for (const th of all<HTMLElement>(table, 'th')) th.removeAttribute('aria-sort');
        button.dataset.dir = dir;
        button.parentElement?.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
        const value = (row: HTMLTableRowElement) => {
          const cell = row.cells[col];
          return cell?.dataset.v ?? cell?.textContent ?? '';
        };
        const rows = Array.from(body.rows).sort((x, y) => {
          const r = numeric ? (parseFloat(value(x)) || 0) - (parseFloat(value(y)) || 0) : value(x).localeCompare(value(y), 'zh');
          return dir === 'asc' ? r : -r;
        });
        for (const row of rows) body.appendChild(row);
      });
    }
  }
  for (const input of all<HTMLInputElement>(root, 'input[data-filter-table]')) {
    const table = document.getElementById(input.dataset.filterTable ?? '');
    if (!table) continue;
    input.addEventListener('input', () => {
      const q = input.value.trim();
      for (const row of all<HTMLElement>(table, 'tbody tr')) row.hidden = q !== '' && !(row.textContent ?? '').includes(q);
    });
  }
}
