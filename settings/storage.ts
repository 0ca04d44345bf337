/**
 * Every stored item, declared once with its fallback, version and migrations.
 *
 * - `sync:settings`: small settings follow the reader between browsers. If the sync area
 *   is missing or refuses a write (disabled, quota, write-rate limit), the settings are
 *   kept in `local:settings` instead, and that copy wins until a sync write succeeds again.
 * - `local:userEntries`: the reader's own glossary entries, in ./user-entries.ts (kept apart
 *   so the content script, which needs only settings, does not load the import code).
 *
 * Nothing is lost: a stored value that cannot be read is reported (console.warn) and used
 * as the fallback, but it stays in storage; before it is overwritten it is copied to
 * `local:unreadable` (see `keepUnreadable`). A refused write (quota) throws QuotaError and
 * leaves the old value in place.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './defaults';

type Unwatch = () => void;

// ── Errors ──────────────────────────────────────────────────────────────────────────

/** The browser refused a write because the extension's storage is full. The old value is unchanged. */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
  constructor(what: string, options?: ErrorOptions) {
    super(
      `Not enough storage space to save ${what}: the browser's limit for this extension was reached. Nothing was changed; your previous data is still saved. Remove some entries or shorten long texts, then try again.`,
      options,
    );
  }
}

/** Whether a storage error means "quota exceeded" (Chrome: "QUOTA_BYTES quota exceeded", Firefox: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  return /quota/i.test(String(e?.name ?? '')) || /quota/i.test(String(e?.message ?? error));
}

export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

// ── Unreadable values are kept, never silently overwritten ──────────────────────────

/** Values that could not be read, kept before they were overwritten: newest last. */
export const unreadableItem = storage.defineItem<{ key: string; keptAt: number; value: unknown }[]>('local:unreadable', {
  fallback: [],
  version: 1,
});

/** Copies a stored value that could not be read to `local:unreadable` before it is overwritten. */
export async function keepUnreadable(key: StorageItemKey, value: unknown): Promise<void> {
  const kept = await unreadableItem.getValue().catch(() => []);
  const list = Array.isArray(kept) ? kept : [{ key: 'local:unreadable', keptAt: Date.now(), value: kept }];
  try {
    await unreadableItem.setValue([...list, { key, keptAt: Date.now(), value }]);
  } catch (error) {
    if (isQuotaError(error)) throw new QuotaError('a copy of your earlier, unreadable data', { cause: error });
    throw error;
  }
  console.warn(`[Gut Glossary] The unreadable value of ${key} was copied to local:unreadable before being replaced.`);
}

// ── Settings: sync, with a local fallback ───────────────────────────────────────────

/** An item kept in sync storage with a local fallback: what the rest of the extension reads, writes and watches. */
export interface FallbackItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  /** The value in effect, every field checked (never throws; defaults where unreadable). */
  getValue(): Promise<T>;
  /** Writes to sync; if sync refuses, to local. Throws (QuotaError when it is the quota) only if both refuse. */
  setValue(value: T): Promise<void>;
  /** Calls `cb` with the value in effect whenever either copy changes. */
  watch(cb: (value: T) => void): Unwatch;
}

/**
 * One logical item stored in `primary` (sync) with `backup` (local) taking over when
 * `primary` is missing or refuses a write. The backup copy exists only while the last
 * write to `primary` failed, and then it is the newest value, so it is read first.
 */
export function createSyncWithLocalFallback<T>(options: {
  primary: StorageItemKey;
  backup: StorageItemKey;
  fallback: T;
  /** Checks a stored value: the usable value and what was wrong with it. */
  read: (raw: unknown) => { value: T; problems: string[] };
  what: string;
}): FallbackItem<T> {
  const primary = storage.defineItem<unknown>(options.primary, { version: 1 });
  const backup = storage.defineItem<unknown>(options.backup, { version: 1 });
  const warned = new Set<string>();
  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    console.warn(`[Gut Glossary] ${message}`);
  };
  const getRaw = async (): Promise<unknown> => {
    const local = await backup.getValue().catch(() => null);
    if (local !== null && local !== undefined) return local;
    try {
      return await primary.getValue();
    } catch (error) {
      warnOnce(`${options.primary} cannot be read (${describeError(error)}); using defaults.`);
      return null;
    }
  };
  const getValue = async () => {
    const raw = await getRaw();
    const { value, problems } = options.read(raw);
    if (problems.length) warnOnce(`Stored ${options.what} could not all be read (${problems.join('; ')}); defaults are used for those, and the stored value is kept.`);
    return value;
  };
  return {
    key: options.primary,
    fallback: options.fallback,
    getValue,
    async setValue(value) {
      const raw = await getRaw();
      if (raw !== null && raw !== undefined && options.read(raw).problems.length)
        await keepUnreadable(options.primary, raw);
      try {
        await primary.setValue(value);
      } catch (syncError) {
        warnOnce(`${options.primary} refused the write (${describeError(syncError)}); keeping ${options.what} in ${options.backup} instead.`);
        try {
          await backup.setValue(value);
        } catch (localError) {
          if (isQuotaError(localError)) throw new QuotaError(options.what, { cause: localError });
          throw localError;
        }
        return;
      }
      // Sync has the newest value again: the local copy would now hide later changes from other browsers.
      await backup.removeValue().catch(() => {});
    },
    watch(cb) {
      const notify = () => void getValue().then(cb, () => {});
      const stops: Unwatch[] = [];
      for (const item of [primary, backup]) {
        try {
          stops.push(item.watch(notify));
        } catch {
          // The area is missing: nothing to watch there.
        }
      }
      return () => stops.forEach((stop) => stop());
    },
  };
}

/**
 * The settings item (version 1: the first format, so no migrations yet). Reading never
 * throws; writing falls back from sync to local.
 */
export const settingsItem: FallbackItem<Settings> = createSyncWithLocalFallback<Settings>({
  primary: 'sync:settings',
  backup: 'local:settings',
  fallback: DEFAULT_SETTINGS,
  read: (raw) => {
    const { settings, problems } = sanitizeSettings(raw);
    return { value: settings, problems };
  },
  what: 'your settings',
});

/** Reads settings, filling any field a corrupt or older value lacks with its default. */
export async function readSettings(): Promise<Settings> {
  return settingsItem.getValue();
}


/**
 * Set only by the test harness and the bench (from the extension's own pages or worker,
 * never from a page): the card's shadow root opens so tests can read it, and our timings
 * go to the page's User Timing timeline so the bench can read them.
 */
export const testHooksItem = storage.defineItem<boolean>('local:testHooks', { fallback: false });
