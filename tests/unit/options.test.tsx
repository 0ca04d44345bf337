// @vitest-environment happy-dom
/** The options page's presentational parts: validation shown before anything is written, text rendered as text. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { OptionsImport } from '../../components/options/OptionsImport';
import { OptionsSettings } from '../../components/options/OptionsSettings';
import { OptionsTerms } from '../../components/options/OptionsTerms';
import type { Entry } from '../../glossary/schema';
import { DEFAULT_SETTINGS } from '../../settings/defaults';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

const zonulin: Entry = {
  id: 'zonulin',
  term: 'zonulin <b>',
  definition: 'A protein from the gut lining <img src=x onerror=alert(1)> that loosens its seals.',
  aliases: [],
  abbreviations: [],
  excluded: [],
  related: [],
};

const type = (el: Element, value: string) => {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

test('settings: an invalid card delay is shown next to the field and never saved', async () => {
  const onChange = vi.fn();
  await act(() => render(<OptionsSettings settings={DEFAULT_SETTINGS} onChange={onChange} />, root));
  const delay = root.querySelector<HTMLInputElement>('input[type=number]')!;
  await act(() => {
    type(delay, '2500');
    delay.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(onChange).not.toHaveBeenCalled();
  expect(delay.getAttribute('aria-invalid')).toBe('true');
  expect(root.querySelector('.field-error')!.textContent).toBe('Enter a whole number of milliseconds from 0 to 2000.');
  await act(() => {
    type(delay, '800');
    delay.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, cardDelayMs: 800 });
});

test('settings: sites are added normalised, refused when invalid, removed', async () => {
  const onChange = vi.fn();
  await act(() => render(<OptionsSettings settings={{ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }} onChange={onChange} />, root));
  const input = root.querySelector<HTMLInputElement>('input[type=text]')!;
  const form = root.querySelector('form')!;
  await act(() => {
    type(input, 'not a site');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  expect(root.querySelector('.field-error')!.textContent).toMatch(/^Enter a site such as example\.com/);
  await act(() => {
    type(input, 'https://WWW.Example.com/page');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'news.example'] });
  await act(() => root.querySelector<HTMLButtonElement>('[aria-label="Turn highlighting back on for news.example"]')!.click());
  expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: [] });
});

test('my terms: the override badge, text as text, field errors from onSave', async () => {
  const onSave = vi.fn(async () => ({ definition: ['definition must be at least 20 characters.'] }));
  await act(() =>
    render(
      <OptionsTerms
        entries={[zonulin]}
        overrides={new Map([['zonulin', ['zonulin']]])}
        notes={new Map()}
        sections={[{ id: 'key-bacteria', question: 'Which bacteria matter?' }]}
        onSave={onSave}
        onDelete={() => {}}
      />,
      root,
    ),
  );
  expect(root.querySelector('.badge')!.textContent).toBe('overrides built-in');
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('.definition')!.textContent).toContain('<img src=x onerror=alert(1)>');

  await act(() => root.querySelector<HTMLButtonElement>('[aria-label="Edit zonulin <b>"]')!.click());
  const definition = root.querySelector('textarea')!;
  expect(definition.value).toBe(zonulin.definition);
  await act(() => type(definition, 'short'));
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ definition: 'short' }), 'zonulin');
  expect(definition.getAttribute('aria-invalid')).toBe('true');
  const errorId = definition.getAttribute('aria-describedby')!.split(' ').at(-1)!;
  expect(document.getElementById(errorId)!.textContent).toBe('definition must be at least 20 characters.');
});

test('import: every problem listed; success says how many', async () => {
  const onImport = vi
    .fn()
    .mockResolvedValueOnce({ ok: false, errors: [{ message: 'Entry 1 (“x”): term is missing.' }, { message: 'Entry 2 must be an object.' }] })
    .mockResolvedValueOnce({ ok: true, message: 'Imported 3 entries from my-terms.json.' });
  await act(() => render(<OptionsImport count={2} onImport={onImport} onDownloadExample={() => {}} />, root));
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File(['{}'], 'my-terms.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  expect([...root.querySelectorAll('.errors li')].map((li) => li.textContent)).toEqual(['Entry 1 (“x”): term is missing.', 'Entry 2 must be an object.']);
  await act(() => root.querySelector<HTMLInputElement>('input[value=replace]')!.click());
  expect(root.querySelector('.warning')!.textContent).toMatch(/Your 2 current terms will be removed/);
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  expect(onImport).toHaveBeenLastCalledWith(file, 'replace');
  expect(root.querySelector('.success')!.textContent).toBe('Imported 3 entries from my-terms.json.');
});

test('import: a long list of problems shows the first 50, counts them all, and a file that is no glossary offers the example', async () => {
  const many = Array.from({ length: 90 }, (_, i) => ({ entry: i, field: 'term', message: `Entry ${i + 1}: term is missing.` }));
  const onImport = vi
    .fn()
    .mockResolvedValueOnce({ ok: false, errors: many })
    .mockResolvedValueOnce({ ok: false, errors: [{ kind: 'not-a-glossary', message: 'This is not a glossary file: it looks like a spreadsheet (CSV or tab-separated text), not JSON.' }] });
  const onDownloadExample = vi.fn();
  await act(() => render(<OptionsImport count={0} onImport={onImport} onDownloadExample={onDownloadExample} />, root));
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'terms.csv')] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const submit = () => act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await submit();
  expect(root.querySelector('.errors p')!.textContent).toBe('Nothing was imported. The file has 90 problems:');
  expect(root.querySelectorAll('.errors li')).toHaveLength(50);
  expect(root.querySelector('.errors .more')!.textContent).toBe('…and 40 more problems.');
  expect(root.querySelector('.errors button')).toBeNull();
  await submit();
  expect(root.querySelector('.errors li')!.textContent).toMatch(/^This is not a glossary file/);
  await act(() => root.querySelector<HTMLButtonElement>('.errors button')!.click());
  expect(onDownloadExample).toHaveBeenCalledTimes(1);
});

/** The term form open for a new entry, with `onSave` as given. */
async function newTermForm(onSave: (...args: unknown[]) => Promise<unknown>, entries: Entry[] = []) {
  await act(() =>
    render(<OptionsTerms entries={entries} overrides={new Map()} notes={new Map()} sections={[]} onSave={onSave as never} onDelete={() => {}} />, root),
  );
  await act(() => root.querySelector<HTMLButtonElement>('.primary')!.click());
  const combo = root.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const key = (k: string) =>
    act(() => {
      combo.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    });
  const submit = () =>
    act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  return { combo, key, submit };
}
const chips = () => [...root.querySelectorAll('.chip')].map((c) => [c.getAttribute('data-term-id'), c.querySelector('span')!.textContent]);

test('related terms: chosen by name from the glossary search, with the keyboard, as removable chips; ids stay internal', async () => {
  const onSave = vi.fn(async () => null);
  const { combo, key, submit } = await newTermForm(onSave, [{ ...zonulin, term: 'zonulin' }]);
  expect(combo.getAttribute('aria-expanded')).toBe('false');
  await act(() => type(combo, 'leaky'));
  const listbox = document.getElementById(combo.getAttribute('aria-controls')!)!;
  expect(listbox.getAttribute('role')).toBe('listbox');
  expect(combo.getAttribute('aria-expanded')).toBe('true');
  expect([...listbox.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual(['gut barrier']);
  await key('ArrowDown');
  expect(combo.getAttribute('aria-activedescendant')).toBe(listbox.querySelector('[role=option]')!.id);
  expect(listbox.querySelector('[role=option]')!.getAttribute('aria-selected')).toBe('true');
  await key('Enter');
  expect(chips()).toEqual([['gut-barrier', 'gut barrier']]);
  expect(combo.value).toBe('');
  expect(root.querySelector('[role=status]')!.textContent).toBe('Added gut barrier.');

  // The reader's own terms are suggested too, marked as theirs; a chosen term is not suggested again.
  await act(() => type(combo, 'zonu'));
  expect([...listbox.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual(['zonulin (yours)']);
  await key('Enter');
  await act(() => type(combo, 'gut barr'));
  expect([...listbox.querySelectorAll('[role=option]')].map((o) => o.textContent)).not.toContain('gut barrier');
  await key('Escape');
  expect(combo.getAttribute('aria-expanded')).toBe('false');
  await key('Escape');
  expect(combo.value).toBe('');

  // Several suggestions and none chosen: Enter asks the reader to choose, and adds nothing.
  await act(() => type(combo, 'gut'));
  await key('Enter');
  expect(root.querySelector('.related-picker [role=alert]')!.textContent).toMatch(/^“gut” is not the full name of a term: choose one of the \d+ suggestions/);
  expect(chips()).toHaveLength(2);

  // A name typed exactly (any case, any dash) is taken on Enter without choosing from the list.
  await act(() => type(combo, 'Gut–Brain Axis'));
  await key('Enter');
  expect(chips().map((c) => c[0])).toEqual(['gut-barrier', 'zonulin', 'gut-brain-axis']);
  await act(() => root.querySelector<HTMLButtonElement>('[aria-label="Remove zonulin"]')!.click());
  expect(chips().map((c) => c[0])).toEqual(['gut-barrier', 'gut-brain-axis']);

  await act(() => type(root.querySelector('input[type=text]:not([role])')!, 'kombuchology'));
  await act(() => type(root.querySelector('textarea')!, 'The study of fermented tea drinks and their microbes.'));
  await submit();
  expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ term: 'kombuchology', related: ['gut-barrier', 'gut-brain-axis'] }), null);
});

test('related terms: an unknown name gets a clear message, on Enter and on Save, and nothing is saved', async () => {
  const onSave = vi.fn(async () => null);
  const { combo, key, submit } = await newTermForm(onSave);
  await act(() => type(combo, 'kombucha mushrooms'));
  await key('Enter');
  const message = 'No term is called “kombucha mushrooms”. Choose one from the suggestions, or add it as a term of your own first.';
  expect(root.querySelector('.related-picker [role=alert]')!.textContent).toBe(message);
  expect(combo.getAttribute('aria-invalid')).toBe('true');
  await act(() => type(combo, 'kombucha mushroom'));
  expect(root.querySelector('.related-picker [role=alert]')).toBeNull();
  await submit();
  expect(onSave).not.toHaveBeenCalled();
  expect(root.querySelector('.related-picker [role=alert]')!.textContent).toMatch(/^No term is called “kombucha mushroom”/);
  // A name typed exactly (any of a term's names) and not chosen is taken on Save.
  await act(() => type(combo, 'Tregs'));
  await submit();
  expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ related: ['tregs'] }), null);
});

test('a term named like a built-in one: the question comes first, focused; keep both, replace or go back', async () => {
  const clashes = [{ id: 'dysbiosis', term: 'dysbiosis', form: 'Dysbiosis' }];
  const onSave = vi
    .fn()
    .mockResolvedValueOnce({ clashes })
    .mockResolvedValueOnce({ clashes })
    .mockResolvedValueOnce(null);
  const { submit } = await newTermForm(onSave);
  await submit();
  const question = root.querySelector('.clash')!;
  expect(question.querySelector('p')!.textContent).toBe('“Dysbiosis” is already the name of a built-in term. What should happen to it?');
  expect(document.activeElement!.textContent).toBe('Keep both');
  expect(document.activeElement!.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent)).toEqual([
    question.querySelector('p')!.textContent,
    'Your term gets its own entry and is shown for this name on your pages; the built-in one stays in search and in links.',
  ]);
  // No Save while the question is open; Cancel goes back to the form, nothing saved.
  expect(root.querySelector('button[type=submit]')).toBeNull();
  await act(() => [...question.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
  expect(root.querySelector('.clash')).toBeNull();
  expect(onSave).toHaveBeenCalledTimes(1);
  await submit();
  await act(async () => {
    [...root.querySelectorAll<HTMLButtonElement>('.clash button')].find((b) => b.textContent === 'Keep both')!.click();
  });
  expect(onSave).toHaveBeenLastCalledWith(expect.anything(), null, 'keep-both');
  expect(root.querySelector('form')).toBeNull();
});
