import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGlossary } from '../../content/app';
import '../../components/card/card.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin, about:blank and srcdoc frames get their own instance.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startGlossary(ctx),
});
