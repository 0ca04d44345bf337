/**
 * The one message protocol between the content script, the popup and the background.
 * Each message name maps to its params schema and its result type; the background
 * validates every incoming message against this table before dispatching it.
 * Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import type { CompiledForms, MatchEntry } from '../glossary/matcher';
import type { Entry, Section } from '../glossary/schema';

const id = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const query = v.pipe(v.string(), v.maxLength(200));
const host = v.pipe(v.string(), v.maxLength(253));

/** Params schema of every message, by name. */
export const paramsSchemas = {
  /** Content script start-up: what to match on this site and how to show it. */
  getPageConfig: v.strictObject({ host }),
  /** One entry with its FAQ section, for the term card and the popup's entry view. */
  getEntry: v.strictObject({ id }),
  /** Ranked search over the glossary, for the popup. */
  search: v.strictObject({ query, limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
  /** The entries closest to a query that found nothing ("did you mean"). */
  suggest: v.strictObject({ query }),
  /** Every entry's id, term and definition, for lists in the popup. */
  listEntries: v.strictObject({}),
  /** The eight FAQ questions, in order. */
  listSections: v.strictObject({}),
  /** A FAQ section with its full answer and its entries. */
  getSection: v.strictObject({ id }),
  /** Opens the FAQ page in a new tab, at a question or an entry. */
  openFaq: v.strictObject({ section: v.optional(id), entry: v.optional(id) }),
  /** From a content script: how many distinct entries its page mentions (the toolbar badge). */
  pageStats: v.strictObject({ distinct: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) }),
} as const;

export type MessageName = keyof typeof paramsSchemas;
export type Params<N extends MessageName> = v.InferOutput<(typeof paramsSchemas)[N]>;

export type HighlightStyle = 'underline' | 'background';

export interface PageConfig {
  enabled: boolean;
  style: HighlightStyle;
  firstMentionOnly: boolean;
  /** Hover delay before the card opens, in ms. */
  cardDelayMs: number;
  entries: MatchEntry[];
  /** The same entries compiled once in the background, ready to use (none when disabled). */
  compiled: CompiledForms | null;
}

/** An entry as the card and the popup show it: the entry, its section and its related entries' names. */
export interface EntryView {
  entry: Entry;
  section: Pick<Section, 'id' | 'question' | 'shortAnswer'> | null;
  related: { id: string; term: string }[];
}

export interface SearchHit {
  id: string;
  term: string;
  definition: string;
}

export interface SectionView {
  section: Section;
  entries: { id: string; term: string }[];
}

/** Result type of every message, by name. */
export interface Results {
  getPageConfig: PageConfig;
  getEntry: EntryView | null;
  search: SearchHit[];
  getSection: SectionView | null;
  suggest: SearchHit[];
  listEntries: SearchHit[];
  listSections: { id: string; question: string }[];
  openFaq: null;
  pageStats: null;
}

export type Message = { [N in MessageName]: { type: N; params: Params<N> } }[MessageName];

/** What the background answers: never a thrown error across the boundary. */
export type Reply<N extends MessageName> = { ok: true; result: Results[N] } | { ok: false; error: string };

/** Largest message accepted, in characters of its JSON form. */
export const MAX_MESSAGE_CHARS = 4096;

/**
 * Checks an untrusted value against the protocol. Returns the typed message, or an error
 * that says what is wrong.
 */
export function parseMessage(raw: unknown) {
  return parseWith<Message>(paramsSchemas, raw);
}

/**
 * Messages to a tab's content script (from the popup and the background), in the same
 * style: name → params schema, name → result.
 */
export const tabParamsSchemas = {
  /** What the page shows: its host, whether highlighting is on, each entry's count. */
  getPageState: v.strictObject({}),
  /** Scroll to the next occurrence of an entry and open its card. */
  jumpTo: v.strictObject({ id }),
  /** Open the card for the best entry matching a selection; false when none matches. */
  explain: v.strictObject({ text: v.pipe(v.string(), v.maxLength(200)) }),
  /** The glossary changed (the reader's own entries): fetch the match table again. */
  refresh: v.strictObject({}),
} as const;

export type TabMessageName = keyof typeof tabParamsSchemas;
export type TabParams<N extends TabMessageName> = v.InferOutput<(typeof tabParamsSchemas)[N]>;

export interface PageState {
  host: string;
  enabled: boolean;
  /** Entries on the page, most frequent first. */
  counts: { id: string; count: number }[];
}

export interface TabResults {
  getPageState: PageState;
  jumpTo: boolean;
  explain: boolean;
  refresh: null;
}

export type TabMessage = { [N in TabMessageName]: { type: N; params: TabParams<N> } }[TabMessageName];

function parseWith<T>(schemas: Record<string, v.GenericSchema>, raw: unknown): { ok: true; message: T } | { ok: false; error: string } {
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
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return refuse(`unknown message type ${JSON.stringify(type)}`);
  const parsed = v.safeParse(schemas[type]!, params ?? {});
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'params';
    return refuse(`${type}: ${path}: ${issue.message}`);
  }
  return { ok: true, message: { type, params: parsed.output } as T };
}

/** Checks an untrusted value against the tab protocol. */
export function parseTabMessage(raw: unknown) {
  return parseWith<TabMessage>(tabParamsSchemas, raw);
}
