/**
 * The content script's wiring: fetch this site's config, highlight the page, mount the
 * term card in a shadow root, follow settings changes live, answer the popup, and go
 * quiet when the extension is reloaded or updated.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { compileMatcher, matcherFrom, type Matcher } from '../glossary/matcher';
import { CARD_HOST_TAG } from '../highlight/dom-rules';
import { PageHighlighter } from '../highlight/page-highlighter';
import { request } from '../messaging/client';
import type { EntryView, PageConfig } from '../messaging/protocol';
import { settingsItem } from '../settings/storage';
import { CardController } from './card-controller';
import { markOptions } from './mark-options';
import { navigateTerms } from './keyboard-nav';
import { createTabHandler } from './tab-handlers';

/** Makes the host immune to page CSS such as `* { all: unset }` or `div { display: none !important }`. */
const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; ' +
  'visibility: visible !important; opacity: 1 !important; transform: none !important; pointer-events: none !important;';

const isTopFrame = window === window.top;

/** The glossary compiled once in the background; compiled here only if that cannot be used. */
function matcherOf(config: PageConfig): Matcher {
  try {
    if (config.compiled) return matcherFrom(config.compiled);
  } catch {
    // A background of another version, mid-update: compile here.
  }
  return compileMatcher(config.entries);
}

export async function startGlossary(ctx: ContentScriptContext): Promise<void> {
  // User Timing entries let `npm run bench` see our start, first viewport, first settle and
  // how long our longest tasks ran (the page's own rendering is not ours to count).
  performance.mark('gut-glossary:start');
  const host = location.hostname;
  let page: PageHighlighter | null = null;
  let matcher: Matcher | null = null;
  let card: CardController | null = null;
  let config: PageConfig | null = null;

  /**
   * Cleanup for when the extension is reloaded or updated under this page. WXT notices it
   * when `ctx.isInvalid` is read (we read it at every contact: a hover, a key, a settle);
   * by then the extension's APIs throw, and there is nothing left to undo in them.
   */
  const whenGone = (undo: () => void) =>
    ctx.onInvalidated(() => {
      try {
        undo();
      } catch {
        // The extension is gone: its listeners went with it.
      }
    });

  // Entries are fetched on first use and kept for the life of the page.
  const entries = new Map<string, Promise<EntryView | null>>();
  const loadEntry = (id: string) => {
    if (ctx.isInvalid) return Promise.resolve(null);
    let p = entries.get(id);
    if (!p) {
      p = request('getEntry', { id }).catch(() => null);
      entries.set(id, p);
    }
    return p;
  };

  let statsTimer = 0;
  const reportStats = () => {
    if (!isTopFrame) return;
    clearTimeout(statsTimer);
    statsTimer = window.setTimeout(() => {
      if (!ctx.isInvalid) void request('pageStats', { distinct: page?.counts().size ?? 0 }).catch(() => {});
    }, 200);
  };

  /**
   * (Re)applies the config: at start, when the glossary changes, and when settings change.
   * A settings change that leaves this page's highlighting as it was (another site switched
   * off, the card delay) does not take the page's highlights down and put them back.
   */
  const apply = async (glossaryChanged: boolean) => {
    const next = await request('getPageConfig', { host });
    if (ctx.isInvalid) return;
    const highlightsAlike =
      config !== null && next.enabled === config.enabled && next.style === config.style && next.firstMentionOnly === config.firstMentionOnly;
    if (!glossaryChanged && highlightsAlike) {
      config = next;
      return;
    }
    page?.stop();
    page = null;
    matcher = null;
    config = next;
    entries.clear();
    if (next.enabled && next.entries.length) {
      // One task of ours: compiling the glossary, then highlighting what is visible.
      const startedAt = performance.now();
      matcher = matcherOf(next);
      page = new PageHighlighter(document, matcher, {
        firstMentionOnly: next.firstMentionOnly,
        ...markOptions(next.style),
        onSettled: () => {
          if (!performance.getEntriesByName('gut-glossary:done').length) {
            performance.mark('gut-glossary:done');
            performance.measure('gut-glossary:longest-slice', { start: 0, duration: page?.longestSliceMs ?? 0 });
          }
          reportStats();
        },
      });
      page.start();
      performance.measure('gut-glossary:first-task', { start: startedAt });
      performance.mark('gut-glossary:viewport');
    }
    reportStats();
  };

  await apply(true);
  whenGone(() => page?.stop());
  const unwatch = settingsItem.watch(() => void apply(false).catch(() => {}));
  whenGone(unwatch);

  const onTabMessage = createTabHandler({
    host,
    refresh: () => void apply(true).catch(() => {}),
    page: () => page,
    matcher: () => matcher,
    card: () => card,
  });
  browser.runtime.onMessage.addListener(onTabMessage);
  whenGone(() => browser.runtime.onMessage.removeListener(onTabMessage));

  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    position: 'inline',
    anchor: 'html',
    onMount: (container, _shadow, hostEl) => {
      hostEl.setAttribute('style', HOST_STYLE);
      return new CardController(document, {
        container,
        host: hostEl,
        openDelayMs: config?.cardDelayMs ?? 300,
        loadEntry,
        openFaq: (section) => void request('openFaq', { section }).catch(() => {}),
      });
    },
    onRemove: (c) => c?.destroy(),
  });
  ui.mount();
  card = ui.mounted ?? null;
  whenGone(() => ui.remove());

  ctx.addEventListener(document, 'keydown', (e) => {
    if (ctx.isInvalid) return;
    const current = card?.openMark ?? document.activeElement;
    navigateTerms(e, () => page?.marksAround(current) ?? [], current);
  });
}
