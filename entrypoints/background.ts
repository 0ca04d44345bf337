import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { builtInEntries, builtInSections } from '../glossary/builtin';
import { buildGlossary, type Glossary } from '../glossary/glossary';
import { createSearch, type Search } from '../glossary/search';
import { createHandlers, handleMessage } from '../messaging/handlers';
import { readSettings } from '../settings/storage';

export default defineBackground(() => {
  // Built once per service-worker start, on first use, not per message.
  let glossary: Glossary | undefined;
  let search: Search | undefined;
  const getGlossary = () => (glossary ??= buildGlossary(builtInEntries, builtInSections));
  const handlers = createHandlers({
    glossary: getGlossary,
    search: () => (search ??= createSearch(getGlossary().entries)),
    settings: readSettings,
    openFaqPage: async (hash) => {
      await browser.tabs.create({ url: browser.runtime.getURL('/faq.html') + hash });
    },
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(handlers, message, sender, browser.runtime.id));
});
