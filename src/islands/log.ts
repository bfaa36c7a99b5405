/**
 * The log decoder on /decode/: enhances the server-rendered form. Everything happens here, in the browser: the text is
 * never sent anywhere (the catalogue is embedded in the page). Pasted text is only ever inserted as text nodes.
 * decode() runs in a Web Worker (decode-worker.ts, created on first intent; on the main thread when there is no
 * Worker), the summary shows first and the session renders in slices, so a 5 MB log never freezes the page. A file can
 * be opened or dropped, and a big file or paste is held here instead of in the text box (laying out megabytes of text
 * in a <textarea> blocks the page for seconds). The share link and copies carry masked passwords only.
 */
import type { DecodeResult, Exchange, Message, ServerMessage } from '../lib/decoder/decode.ts';
import { logUi as t } from '../i18n/log.ts';
import { payload, root } from './site.ts';
import type { BrowserPayload, FailureTexts, ServerTexts } from '../lib/reference/payload.ts';
import { unlistedText } from '../lib/decoder/exchange.ts';
import { fromFragment, fromQuery, type Shared } from '../lib/decoder/share-link.ts';
import type { FromWorker, Head, Part, ToWorker } from './decode-parts.ts';
import { el } from './dom.ts';

const CHUNK = 200;
/** The decoder's limit (MAX_INPUT_BYTES in decode.ts, not imported: that would bundle the decoder into this island). */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** A file or paste longer than this is held here, not put in the text box (layout of the box is what costs). */
const BOX_CHARS = 100_000;
/** Rendering works in slices of this many milliseconds, one per frame, so the page paints and takes input. */
const SLICE_MS = 20;
/** Exchanges shown before the first failure when it is far down the session. */
const CONTEXT = 5;

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

/**
 * Renders the summary at once and returns grow(): the session's exchanges as they arrive (result's lists fill up part
 * by part), in slices of SLICE_MS — the first CHUNK and every one up to the failing exchange, the rest on "Show more".
 */
function render(result: DecodeResult, out: HTMLElement, formatLabel: string, head: Head): () => void {
  const { messages, exchanges, warnings, firstFailure: f, clientEnding: end } = result;
  const failIndex = f?.index ?? -1;
  /** The exchange that holds the first failure (-1 when none), found before the lists arrive. */
  const failing = head.failing;
  const list = el('ol', { class: 'exchanges', 'aria-label': t.exchanges, 'aria-describedby': 'exchanges-keys' });
  const failed = head.failed;
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
    el('p', { class: 'decode-summary' }, t.summary(formatLabel, head.messages, head.exchanges, warnings.length)),
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
    const items = [...list.querySelectorAll<HTMLElement>(':scope > .exchange')];
    const at = items.findIndex((li) => li.contains(document.activeElement));
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    const target = next === undefined ? undefined : items[Math.max(0, Math.min(items.length - 1, next))];
    if (!target) return;
    e.preventDefault();
    for (const li of items) li.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  });

  /** One exchange: the command, then each reply with its status, code, meaning and lines. */
  const exchangeItem = (i: number, x: Exchange): HTMLLIElement => {
    const command = x.index === null ? undefined : messages[x.index];
    const li = el(
      'li',
      { id: `x-${i}`, tabindex: i ? '-1' : '0', class: i === failing ? 'exchange failing' : 'exchange' },
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
    return li;
  };

  // The session renders in two ranges: from the start, and — when the first failure is far down — from a few
  // exchanges before it, with a gap between them that "Show more" fills (a 5 MB log has some 50 000 exchanges: the
  // failure must not wait for all those before it).
  const tailFrom = failing >= CHUNK + CONTEXT ? failing - CONTEXT : -1;
  const ranges = (
    tailFrom < 0
      ? [[0, Math.max(CHUNK, failing + 1)]]
      : [
          [0, CHUNK],
          [tailFrom, failing + CHUNK],
        ]
  ).map(([from = 0, to = 0], k) => ({
    from,
    shown: from,
    target: to,
    end: k === 0 && tailFrom >= 0 ? tailFrom : Infinity,
  }));
  const more = el('button', { type: 'button', class: 'btn' });
  const gapMore = el('button', { type: 'button', class: 'btn' });
  const gap = tailFrom < 0 ? undefined : list.appendChild(el('li', { class: 'gap' }, gapMore));
  const renderChunk = (deadline = Infinity) => {
    for (const range of ranges) {
      const end = Math.min(range.target, range.end, exchanges.length);
      for (; range.shown < end && performance.now() < deadline; range.shown++) {
        const x = exchanges[range.shown];
        if (!x) break;
        // The first range goes before the gap, the second after it.
        list.insertBefore(exchangeItem(range.shown, x), range.end === Infinity ? null : (gap ?? null));
      }
    }
    const [first, tail] = [ranges[0], ranges.at(-1)];
    if (gap && first) {
      const hidden = tailFrom - first.shown;
      if (hidden > 0) gapMore.textContent = t.showMore(Math.min(CHUNK, hidden), hidden);
      else gap.remove();
    }
    const left = tail ? head.exchanges - tail.shown : 0;
    if (tail && left && tail.shown >= tail.target) {
      more.textContent = t.showMore(Math.min(CHUNK, left), left);
      if (!more.isConnected) out.append(more);
    } else more.remove();
  };
  const showMore = (range: (typeof ranges)[number] | undefined) => {
    if (!range) return;
    const first = range.shown;
    range.target = range.shown + CHUNK;
    renderChunk();
    document.getElementById(`x-${first}`)?.focus();
    grow();
  };
  more.onclick = () => {
    showMore(ranges.at(-1));
  };
  gapMore.onclick = () => {
    showMore(ranges[0]);
  };
  let scheduled = false;
  const grow = () => {
    if (scheduled || !list.isConnected) return;
    scheduled = true;
    // One slice per frame: the slice, then the browser lays it out and paints (several slices per frame made frames
    // of 250 ms on a busy machine). A hidden tab renders on its return.
    requestAnimationFrame(() => {
      scheduled = false;
      if (!list.isConnected) return;
      renderChunk(performance.now() + SLICE_MS);
      if (ranges.some((r) => r.shown < Math.min(r.target, r.end, exchanges.length))) grow();
      else if (exchanges.length === head.exchanges) {
        // Everything arrived and what is due is on the page.
        out.removeAttribute('aria-busy');
        performance.mark('decode:full');
      }
    });
  };
  return grow;
}

/** The format a result was read as, for the summary and the copies: "(detected)" unless the reader chose it. */
const labelOf = (label: string, chosen: string) => `${label}${chosen ? '' : ` ${t.detected}`}`;

/**
 * decode() off the page: in the Web Worker, or (no Worker, or it failed to start) here, after a pause for the page to
 * paint. Either way the answer comes as a head and parts (decode-parts.ts), handed to onPart.
 */
function decoderClient(data: BrowserPayload, onPart: (part: FromWorker) => void) {
  let worker: Worker | null | undefined;
  let texts: FailureTexts | undefined;
  let servers: ServerTexts | undefined;
  let pending: Extract<ToWorker, { type: 'decode' }> | undefined;
  const onMainThread = async (job: Extract<ToWorker, { type: 'decode' }>) => {
    const [{ decode }, { formatByName }, { decoderCatalog }, { parts }, { serverRecogniser }] = await Promise.all([
      import('../lib/decoder/decode.ts'),
      import('../lib/decoder/formats/index.ts'),
      import('../lib/reference/payload.ts'),
      import('./decode-parts.ts'),
      import('../lib/decoder/server.ts'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const catalog = decoderCatalog(data, texts, servers && serverRecogniser(servers));
    const result = decode(job.text, catalog, { format: job.format });
    for (const part of parts(job.id, result, formatByName(result.input).label)) {
      onPart(part);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        if (e.data.type === 'part' && e.data.done && e.data.id === pending?.id) pending = undefined;
        onPart(e.data);
      };
      // Blocked or broken (an old browser, a stricter policy): decode here from now on, the pending job included.
      worker.onerror = (e) => {
        e.preventDefault();
        worker?.terminate();
        worker = null;
        if (pending) void onMainThread(pending);
      };
      worker.postMessage({ type: 'catalog', payload: data, texts, servers } satisfies ToWorker);
    } catch {
      worker = null;
    }
    return worker;
  };
  return {
    /** Creates the worker ahead of the first decode (on intent). */
    warm: () => void start(),
    /** The what-to-do texts, once fetched: every later decode uses them. */
    setTexts(next: FailureTexts) {
      texts = next;
      worker?.postMessage({ type: 'catalog', payload: data, texts, servers } satisfies ToWorker);
    },
    /** The servers' greetings and explained messages, once fetched: later decodes name the server. */
    setServers(next: ServerTexts) {
      servers = next;
      worker?.postMessage({ type: 'catalog', payload: data, texts, servers } satisfies ToWorker);
    },
    decode(id: number, text: string, format: string) {
      const job = { type: 'decode', id, text, format } as const;
      const w = start();
      if (w) {
        pending = job;
        w.postMessage(job satisfies ToWorker);
      } else void onMainThread(job);
    },
  };
}

export async function start(_e?: Event): Promise<void> {
  const form = document.querySelector<HTMLElement>('[data-island="log"]');
  if (!form || form.dataset.ready !== undefined) return;
  const field = form.querySelector('textarea');
  const format = form.querySelector<HTMLSelectElement>('select[data-format]');
  const decodeButton = form.querySelector<HTMLButtonElement>('button[data-decode]');
  const out = document.querySelector<HTMLElement>('[data-log-result]');
  const status = form.querySelector<HTMLElement>('[data-log-status]');
  const fileRow = form.querySelector<HTMLElement>('[data-file-row]');
  const fileInput = form.querySelector<HTMLInputElement>('input[type="file"]');
  const heldBox = form.querySelector<HTMLElement>('[data-held]');
  if (!field || !format || !out || !status || !decodeButton) return;
  // An old ?q= link: the text leaves the address bar at once (it comes back below, in the fragment).
  const legacy = fromQuery(location.search);
  if (legacy) history.replaceState(null, '', location.pathname);
  const data = await payload();
  pages = new Set(data.codes.map((c) => c.code));
  // The what-to-do texts are fetched once, the first time a decode finds a failure (src/lib/reference/payload.ts).
  let actions: Promise<boolean> | undefined;
  let withActions = false;
  let actionsFailed = false;
  let texts: FailureTexts | undefined;
  const loadActions = () =>
    (actions ??= fetch(`${root}data/actions.json`)
      .then((r) => r.json() as Promise<FailureTexts>)
      .then((loaded) => {
        texts = loaded;
        decoder.setTexts(loaded);
        withActions = true;
        return true;
      })
      .catch(() => false));
  // The servers' greetings and explained messages (to name the server), once a decode finds replies.
  let serverTexts: Promise<boolean> | undefined;
  let withServers = false;
  let serversFailed = false;
  const loadServers = () =>
    (serverTexts ??= fetch(`${root}data/servers.json`)
      .then((r) => r.json() as Promise<ServerTexts>)
      .then((loaded) => {
        decoder.setServers(loaded);
        withServers = true;
        return true;
      })
      .catch(() => false));
  let last: { result: DecodeResult; label: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  /** Each request to the decoder has its own id (a decode asked again with the what-to-do texts gets a new one). */
  let requests = 0;
  const say = (message: string) => (status.textContent = message);

  /** A big file or paste, held here rather than in the text box (which keeps what it had). */
  let held: { text: string; name: string; bytes: number } | undefined;
  const input = () => held?.text ?? field.value;

  /** The decode in progress: its text and format, and the rendering that grows as its parts arrive. */
  let job:
    { id: number; text: string; chosen: string; result?: DecodeResult; head?: Head; grow?: () => void } | undefined;
  const onPart = (part: FromWorker) => {
    if (!job || part.id !== job.id) return;
    if (part.type === 'head') onHead(part);
    else onRest(part);
  };
  const decoder = decoderClient(data, onPart);
  for (const type of ['focusin', 'pointerdown', 'dragenter']) form.addEventListener(type, decoder.warm, { once: true });

  // Sharing and copying happen in a panel loaded on first use (share.ts): it first says what the text holds.
  const shareButton = form.querySelector<HTMLButtonElement>('button[data-share]');
  const panel = form.querySelector<HTMLElement>('#share-panel');
  const openShare = async (focus: boolean) => {
    if (!shareButton || !panel) return;
    if (!last) {
      say(t.nothingToCopy);
      return;
    }
    const [share, { decoderCatalog }] = await Promise.all([
      import('./share.ts'),
      import('../lib/reference/payload.ts'),
    ]);
    const { decode } = await import('../lib/decoder/decode.ts');
    await share.openShare(
      {
        opener: shareButton,
        panel,
        text: input,
        format: () => format.value,
        last: () => last,
        decodeText: (text: string) => {
          const result = decode(text, decoderCatalog(data, texts), { format: format.value });
          return { result, label: last?.label ?? '' };
        },
        facts: decoderCatalog(data, texts).commands.facts,
        say,
      },
      focus,
    );
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
    const text = input();
    last = undefined;
    job = undefined;
    out.removeAttribute('aria-busy');
    if (!text.trim()) {
      closePanel();
      out.replaceChildren();
      say(t.empty);
      return;
    }
    const bytes = held?.bytes ?? new Blob([text]).size;
    if (bytes > MAX_INPUT_BYTES) {
      closePanel();
      out.replaceChildren(el('p', { class: 'error' }, say(t.tooBig(bytes, MAX_INPUT_BYTES))));
      return;
    }
    // A big log most likely fails somewhere: fetch the what-to-do texts first rather than decode it twice.
    if (text.length > BOX_CHARS && !withActions) {
      say(t.decoding);
      await loadActions();
      if (mine !== latest) return;
    }
    job = { id: ++requests, text, chosen: format.value };
    out.setAttribute('aria-busy', 'true');
    performance.mark('decode:start');
    decoder.decode(job.id, text, format.value);
  };
  const onHead = (head: Head) => {
    if (!job) return;
    const mine = job;
    const { result } = head;
    const needs = [
      (result.firstFailure || result.clientEnding) && !withActions && !actionsFailed
        ? loadActions().then((loaded) => (actionsFailed = !loaded))
        : null,
      head.replies > 0 && !withServers && !serversFailed
        ? loadServers().then((loaded) => (serversFailed = !loaded))
        : null,
    ].filter((p) => p !== null);
    if (needs.length) {
      // Every decode that needs them waits for the same fetches (a later keystroke must not render without them),
      // then decodes again with them (the parts already on their way are ignored: this head was not taken).
      void Promise.all(needs).then(() => {
        if (mine !== job) return;
        mine.id = ++requests;
        decoder.decode(mine.id, mine.text, mine.chosen);
      });
      return;
    }
    job.result = result;
    job.head = head;
    const label = labelOf(head.label, job.chosen);
    job.grow = render(result, out, label, head);
    performance.mark('decode:first');
    say(result.firstFailure ? t.announceFailure(result.firstFailure.plain) : t.announceOk(head.messages));
    // After a paste or a click on Decode the answer comes into view (not while typing: the field keeps its place).
    if (reveal) out.scrollIntoView({ block: 'start' });
    reveal = false;
  };
  const onRest = (part: Part) => {
    if (!job?.result || !job.head) return;
    const { result } = job;
    for (const m of part.messages) result.messages.push(m);
    for (const x of part.exchanges) result.exchanges.push(x);
    job.grow?.();
    if (!part.done) return;
    last = { result, label: labelOf(job.head.label, job.chosen) };
    if (held) showHeld(true);
    // An open share panel follows the text (it must never describe an older one).
    if (panel && !panel.hidden) void openShare(false);
  };

  /** Holds a big text instead of putting it in the box; the banner names it and offers to show or clear it. */
  const showHeld = (done = false) => {
    if (!heldBox) return;
    const name = heldBox.querySelector('[data-held-name]');
    if (name && held) name.textContent = t.held(held.name, held.bytes, done);
    heldBox.hidden = !held;
    field.hidden = !!held;
  };
  const hold = (text: string, name: string, bytes = new Blob([text]).size) => {
    held = { text, name, bytes };
    showHeld();
    heldBox?.querySelector<HTMLButtonElement>('button[data-held-show]')?.focus();
    reveal = true;
    void run();
  };
  const release = (toBox: boolean) => {
    if (held && toBox) field.value = held.text;
    held = undefined;
    showHeld();
    field.focus();
    void run();
  };
  heldBox?.querySelector<HTMLButtonElement>('button[data-held-show]')?.addEventListener('click', () => {
    release(true);
  });
  heldBox?.querySelector<HTMLButtonElement>('button[data-held-clear]')?.addEventListener('click', () => {
    release(false);
  });

  /** A file opened or dropped: read here (File.text()), never uploaded; a small one goes into the box. */
  const openFile = async (file: File) => {
    if (file.size > MAX_INPUT_BYTES) {
      say(t.fileTooBig(file.name, file.size, MAX_INPUT_BYTES));
      return;
    }
    const text = await file.text();
    if (!text) {
      say(t.emptyFile(file.name));
      return;
    }
    // Into the box only when it is small and the box is empty: nothing typed is ever replaced.
    if (text.length > BOX_CHARS || field.value.trim()) {
      hold(text, t.fileName(file.name), file.size);
      return;
    }
    held = undefined;
    showHeld();
    field.value = text;
    reveal = true;
    void run();
  };
  if (fileRow && fileInput) {
    fileInput.onchange = () => {
      const file = fileInput.files?.[0];
      if (file) void openFile(file);
      fileInput.value = '';
    };
    fileRow.hidden = false;
  }
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  form.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    form.classList.add('dropping');
  });
  form.addEventListener('dragleave', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) form.classList.remove('dropping');
  });
  form.addEventListener('drop', (e) => {
    form.classList.remove('dropping');
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
  });

  // A big paste is held like a file: the box would take seconds to lay it out. Smaller ones go in as usual.
  field.onpaste = (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.length > BOX_CHARS) {
      e.preventDefault();
      // Not in this task: reading the clipboard (getData above, in the browser) already took most of a frame.
      setTimeout(() => {
        hold(text, t.pastedText);
      }, 0);
      return;
    }
    reveal = true;
  };

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
    held = undefined;
    showHeld();
    field.value = shared.text;
    return true;
  };
  // An old ?q= link: read it, then take the text out of the address at once (it moves to the fragment).
  if (!field.value) open(legacy ?? (await fromFragment(location.hash)));
  if (legacy) {
    const [{ toFragment }, { maskSecrets }] = await Promise.all([
      import('../lib/decoder/share-link-write.ts'),
      import('../lib/decoder/mask.ts'),
    ]);
    history.replaceState(null, '', `${location.pathname}#${await toFragment(maskSecrets(legacy.text), legacy.format)}`);
  }
  window.addEventListener('hashchange', () => {
    void fromFragment(location.hash).then((shared) => open(shared) && void run());
  });
  form.dataset.ready = '';
  if (field.value.trim()) void run();
}
