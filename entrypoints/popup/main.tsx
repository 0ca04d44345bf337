import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { request, requestTab } from '../../messaging/client';
import { readSettings, settingsItem } from '../../settings/storage';
import './style.css';

// ?tab=<id> names the tab to describe (tests, and a popup opened in its own tab); ?q= prefills the search.
const params = new URLSearchParams(location.search);
const tabId = async () =>
  params.has('tab') ? Number(params.get('tab')) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

render(
  <Popup
    initialQuery={params.get('q') ?? ''}
    api={{
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
    }}
  />,
  document.getElementById('app')!,
);
