/**
 * Filters and sorts the server-rendered codes table. The table is complete without JS; this only hides rows
 * and reorders them. Sorting: the column headers become buttons; aria-sort carries the state.
 */
export function start(_e?: Event): void {
  const form = document.querySelector<HTMLFormElement>('form[data-island="table"]');
  const table = document.querySelector<HTMLTableElement>('#codes-table');
  const body = table?.tBodies[0];
  if (!form || !table || !body || form.dataset.enhanced !== undefined) return;
  form.dataset.enhanced = '';
  form.hidden = false;
  const rows = [...body.rows];
  const count = form.querySelector<HTMLElement>('[data-count]');
  const apply = () => {
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const text = field('text').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const ok =
        (!text || row.textContent.toLowerCase().includes(text)) &&
        (['class', 'category', 'status'] as const).every((k) => !field(k) || row.dataset[k] === field(k)) &&
        (!field('rfc') || (row.dataset.rfc ?? '').split(' ').includes(field('rfc')));
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `${shown} of ${rows.length} codes shown`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
  });
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
  apply();
}
