/**
 * <ftp-decoder>: enhances the server-rendered code form with live classification as the reader types.
 * Loaded only on intent (see boot.js). Reads the catalogue embedded in the page, or fetches the static
 * one once; what the reader types never leaves the browser.
 */
import { explain, type Explanation } from '../lib/explain.ts';
import type { IslandCatalog } from '../lib/catalog.ts';
import { ui } from '../i18n/en.ts';

let catalogPromise: Promise<IslandCatalog> | undefined;

function catalog(): Promise<IslandCatalog> {
  const embedded = document.querySelector('script[type="application/json"][data-catalog]');
  catalogPromise ??= embedded
    ? Promise.resolve(JSON.parse(embedded.textContent ?? '{}') as IslandCatalog)
    : fetch(`${document.documentElement.dataset.js ?? '/js/'}../data/island-catalog.json`).then((r) => r.json() as Promise<IslandCatalog>);
  return catalogPromise;
}

function sitePath(path: string): string {
  return `${(document.documentElement.dataset.js ?? '/js/').replace(/js\/$/, '')}${path}`;
}

export function render(out: HTMLElement, view: Explanation): void {
  const heading = document.createElement('p');
  heading.className = view.ok ? 'result-heading' : 'error';
  const strong = document.createElement('strong');
  strong.textContent = view.heading;
  heading.append(strong);
  const nodes: Node[] = [heading];
  if (view.lines.length) {
    const dl = document.createElement('dl');
    for (const line of view.lines) {
      const dt = document.createElement('dt');
      dt.textContent = line.label;
      const dd = document.createElement('dd');
      if (line.path) {
        const a = document.createElement('a');
        a.href = sitePath(line.path);
        a.textContent = line.text;
        dd.append(a);
      } else {
        dd.textContent = line.text;
      }
      dl.append(dt, dd);
    }
    nodes.push(dl);
  }
  out.replaceChildren(...nodes);
}

class FtpDecoder extends HTMLElement {
  #timer = 0;
  connectedCallback(): void {
    const form = this.querySelector('form');
    const field = this.querySelector<HTMLInputElement>('input[name="q"]');
    const out = this.querySelector<HTMLElement>('[data-result]');
    if (!form || !field || !out) return;
    const update = async () => {
      const value = field.value;
      if (value.trim() === '' && !out.hasChildNodes()) return;
      render(out, explain(value, await catalog(), ui));
    };
    field.addEventListener('input', () => {
      // Coalesce bursts of keystrokes into one announcement for screen readers; no fixed delay for the first.
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(update, 60);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void update();
      field.focus();
    });
    this.dataset.ready = '';
    // The event that loaded this island may have been the first keystroke: catch up with what is typed now.
    if (field.value.trim() !== '' && (this.dataset.prefilled === undefined || field.value !== field.defaultValue)) void update();
  }
}

export function start(_e?: Event): void {
  if (!customElements.get('ftp-decoder')) customElements.define('ftp-decoder', FtpDecoder);
}
