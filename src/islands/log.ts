/**
 * The log decoder on /decode/: enhances the server-rendered form. Everything happens here, in the browser: the text is
 * never sent anywhere (the catalogue is embedded in the page). Pasted text is only ever inserted as text nodes.
 * Long logs render in chunks; the share link and copies carry masked passwords only.
 */
import { decode, FORMAT_NAMES, MAX_INPUT_BYTES, type DecodeResult, type Message } from '../lib/decode.ts';
import { formatByName } from '../lib/formats/index.ts';
import type { DecoderIslandCatalog } from '../lib/catalog.ts';
import { maskSecrets } from '../lib/mask.ts';
import { toMarkdown, toText } from '../lib/report.ts';
import { logUi as t } from '../i18n/en.ts';
import { root } from './site.ts';

const CHUNK = 200;
/** Browsers and servers cut or refuse very long URLs; past this, a share link would not reproduce the decode. */
const MAX_LINK = 64_000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function codeLink(code: number): HTMLAnchorElement {
  return el('a', { href: `${root}codes/${code}/` }, String(code).padStart(3, '0'));
}

function byteLength(text: string): number {
  return new Blob([text]).size;
}

function stageLabel(stage: string): string {
  return t.stage[stage as keyof typeof t.stage] ?? stage;
}

function replyNode(m: Message, stage: string, failing: boolean): HTMLElement {
  if (m.dir !== 's') return el('div');
  const head = el('p', { class: 'reply-head' }, codeLink(m.code), ' ', m.meaning ?? t.unknownCode, ' ', el('span', { class: 'muted' }, `(${stageLabel(stage)})`));
  const box = el('div', { class: `reply k${m.class}${failing ? ' failing' : ''}` }, head, el('pre', {}, m.lines.join('\n')));
  if (m.truncated) box.append(el('p', { class: 'muted' }, t.truncated));
  return box;
}

function render(result: DecodeResult, out: HTMLElement, formatLabel: string): void {
  const failIndex = result.firstFailure?.index ?? -1;
  const summary = el('p', { class: 'decode-summary' }, t.summary(formatLabel, result.messages.length, result.exchanges.length, result.warnings.length));
  const nodes: Node[] = [summary];
  if (result.firstFailure) {
    const f = result.firstFailure;
    const exchange = result.exchanges.findIndex((x) => x.replies.some((r) => r.index === f.index));
    nodes.push(
      el('div', { class: 'callout failure', role: 'note' },
        el('h2', { id: 'first-failure' }, t.firstFailure, ' ', codeLink(f.code)),
        el('p', {}, f.advice),
        el('p', {}, el('a', { href: `#x-${exchange}` }, t.jumpToFailure))),
    );
  } else if (result.messages.some((m) => m.dir === 's')) {
    nodes.push(el('p', { class: 'callout' }, t.noFailure));
  }
  if (result.warnings.length) {
    nodes.push(el('details', { class: 'warnings', open: '' }, el('summary', {}, t.warnings(result.warnings.length)), el('ul', {}, ...result.warnings.map((w) => el('li', {}, w)))));
  }
  const list = el('ol', { class: 'exchanges', 'aria-label': t.exchanges, 'aria-describedby': 'exchanges-keys' });
  // Arrow keys walk the exchanges (one Tab stop for the list, the links inside stay reachable with Tab).
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...list.children] as HTMLElement[];
    const at = items.findIndex((li) => li.contains(document.activeElement));
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
    const target = items[Math.max(0, Math.min(items.length - 1, next))];
    if (!target) return;
    e.preventDefault();
    items.forEach((li) => li.setAttribute('tabindex', '-1'));
    target.setAttribute('tabindex', '0');
    target.focus();
  });
  nodes.push(el('h2', { id: 'exchanges' }, t.exchanges), el('p', { id: 'exchanges-keys', class: 'muted' }, t.keysHint), list);
  out.replaceChildren(...nodes);

  let shown = 0;
  const more = el('button', { type: 'button', class: 'btn' });
  const renderChunk = () => {
    const end = Math.min(shown + CHUNK, result.exchanges.length);
    const frag = document.createDocumentFragment();
    for (let i = shown; i < end; i++) {
      const x = result.exchanges[i];
      if (!x) continue;
      const li = el('li', { id: `x-${i}`, tabindex: i === 0 ? '0' : '-1', class: x.replies.some((r) => r.index === failIndex) ? 'exchange failing' : 'exchange' });
      const command = x.index !== null ? result.messages[x.index] : undefined;
      li.append(el('p', { class: 'command' }, command ? el('code', {}, command.lines[0]) : el('span', { class: 'muted' }, x.kind === 'greeting' ? t.greeting : t.unsolicited)));
      for (const r of x.replies) {
        const m = result.messages[r.index];
        if (m) li.append(replyNode(m, r.stage, r.index === failIndex));
      }
      if (x.replies.length === 0) li.append(el('p', { class: 'muted' }, t.noReply));
      frag.append(li);
    }
    list.append(frag);
    shown = end;
    if (shown < result.exchanges.length) {
      more.textContent = t.showMore(Math.min(CHUNK, result.exchanges.length - shown), result.exchanges.length - shown);
      if (!more.isConnected) out.append(more);
    } else {
      more.remove();
    }
  };
  more.addEventListener('click', () => {
    const first = shown;
    renderChunk();
    document.getElementById(`x-${first}`)?.focus();
  });
  renderChunk();
  if (failIndex >= 0) {
    const exchange = result.exchanges.findIndex((x) => x.replies.some((r) => r.index === failIndex));
    while (exchange >= shown && shown < result.exchanges.length) renderChunk();
  }
}

class LogDecoder {
  readonly form: HTMLFormElement;
  readonly field: HTMLTextAreaElement;
  readonly format: HTMLSelectElement;
  readonly out: HTMLElement;
  readonly status: HTMLElement;
  readonly catalog: DecoderIslandCatalog;
  last: { result: DecodeResult; label: string } | undefined;
  timer = 0;

  constructor(form: HTMLFormElement) {
    this.form = form;
    this.field = form.querySelector('textarea') as HTMLTextAreaElement;
    this.format = form.querySelector('select[name="format"]') as HTMLSelectElement;
    this.out = document.querySelector('[data-log-result]') as HTMLElement;
    this.status = form.querySelector('[data-log-status]') as HTMLElement;
    const data = document.querySelector('script[type="application/json"][data-decoder-catalog]');
    this.catalog = JSON.parse(data?.textContent ?? '{"classes":[],"categories":[],"codes":[]}') as DecoderIslandCatalog;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    this.field.addEventListener('input', () => this.schedule());
    this.format.addEventListener('change', () => this.run());
    form.querySelector('[data-copy="link"]')?.addEventListener('click', () => void this.copy('link'));
    form.querySelector('[data-copy="text"]')?.addEventListener('click', () => void this.copy('text'));
    form.querySelector('[data-copy="markdown"]')?.addEventListener('click', () => void this.copy('markdown'));
    form.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((n) => (n.hidden = false));
    const params = new URLSearchParams(location.search);
    const q = params.get('q');
    const fmt = params.get('format');
    if (fmt && (FORMAT_NAMES as readonly string[]).includes(fmt)) this.format.value = fmt;
    if (q && this.field.value === '') this.field.value = q;
    form.dataset.ready = '';
    if (this.field.value.trim()) this.run();
  }

  schedule(): void {
    window.clearTimeout(this.timer);
    // Small inputs decode on every keystroke; a big paste waits for the typing to settle.
    if (this.field.value.length < 20_000) this.run();
    else this.timer = window.setTimeout(() => this.run(), 150);
  }

  run(): void {
    const text = this.field.value;
    if (text.trim() === '') {
      this.last = undefined;
      this.out.replaceChildren();
      this.say(t.empty);
      return;
    }
    const bytes = byteLength(text);
    if (bytes > MAX_INPUT_BYTES) {
      this.last = undefined;
      this.out.replaceChildren(el('p', { class: 'error' }, t.tooBig(bytes, MAX_INPUT_BYTES)));
      this.say(t.tooBig(bytes, MAX_INPUT_BYTES));
      return;
    }
    const chosen = this.format.value;
    const result = decode(text, this.catalog, chosen ? { format: chosen } : {});
    const label = `${formatByName(result.input).label}${chosen ? '' : ` ${t.detected}`}`;
    this.last = { result, label };
    render(result, this.out, label);
    this.say(result.firstFailure ? t.announceFailure(result.firstFailure.code) : t.announceOk(result.messages.length));
  }

  say(message: string): void {
    this.status.textContent = message;
  }

  shareLink(): string {
    const url = new URL(location.href);
    url.hash = '';
    url.search = '';
    url.searchParams.set('q', maskSecrets(this.field.value));
    if (this.format.value) url.searchParams.set('format', this.format.value);
    return url.href;
  }

  async copy(kind: 'link' | 'text' | 'markdown'): Promise<void> {
    if (kind !== 'link' && !this.last) {
      this.say(t.nothingToCopy);
      return;
    }
    const link = this.shareLink();
    if (kind === 'link' && link.length > MAX_LINK) {
      this.say(t.linkTooLong(link.length));
      return;
    }
    const value =
      kind === 'link' ? link : kind === 'text' ? toText(this.last!.result, this.last!.label) : toMarkdown(this.last!.result, this.last!.label, link);
    try {
      await navigator.clipboard.writeText(value);
      this.say(t.copied[kind]);
    } catch {
      this.say(t.copyFailed);
    }
    if (kind === 'link') history.replaceState(null, '', link);
  }
}

export function start(_e?: Event): void {
  const form = document.querySelector<HTMLFormElement>('form[data-island="log"]');
  if (!form || form.dataset.ready !== undefined) return;
  new LogDecoder(form);
}
