/** The extension's keyboard shortcuts as the browser has them now (the reader may have changed them). Used by the popup and the options page. */
import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/Shortcuts';

export async function shortcutsNow(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap((c) => (c.name && c.description ? [{ name: c.name, description: c.description, shortcut: c.shortcut ?? '' }] : []));
}
