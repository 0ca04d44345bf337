import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from '../background/context-menu';
import { registerOmnibox } from '../background/omnibox';
import { toggleSite } from '../background/site-toggle';
import { builtInEntries, builtInSections } from '../glossary/builtin';
import { buildGlossary, type Glossary } from '../glossary/glossary';
import { createSearch, createSuggest, type Search } from '../glossary/search';
import { createHandlers, handleMessage } from '../messaging/handlers';
import type { PageState } from '../messaging/protocol';
import { readSettings, settingsItem } from '../settings/storage';

export default defineBackground(() => {
  // Built once per service-worker start, on first use, not per message.
  let glossary: Glossary | undefined;
  let search: Search | undefined;
  const getGlossary = () => (glossary ??= buildGlossary(builtInEntries, builtInSections));
  const getSearch = () => (search ??= createSearch(getGlossary().entries, getGlossary().sections));
  let suggest: ReturnType<typeof createSuggest> | undefined;
  const getSuggest = () => (suggest ??= createSuggest(getGlossary().entries));
  const openFaqPage = async (hash: string) => {
    await browser.tabs.create({ url: browser.runtime.getURL('/faq.html') + hash });
  };

  const handlers = createHandlers({
    glossary: getGlossary,
    search: getSearch,
    suggest: getSuggest,
    settings: readSettings,
    openFaqPage,
    setBadge: async (tabId, text) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#14532d' });
      await browser.action.setBadgeText({ tabId, text });
    },
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(handlers, message, sender, browser.runtime.id));

  registerOmnibox(browser.omnibox, getSearch, openFaqPage);
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
