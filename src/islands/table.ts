/**
 * Filters and sorts the server-rendered codes tables of /codes/ (the codes in use, and the historic ones in a closed
 * <details>). The tables are complete without JS; this only hides rows and reorders them. The filters live in the
 * address (`?class=4yz&text=storage`), so a filtered view can be reloaded, bookmarked and shared. Sorting: the column
 * headers become buttons; aria-sort carries the state.
 */
const FIELDS = ['text', 'class', 'category', 'rfc', 'status'] as const;

function sortable(table: HTMLTableElement, body: HTMLTableSectionElement): void {
  const rows = [...body.rows];
  table.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((th) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sort ?? 'code';
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach((h) => {
        h.removeAttribute('aria-sort');
      });
      th.setAttribute('aria-sort', dir);
      const col = th.cellIndex;
      const value = (r: HTMLTableRowElement) =>
        key === 'code' ? Number(r.dataset.code) : (r.cells[col]?.textContent ?? '').trim().toLowerCase();
      rows.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const c = x < y ? -1 : x > y ? 1 : Number(a.dataset.code) - Number(b.dataset.code);
        return dir === 'ascending' ? c : -c;
      });
      body.append(...rows);
    });
  });
}

export function start(_e?: Event): void {
  const form = document.querySelector<HTMLElement>('[data-island="table"]');
  const tables = [...document.querySelectorAll<HTMLTableElement>('table[data-codes]')];
  if (!form || !tables.length || form.dataset.enhanced !== undefined) return;
  form.dataset.enhanced = '';
  form.hidden = false;
  const historic = document.querySelector<HTMLDetailsElement>('details[data-historic]');
  const rows = tables.flatMap((t) => [...(t.tBodies[0]?.rows ?? [])]);
  const count = form.querySelector<HTMLElement>('[data-count]');
  const control = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  // A filtered address opens filtered.
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const value = params.get(name);
    const c = control(name);
    if (value !== null && c) c.value = value;
  }
  const apply = () => {
    const value = (name: string) => control(name)?.value.trim() ?? '';
    const text = value('text').toLowerCase();
    let shown = 0;
    let shownHistoric = 0;
    for (const row of rows) {
      const ok =
        (!text || row.textContent.toLowerCase().includes(text)) &&
        (['class', 'category', 'status'] as const).every((k) => !value(k) || row.dataset[k] === value(k)) &&
        (!value('rfc') || (row.dataset.rfc ?? '').split(' ').includes(value('rfc')));
      row.hidden = !ok;
      if (ok) shown++;
      if (ok && historic?.contains(row)) shownHistoric++;
    }
    const active = FIELDS.filter((f) => value(f) !== '');
    // Filtering reaches the historic codes too: open them when they hold matches.
    if (historic && active.length && shownHistoric) historic.open = true;
    if (count) {
      count.textContent = active.length
        ? `${shown} of ${rows.length} codes shown${shownHistoric ? ` (${shownHistoric} historic)` : ''}`
        : '';
    }
    const query = new URLSearchParams(active.map((f) => [f, value(f)])).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };
  form.addEventListener('input', apply);
  tables.forEach((t) => {
    const body = t.tBodies[0];
    if (body) sortable(t, body);
  });
  apply();
}
