/**
 * One page session: the glossary's highlights, the term card and keyboard navigation on
 * one document, following the reader's settings live. The content script and the FAQ
 * page each start one; they differ only in what they pass in (where the card mounts, what
 * "read the full answer" does, how long the page lives).
 */
import { compileMatcher, matcherFrom, type Matcher } from '../glossary/matcher';
import { learnedFor, learnPageTerms, MAX_SCANNED, withPageTerms, type PageTerms } from '../glossary/page-terms';
import type { EntryView } from '../glossary/glossary';
import { MARK_SELECTOR } from '../highlight/highlighter';
import { mentionRules, withoutHidden, type MentionRules } from '../highlight/mentions';
import { PageHighlighter } from '../highlight/page-highlighter';
import { readableText } from '../highlight/page-text';
import { request } from '../messaging/client';
import type { PageConfig } from '../messaging/protocol';
import type { KnownShow } from '../settings/defaults';
import { CardController } from './card-controller';
import { cleanCopies } from './clean-copy';
import { TermNavigator, type Direction } from './keyboard-nav';
import { markOptions } from './mark-options';
import { matchText } from './match-text';
import { createTimings } from './timings';
import { opaqueIds, type OpaqueIds } from './opaque-ids';

/** How long the page's extension context lasts (WXT's ContentScriptContext fits). */
export interface Lifetime {
  readonly isInvalid: boolean;
  onInvalidated(undo: () => void): void;
}

/** Builds the card inside the layer the caller mounts (a shadow root), given its container and host. */
export type BuildCard = (container: HTMLElement, host: HTMLElement) => CardController;

/** Distinct entries counted on one page at most: more is a page forging or flooding, not reading. */
export const MAX_COUNTED = 500;

export interface PageSessionOptions {
  doc: Document;
  /** The page's host name: what site rules are checked against. */
  host: string;
  lifetime: Lifetime;
  /** Mounts the card's layer and builds the card in it; `whenGone` takes its removal. */
  mountCard: (build: BuildCard, whenGone: (undo: () => void) => void, how: { openRoot: boolean }) => Promise<CardController | null>;
  /** "Read the full answer" on the card. */
  openFaq: (sectionId: string) => void;
  /**
   * Calls back on each settings change, returns its unwatch: extension pages read storage
   * themselves. Content scripts cannot (storage is for trusted contexts), and must not even
   * load the storage module, whose versioned items read storage when defined: the background
   * tells them instead (`settingsChanged`).
   */
  watchSettings?: (onChange: () => void) => () => void;
  /** Highlight every mention, whatever the settings say (the FAQ page explains its terms everywhere). */
  everyMention?: boolean;
  /**
   * The page's text arrives out of document order (the PDF reader draws the pages near the
   * view first): which mention comes first cannot be known, so every mention shows, but the
   * terms the reader stopped highlighting stay plain. Nor is there a site to switch off.
   */
  unordered?: boolean;
  /** After each highlighting pass settles, and after the config is applied: how many distinct entries the page mentions. */
  onHighlights?: (distinct: number) => void;
  /**
   * How the page's text is read: the glossary's matcher, adapted (the PDF reader's text
   * layer joins words hyphenated at a line's end and spells out ligatures).
   */
  readText?: (matcher: Matcher) => Matcher;
  /** How a match's text reads as words, on the card (the PDF reader joins a word hyphenated across lines). */
  spell?: (text: string) => string;
  /** The text abbreviations are learned from, when not all of it is in the document yet (a PDF renders its pages lazily). */
  learnFrom?: () => string;
  /** As soon as the page is highlighted, before the card is mounted: where the page's other doors attach. */
  onStart?: (session: PageSession) => void;
}

/** What a running session offers the page's other doors (the tab's messages). */
export interface PageSession {
  readonly host: string;
  page(): PageHighlighter | null;
  /** Our highlights, in document order: only marks we made (a page can forge look-alikes). */
  marks(): HTMLElement[];
  /** How often each entry (by its page id) is mentioned, wrapped or not, counted from our own matches, for at most MAX_COUNTED entries. */
  counts(): Map<string, number>;
  matcher(): Matcher | null;
  card(): CardController | null;
  /** How this page's highlights name entries (the reader's own by an opaque token). */
  ids(): OpaqueIds;
  /** Fetches the config again (the glossary changed) and highlights anew. */
  refresh(): void;
  /** Fetches the config again (the settings changed); highlights anew only if they look different. */
  followSettings(): void;
  /** Moves to the next or previous term and opens its card (the browser's commands); false when it did not. */
  stepTerm(direction: Direction): boolean;
  /** Runs `undo` when the extension goes away under the page. */
  whenGone(undo: () => void): void;
}

/** The glossary compiled once in the background; compiled here only if that cannot be used. */
function glossaryMatcher(config: PageConfig): Matcher {
  try {
    if (config.compiled) return matcherFrom(config.compiled);
  } catch {
    // A background of another version, mid-update: compile here.
  }
  return compileMatcher(config.entries);
}

/** `base` with the ids its matches carry written as the page's highlights name them (the reader's own by a token). */
function withPageIds(base: Matcher, ids: OpaqueIds): Matcher {
  return { formCount: base.formCount, find: (text) => base.find(text).map((m) => ({ ...m, id: ids.toPage(m.id) })) };
}

/**
 * The matcher this page is highlighted with: the glossary's, naming entries as this page's
 * highlights do, taught what this page knows: the abbreviations it defines, learned from
 * its opening text and then from the text it reads; without the terms the reader knows and shows nowhere (their
 * abbreviations the page defines included). Knowledge that belongs to one page joins or
 * leaves here.
 */
function pageMatcher(o: PageSessionOptions, config: PageConfig, ids: OpaqueIds, rules: MentionRules): { matcher: Matcher; pageTerms: PageTerms } {
  const glossary = config.ownIds.length ? withPageIds(glossaryMatcher(config), ids) : glossaryMatcher(config);
  const text = o.learnFrom?.().slice(0, MAX_SCANNED) ?? readableText(o.doc.body ?? o.doc.documentElement, MAX_SCANNED);
  const pageTerms = learnPageTerms(text, glossary, ids.entries);
  const matcher = withoutHidden(withPageTerms(glossary, pageTerms), rules);
  return { matcher: o.readText ? o.readText(matcher) : matcher, pageTerms };
}

/** Whether two configs highlight a page alike (a setting for other sites, or the card delay, changed). */
const highlightsAlike = (a: PageConfig, b: PageConfig) =>
  a.enabled === b.enabled &&
  a.style === b.style &&
  a.firstMentionOnly === b.firstMentionOnly &&
  JSON.stringify(a.knownTerms) === JSON.stringify(b.knownTerms);

export async function startPageSession(o: PageSessionOptions): Promise<PageSession> {
  const { doc, host, lifetime } = o;
  // Our start, first viewport, first settle and longest tasks, for `npm run bench` (the
  // page's own rendering is not ours to count); the page sees them only under test hooks.
  let config: PageConfig | null = null;
  const timings = createTimings(() => config?.testHooks === true);
  let page: PageHighlighter | null = null;
  let matcher: Matcher | null = null;
  /** The abbreviations this page defines, learned when the page is highlighted. */
  let pageTerms: PageTerms | null = null;
  let card: CardController | null = null;
  let ids = opaqueIds([], []);
  /** Every mark we made: the page's own elements, however alike, are not ours. */
  let made = new WeakSet<HTMLElement>();
  const ourMarks = () => page?.marks() ?? [];
  const counts = () => {
    const out = new Map<string, number>();
    for (const [id, n] of page?.counts() ?? []) {
      if (out.size >= MAX_COUNTED) break;
      out.set(id, n);
    }
    return out;
  };

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
  const loadEntry = (pageId: string) => {
    if (lifetime.isInvalid) return Promise.resolve(null);
    const id = ids.toEntry(pageId);
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
  /** Counts the times highlighting was taken down to be rebuilt: a rebuild that resumes after a newer one began gives way to it. */
  let rebuilds = 0;
  const apply = async (glossaryChanged: boolean) => {
    const next = await request('getPageConfig', { host });
    if (lifetime.isInvalid) return;
    const alike = config !== null && highlightsAlike(config, next);
    config = next;
    if (!glossaryChanged && alike) return;
    const rebuild = ++rebuilds;
    page?.stop();
    page = null;
    matcher = null;
    pageTerms = null;
    entries.clear();
    if (next.enabled && next.entries.length) {
      // Two tasks of ours, each short: reading what the page teaches (its abbreviations),
      // then highlighting what is visible.
      const learnedAt = performance.now();
      const pageIds = opaqueIds(next.entries, next.ownIds);
      const settings = o.unordered ? { firstMentionOnly: false, knownTerms: next.knownTerms.filter((k) => k.show === 'none') } : next;
      const rules = mentionRules(settings, { everyMention: o.everyMention, toPage: (id) => pageIds.toPage(id) });
      const taught = pageMatcher(o, next, pageIds, rules);
      timings.measure('learn', learnedAt);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (lifetime.isInvalid || rebuild !== rebuilds) return;
      const startedAt = performance.now();
      ids = pageIds;
      ({ matcher, pageTerms } = taught);
      const ours = (made = new WeakSet<HTMLElement>());
      page = new PageHighlighter(doc, matcher, {
        firstMentionOnly: rules.firstMentionOnly,
        ...markOptions(next.style, ours),
        isOurs: (mark) => ours.has(mark),
        onSettled: () => {
          if (!timings.has('done')) {
            timings.mark('done');
            timings.measure('longest-slice', 0, page?.longestSliceMs ?? 0);
          }
          o.onHighlights?.(counts().size);
        },
      });
      page.start();
      timings.measure('first-task', startedAt);
      timings.mark('viewport');
    }
    // A switched-off site gets no card host, and loses the one it had: nothing of ours is in its document.
    if (next.enabled) await ensureCard();
    else dropCard();
    o.onHighlights?.(counts().size);
  };

  let mounting: Promise<void> | null = null;
  const ensureCard = () =>
    (mounting ??= o
      .mountCard(
        (container, cardHost) =>
          new CardController(doc, {
            container,
            host: cardHost,
            // Read at each hover: a delay changed in the settings applies to the next one.
            openDelayMs: () => config?.cardDelayMs ?? 300,
            loadEntry,
            isOurs: (mark) => made.has(mark),
            openFaq: o.openFaq,
            writtenAs: (mark) => (o.spell ?? ((t: string) => t))(matchText(mark)),
            definedOnPage: (text, id) => (pageTerms ? learnedFor(pageTerms, text, id)?.long : undefined),
            // Our own pages (the FAQ) explain their terms everywhere: no site to switch off there.
            disableSite: o.everyMention || o.unordered ? undefined : () => void request('switchOffSite', {}).catch(() => {}),
            // Likewise "I know this": our pages explain every term they use, known or not.
            markKnown: o.everyMention ? undefined : (id: string, show: KnownShow) => void request('markKnown', { id, show }).catch(() => {}),
          }),
        whenGone,
        { openRoot: config?.testHooks === true },
      )
      .then(
        (c) => {
          card = c;
          if (config?.enabled === false) dropCard(); // switched off while mounting
        },
        () => {}, // no card on this page; highlights and the popup still work
      ));

  const dropCard = () => {
    card?.detach();
    card = null;
    mounting = null;
  };

  /**
   * Pages that swap their body (Turbo-style navigation), rewrite their document with
   * document.open()/write(), or remove our card's host: the highlights follow the new body
   * and the card comes back. A page that keeps removing the host gets it back a few times,
   * then goes without a card rather than into a fight.
   */
  const followReplacedDocument = () => {
    let body = doc.body;
    let root = doc.documentElement;
    let remounts = 0;
    const observer = new MutationObserver(() => {
      const hostGone = card !== null && !card.attached && remounts < 5;
      if (doc.body === body && doc.documentElement === root && !hostGone) return;
      body = doc.body;
      root = doc.documentElement;
      observe();
      if (hostGone) {
        remounts++;
        card?.destroy();
        card = null;
        mounting = null;
      }
      void apply(true).catch(() => {});
    });
    const observe = () => {
      observer.disconnect();
      observer.observe(doc, { childList: true });
      if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
    };
    observe();
    whenGone(() => observer.disconnect());
  };

  const navigator = new TermNavigator(doc, (from) => page?.marksAround(from) ?? [], () => card?.openMark ?? null);
  const session: PageSession = {
    host,
    stepTerm: (direction) => !lifetime.isInvalid && (card ? card.forReader(() => navigator.move(direction)) : navigator.move(direction)),
    page: () => page,
    marks: ourMarks,
    counts,
    matcher: () => matcher,
    card: () => card,
    ids: () => ids,
    refresh: () => void apply(true).catch(() => {}),
    followSettings: () => void apply(false).catch(() => {}),
    whenGone,
  };

  await apply(true);
  timings.mark('ready');
  followReplacedDocument();
  whenGone(() => page?.stop());
  whenGone(cleanCopies(doc, MARK_SELECTOR));
  // Extension pages (the FAQ) read the settings themselves; content scripts are told by the background.
  if (o.watchSettings) whenGone(o.watchSettings(() => session.followSettings()));
  o.onStart?.(session);

  const keys = new AbortController();
  doc.addEventListener(
    'keydown',
    (e) => {
      if (lifetime.isInvalid) return;
      const step = () => navigator.onKeyDown(e);
      if (card) card.forReader(step);
      else step();
    },
    { signal: keys.signal },
  );
  whenGone(() => keys.abort());

  return session;
}
