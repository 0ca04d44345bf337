/**
 * Storage holds the reader's own entries (they can be health notes) and their settings.
 * By default content scripts may read and write `storage.local` and `storage.sync`
 * directly; restricted to trusted contexts, only the extension's own pages and worker
 * can, and content scripts go through the validated message protocol. Chromium supports
 * the restriction; Firefox has no `setAccessLevel` on these areas, so there it stays open
 * (README, "Security and privacy").
 */
interface Area {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

export async function restrictStorageToExtension(storage: { local: unknown; sync: unknown }): Promise<void> {
  for (const area of [storage.local, storage.sync] as Area[]) {
    try {
      await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch (error) {
      console.warn('[Gut Glossary] storage stays readable by content scripts:', error);
    }
  }
}
