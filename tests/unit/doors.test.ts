/** The background's other doors as plain functions: address bar, selection menu, site command. */
import { describe, expect, test, vi } from 'vitest';
import { explainSelection } from '../../background/context-menu';
import { omniboxSuggestions, omniboxTarget } from '../../background/omnibox';
import { toggleSite } from '../../settings/sites';
import { registerWelcome } from '../../background/welcome';
import { buildGlossary } from '../../glossary/glossary';
import { createSearch } from '../../glossary/search';
import { DEFAULT_SETTINGS } from '../../settings/defaults';

const glossary = buildGlossary(
  [
    { id: 'fmt', term: 'faecal microbiota transplantation', abbreviations: ['FMT'], definition: 'Moving stool microbes from a healthy donor into a patient’s gut, 1 < 2 & "well".' },
    { id: 'butyrate', term: 'butyrate', definition: 'A short-chain fatty acid that feeds the cells lining the colon.' },
  ],
  [],
);
const search = createSearch(glossary.entries);

describe('omnibox', () => {
  test('suggests entries with their id as content and escaped text as description', () => {
    const [first] = omniboxSuggestions(search, 'FMT');
    expect(first).toEqual({
      content: 'fmt',
      description: 'faecal microbiota transplantation: Moving stool microbes from a healthy donor into a patient’s gut, 1 &lt; 2 &amp; &quot;well&quot;.',
    });
  });
  test('typed text opens the FAQ page at its best match, or the page top when nothing matches', () => {
    expect(omniboxTarget(search, 'butyr')).toBe('#entry-butyrate');
    expect(omniboxTarget(search, 'zzqx')).toBe('');
  });
});

describe('context menu', () => {
  test('opens the card when the page has the term', async () => {
    const deps = { explainInTab: vi.fn(async () => true), openSearch: vi.fn(async () => {}) };
    expect(await explainSelection(deps, 7, '  faecal\nmicrobiota   transplantation ')).toBe('card');
    expect(deps.explainInTab).toHaveBeenCalledWith(7, 'faecal microbiota transplantation');
    expect(deps.openSearch).not.toHaveBeenCalled();
  });
  test('falls back to the popup search when the page has no match or no content script', async () => {
    const none = { explainInTab: vi.fn(async () => false), openSearch: vi.fn(async () => {}) };
    expect(await explainSelection(none, 7, 'gut feelings')).toBe('search');
    expect(none.openSearch).toHaveBeenCalledWith('gut feelings');
    const broken = { explainInTab: vi.fn(async () => Promise.reject(new Error('no receiver'))), openSearch: vi.fn(async () => {}) };
    expect(await explainSelection(broken, 7, 'x')).toBe('search');
    expect(await explainSelection(broken, undefined, 'x')).toBe('search');
  });
});

test('the site command moves a host in and out of the off list', () => {
  const off = toggleSite(DEFAULT_SETTINGS, 'news.example');
  expect(off.disabledSites).toEqual(['news.example']);
  expect(toggleSite(off, 'news.example').disabledSites).toEqual([]);
});

describe('first-run page', () => {
  test('opens on a first install only, never on an update or a browser update', () => {
    let listener: ((details: { reason: string }) => void) | undefined;
    const openWelcome = vi.fn(async () => {});
    registerWelcome({ onInstalled: { addListener: (cb) => (listener = cb) }, openWelcome });
    for (const reason of ['update', 'chrome_update', 'shared_module_update', 'browser_update']) listener!({ reason });
    expect(openWelcome).not.toHaveBeenCalled();
    listener!({ reason: 'install' });
    expect(openWelcome).toHaveBeenCalledOnce();
  });
});
