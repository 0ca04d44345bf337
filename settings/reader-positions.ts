/**
 * Where the reader was in each PDF, so a document opens again where it was left: page,
 * how far down it, and zoom, by the document's own fingerprint (the same file opened from
 * disk or from the web is one document). Local only, the most recent documents kept. The
 * reader's dark mode is kept here too.
 */
import { storage } from 'wxt/utils/storage';

export interface ReaderPosition {
  page: number;
  /** How far down the page (0 to 1). */
  fraction: number;
  scale: number;
  /** When it was last read (ms since the epoch): the oldest is forgotten first. */
  at: number;
}

/** Documents remembered at most. */
export const MAX_REMEMBERED = 200;

export const readerPositionsItem = storage.defineItem<Record<string, ReaderPosition>>('local:readerPositions', { fallback: {}, version: 1 });
export const readerDarkItem = storage.defineItem<boolean | null>('local:readerDark', { fallback: null, version: 1 });

/** `positions` with `key` at `position`, the oldest dropped beyond MAX_REMEMBERED. */
export function remember(positions: Record<string, ReaderPosition>, key: string, position: ReaderPosition): Record<string, ReaderPosition> {
  const all = Object.entries({ ...positions, [key]: position }).sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(all.slice(0, MAX_REMEMBERED));
}

/** A stored position, if it looks like one (storage may hold anything). */
export function positionIn(positions: unknown, key: string): ReaderPosition | null {
  const p = (positions as Record<string, Partial<ReaderPosition>> | null)?.[key];
  if (!p || typeof p !== 'object') return null;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  return ok(p.page) && ok(p.fraction) && ok(p.scale) && ok(p.at) ? (p as ReaderPosition) : null;
}
