/**
 * Strings of the share panel on /decode/ (src/islands/share.ts), loaded only when someone opens it: what a link or a
 * copy would carry, the options to hide it, and the actions.
 */
import type { IdentifyingKind } from '../lib/decoder/identify.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const thousands = (n: number) => n.toLocaleString('en');

export const shareUi = {
  heading: 'Before you share',
  masked: 'Passwords and accounts are masked in everything below.',
  contains: 'The link and the copies also hold:',
  nothingFound: 'No host names, addresses, user names or paths were found in it.',
  kinds: {
    hosts: (n: number) => plural(n, 'host name', 'host names'),
    addresses: (n: number) => plural(n, 'address', 'addresses'),
    users: (n: number) => plural(n, 'user name', 'user names'),
    paths: (n: number) => plural(n, 'path or file name', 'paths and file names'),
  } satisfies Record<IdentifyingKind, (n: number) => string>,
  more: (n: number) => `and ${n} more`,
  hideLegend: 'Hide them in the link and the copies',
  hide: {
    hosts: 'Host names (shown as host1.example, …)',
    addresses: 'Addresses (shown as 192.0.2.1, 2001:db8::1, …)',
    users: 'User names (shown as user1, …)',
    paths: 'Paths and file names (shown as /path1, …)',
  } satisfies Record<IdentifyingKind, string>,
  linkLength: (chars: number) => `The link is ${thousands(chars)} characters long.`,
  linkTooLong: (chars: number, max: number) =>
    `The link would be ${thousands(chars)} characters long; many servers refuse links over ${thousands(max)}. Share the part around the failure, or download the log as a file and attach it.`,
  tooBigForLink: (bytes: number) =>
    `This log is ${(bytes / 1024 / 1024).toFixed(1)} MB: far too long for a link (links hold about 8,000 characters). Share the part around the failure, or download the log as a file and attach it.`,
  copyLink: 'Copy link',
  copyText: 'Copy as text',
  copyMarkdown: 'Copy as Markdown',
  download: 'Download as a file',
  close: 'Close',
  fileName: 'ftp-log.txt',
  copied: {
    link: 'Share link copied.',
    text: 'Result copied as text.',
    markdown: 'Result copied as Markdown.',
  },
  downloaded: 'The log (with what you chose hidden) was saved as ftp-log.txt.',
  copyFailed: 'Copying failed: your browser did not allow access to the clipboard.',
} as const;
