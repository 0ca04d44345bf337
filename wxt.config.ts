import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { rejectUnsafeCode } from './scripts/unsafe-code';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: pure modules must show they import nothing from WXT.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The build fails on innerHTML, eval and the like in our code.
  vite: () => ({
    plugins: [rejectUnsafeCode(import.meta.dirname)],
    // The content script's context says nothing to the page and cannot be stopped by it
    // (content/quiet-context.ts explains why WXT's cannot be used).
    resolve: { alias: { 'wxt/utils/content-script-context': resolve(import.meta.dirname, 'content/quiet-context.ts') } },
  }),
  hooks: {
    // Highlight styles go in the manifest, not a <style> tag: a strict page CSP cannot block them.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), 'highlight.css'];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Gut Glossary',
    description:
      'Explains gut microbiome and immunity terms on any page you read: hover a highlighted term for a plain-language definition.',
    // storage: settings and the reader's own terms. The content script runs from the
    // manifest's content_scripts entry, so no host, tabs or scripting permission is requested.
    // contextMenus: "Explain “…” with Gut Glossary" on a selection, "Open PDF in Gut Glossary" on a PDF link.
    // activeTab: when the reader clicks the toolbar button, the popup may read that tab's
    // address (to offer the PDF reader on a PDF); no warning at install, nothing otherwise.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // The PDF reader downloads a PDF from the web only when the reader asks, and asks for
    // that one origin at that moment if its server does not share the file (never at install).
    ...(browser === 'firefox' ? { optional_permissions: ['http://*/*', 'https://*/*'] } : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    omnibox: { keyword: 'gut' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Switch highlighting on or off for this site',
      },
      // The reader can change these in the browser's shortcut settings; the popup and the options page show the current ones.
      'next-term': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted term and open its card',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted term and open its card',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'gut-glossary@gut-glossary.app',
          strict_min_version: '140.0',
          // The extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
