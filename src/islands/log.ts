/**
 * The log decoder on /decode/: enhances the server-rendered form. Everything happens here, in the browser: the text is
 * never sent anywhere (the catalogue is embedded in the page). Pasted text is only ever inserted as text nodes.
 * Long logs render in chunks; the share link and copies carry masked passwords only.
 */
import {
  decode,
  MAX_INPUT_BYTES,
  type DecodeResult,
  type Message,
  type ServerMessage,
  type ServerRecogniser,
} from '../lib/decoder/decode.ts';
import { unlistedText } from '../lib/decoder/exchange.ts';
import { formatByName } from '../lib/decoder/formats/index.ts';
import { maskSecrets } from '../lib/decoder/mask.ts';
import { logUi as t } from '../i18n/log.ts';
import { payload, root } from './site.ts';
import { decoderCatalog, type FailureTexts, type ServerTexts } from '../lib/reference/payload.ts';
import { fromFragment, fromQuery, type Shared } from '../lib/decoder/share-link.ts';
import { el } from './dom.ts';

const CHUNK = 200;

const muted = (text: string) => el('p', { class: 'muted' }, text);
/** The codes that have a page (from the payload); any other code is shown as text, never a link to a 404. */
let pages = new Set<number>();
const codeLink = (code: number) => {
  const label = String(code).padStart(3, '0');
  return pages.has(code) ? el('a', { href: `${root}codes/${code}/` }, label) : el('span', {}, label);
};

/** A word and an icon for a reply: failure, harmless probe and success are never told by colour alone. */
function status(m: ServerMessage): HTMLElement {
  const kind = m.harmless ?? (m.class === 4 || m.class === 5 ? 'failed' : 'ok');
  const icon = kind === 'failed' ? '✕' : kind === 'ok' ? '✓' : 'i';
  return el('span', { class: `status ${kind}` }, el('span', { 'aria-hidden': 'true' }, icon), ' ', t.status[kind]);
}

function render(result: DecodeResult, out: HTMLElement, formatLabel: string): void {
  const { messages, exchanges, warnings, firstFailure: f, clientEnding: end } = result;
  const failIndex = f?.index ?? -1;
  /** The exchange that holds the first failure (-1 when none). */
  const failing = exchanges.findIndex((x) => x.index === failIndex || x.replies.some((r) => r.index === failIndex));
  const list = el('ol', { class: 'exchanges', 'aria-label': t.exchanges, 'aria-describedby': 'exchanges-keys' });
  const failed = messages[failIndex];
  const ending = end
    ? el(
        'p',
        { class: 'client-ending' },
        t.clientSaid,
        el('code', {}, end.line),
        ` — ${t.exitCode(end.client, end.report, end.name)}${end.plain ? `: ${end.plain}` : '.'}`,
      )
    : '';
  out.replaceChildren(
    f
      ? el(
          'div',
          { class: 'callout failure answer', role: 'note', 'aria-labelledby': 'went-wrong' },
          el('h2', { id: 'went-wrong' }, el('span', { 'aria-hidden': 'true', class: 'icon' }, '✕ '), t.wentWrong),
          el('p', { class: 'plain' }, f.plain),
          ending,
          el(
            'h3',
            { id: 'first-failure' },
            `${t.details} `,
            f.code === null ? t.clientError : codeLink(f.code),
            failed?.dir === 's' && failed.meaning ? ` ${failed.meaning}` : '',
          ),
          el('p', {}, f.advice),
          el('p', {}, el('a', { href: `#x-${failing}` }, t.jumpToFailure)),
        )
      : messages.some((m) => m.dir === 's')
        ? el('div', { class: 'callout answer' }, el('p', {}, t.noFailure), ending)
        : ending,
    el('p', { class: 'decode-summary' }, t.summary(formatLabel, messages.length, exchanges.length, warnings.length)),
    result.server ? muted(t.server(result.server.name, result.server.version, result.server.from)) : '',
    warnings.length
      ? el(
          'details',
          { class: 'warnings', open: '' },
          el('summary', {}, t.warnings(warnings.length)),
          el('ul', {}, ...warnings.map((w) => el('li', { 'data-kind': w.kind }, w.text))),
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
          { class: `reply k${m.class}${r.index === failIndex ? ' failing' : ''}${m.harmless ? ' harmless' : ''}` },
          el(
            'p',
            { class: 'reply-head' },
            status(m),
            ' ',
            codeLink(m.code),
            ' ',
            m.meaning ?? t.unknownCode,
            ' ',
            el('span', { class: 'muted' }, `(${t.stage[r.stage]})`),
          ),
          el('pre', {}, m.lines.join('\n')),
        );
        if (m.truncated) box.append(muted(t.truncated));
        const unlisted = x.unlisted?.find((u) => u.index === r.index);
        if (unlisted && x.command) box.append(muted(unlistedText(x.command, unlisted)));
        const known = m.serverMessage;
        if (known) {
          const name = result.server?.name ?? known.server;
          box.append(
            el(
              'p',
              { class: 'muted server-message' },
              t.serverSends(name),
              known.when ? `${t.when}${known.when} ` : '',
              known.fix ? `${t.fix}${known.fix} ` : '',
              el('a', { href: `${root}${known.href.slice(1)}` }, t.serverPage(name)),
            ),
          );
        }
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

/** The format a result was read as, for the summary and the copies: "(detected)" unless the reader chose it. */
const labelOf = (result: DecodeResult, chosen: string) =>
  `${formatByName(result.input).label}${chosen ? '' : ` ${t.detected}`}`;

export async function start(_e?: Event): Promise<void> {
  const form = document.querySelector<HTMLElement>('[data-island="log"]');
  if (!form || form.dataset.ready !== undefined) return;
  const field = form.querySelector('textarea');
  const format = form.querySelector<HTMLSelectElement>('select[data-format]');
  const decodeButton = form.querySelector<HTMLButtonElement>('button[data-decode]');
  const out = document.querySelector<HTMLElement>('[data-log-result]');
  const status = form.querySelector<HTMLElement>('[data-log-status]');
  if (!field || !format || !out || !status || !decodeButton) return;
  // An old ?q= link: the text leaves the address bar at once (it comes back below, in the fragment).
  const legacy = fromQuery(location.search);
  if (legacy) history.replaceState(null, '', location.pathname);
  const data = await payload();
  pages = new Set(data.codes.map((c) => c.code));
  let catalog = decoderCatalog(data);
  // The what-to-do texts are fetched once, the first time a decode finds a failure (src/lib/reference/payload.ts).
  let actions: Promise<boolean> | undefined;
  let texts: FailureTexts | undefined;
  let recogniser: ServerRecogniser | undefined;
  const loadActions = () =>
    (actions ??= fetch(`${root}data/actions.json`)
      .then((r) => r.json() as Promise<FailureTexts>)
      .then((loaded) => {
        texts = loaded;
        catalog = decoderCatalog(data, texts, recogniser);
        return true;
      })
      .catch(() => false));
  // The servers' greetings and explained messages (to name the server), once there is something to decode.
  let servers: Promise<boolean> | undefined;
  const loadServers = () =>
    (servers ??= Promise.all([
      import('../lib/decoder/server.ts'),
      fetch(`${root}data/servers.json`).then((r) => r.json() as Promise<ServerTexts>),
    ])
      .then(([module, loaded]) => {
        recogniser = module.serverRecogniser(loaded);
        catalog = decoderCatalog(data, texts, recogniser);
        return true;
      })
      .catch(() => false));
  let last: { result: DecodeResult; label: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const say = (message: string) => (status.textContent = message);

  // Sharing and copying happen in a panel loaded on first use (share.ts): it first says what the text holds.
  const shareButton = form.querySelector<HTMLButtonElement>('button[data-share]');
  const panel = form.querySelector<HTMLElement>('#share-panel');
  const share =
    shareButton && panel
      ? {
          opener: shareButton,
          panel,
          text: () => field.value,
          format: () => format.value,
          last: () => last,
          decodeText: (text: string) => {
            const result = decode(text, catalog, { format: format.value });
            return { result, label: labelOf(result, format.value) };
          },
          facts: catalog.commands.facts,
          say,
        }
      : undefined;
  const openShare = async (focus: boolean) => {
    if (!share) return;
    if (!last) {
      say(t.nothingToCopy);
      return;
    }
    await (await import('./share.ts')).openShare(share, focus);
  };
  const closePanel = () => {
    if (!panel || !shareButton) return;
    panel.hidden = true;
    shareButton.setAttribute('aria-expanded', 'false');
  };
  if (shareButton) {
    shareButton.onclick = () => {
      if (panel && !panel.hidden) closePanel();
      else void openShare(true);
    };
    shareButton.hidden = false;
  }

  let reveal = false;
  const run = async () => {
    const mine = ++latest;
    const text = field.value;
    last = undefined;
    if (!text.trim()) {
      closePanel();
      out.replaceChildren();
      say(t.empty);
      return;
    }
    const bytes = new Blob([text]).size;
    if (bytes > MAX_INPUT_BYTES) {
      closePanel();
      out.replaceChildren(el('p', { class: 'error' }, say(t.tooBig(bytes, MAX_INPUT_BYTES))));
      return;
    }
    const chosen = format.value;
    let result = decode(text, catalog, { format: chosen });
    const needs = [
      (result.firstFailure || result.clientEnding) && !texts ? loadActions() : null,
      result.messages.some((m) => m.dir === 's') && !recogniser ? loadServers() : null,
    ].filter((p) => p !== null);
    if (needs.length) {
      // Every decode that needs them waits for the same fetches (a later keystroke must not render without them).
      const loaded = await Promise.all(needs);
      if (mine !== latest) return;
      if (loaded.some(Boolean)) result = decode(text, catalog, { format: chosen });
    }
    const label = labelOf(result, chosen);
    last = { result, label };
    render(result, out, label);
    // An open share panel follows the text (it must never describe an older one).
    if (panel && !panel.hidden) void openShare(false);
    say(result.firstFailure ? t.announceFailure(result.firstFailure.plain) : t.announceOk(result.messages.length));
    // After a paste or a click on Decode the answer comes into view (not while typing: the field keeps its place).
    if (reveal) out.scrollIntoView({ block: 'start' });
    reveal = false;
  };
  field.onpaste = () => (reveal = true);

  decodeButton.onclick = () => {
    reveal = true;
    void run();
  };
  field.oninput = () => {
    clearTimeout(timer);
    // Small inputs decode on every keystroke; a big paste waits for the typing to settle.
    if (field.value.length < 20_000) void run();
    else timer = setTimeout(() => void run(), 150);
  };
  format.onchange = () => void run();
  const open = (shared: Shared | null) => {
    if (!shared) return false;
    if ([...format.options].some((o) => o.value === shared.format)) format.value = shared.format;
    field.value = shared.text;
    return true;
  };
  // An old ?q= link: read it, then take the text out of the address at once (it moves to the fragment).
  if (!field.value) open(legacy ?? (await fromFragment(location.hash)));
  if (legacy) {
    const { toFragment } = await import('../lib/decoder/share-link-write.ts');
    history.replaceState(null, '', `${location.pathname}#${await toFragment(maskSecrets(legacy.text), legacy.format)}`);
  }
  window.addEventListener('hashchange', () => {
    void fromFragment(location.hash).then((shared) => open(shared) && void run());
  });
  form.dataset.ready = '';
  if (field.value.trim()) void run();
}
