/**
 * The content script's wiring: fetch this site's config, highlight the page, mount the
 * term card in a shadow root, and go quiet when the extension is reloaded or updated.
 */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileMatcher } from '../glossary/matcher';
import { CARD_HOST_TAG } from '../highlight/dom-rules';
import { PageHighlighter } from '../highlight/page-highlighter';
import { request } from '../messaging/client';
import type { EntryView } from '../messaging/protocol';
import { CardController } from './card-controller';
import { focusTerm, isNextKey, isPreviousKey, step } from './keyboard-nav';

/** Makes the host immune to page CSS such as `* { all: unset }` or `div { display: none !important }`. */
const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; ' +
  'visibility: visible !important; opacity: 1 !important; transform: none !important; pointer-events: none !important;';

export async function startGlossary(ctx: ContentScriptContext): Promise<void> {
  const config = await request('getPageConfig', { host: location.hostname });
  if (ctx.isInvalid || !config.enabled || !config.entries.length) return;

  const matcher = compileMatcher(config.entries);
  const page = new PageHighlighter(document, matcher, {
    firstMentionOnly: config.firstMentionOnly,
    onMark: (mark) => {
      mark.classList.add(`gg-${config.style}`);
      mark.tabIndex = -1;
      mark.setAttribute('aria-description', 'glossary term');
    },
  });
  page.start();
  ctx.onInvalidated(() => page.stop());

  // Entries are fetched on first use and kept for the life of the page.
  const entries = new Map<string, Promise<EntryView | null>>();
  const loadEntry = (id: string) => {
    let p = entries.get(id);
    if (!p) {
      p = request('getEntry', { id }).catch(() => null);
      entries.set(id, p);
    }
    return p;
  };

  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    position: 'inline',
    anchor: 'html',
    onMount: (container, _shadow, host) => {
      host.setAttribute('style', HOST_STYLE);
      const card = new CardController(document, {
        container,
        host,
        openDelayMs: config.cardDelayMs,
        loadEntry,
        openFaq: (section) => void request('openFaq', { section }).catch(() => {}),
      });
      ctx.addEventListener(document, 'keydown', (e) => {
        if (!e.isTrusted || !(isNextKey(e) || isPreviousKey(e))) return;
        const next = step(page.marks(), card.openMark ?? document.activeElement, isNextKey(e) ? 1 : -1);
        if (!next) return;
        e.preventDefault();
        focusTerm(next);
      });
      return card;
    },
    onRemove: (card) => card?.destroy(),
  });
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
}
