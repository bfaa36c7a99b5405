/**
 * The log decoder on /decode/: enhances the server-rendered form. Everything happens here, in the browser: the text is
 * never sent anywhere (the catalogue is embedded in the page). Pasted text is only ever inserted as text nodes.
 * Long logs render in chunks; the share link and copies carry masked passwords only.
 */
import { decode, MAX_INPUT_BYTES, type DecodeResult, type Message } from '../lib/decoder/decode.ts';
import { formatByName } from '../lib/decoder/formats/index.ts';
import { maskSecrets } from '../lib/decoder/mask.ts';
import { logUi as t } from '../i18n/log.ts';
import { payload, root } from './site.ts';
import { decoderCatalog, type Actions } from '../lib/reference/payload.ts';
import { fromFragment, fromQuery, MAX_LINK, toFragment, type Shared } from '../lib/decoder/share-link.ts';

const CHUNK = 200;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const k in attrs) node.setAttribute(k, attrs[k] as string);
  node.append(...children);
  return node;
}

const muted = (text: string) => el('p', { class: 'muted' }, text);
/** The codes that have a page (from the payload); any other code is shown as text, never a link to a 404. */
let pages = new Set<number>();
const codeLink = (code: number) => {
  const label = String(code).padStart(3, '0');
  return pages.has(code) ? el('a', { href: `${root}codes/${code}/` }, label) : el('span', {}, label);
};

function render(result: DecodeResult, out: HTMLElement, formatLabel: string): void {
  const { messages, exchanges, warnings, firstFailure: f } = result;
  const failIndex = f?.index ?? -1;
  /** The exchange that holds the first failure (-1 when none). */
  const failing = exchanges.findIndex((x) => x.index === failIndex || x.replies.some((r) => r.index === failIndex));
  const list = el('ol', { class: 'exchanges', 'aria-label': t.exchanges, 'aria-describedby': 'exchanges-keys' });
  out.replaceChildren(
    el('p', { class: 'decode-summary' }, t.summary(formatLabel, messages.length, exchanges.length, warnings.length)),
    f
      ? el(
          'div',
          { class: 'callout failure', role: 'note' },
          el('h2', { id: 'first-failure' }, t.firstFailure, ' ', f.code === null ? t.clientError : codeLink(f.code)),
          el('p', {}, f.advice),
          el('p', {}, el('a', { href: `#x-${failing}` }, t.jumpToFailure)),
        )
      : messages.some((m) => m.dir === 's')
        ? el('p', { class: 'callout' }, t.noFailure)
        : '',
    warnings.length
      ? el(
          'details',
          { class: 'warnings', open: '' },
          el('summary', {}, t.warnings(warnings.length)),
          el('ul', {}, ...warnings.map((w) => el('li', {}, w))),
        )
      : '',
    el('h2', { id: 'exchanges' }, t.exchanges),
    el('p', { id: 'exchanges-keys', class: 'muted' }, t.keysHint),
    list,
  );
  // Arrow keys walk the exchanges (one Tab stop for the list, the links inside stay reachable with Tab).
  list.addEventListener('keydown', (e) => {
    const items = [...list.children] as HTMLElement[];
    const at = items.findIndex((li) => li.contains(document.activeElement));
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    const target = next === undefined ? undefined : items[Math.max(0, Math.min(items.length - 1, next))];
    if (!target) return;
    e.preventDefault();
    for (const li of items) li.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  });

  let shown = 0;
  const more = el('button', { type: 'button', class: 'btn' });
  const renderChunk = () => {
    const end = Math.min(shown + CHUNK, exchanges.length);
    for (; shown < end; shown++) {
      const x = exchanges[shown];
      if (!x) break;
      const command = x.index === null ? undefined : messages[x.index];
      const li = el(
        'li',
        { id: `x-${shown}`, tabindex: shown ? '-1' : '0', class: shown === failing ? 'exchange failing' : 'exchange' },
        el(
          'p',
          { class: 'command' },
          command
            ? el('code', {}, command.lines[0])
            : el('span', { class: 'muted' }, x.kind === 'greeting' ? t.greeting : t.unsolicited),
        ),
      );
      for (const r of x.replies) {
        const m = messages[r.index] as Message;
        if (m.dir !== 's') continue;
        const box = el(
          'div',
          { class: `reply k${m.class}${r.index === failIndex ? ' failing' : ''}` },
          el(
            'p',
            { class: 'reply-head' },
            codeLink(m.code),
            ' ',
            m.meaning ?? t.unknownCode,
            ' ',
            el('span', { class: 'muted' }, `(${t.stage[r.stage]})`),
          ),
          el('pre', {}, m.lines.join('\n')),
        );
        if (m.truncated) box.append(muted(t.truncated));
        li.append(box);
      }
      if (!x.replies.length) li.append(muted(t.noReply));
      list.append(li);
    }
    const left = exchanges.length - shown;
    if (left) {
      more.textContent = t.showMore(Math.min(CHUNK, left), left);
      if (!more.isConnected) out.append(more);
    } else more.remove();
  };
  more.onclick = () => {
    const first = shown;
    renderChunk();
    document.getElementById(`x-${first}`)?.focus();
  };
  do renderChunk();
  while (failing >= shown);
}

export async function start(_e?: Event): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-island="log"]');
  if (!form || form.dataset.ready !== undefined) return;
  const field = form.querySelector('textarea');
  const format = form.querySelector<HTMLSelectElement>('select[name="format"]');
  const out = document.querySelector<HTMLElement>('[data-log-result]');
  const status = form.querySelector<HTMLElement>('[data-log-status]');
  if (!field || !format || !out || !status) return;
  // An old ?q= link: the text leaves the address bar at once (it comes back below, in the fragment).
  const legacy = fromQuery(location.search);
  if (legacy) history.replaceState(null, '', location.pathname);
  const data = await payload();
  pages = new Set(data.codes.map((c) => c.code));
  let catalog = decoderCatalog(data);
  // The what-to-do texts are fetched once, the first time a decode finds a failure (src/lib/reference/payload.ts).
  let actions: Promise<boolean> | undefined;
  let withActions = false;
  const loadActions = () =>
    (actions ??= fetch(`${root}data/actions.json`)
      .then((r) => r.json() as Promise<Actions>)
      .then((texts) => {
        catalog = decoderCatalog(data, texts);
        withActions = true;
        return true;
      })
      .catch(() => false));
  let last: { result: DecodeResult; label: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const say = (message: string) => (status.textContent = message);

  const run = async () => {
    const mine = ++latest;
    const text = field.value;
    last = undefined;
    if (!text.trim()) {
      out.replaceChildren();
      say(t.empty);
      return;
    }
    const bytes = new Blob([text]).size;
    if (bytes > MAX_INPUT_BYTES) {
      out.replaceChildren(el('p', { class: 'error' }, say(t.tooBig(bytes, MAX_INPUT_BYTES))));
      return;
    }
    const chosen = format.value;
    let result = decode(text, catalog, { format: chosen });
    if (result.firstFailure && !withActions) {
      // Every decode that finds a failure waits for the same fetch (a later keystroke must not render without them).
      const loaded = await loadActions();
      if (mine !== latest) return;
      if (loaded) result = decode(text, catalog, { format: chosen });
    }
    const label = `${formatByName(result.input).label}${chosen ? '' : ` ${t.detected}`}`;
    last = { result, label };
    render(result, out, label);
    say(result.firstFailure ? t.announceFailure(result.firstFailure.code) : t.announceOk(result.messages.length));
  };

  const copy = async (kind: 'link' | 'text' | 'markdown') => {
    // The text travels in the fragment only: never in a request, an access log, a Referer or the query.
    const link = new URL(
      `${location.pathname}#${await toFragment(maskSecrets(field.value), format.value)}`,
      location.href,
    ).href;
    // The copies' formatting is loaded only when someone copies.
    const report = kind === 'link' || !last ? undefined : await import('../lib/decoder/report.ts');
    const value =
      kind === 'link'
        ? link
        : last &&
          report &&
          (kind === 'text'
            ? report.toText(last.result, last.label)
            : report.toMarkdown(last.result, last.label, link.length > MAX_LINK ? undefined : link));
    if (!value) say(t.nothingToCopy);
    else if (link.length > MAX_LINK && kind === 'link') say(t.linkTooLong(link.length));
    else {
      try {
        await navigator.clipboard.writeText(value);
        say(t.copied[kind]);
      } catch {
        say(t.copyFailed);
      }
      if (kind === 'link') history.replaceState(null, '', link);
    }
  };

  form.onsubmit = (e) => {
    e.preventDefault();
    void run();
  };
  field.oninput = () => {
    clearTimeout(timer);
    // Small inputs decode on every keystroke; a big paste waits for the typing to settle.
    if (field.value.length < 20_000) void run();
    else timer = setTimeout(() => void run(), 150);
  };
  format.onchange = () => void run();
  form.querySelectorAll<HTMLElement>('[data-copy]').forEach((button) => {
    button.onclick = () => void copy(button.dataset.copy as 'link' | 'text' | 'markdown');
    button.hidden = false;
  });
  const open = (shared: Shared | null) => {
    if (!shared) return false;
    if ([...format.options].some((o) => o.value === shared.format)) format.value = shared.format;
    field.value = shared.text;
    return true;
  };
  // An old ?q= link: read it, then take the text out of the address at once (it moves to the fragment).
  if (!field.value) open(legacy ?? (await fromFragment(location.hash)));
  if (legacy)
    history.replaceState(null, '', `${location.pathname}#${await toFragment(maskSecrets(legacy.text), legacy.format)}`);
  window.addEventListener('hashchange', () => {
    void fromFragment(location.hash).then((shared) => open(shared) && void run());
  });
  form.dataset.ready = '';
  if (field.value.trim()) void run();
}
