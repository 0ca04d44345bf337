/** The reader's own entries in `local:userEntries`: versioned, validated, never lost. */
import { storage } from 'wxt/utils/storage';
import { salvageEntries, validateUserEntries } from '../glossary/entry-check';
import { idForTerm } from '../glossary/merge';
import { logText, type ImportError } from '../glossary/problems';
import { aliasKey } from '../glossary/normalize';
import { SECTION_IDS } from '../glossary/builtin';
import type { Entry, EntryInput } from '../glossary/schema';
import { describeError, isQuotaError, keepUnreadable, QuotaError } from './storage';

type Unwatch = () => void;

/** Entries refused before anything was written, with every problem. */
export class UserEntriesError extends Error {
  override readonly name = 'UserEntriesError';
  readonly errors: ImportError[];
  constructor(errors: ImportError[]) {
    super(logText('Your entries were not saved:', errors));
    this.errors = errors;
  }
}

// ── The reader's entries ────────────────────────────────────────────────────────────

/**
 * Version 1 of `local:userEntries`, the previous format: no ids, and aliases as one
 * comma-separated string, e.g. `{ term: "zonulin", definition: "…", aliases: "zonulins, pre-haptoglobin 2" }`.
 */
export interface UserEntryV1 {
  term: string;
  definition: string;
  aliases?: string;
}

/**
 * v1 → v2. Each v1 item becomes an entry with an id made from its term and its aliases
 * split at commas. Items that already have an id (written by v2 code) and items that are
 * not v1 entries are kept exactly as they are: reading reports them, nothing is dropped.
 */
export function migrateUserEntriesV1(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  const taken = new Set(old.flatMap((x) => (x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? [(x as { id: string }).id] : [])));
  return old.map((item: unknown) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
    const v1 = item as Partial<Record<keyof UserEntryV1 | 'id', unknown>>;
    if (v1.id !== undefined || typeof v1.term !== 'string' || typeof v1.definition !== 'string') return item;
    if (v1.aliases !== undefined && typeof v1.aliases !== 'string') return item;
    const id = idForTerm(v1.term, taken);
    taken.add(id);
    const termKey = aliasKey(v1.term);
    const seen = new Set<string>([termKey]);
    const aliases = (v1.aliases ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => {
        const key = aliasKey(a);
        if (!a || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return { id, term: v1.term.trim(), definition: v1.definition.trim(), ...(aliases.length ? { aliases } : {}) };
  });
}

/** The reader's entries (version 2). Read them with `loadUserEntries`/`readUserEntries`, which check them. */
export const userEntriesItem = storage.defineItem<Entry[]>('local:userEntries', {
  fallback: [],
  version: 2,
  migrations: { 2: migrateUserEntriesV1 },
});

/** The reader's entries that can be used, and what could not be read (which stays in storage). */
export async function loadUserEntries(): Promise<{ entries: Entry[]; problems: ImportError[] }> {
  let raw: unknown;
  try {
    raw = await userEntriesItem.getValue();
  } catch (error) {
    console.warn(`[Gut Glossary] Your entries cannot be read: ${describeError(error)}`);
    return { entries: [], problems: [{ message: `Your entries cannot be read right now (${describeError(error)}).` }] };
  }
  if (raw === null || raw === undefined) return { entries: [], problems: [] };
  if (!Array.isArray(raw)) {
    const problem = { message: `Your stored entries are ${typeof raw}, not a list, so none can be used. They are kept unchanged in storage.` };
    console.warn(`[Gut Glossary] ${problem.message}`);
    return { entries: [], problems: [problem] };
  }
  const { entries, errors } = salvageEntries(raw);
  if (errors.length) console.warn(`[Gut Glossary] ${logText('Some stored entries are not used:', errors)}`);
  return { entries, problems: errors };
}

/** The stored entries exactly as they are, readable or not (for the reader to download). */
export async function readStoredUserEntriesRaw(): Promise<unknown> {
  return storage.getItem<unknown>(userEntriesItem.key);
}

/** The reader's entries that can be used; never throws. */
export async function readUserEntries(): Promise<Entry[]> {
  return (await loadUserEntries()).entries;
}

/** Calls `cb` with the usable entries whenever the stored entries change (in any extension page). */
export function watchUserEntries(cb: (entries: Entry[]) => void): Unwatch {
  return userEntriesItem.watch(() => void readUserEntries().then(cb, () => {}));
}

/**
 * Validates and writes the reader's entries, replacing the stored list. `builtInIds` lets
 * `related` name built-in entries (without it, any well-formed id is accepted there);
 * `sectionIds` are the FAQ sections `section` may name.
 * Throws UserEntriesError (nothing written) or QuotaError (old value kept). Returns what was saved.
 */
export async function saveUserEntries(
  entries: readonly (Entry | EntryInput)[],
  known: { builtInIds?: ReadonlySet<string>; sectionIds?: readonly string[] } = {},
): Promise<Entry[]> {
  const checked = validateUserEntries(entries, known.builtInIds ?? null, known.sectionIds ?? SECTION_IDS);
  if (!checked.ok) throw new UserEntriesError(checked.errors);
  const stored = await storage.getItem<unknown>(userEntriesItem.key).catch(() => null);
  if (stored !== null && stored !== undefined) {
    const readable = Array.isArray(stored) && salvageEntries(stored).errors.length === 0;
    if (!readable) await keepUnreadable(userEntriesItem.key, stored);
  }
  try {
    await userEntriesItem.setValue(checked.entries);
  } catch (error) {
    if (isQuotaError(error)) throw new QuotaError('your entries', { cause: error });
    throw error;
  }
  return checked.entries;
}
