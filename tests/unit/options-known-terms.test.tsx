// @vitest-environment happy-dom
/** The options page's "Terms you know": names, how each is shown, and restoring one. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { knownTermName, OptionsKnownTerms } from '../../components/options/OptionsKnownTerms';
import type { Entry } from '../../glossary/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/defaults';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

const mine: Entry = { id: 'zonulin', term: 'zonulin', definition: 'A protein of the gut lining.', aliases: [], abbreviations: [], excluded: [], related: [] };
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  knownTerms: [
    { id: 'tregs', show: 'first' },
    { id: 'zonulin', show: 'none' },
    { id: 'deleted-term', show: 'none' },
  ],
};

test('names come from the reader\u2019s entries, then the built-in ones; a term gone from the glossary is said to be', async () => {
  expect(knownTermName('tregs', [])).toBe('regulatory T cells');
  expect(knownTermName('zonulin', [mine])).toBe('zonulin');
  expect(knownTermName('deleted-term', [mine])).toBeNull();
  await act(() => render(<OptionsKnownTerms settings={settings} entries={[mine]} onChange={() => {}} />, root));
  expect([...root.querySelectorAll('li > span:first-child')].map((s) => s.textContent)).toEqual([
    'regulatory T cells',
    'zonulin',
    'deleted-term (no longer in the glossary)',
  ]);
  expect([...root.querySelectorAll('select')].map((s) => s.value)).toEqual(['first', 'none', 'none']);
});

test('switching between first mention and none, and restoring, hand on the changed settings', async () => {
  const onChange = vi.fn();
  await act(() => render(<OptionsKnownTerms settings={settings} entries={[mine]} onChange={onChange} />, root));
  const select = root.querySelector<HTMLSelectElement>('li[data-term-id="tregs"] select')!;
  select.value = 'none';
  await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
  expect(onChange.mock.lastCall![0].knownTerms).toContainEqual({ id: 'tregs', show: 'none' });
  await act(() => root.querySelector<HTMLButtonElement>('li[data-term-id="zonulin"] .restore')!.click());
  expect(onChange.mock.lastCall![0].knownTerms.map((k: { id: string }) => k.id)).toEqual(['tregs', 'deleted-term']);
});

test('with none known it says every term is highlighted', async () => {
  await act(() => render(<OptionsKnownTerms settings={DEFAULT_SETTINGS} entries={[]} onChange={() => {}} />, root));
  expect(root.textContent).toMatch(/None yet: every term is highlighted/);
});
