import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from '../background/context-menu';
import { registerOmnibox } from '../background/omnibox';
import { createGlossaryState } from '../background/glossary-state';
import { createHandlers, handleMessage } from '../messaging/handlers';
import type { PageState } from '../messaging/protocol';
import { toggleSite } from '../settings/sites';
import { readSettings, settingsItem } from '../settings/storage';

export default defineBackground(() => {
  // Built once per service-worker start, on first use, and again when the reader's entries
  // change; open tabs are told to fetch the new match table.
  const state = createGlossaryState(async () => {
    for (const tab of await browser.tabs.query({}))
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'refresh', params: {} }).catch(() => {});
  });
  const openFaqPage = async (hash: string) => {
    await browser.tabs.create({ url: browser.runtime.getURL('/faq.html') + hash });
  };

  const handlers = createHandlers({
    glossary: async () => (await state()).glossary,
    search: async () => (await state()).search,
    suggest: async () => (await state()).suggest,
    settings: readSettings,
    openFaqPage,
    setBadge: async (tabId, text) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#14532d' });
      await browser.action.setBadgeText({ tabId, text });
    },
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(handlers, message, sender, browser.runtime.id));

  registerOmnibox(browser.omnibox, async () => (await state()).search, openFaqPage);
  registerContextMenu(browser.contextMenus, {
    explainInTab: async (tabId, text) => (await browser.tabs.sendMessage(tabId, { type: 'explain', params: { text } }, { frameId: 0 })) === true,
    openSearch: async (query) => {
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') + `?q=${encodeURIComponent(query)}` });
    },
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-site' || tab?.id === undefined) return;
    const state = (await browser.tabs.sendMessage(tab.id, { type: 'getPageState', params: {} }, { frameId: 0 }).catch(() => null)) as PageState | null;
    if (state?.host) await settingsItem.setValue(toggleSite(await readSettings(), state.host));
  });
});
