/**
 * The share panel of /decode/, loaded the first time someone opens it. Before anything leaves the page it says what the
 * link and the copies hold besides the (always masked) passwords — host names, addresses, user names, paths — and
 * offers to hide each kind. Then: copy the link (the text in the fragment only, never in a request), copy the result
 * as text or Markdown, or download the log as a file (for a log too long for a link). Nothing is sent anywhere.
 */
import type { CommandFacts } from '../lib/decoder/commands.ts';
import type { DecodeResult } from '../lib/decoder/decode.ts';
import {
  findIdentifying,
  hideIdentifying,
  IDENTIFYING_KINDS,
  type Identifying,
  type IdentifyingKind,
} from '../lib/decoder/identify.ts';
import { maskSecrets } from '../lib/decoder/mask.ts';
import { toMarkdown, toText } from '../lib/decoder/report.ts';
import { MAX_LINK } from '../lib/decoder/share-link.ts';
import { toFragment } from '../lib/decoder/share-link-write.ts';
import { shareUi as t } from '../i18n/share.ts';
import { el } from './dom.ts';

export interface Decoded {
  result: DecodeResult;
  label: string;
}

export interface ShareContext {
  /** The button that opens the panel (focus returns to it on close). */
  opener: HTMLButtonElement;
  /** The server-rendered, empty, hidden panel. */
  panel: HTMLElement;
  text(): string;
  format(): string;
  /** The decode of the text as it is (undefined before any). */
  last(): Decoded | undefined;
  decodeText(text: string): Decoded;
  facts: ReadonlyMap<string, CommandFacts>;
  say(message: string): void;
}

/**
 * Past this many characters no link can hold the text (deflate rarely beats 20:1 on a log, and a link holds MAX_LINK):
 * the panel says so at once instead of compressing megabytes for nothing.
 */
const LINK_TEXT_CHARS = 200_000;

/** The kinds the reader chose to hide: kept while the page is open, for every later share. */
const hidden = new Set<IdentifyingKind>();
const SHOWN_VALUES = 5;

function listFound(found: Identifying): HTMLElement {
  const kinds = IDENTIFYING_KINDS.filter((k) => found[k].length);
  if (!kinds.length) return el('p', {}, t.nothingFound);
  const items = kinds.map((k) => {
    const values = found[k];
    const shown = values.slice(0, SHOWN_VALUES).join(', ');
    const rest = values.length > SHOWN_VALUES ? ` ${t.more(values.length - SHOWN_VALUES)}` : '';
    return el('li', {}, el('strong', {}, t.kinds[k](values.length)), ': ', el('code', {}, shown), rest);
  });
  return el('div', {}, el('p', {}, t.contains), el('ul', {}, ...items));
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = el('a', { href: url, download: t.fileName });
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

async function copy(value: string, ctx: ShareContext, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    ctx.say(done);
  } catch {
    ctx.say(t.copyFailed);
  }
}

function closeShare(ctx: ShareContext): void {
  ctx.panel.hidden = true;
  ctx.opener.setAttribute('aria-expanded', 'false');
  ctx.opener.focus();
}

/** Opens the panel, or brings it up to date with the text as it is now. */
export async function openShare(ctx: ShareContext, focus = true): Promise<void> {
  const { panel } = ctx;
  const last = ctx.last();
  if (!last) return;
  const masked = maskSecrets(ctx.text());
  const found = findIdentifying(masked, last.result.messages, ctx.facts);
  const shareText = () => hideIdentifying(masked, found, hidden);
  const linkFor = async (text: string) =>
    new URL(`${location.pathname}#${await toFragment(text, ctx.format())}`, location.href).href;

  const length = el('p', { class: 'muted', 'aria-live': 'polite' });
  const copyLink = el('button', { type: 'button', class: 'btn primary' }, t.copyLink);
  let link = '';
  const update = async () => {
    const text = shareText();
    if (text.length > LINK_TEXT_CHARS) {
      link = '';
      length.textContent = t.tooBigForLink(new Blob([text]).size);
      length.className = 'error';
      copyLink.disabled = true;
      return;
    }
    link = await linkFor(text);
    const tooLong = link.length > MAX_LINK;
    length.textContent = tooLong ? t.linkTooLong(link.length, MAX_LINK) : t.linkLength(link.length);
    length.className = tooLong ? 'error' : 'muted';
    copyLink.disabled = tooLong;
  };
  const present = IDENTIFYING_KINDS.filter((k) => found[k].length);
  const boxes = present.map((k) => {
    const box = el('input', { type: 'checkbox', value: k });
    box.checked = hidden.has(k);
    box.onchange = () => {
      if (box.checked) hidden.add(k);
      else hidden.delete(k);
      void update();
    };
    return el('label', {}, box, ' ', t.hide[k]);
  });
  /** The result as the copies show it: decoded again when something is hidden (the page shows the real text). */
  const report = () => {
    const kinds = present.filter((k) => hidden.has(k));
    return kinds.length ? ctx.decodeText(shareText()) : last;
  };

  const button = (label: string, action: () => void | Promise<void>) => {
    const b = el('button', { type: 'button', class: 'btn' }, label);
    b.onclick = () => void action();
    return b;
  };
  copyLink.onclick = () => void copy(link, ctx, t.copied.link);
  const heading = el('h2', { id: 'share-heading', tabindex: '-1' }, t.heading);
  panel.replaceChildren(
    heading,
    el('p', {}, t.masked),
    listFound(found),
    boxes.length ? el('fieldset', {}, el('legend', {}, t.hideLegend), ...boxes) : '',
    length,
    el(
      'div',
      { class: 'row' },
      copyLink,
      button(t.copyText, () => {
        const r = report();
        return copy(toText(r.result, r.label), ctx, t.copied.text);
      }),
      button(t.copyMarkdown, () => {
        const r = report();
        return copy(
          toMarkdown(r.result, r.label, link === '' || link.length > MAX_LINK ? undefined : link),
          ctx,
          t.copied.markdown,
        );
      }),
      button(t.download, () => {
        download(shareText());
        ctx.say(t.downloaded);
      }),
      button(t.close, () => {
        closeShare(ctx);
      }),
    ),
  );
  panel.onkeydown = (e) => {
    if (e.key === 'Escape') closeShare(ctx);
  };
  await update();
  panel.hidden = false;
  ctx.opener.setAttribute('aria-expanded', 'true');
  if (focus) heading.focus();
}
