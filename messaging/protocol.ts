/**
 * The one message protocol between the content script, the popup and the background, in
 * both directions. Each message is declared once: its name, its params schema and its
 * result type. Whoever receives a message checks it against this table before dispatching
 * it (messaging/dispatch.ts); whoever sends one is typed by it (messaging/client.ts), so
 * renaming or reshaping a message is a compile error at every sender and handler.
 * Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import type { EntryView, SearchHit, SectionView } from '../glossary/glossary';
import type { CompiledForms, MatchEntry } from '../glossary/matcher';
import { KNOWN_SHOWS, type HighlightStyle, type KnownTerm } from '../settings/defaults';

/** One message: the schema its params must pass, and (as a type only) what it answers. */
export interface MessageDeclaration<Schema extends v.GenericSchema = v.GenericSchema, Result = unknown> {
  params: Schema;
  /** Never read: carries the result type. */
  result?: Result;
}

/** Declares a message answered with a `Result`: `message<Result>()(paramsSchema)`. */
const message =
  <Result>() =>
  <Schema extends v.GenericSchema>(params: Schema): MessageDeclaration<Schema, Result> => ({ params });

/** A set of messages one receiver answers, by name. */
export type Protocol = Record<string, MessageDeclaration>;
export type NameOf<P extends Protocol> = keyof P & string;
export type ParamsOf<P extends Protocol, N extends NameOf<P>> = v.InferOutput<P[N]['params']>;
export type ResultOf<P extends Protocol, N extends NameOf<P>> = Exclude<P[N]['result'], undefined>;
/** A checked message of protocol `P`: its name and its params. */
export type MessageOf<P extends Protocol> = { [N in NameOf<P>]: { type: N; params: ParamsOf<P, N> } }[NameOf<P>];

const id = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const query = v.pipe(v.string(), v.maxLength(200));
const host = v.pipe(v.string(), v.maxLength(253));

export interface PageConfig {
  enabled: boolean;
  style: HighlightStyle;
  firstMentionOnly: boolean;
  /** Terms the reader knows, among this config's entries: each highlighted at its first mention only, or not at all. */
  knownTerms: KnownTerm[];
  /** Hover delay before the card opens, in ms. */
  cardDelayMs: number;
  entries: MatchEntry[];
  /** The same entries compiled once in the background, ready to use (none when disabled). */
  compiled: CompiledForms | null;
  /** Ids of the reader's own entries: never written into the page (their marks carry an opaque token). */
  ownIds: string[];
  /** Set only by the test harness and the bench: an open card root, timings on the page's timeline. */
  testHooks: boolean;
}

/** Messages the background answers, from the content script and the extension's pages. */
export const backgroundMessages = {
  /** Content script start-up: what to match on this site and how to show it. */
  getPageConfig: message<PageConfig>()(v.strictObject({ host })),
  /** One entry with its FAQ section, for the term card and the popup's entry view. */
  getEntry: message<EntryView | null>()(v.strictObject({ id })),
  /** Ranked search over the glossary, for the popup. */
  search: message<SearchHit[]>()(
    v.strictObject({ query, limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
  ),
  /** The entries closest to a query that found nothing ("did you mean"). */
  suggest: message<SearchHit[]>()(v.strictObject({ query })),
  /** Every entry's id, term and definition, for lists in the popup. */
  listEntries: message<SearchHit[]>()(v.strictObject({})),
  /** The eight FAQ questions, in order. */
  listSections: message<{ id: string; question: string }[]>()(v.strictObject({})),
  /** A FAQ section with its full answer and its entries. */
  getSection: message<SectionView | null>()(v.strictObject({ id })),
  /** Opens the FAQ page in a new tab, at a question or an entry. */
  openFaq: message<null>()(v.strictObject({ section: v.optional(id), entry: v.optional(id) })),
  /** From a content script's card: "Not on this site", for the site of the page it runs in (never another). */
  switchOffSite: message<null>()(v.strictObject({})),
  /** From a content script's card: "I know this", for every page: the term's first mention only, or none. */
  markKnown: message<null>()(v.strictObject({ id, show: v.picklist(KNOWN_SHOWS) })),
  /** From a content script: how many distinct entries its page mentions (the toolbar badge). */
  pageStats: message<null>()(v.strictObject({ distinct: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) })),
};

/**
 * What a content script may ask: what its page needs to highlight and show one card. The
 * rest (the whole glossary, search, the FAQ's sections) answers the extension's own pages
 * only, so a content script in a hostile page holds nothing it was not about to show.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>(['getPageConfig', 'getEntry', 'openFaq', 'pageStats', 'switchOffSite', 'markKnown']);

export interface PageState {
  host: string;
  enabled: boolean;
  /** Entries on the page, most frequent first. */
  counts: { id: string; count: number }[];
  /** Entries mentioned so often (more than MAX_MENTIONS times) that only their first mentions are highlighted. */
  tooCommon: string[];
}

/** Messages a tab's content script answers, from the popup and the background. */
export const tabMessages = {
  /** What the page shows: its host, whether highlighting is on, each entry's count. */
  getPageState: message<PageState>()(v.strictObject({})),
  /** Scroll to the next occurrence of an entry and open its card. */
  jumpTo: message<boolean>()(v.strictObject({ id })),
  /** Open the card for the best entry matching a selection; false when none matches. */
  explain: message<boolean>()(v.strictObject({ text: v.pipe(v.string(), v.maxLength(200)) })),
  /** The glossary changed (the reader's own entries): fetch the match table again. */
  refresh: message<null>()(v.strictObject({})),
  /** The settings changed: fetch the page config again (content scripts cannot read storage). */
  settingsChanged: message<null>()(v.strictObject({})),
  /** The "next term" or "previous term" command: move there and open its card; false when it did not (no terms, or the reader is typing). */
  stepTerm: message<boolean>()(v.strictObject({ direction: v.picklist(['next', 'previous']) })),
};

/** The browser commands (wxt.config.ts) that the background forwards to the tab as `stepTerm`. */
export const TERM_COMMANDS: Readonly<Record<string, 'next' | 'previous' | undefined>> = { 'next-term': 'next', 'previous-term': 'previous' };

export type BackgroundProtocol = typeof backgroundMessages;
export type TabProtocol = typeof tabMessages;

export type MessageName = NameOf<BackgroundProtocol>;
export type Params<N extends MessageName> = ParamsOf<BackgroundProtocol, N>;
export type Results = { [N in MessageName]: ResultOf<BackgroundProtocol, N> };
export type Message = MessageOf<BackgroundProtocol>;

export type TabMessageName = NameOf<TabProtocol>;
export type TabParams<N extends TabMessageName> = ParamsOf<TabProtocol, N>;
export type TabResults = { [N in TabMessageName]: ResultOf<TabProtocol, N> };
export type TabMessage = MessageOf<TabProtocol>;

/** What the background answers: never a thrown error across the boundary. */
export type Reply<N extends MessageName> = { ok: true; result: Results[N] } | { ok: false; error: string };

/** Largest message accepted, in characters of its JSON form. */
export const MAX_MESSAGE_CHARS = 4096;

/**
 * Checks an untrusted value against a protocol. Returns the typed message, or an error
 * that says what is wrong.
 */
export function parseWith<P extends Protocol>(protocol: P, raw: unknown): { ok: true; message: MessageOf<P> } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'message must be an object' };
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return { ok: false, error: 'message is not serialisable' };
  }
  if (size > MAX_MESSAGE_CHARS) return { ok: false, error: `message is larger than ${MAX_MESSAGE_CHARS} characters` };
  const { type, params } = raw as { type?: unknown; params?: unknown };
  // These errors quote what was sent, and they end up in logs: kept short.
  const refuse = (error: string) => ({ ok: false as const, error: error.slice(0, 200) });
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return refuse(`unknown message type ${JSON.stringify(type)}`);
  const parsed = v.safeParse(protocol[type]!.params, params ?? {});
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'params';
    return refuse(`${type}: ${path}: ${issue.message}`);
  }
  return { ok: true, message: { type, params: parsed.output } as MessageOf<P> };
}

/** Checks an untrusted value against the messages the background answers. */
export function parseMessage(raw: unknown) {
  return parseWith(backgroundMessages, raw);
}

/** Checks an untrusted value against the messages a tab answers. */
export function parseTabMessage(raw: unknown) {
  return parseWith(tabMessages, raw);
}
