/**
 * The speed budgets, in one place (settled in the read-model issue): `npm run bench` prints each figure against them
 * and tests/site/budgets.test.ts enforces the byte and request budgets on the built site. Sizes are gzip -9.
 */
export const BUDGETS = {
  /**
   * A code page, first view, cold cache: the median and the largest page in bytes, requests, and the inline
   * JavaScript it may carry (theme + intent loader); no script file loads before intent.
   */
  codePage: { median: 4500, max: 6500, requests: 2, inlineJs: 400 },
  /** Home, class and category pages before interaction. */
  page: { bytes: 8000, requests: 2 },
  /** /decode/: the log decoder's JavaScript plus the browser payload embedded in the page. */
  decodeIsland: 22_000,
  /** Our own search UI code (Pagefind's runtime not included). */
  searchUi: 5000,
  /** Everything the first word query downloads in the worst case, Pagefind's runtime and index included. */
  firstWordQuery: 105_000,
  /** Decoder throughput: decode time over a bare split('\n') of the same 10 MB curl log, measured in the same run. */
  decodeRatio: 15,
} as const;
