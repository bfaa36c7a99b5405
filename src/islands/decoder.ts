/**
 * <ftp-decoder>: enhances the server-rendered code form with live classification as the reader types.
 * Loaded only on intent (see intent.ts). Reads the catalogue embedded in the page, or fetches the static
 * one once; what the reader types never leaves the browser.
 */
import { explain, type Explanation } from '../lib/reference/explain.ts';
import { payload, root } from './site.ts';
import { ui } from '../i18n/en.ts';
import type { FailureTexts } from '../lib/reference/payload.ts';

let texts: Promise<FailureTexts | undefined> | undefined;
/** The codes' meanings and what-to-do texts (the payload's second file), fetched once, on the first answer. */
const loadTexts = () =>
  (texts ??= fetch(`${root}data/actions.json`)
    .then((r) => r.json() as Promise<FailureTexts>)
    .catch(() => undefined));

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
        a.href = `${root}${line.path}`;
        a.textContent = line.text;
        dd.append(a);
      } else {
        dd.textContent = line.text;
      }
      dl.append(dt, dd);
    }
    nodes.push(dl);
  }
  if (view.more) {
    const a = document.createElement('a');
    a.href = `${root}${view.more.path}`;
    a.textContent = view.more.text;
    const p = document.createElement('p');
    p.className = 'more';
    p.append(a);
    nodes.push(p);
  }
  out.replaceChildren(...nodes);
}

class FtpDecoder extends HTMLElement {
  #timer = 0;
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-decode]');
    const field = this.querySelector<HTMLInputElement>('input[data-q]');
    const out = this.querySelector<HTMLElement>('[data-result]');
    if (!button || !field || !out) return;
    const update = async () => {
      const value = field.value;
      if (value.trim() === '' && !out.hasChildNodes()) return;
      const [data, extra] = await Promise.all([payload(), loadTexts()]);
      render(out, explain(value, data, ui, extra));
    };
    field.addEventListener('input', () => {
      // Coalesce bursts of keystrokes into one announcement for screen readers; no fixed delay for the first.
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void update(), 60);
    });
    // No <form>: nothing can submit or reload the page (what is typed is never lost, never in a URL).
    button.addEventListener('click', () => {
      void update();
      field.focus();
    });
    field.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void update();
    });
    this.dataset.ready = '';
    // The event that loaded this island may have been the first keystroke: catch up with what is typed now.
    if (field.value.trim() !== '') void update();
  }
}

export function start(_e?: Event): void {
  if (!customElements.get('ftp-decoder')) customElements.define('ftp-decoder', FtpDecoder);
}
