import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGlossary } from '../../content/app';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin, about:blank and srcdoc frames get their own instance.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The card's styles go inside its shadow root (content/app.tsx); nothing is injected into the page.
  cssInjectionMode: 'manual',
  // The context does not announce itself to the page (content/quiet-context.ts).
  noScriptStartedPostMessage: true,
  main: (ctx) => startGlossary(ctx),
});
