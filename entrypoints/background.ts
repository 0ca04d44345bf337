import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from '../background/context-menu';
import { registerOmnibox } from '../background/omnibox';
import { rateLimit } from '../background/rate-limit';
import { restrictStorageToExtension } from '../background/storage-access';
import { registerWelcome } from '../background/welcome';
import { createGlossaryState } from '../background/glossary-state';
import { broadcast, requestTab } from '../messaging/client';
import { handleMessage } from '../messaging/dispatch';
import { TERM_COMMANDS } from '../messaging/protocol';
import { createHandlers } from '../messaging/handlers';
import { readerAddress } from '../reader/pdf-address';
import { toggleSite } from '../settings/sites';
import { readSettings, settingsItem, testHooksItem } from '../settings/storage';

export default defineBackground(() => {
  // Registered first, synchronously: onInstalled fires once, as the worker first starts.
  registerWelcome({ onInstalled: browser.runtime.onInstalled, openWelcome: () => browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }) });
  // Built once per service-worker start, on first use, and again when the reader's entries
  // change; open tabs are told to fetch the new match table.
  const state = createGlossaryState(() => void broadcast('refresh', {}));
  const openFaqPage = async (hash: string) => {
    await browser.tabs.create({ url: browser.runtime.getURL('/faq.html') + hash });
  };

  const handlers = createHandlers({
    glossary: async () => (await state()).glossary,
    search: async () => (await state()).search,
    suggest: async () => (await state()).suggest,
    settings: readSettings,
    saveSettings: (settings) => settingsItem.setValue(settings),
    testHooks: () => testHooksItem.getValue().catch(() => false),
    openFaqPage,
    mayOpenTab: rateLimit(3, 10_000),
    setBadge: async (tabId, text) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#14532d' });
      await browser.action.setBadgeText({ tabId, text });
    },
  });
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(handlers, message, sender, browser.runtime.id, ownOrigin));
  // Content scripts read nothing from storage themselves: they ask through the protocol,
  // and are told when the settings change.
  void restrictStorageToExtension(browser.storage);
  settingsItem.watch(() => void broadcast('settingsChanged', {}));

  registerOmnibox(browser.omnibox, async () => (await state()).search, openFaqPage);
  registerContextMenu(browser.contextMenus, {
    explainInTab: async (tabId, text) => (await requestTab(tabId, 'explain', { text })) === true,
    openSearch: async (query) => {
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') + `?q=${encodeURIComponent(query)}` });
    },
    openPdf: async (address) => {
      await browser.tabs.create({ url: readerAddress(browser.runtime.getURL('/reader.html'), address) });
    },
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (tab?.id === undefined) return;
    const direction = TERM_COMMANDS[command];
    if (direction) return void (await requestTab(tab.id, 'stepTerm', { direction }));
    if (command !== 'toggle-site') return;
    const state = await requestTab(tab.id, 'getPageState', {});
    if (state?.host) await settingsItem.setValue(toggleSite(await readSettings(), state.host));
  });
});
