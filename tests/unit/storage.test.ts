/** Stored settings and the reader's entries: migrations, corrupt values, full storage, sync falling back to local. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WxtVitest's setup file (which makes `chrome`/`browser` the fake) does not reach vitest
// projects, and @wxt-dev/storage reads the global when it loads: stub it before any import.
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  vi.stubGlobal('chrome', fakeBrowser);
  vi.stubGlobal('browser', fakeBrowser);
});
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../settings/defaults';
import { isSiteEnabled, normalizeHost, setSiteEnabled, toggleSite } from '../../settings/sites';
import { QuotaError, readSettings, settingsItem, unreadableItem } from '../../settings/storage';
import {
  loadUserEntries,
  migrateUserEntriesV1,
  readUserEntries,
  saveUserEntries,
  userEntriesItem,
  UserEntriesError,
  watchUserEntries,
} from '../../settings/user-entries';

const zonulin = {
  id: 'zonulin',
  term: 'zonulin',
  definition: 'A protein from the gut lining that loosens the seals between its cells.',
  aliases: [],
  abbreviations: [],
  excluded: [],
  related: [],
};
const sibo = {
  id: 'sibo',
  term: 'small intestinal bacterial overgrowth',
  definition: 'Too many bacteria living in the small intestine, which normally holds few.',
  aliases: [],
  abbreviations: ['SIBO'],
  excluded: [],
  related: ['zonulin'],
};

const local = () => fakeBrowser.storage.local.get(null as unknown as string[]) as Promise<Record<string, unknown>>;
const sync = () => fakeBrowser.storage.sync.get(null as unknown as string[]) as Promise<Record<string, unknown>>;
const quota = () => Object.assign(new Error('QUOTA_BYTES quota exceeded'), {});

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the reader’s entries', () => {
  test('nothing stored reads as an empty list, without warnings', async () => {
    expect(await loadUserEntries()).toEqual({ entries: [], problems: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  test('migration v1 → v2: ids from terms, comma-separated aliases split', async () => {
    await fakeBrowser.storage.local.set({
      userEntries: [
        { term: 'Zonulin', definition: 'A protein from the gut lining that loosens the seals between its cells.', aliases: 'zonulins, pre-haptoglobin 2, , Zonulin' },
        { term: 'leaky gut', definition: 'A gut lining that lets too much through into the body.' },
        { term: 'Leaky Gut', definition: 'A duplicate written by hand, kept so nothing is lost.', aliases: '' },
      ],
      userEntries$: { v: 1 },
    });
    await userEntriesItem.migrate();
    const stored = await local();
    expect(stored.userEntries$).toEqual({ v: 2 });
    expect(stored.userEntries).toEqual([
      { id: 'zonulin', term: 'Zonulin', definition: 'A protein from the gut lining that loosens the seals between its cells.', aliases: ['zonulins', 'pre-haptoglobin 2'] },
      { id: 'leaky-gut', term: 'leaky gut', definition: 'A gut lining that lets too much through into the body.' },
      { id: 'leaky-gut-2', term: 'Leaky Gut', definition: 'A duplicate written by hand, kept so nothing is lost.' },
    ]);
    // The hand-written duplicate is kept in storage, reported, and not used.
    const { entries, problems } = await loadUserEntries();
    expect(entries.map((e) => e.id)).toEqual(['zonulin', 'leaky-gut']);
    expect(problems).toEqual([{ entry: 2, message: 'Entry 3 (“leaky-gut-2”) repeats the id or a form of an earlier entry.' }]);
    expect(warn).toHaveBeenCalled();
  });

  test('migration without a stored version counts as v1; the migration leaves v2 items and non-entries alone', async () => {
    await fakeBrowser.storage.local.set({ userEntries: [{ term: 'SIBO', definition: 'Too many bacteria living in the small intestine.' }, zonulin, 42] });
    await userEntriesItem.migrate();
    expect((await local()).userEntries).toEqual([{ id: 'sibo', term: 'SIBO', definition: 'Too many bacteria living in the small intestine.' }, zonulin, 42]);
    expect(migrateUserEntriesV1('not a list')).toBe('not a list');
  });

  test('save validates, writes, and reads back; watchers hear of it', async () => {
    const heard = vi.fn();
    const stop = watchUserEntries(heard);
    expect(await saveUserEntries([zonulin, sibo], { builtInIds: new Set() })).toEqual([zonulin, sibo]);
    expect(await readUserEntries()).toEqual([zonulin, sibo]);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith([zonulin, sibo]));
    stop();
  });

  test('invalid entries are refused before anything is written', async () => {
    await saveUserEntries([zonulin]);
    const error = await saveUserEntries([zonulin, { ...sibo, term: 'Zonulin' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserEntriesError);
    expect((error as UserEntriesError).errors[0]!.message).toMatch(/^Entry 2 \(“sibo”\): term "Zonulin" is the same as "zonulin" of entry 1/);
    expect(await readUserEntries()).toEqual([zonulin]);
  });

  test('a related id is checked against the built-in ids when given', async () => {
    const result = saveUserEntries([{ ...zonulin, related: ['gut-barrier'] }], { builtInIds: new Set(['ibs']) });
    await expect(result).rejects.toBeInstanceOf(UserEntriesError);
    await expect(saveUserEntries([{ ...zonulin, related: ['gut-barrier'] }], { builtInIds: new Set(['gut-barrier']) })).resolves.toHaveLength(1);
  });

  test('a corrupt value reads as the fallback, is reported, and is kept until the next save copies it aside', async () => {
    await fakeBrowser.storage.local.set({ userEntries: 'garbage', userEntries$: { v: 2 } });
    const { entries, problems } = await loadUserEntries();
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ message: 'Your stored entries are string, not a list, so none can be used. They are kept unchanged in storage.' }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not a list'));
    expect((await local()).userEntries).toBe('garbage');

    await saveUserEntries([zonulin]);
    expect(await readUserEntries()).toEqual([zonulin]);
    expect(await unreadableItem.getValue()).toEqual([{ key: 'local:userEntries', keptAt: expect.any(Number), value: 'garbage' }]);
  });

  test('one bad stored entry does not hide the others', async () => {
    await fakeBrowser.storage.local.set({ userEntries: [zonulin, { id: 'x', term: 42 }], userEntries$: { v: 2 } });
    const { entries, problems } = await loadUserEntries();
    expect(entries).toEqual([zonulin]);
    expect(problems).toEqual([{ entry: 1, field: 'term', message: 'Entry 2 (“x”) is not valid: term must be text, not the number 42.' }]);
  });

  test('storage full: a clear QuotaError, and the old entries stay', async () => {
    await saveUserEntries([zonulin]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota());
    const error = await saveUserEntries([zonulin, sibo]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaError);
    expect((error as Error).message).toMatch(/^Not enough storage space to save your entries: .* Nothing was changed; your previous data is still saved\./);
    vi.restoreAllMocks();
    expect(await readUserEntries()).toEqual([zonulin]);
  });

  test('storage unavailable: reads as empty with a problem, never throws', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await loadUserEntries()).toEqual({ entries: [], problems: [{ message: 'Your entries cannot be read right now (storage is gone).' }] });
  });
});

describe('settings', () => {
  const mine: Settings = { enabled: true, disabledSites: ['example.com'], style: 'background', firstMentionOnly: true, cardDelayMs: 600, knownTerms: [{ id: 'tregs', show: 'first' }] };

  test('defaults when nothing is stored; writes go to sync', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue(mine);
    expect((await sync()).settings).toEqual(mine);
    expect((await local()).settings).toBeUndefined();
    expect(await readSettings()).toEqual(mine);
  });

  test('a corrupt value: valid fields kept, the rest defaults, reported, copied aside before it is overwritten', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, style: 'neon', cardDelayMs: -5, disabledSites: 'example.com' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"style" has an invalid value ("neon")'));
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await sync()).settings).toBe('garbage');
    await settingsItem.setValue(mine);
    expect(await unreadableItem.getValue()).toEqual([{ key: 'sync:settings', keptAt: expect.any(Number), value: 'garbage' }]);
  });

  test('sync refuses the write: settings go to local, and local is read first until sync works again', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await settingsItem.setValue(mine);
    expect((await local()).settings).toEqual(mine);
    expect((await sync()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await readSettings()).toEqual(mine);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sync:settings refused the write'));

    vi.restoreAllMocks();
    const later = { ...mine, cardDelayMs: 900 };
    await settingsItem.setValue(later);
    expect((await sync()).settings).toEqual(later);
    expect((await local()).settings).toBeUndefined();
    expect(await readSettings()).toEqual(later);
  });

  test('sync missing altogether: reads fall back cleanly, writes go to local', async () => {
    const storage = fakeBrowser.storage as { sync?: unknown };
    const saved = storage.sync;
    storage.sync = undefined;
    try {
      expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
      await settingsItem.setValue(mine);
      expect(await readSettings()).toEqual(mine);
      expect((await local()).settings).toEqual(mine);
      const stop = settingsItem.watch(() => {});
      stop();
    } finally {
      storage.sync = saved;
    }
  });

  test('both areas full: QuotaError', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota());
    await expect(settingsItem.setValue(mine)).rejects.toBeInstanceOf(QuotaError);
  });

  test('watch reports the settings in effect', async () => {
    const heard = vi.fn();
    const stop = settingsItem.watch(heard);
    await settingsItem.setValue(mine);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith(mine));
    stop();
  });

  test('sanitizeSettings', () => {
    expect(sanitizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(sanitizeSettings({ cardDelayMs: 2001 }).problems).toEqual(['"cardDelayMs" has an invalid value (2001)']);
    expect(sanitizeSettings({ cardDelayMs: 2000, extra: 1 })).toEqual({ settings: { ...DEFAULT_SETTINGS, cardDelayMs: 2000 }, problems: [] });
    expect(sanitizeSettings([]).problems).toEqual(['settings are a list, not an object']);
  });
});

describe('sites', () => {
  test('normalizeHost', () => {
    expect(normalizeHost('Example.COM')).toBe('example.com');
    expect(normalizeHost('https://www.example.com/page?q=1')).toBe('example.com');
    expect(normalizeHost('www.example.com:8080')).toBe('example.com');
    expect(normalizeHost('news.example.com.')).toBe('news.example.com');
    expect(normalizeHost('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normalizeHost('localhost')).toBe('localhost');
    expect(normalizeHost('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of ['', '   ', 'not a host', 'exa_mple.com', 'http://']) expect(normalizeHost(bad), bad).toBeNull();
  });

  test('isSiteEnabled, setSiteEnabled and toggleSite treat www. and case alike', () => {
    const off = setSiteEnabled(DEFAULT_SETTINGS, 'WWW.Example.com', false);
    expect(off.disabledSites).toEqual(['example.com']);
    expect(isSiteEnabled(off, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(off, 'example.com')).toBe(false);
    expect(isSiteEnabled(off, 'news.example.com')).toBe(true);
    expect(isSiteEnabled({ ...off, enabled: false }, 'other.org')).toBe(false);
    // A host stored raw by older code still matches.
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, disabledSites: ['www.example.com'] }, 'example.com')).toBe(false);
    expect(toggleSite(off, 'www.example.com').disabledSites).toEqual([]);
    expect(toggleSite(DEFAULT_SETTINGS, 'a.org').disabledSites).toEqual(['a.org']);
  });
});
