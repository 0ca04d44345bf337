/**
 * The content script's wiring: a page session in this frame, with the card mounted in a
 * WXT shadow root, the page's counts reported for the toolbar badge, and the popup's and
 * background's tab messages answered. It goes quiet when the extension is reloaded or updated.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_HOST_TAG } from '../highlight/dom-rules';
import type { PageHighlighter } from '../highlight/page-highlighter';
import { request } from '../messaging/client';
import { handleTabMessage, type SenderInfo } from '../messaging/dispatch';
import type { CardController } from './card-controller';
import { startPageSession, type BuildCard, type PageSession } from './page-session';
import { createTabHandlers } from './tab-handlers';

/** Makes the host immune to page CSS such as `* { all: unset }` or `div { display: none !important }`. */
const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; ' +
  'visibility: visible !important; opacity: 1 !important; transform: none !important; pointer-events: none !important;';

const isTopFrame = window === window.top;

export async function startGlossary(ctx: ContentScriptContext): Promise<void> {
  // The toolbar badge counts the top frame's distinct entries, reported once highlighting settles.
  let statsTimer = 0;
  const reportStats = (page: PageHighlighter | null) => {
    if (!isTopFrame) return;
    clearTimeout(statsTimer);
    statsTimer = window.setTimeout(() => {
      if (!ctx.isInvalid) void request('pageStats', { distinct: page?.counts().size ?? 0 }).catch(() => {});
    }, 200);
  };

  const mountCard = async (
    build: BuildCard,
    whenGone: (undo: () => void) => void,
    { openRoot }: { openRoot: boolean },
  ): Promise<CardController | null> => {
    const ui = await createShadowRootUi(ctx, {
      name: CARD_HOST_TAG,
      // Closed: a page cannot reach into the card and read what it shows (open only for our tests).
      mode: openRoot ? 'open' : 'closed',
      position: 'inline',
      anchor: 'html',
      onMount: (container, _shadow, host) => {
        host.setAttribute('style', HOST_STYLE);
        return build(container, host);
      },
      onRemove: (card) => card?.destroy(),
    });
    ui.mount();
    whenGone(() => ui.remove());
    return ui.mounted ?? null;
  };

  // Tab messages are answered as soon as the page is highlighted, before the card is mounted.
  const answerTabs = (session: PageSession) => {
    const handlers = createTabHandlers(session);
    const onTabMessage = (raw: unknown, sender: SenderInfo) => handleTabMessage(handlers, raw, sender, browser.runtime.id);
    browser.runtime.onMessage.addListener(onTabMessage);
    session.whenGone(() => browser.runtime.onMessage.removeListener(onTabMessage));
  };

  await startPageSession({
    doc: document,
    host: location.hostname,
    lifetime: ctx,
    mountCard,
    openFaq: (section) => void request('openFaq', { section }).catch(() => {}),
    onHighlights: reportStats,
    onStart: answerTabs,
  });
}
