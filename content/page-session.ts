/**
 * One page session: the glossary's highlights, the term card and keyboard navigation on
 * one document, following the reader's settings live. The content script and the FAQ
 * page each start one; they differ only in what they pass in (where the card mounts, what
 * "read the full answer" does, how long the page lives).
 */
import { compileMatcher, type Matcher, type MatchEntry } from '../glossary/matcher';
import { learnedFor, learnPageTerms, MAX_SCANNED, withPageTerms, type PageTerms } from '../glossary/page-terms';
import type { EntryView } from '../glossary/glossary';
import { PageHighlighter } from '../highlight/page-highlighter';
import { readableText } from '../highlight/page-text';
import { request } from '../messaging/client';
import type { PageConfig } from '../messaging/protocol';
import { setSiteEnabled } from '../settings/sites';
import { settingsItem } from '../settings/storage';
import { CardController } from './card-controller';
import { TermNavigator, type Direction } from './keyboard-nav';
import { markOptions } from './mark-options';

/** How long the page's extension context lasts (WXT's ContentScriptContext fits). */
export interface Lifetime {
  readonly isInvalid: boolean;
  onInvalidated(undo: () => void): void;
}

/** Builds the card inside the layer the caller mounts (a shadow root), given its container and host. */
export type BuildCard = (container: HTMLElement, host: HTMLElement) => CardController;

export interface PageSessionOptions {
  doc: Document;
  /** The page's host name: what site rules are checked against. */
  host: string;
  lifetime: Lifetime;
  /** Mounts the card's layer and builds the card in it; `whenGone` takes its removal. */
  mountCard: (build: BuildCard, whenGone: (undo: () => void) => void) => Promise<CardController | null>;
  /** "Read the full answer" on the card. */
  openFaq: (sectionId: string) => void;
  /** Highlight every mention, whatever the settings say (the FAQ page explains its terms everywhere). */
  everyMention?: boolean;
  /** After each highlighting pass settles, and after the config is applied. */
  onHighlights?: (page: PageHighlighter | null) => void;
  /** As soon as the page is highlighted, before the card is mounted: where the page's other doors attach. */
  onStart?: (session: PageSession) => void;
}

/** What a running session offers the page's other doors (the tab's messages). */
export interface PageSession {
  readonly host: string;
  page(): PageHighlighter | null;
  matcher(): Matcher | null;
  card(): CardController | null;
  /** Fetches the config again (the glossary changed) and highlights anew. */
  refresh(): void;
  /** Moves to the next or previous term and opens its card (the browser's commands); false when it did not. */
  stepTerm(direction: Direction): boolean;
  /** Runs `undo` when the extension goes away under the page. */
  whenGone(undo: () => void): void;
}

/**
 * The matcher this page is highlighted with: the glossary's entries, as the background
 * sends them, taught what this page knows: the abbreviations it defines, learned once
 * from its readable text. Knowledge that belongs to one page (terms the reader marked as
 * known, next) joins or leaves here.
 */
function pageMatcher(doc: Document, entries: MatchEntry[]): { matcher: Matcher; pageTerms: PageTerms } {
  const glossary = compileMatcher(entries);
  const pageTerms = learnPageTerms(readableText(doc.body ?? doc.documentElement, MAX_SCANNED), glossary, entries);
  return { matcher: withPageTerms(glossary, pageTerms), pageTerms };
}

export async function startPageSession(o: PageSessionOptions): Promise<PageSession> {
  const { doc, host, lifetime } = o;
  // User Timing entries let `npm run bench` see our start, first viewport, first settle and
  // how long our longest tasks ran (the page's own rendering is not ours to count).
  performance.mark('gut-glossary:start');
  let page: PageHighlighter | null = null;
  let matcher: Matcher | null = null;
  /** The abbreviations this page defines, learned when the page is highlighted. */
  let pageTerms: PageTerms | null = null;
  let card: CardController | null = null;
  let config: PageConfig | null = null;

  /**
   * Cleanup for when the extension is reloaded or updated under this page. WXT notices it
   * when `isInvalid` is read (we read it at every contact: a hover, a key, a settle);
   * by then the extension's APIs throw, and there is nothing left to undo in them.
   */
  const whenGone = (undo: () => void) =>
    lifetime.onInvalidated(() => {
      try {
        undo();
      } catch {
        // The extension is gone: its listeners went with it.
      }
    });

  // Entries are fetched on first use and kept until the glossary changes.
  const entries = new Map<string, Promise<EntryView | null>>();
  const loadEntry = (id: string) => {
    if (lifetime.isInvalid) return Promise.resolve(null);
    let p = entries.get(id);
    if (!p) {
      p = request('getEntry', { id }).catch(() => null);
      entries.set(id, p);
    }
    return p;
  };

  /**
   * (Re)applies the config: at start, when the glossary changes, and when settings change.
   * A settings change that leaves this page's highlighting as it was (another site switched
   * off, the card delay) does not take the page's highlights down and put them back.
   */
  const apply = async (glossaryChanged: boolean) => {
    const next = await request('getPageConfig', { host });
    if (lifetime.isInvalid) return;
    const highlightsAlike =
      config !== null && next.enabled === config.enabled && next.style === config.style && next.firstMentionOnly === config.firstMentionOnly;
    config = next;
    if (!glossaryChanged && highlightsAlike) return;
    page?.stop();
    page = null;
    matcher = null;
    pageTerms = null;
    entries.clear();
    if (next.enabled && next.entries.length) {
      // One task of ours: compiling the glossary, then highlighting what is visible.
      const startedAt = performance.now();
      ({ matcher, pageTerms } = pageMatcher(doc, next.entries));
      page = new PageHighlighter(doc, matcher, {
        firstMentionOnly: o.everyMention ? false : next.firstMentionOnly,
        ...markOptions(next.style),
        onSettled: () => {
          if (!performance.getEntriesByName('gut-glossary:done').length) {
            performance.mark('gut-glossary:done');
            performance.measure('gut-glossary:longest-slice', { start: 0, duration: page?.longestSliceMs ?? 0 });
          }
          o.onHighlights?.(page);
        },
      });
      page.start();
      performance.measure('gut-glossary:first-task', { start: startedAt });
      performance.mark('gut-glossary:viewport');
    }
    o.onHighlights?.(page);
  };

  const navigator = new TermNavigator(doc, () => page?.marks() ?? [], () => card?.openMark ?? null);
  const session: PageSession = {
    host,
    stepTerm: (direction) => !lifetime.isInvalid && navigator.move(direction),
    page: () => page,
    matcher: () => matcher,
    card: () => card,
    refresh: () => void apply(true).catch(() => {}),
    whenGone,
  };

  await apply(true);
  whenGone(() => page?.stop());
  whenGone(settingsItem.watch(() => void apply(false).catch(() => {})));
  o.onStart?.(session);

  card = await o.mountCard(
    (container, cardHost) =>
      new CardController(doc, {
        container,
        host: cardHost,
        // Read at each hover: a delay changed in the settings applies to the next one.
        openDelayMs: () => config?.cardDelayMs ?? 300,
        loadEntry,
        openFaq: o.openFaq,
        definedOnPage: (text, id) => (pageTerms ? learnedFor(pageTerms, text, id)?.long : undefined),
        // Our own pages (the FAQ) explain their terms everywhere: no site to switch off there.
        disableSite: o.everyMention ? undefined : () => void settingsItem.getValue().then((s) => settingsItem.setValue(setSiteEnabled(s, host, false))),
      }),
    whenGone,
  );

  const keys = new AbortController();
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!lifetime.isInvalid) navigator.onKeyDown(e);
    },
    { signal: keys.signal },
  );
  whenGone(() => keys.abort());

  return session;
}
