/** The `chrome` global inside the extension's service worker, for `worker.evaluate` in browser tests. */
declare const chrome: typeof import('wxt/browser').browser;
