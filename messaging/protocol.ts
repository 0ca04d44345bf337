/**
 * The one message protocol between the content script, the popup and the background.
 * Each message name maps to its params schema and its result type; the background
 * validates every incoming message against this table before dispatching it.
 * Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import type { MatchEntry } from '../glossary/matcher';
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
  /** A FAQ section with its full answer and its entries. */
  getSection: v.strictObject({ id }),
  /** Opens the FAQ page in a new tab, at a question or an entry. */
  openFaq: v.strictObject({ section: v.optional(id), entry: v.optional(id) }),
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
  openFaq: null;
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
export function parseMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'message must be an object' };
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return { ok: false, error: 'message is not serialisable' };
  }
  if (size > MAX_MESSAGE_CHARS) return { ok: false, error: `message is larger than ${MAX_MESSAGE_CHARS} characters` };
  const { type, params } = raw as { type?: unknown; params?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(paramsSchemas, type)) return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  const name = type as MessageName;
  const parsed = v.safeParse(paramsSchemas[name], params ?? {});
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'params';
    return { ok: false, error: `${name}: ${path}: ${issue.message}` };
  }
  return { ok: true, message: { type: name, params: parsed.output } as Message };
}
