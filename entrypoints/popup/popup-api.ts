/**
 * The popup's container: what it asks of the extension, wired to the background, the
 * open tab's content script and storage. The Popup view receives it as a prop.
 */
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/Popup';
import { request, requestTab } from '../../messaging/client';
import { isPdfAddress, readerAddress } from '../../reader/pdf-address';
import { readSettings, settingsItem } from '../../settings/storage';
import { shortcutsNow } from './shortcuts';

/** `tab` names the tab to describe (tests, and a popup opened in its own tab); else the active tab. */
export function createPopupApi(tab: number | null): PopupApi {
  const tabId = async () => tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return {
    search: (query) => request('search', { query, limit: 20 }),
    suggest: (query) => request('suggest', { query }),
    entry: (id) => request('getEntry', { id }),
    section: (id) => request('getSection', { id }),
    listEntries: () => request('listEntries', {}),
    listSections: () => request('listSections', {}),
    openFaq: (entry) => void request('openFaq', { entry }).then(() => window.close()),
    pageState: async () => {
      const id = await tabId();
      return id === undefined ? null : requestTab(id, 'getPageState', {});
    },
    jumpTo: async (entry) => {
      const id = await tabId();
      if (id !== undefined) await requestTab(id, 'jumpTo', { id: entry });
    },
    settings: readSettings,
    saveSettings: (s) => settingsItem.setValue(s),
    openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
    shortcuts: shortcutsNow,
    // The tab's address is readable once the reader clicks the toolbar button (activeTab).
    pdfAddress: async () => {
      const id = await tabId();
      const url = id === undefined ? undefined : (await browser.tabs.get(id)).url;
      return isPdfAddress(url) ? url! : null;
    },
    openInReader: (address) =>
      void browser.tabs.create({ url: readerAddress(browser.runtime.getURL('/reader.html'), address) }).then(() => window.close()),
  };
}
