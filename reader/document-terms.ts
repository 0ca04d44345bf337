/**
 * The popup's "On this page" for a PDF: the whole document's terms, drawn pages or not,
 * counted on each page's text as the highlighter reads it; and jumping to a term on any
 * page (it is drawn, highlighted, then its term focused with its card). The tab's other
 * messages are answered as on any page.
 */
import { browser } from 'wxt/browser';
import { handleTabMessage, type Handlers, type SenderInfo } from '../messaging/dispatch';
import { tabMessages, type TabProtocol } from '../messaging/protocol';
import { termsByPage } from '../glossary/pdf-text';
import { focusTerm } from '../content/keyboard-nav';
import { MAX_COUNTED, type PageSession } from '../content/page-session';
import { createTabHandlers, pageState } from '../content/tab-handlers';

export interface DocumentPages {
  /** Every page's text, in order. */
  texts(): Promise<string[]>;
  /** The page being read (1-based). */
  current(): number;
  /** Draws page `n` and scrolls to it; its text layer. */
  show(n: number): Promise<HTMLElement | null>;
}

/** How long a page just drawn may take to be highlighted before a jump gives up. */
const HIGHLIGHT_WAIT_MS = 3000;

export function documentTabHandlers(session: PageSession, pages: () => DocumentPages | null): Handlers<TabProtocol> {
  const handlers = createTabHandlers(session);
  /** The document's terms per page, worked out once per document and matcher. */
  let cache: { pages: DocumentPages; matcher: unknown; byPage: Promise<Map<string, number>[]> } | null = null;
  const byPage = (doc: DocumentPages) => {
    const matcher = session.matcher();
    if (!matcher) return Promise.resolve([]);
    if (cache?.pages !== doc || cache.matcher !== matcher) cache = { pages: doc, matcher, byPage: doc.texts().then((t) => termsByPage(matcher, t)) };
    return cache.byPage;
  };
  const lastJump = new Map<string, number>();

  return {
    ...handlers,
    // An extension page watches the settings itself (content/extension-page.ts): following
    // the background's word too would fetch the page config twice for every change.
    settingsChanged: () => null,
    getPageState: async () => {
      const doc = pages();
      const total = new Map<string, number>();
      if (doc && session.matcher())
        for (const counts of await byPage(doc))
          for (const [id, n] of counts) if (total.has(id) || total.size < MAX_COUNTED) total.set(id, (total.get(id) ?? 0) + n);
      // The reader is no site to switch off: no host, so the popup offers no site switch.
      return { ...pageState(session, doc && session.matcher() ? total : session.counts()), host: '' };
    },
    jumpTo: async ({ id }) => {
      const doc = pages();
      const page = session.page();
      if (!doc || !page) return false;
      const pageId = session.ids().toPage(id);
      // Pages that mention it, from the page after the last jump to it (or from the one being read).
      const mentioned = (await byPage(doc)).flatMap((counts, i) => (counts.has(pageId) ? [i + 1] : []));
      if (!mentioned.length) return false;
      const from = lastJump.get(id) ?? doc.current() - 1;
      const n = mentioned.find((p) => p > from) ?? mentioned[0]!;
      lastJump.set(id, n);
      const layer = await doc.show(n);
      if (!layer) return false;
      const end = performance.now() + HIGHLIGHT_WAIT_MS;
      let mark: HTMLElement | undefined;
      while (!(mark = page.marksOf(pageId).find((m) => layer.contains(m))) && performance.now() < end) await new Promise((r) => setTimeout(r, 50));
      if (!mark) return false;
      const card = session.card();
      if (card) card.forReader(() => focusTerm(mark));
      else focusTerm(mark);
      return true;
    },
  };
}

/**
 * Answers the tab's messages (the popup, the browser's term keys) from this extension page.
 * Extension pages also hear the messages other pages send the background: only the tab's
 * own messages are taken, the rest left for the background to answer.
 */
export function answerTabMessages(handlers: Handlers<TabProtocol>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(tabMessages, type)) return undefined;
    return handleTabMessage(handlers, raw, sender, browser.runtime.id);
  });
}
