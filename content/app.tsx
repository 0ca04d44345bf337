/**
 * The content script's wiring: a page session in this frame, with the card mounted in a
 * WXT shadow root, the page's counts reported for the toolbar badge, and the popup's and
 * background's tab messages answered. It goes quiet when the extension is reloaded or updated.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../components/card/card.css?inline';
import { CARD_HOST_TAG } from '../highlight/dom-rules';
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

/** The card's styles, behind a reset so the page's inherited styles stop at the host. */
const CARD_CSS = `:host { all: initial !important; }\n${cardCss}`;

const isTopFrame = window === window.top;

/**
 * Only HTML and XHTML documents are read: a standalone SVG image or the browser's view of
 * an XML file is not prose, and an element of ours in it would break it.
 */
const isHtmlDocument = (doc: Document) =>
  ['text/html', 'application/xhtml+xml', 'text/plain'].includes(doc.contentType) &&
  doc.documentElement?.localName === 'html' &&
  doc.documentElement.namespaceURI === 'http://www.w3.org/1999/xhtml';

export async function startGlossary(ctx: ContentScriptContext): Promise<void> {
  if (!isHtmlDocument(document)) return;
  // The toolbar badge counts the top frame's distinct entries, reported once highlighting settles.
  let statsTimer = 0;
  const reportStats = (distinct: number) => {
    if (!isTopFrame) return;
    clearTimeout(statsTimer);
    statsTimer = window.setTimeout(() => {
      if (!ctx.isInvalid) void request('pageStats', { distinct }).catch(() => {});
    }, 200);
  };

  const mountCard = async (
    build: BuildCard,
    whenGone: (undo: () => void) => void,
    { openRoot }: { openRoot: boolean },
  ): Promise<CardController | null> => {
    // A plain element with a closed shadow root: a page cannot read the card, and a page that
    // defines a custom element of our name cannot squat it. (Under test hooks the host has
    // our tag name and an open root, so tests can find the card.)
    const host = document.createElement(openRoot ? CARD_HOST_TAG : 'div');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: openRoot ? 'open' : 'closed' });
    shadow.append(Object.assign(document.createElement('style'), { textContent: CARD_CSS }));
    const container = shadow.appendChild(document.createElement('div'));
    const card = build(container, host);
    document.documentElement.append(host);
    // When the page removes the host or replaces its document, the session mounts a new one.
    whenGone(() => {
      card.destroy();
      host.remove();
    });
    return card;
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
