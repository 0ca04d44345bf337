/**
 * "Explain “…” with Gut Glossary" on a text selection: the page's card opens for the best
 * match; when nothing on the page matches, the popup's search opens with that text.
 * "Open PDF in Gut Glossary" on a link to a PDF: the reader page opens it.
 */
import { PDF_LINK_PATTERNS } from '../reader/pdf-address';

export const MENU_ID = 'gut-glossary-explain';
export const MENU_TITLE = 'Explain “%s” with Gut Glossary';
export const PDF_MENU_ID = 'gut-glossary-open-pdf';
export const PDF_MENU_TITLE = 'Open PDF in Gut Glossary';

export interface ExplainDeps {
  /** Asks the tab's content script to open a card; false when nothing matched or no script answered. */
  explainInTab: (tabId: number, text: string) => Promise<boolean>;
  /** Opens the popup page in a tab with the search filled in. */
  openSearch: (query: string) => Promise<void>;
  /** Opens the PDF at this address in the reader page. */
  openPdf?: (address: string) => Promise<void>;
}

export async function explainSelection(deps: ExplainDeps, tabId: number | undefined, selection: string): Promise<'card' | 'search'> {
  const text = selection.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (tabId !== undefined && tabId >= 0) {
    const shown = await deps.explainInTab(tabId, text).catch(() => false);
    if (shown) return 'card';
  }
  await deps.openSearch(text);
  return 'search';
}

/** Creates the selection menu item and handles clicks on it. */
export function registerContextMenu(menus: typeof import('wxt/browser').browser.contextMenus, deps: ExplainDeps): void {
  // Created on install/update only: menu items persist across service-worker restarts.
  menus
    .removeAll()
    .then(() => {
      menus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ['selection'] });
      if (deps.openPdf) menus.create({ id: PDF_MENU_ID, title: PDF_MENU_TITLE, contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS });
    })
    .catch((e: unknown) => console.error('Gut Glossary: the selection menu could not be created', e));
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void explainSelection(deps, tab?.id, info.selectionText);
    if (info.menuItemId === PDF_MENU_ID && info.linkUrl) void deps.openPdf?.(info.linkUrl).catch(() => {});
  });
}
