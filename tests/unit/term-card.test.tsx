// @vitest-environment happy-dom
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { TermCard, writtenDifferently } from '../../components/card/TermCard';
import type { EntryView } from '../../glossary/glossary';

const view: EntryView = {
  entry: {
    id: 'dysbiosis',
    term: 'dysbiosis',
    definition: 'An imbalance in the community of microbes living in the gut.',
    section: 'dysbiosis-and-autoimmunity',
    whyItMatters: 'Losing that balance can weaken the tolerance that stops the immune system attacking the body.',
    aliases: ['dysbioses'],
    abbreviations: [],
    excluded: [],
    related: ['tregs'],
  },
  section: {
    id: 'dysbiosis-and-autoimmunity',
    question: 'Can an imbalanced gut microbiome cause autoimmune disease?',
    excerpt: { sentences: [{ text: 'Dysbiosis is tied to several autoimmune conditions.', evidence: null }], via: 'entry' },
  },
  related: [{ id: 'tregs', term: 'regulatory T cells' }],
};

test('renders the entry as text, with its FAQ answer and related entries', () => {
  const root = document.createElement('div');
  const onRelated = vi.fn();
  const onReadMore = vi.fn();
  render(<TermCard view={view} onRelated={onRelated} onReadMore={onReadMore} onClose={() => {}} />, root);
  expect(root.querySelector('[role=dialog]')?.getAttribute('aria-labelledby')).toBe('gg-term-dysbiosis');
  expect(root.querySelector('.term')?.textContent).toBe('dysbiosis');
  expect(root.querySelector('.definition')?.textContent).toBe(view.entry.definition);
  expect(root.querySelector('.question')?.textContent).toBe(view.section!.question);
  (root.querySelector('.related button') as HTMLButtonElement).click();
  expect(onRelated).toHaveBeenCalledWith('tregs');
  (root.querySelector('.read-more') as HTMLButtonElement).click();
  expect(onReadMore).toHaveBeenCalledWith('dysbiosis-and-autoimmunity');
});

test('markup in data is shown as text, never parsed', () => {
  const root = document.createElement('div');
  const hostile = { ...view, entry: { ...view.entry, definition: '<img src=x onerror=alert(1)> bold claim' } };
  render(<TermCard view={hostile} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('.definition')?.textContent).toBe('<img src=x onerror=alert(1)> bold claim');
});

test('a claim shows its evidence level as a word with the explanation as its tooltip; the precise version is in the folded part', () => {
  const root = document.createElement('div');
  const rich: EntryView = {
    ...view,
    entry: { ...view.entry, evidence: 'debated', detail: 'There is no agreed definition of dysbiosis, nor an agreed test for it.' },
    section: { ...view.section!, excerpt: { sentences: [{ text: 'In mice, dysbiosis came first.', evidence: 'animals' }], via: 'entry' } },
  };
  render(<TermCard view={rich} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  const why = root.querySelector('.why .evidence');
  expect(why?.textContent).toBe('Debated');
  expect(why?.getAttribute('title')).toMatch(/^Studies disagree/);
  expect(root.querySelector('.answer .evidence')?.textContent).toBe('Animals or lab');
  expect(root.querySelector('.detail')?.textContent).toBe(`More precisely: ${rich.entry.detail}`);
  // A debated claim says so beside the definition too, before the reader unfolds anything.
  expect(root.querySelector('.definition .evidence')?.textContent).toBe('Debated');
});

test('without a level or a detail, the card shows neither', () => {
  const root = document.createElement('div');
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.evidence')).toBeNull();
  expect(root.querySelector('.detail')).toBeNull();
});

test('a term the page defines itself says how the page defines it', () => {
  const root = document.createElement('div');
  render(<TermCard view={view} definedAs="dysbiotic state" onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.defined-here')?.textContent).toBe('Defined on this page as “dysbiotic state”.');
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.defined-here')).toBeNull();
});

test('compact first: the definition shows, the rest unfolds with "More" and folds back with "Less"', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  const more = root.querySelector<HTMLElement>('.more')!;
  const toggle = root.querySelector<HTMLButtonElement>('.toggle-more')!;
  expect(more.hidden).toBe(true);
  expect(toggle.textContent).toBe('More');
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(toggle.getAttribute('aria-controls')).toBe(more.id);
  toggle.click();
  await new Promise((r) => setTimeout(r, 0));
  expect(more.hidden).toBe(false);
  expect(toggle.textContent).toBe('Less');
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(more.querySelector('.why')?.textContent).toContain(view.entry.whyItMatters);
  root.remove();
});

test('the card adds no heading to the page outline', () => {
  const root = document.createElement('div');
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]')).toBeNull();
});

test('how the page wrote the term shows first, with the entry\'s name as "also called"', () => {
  const root = document.createElement('div');
  const fmt: EntryView = { ...view, entry: { ...view.entry, id: 'faecal-microbiota-transplantation', term: 'faecal microbiota transplantation' } };
  render(<TermCard view={fmt} writtenAs="stool transplants" onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.term')?.textContent).toBe('stool transplants');
  expect(root.querySelector('.also')?.textContent).toBe('also called faecal microbiota transplantation');
  render(<TermCard view={view} writtenAs="Dysbiosis" onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.term')?.textContent).toBe('dysbiosis');
  expect(root.querySelector('.also')).toBeNull();
});

test('case, spacing, hyphens and a plural ending are the same word; an abbreviation or another name is not', () => {
  expect(writtenDifferently('Cytokines', 'cytokine')).toBe(false);
  expect(writtenDifferently('gut-brain  axis', 'gut brain axis')).toBe(false);
  expect(writtenDifferently('Tregs', 'regulatory T cells')).toBe(true);
  expect(writtenDifferently('stool transplant', 'faecal microbiota transplantation')).toBe(true);
});

test('the FAQ part quotes the sentences about the term, says which question they answer, and links the whole answer', () => {
  const root = document.createElement('div');
  const onReadMore = vi.fn();
  render(<TermCard view={view} onRelated={() => {}} onReadMore={onReadMore} onClose={() => {}} />, root);
  expect(root.querySelector('.faq .from')?.textContent).toBe(`From the FAQ: ${view.section!.question}`);
  expect(root.querySelector('.faq .answer')?.textContent).toBe('Dysbiosis is tied to several autoimmune conditions.');
  (root.querySelector('.read-more') as HTMLButtonElement).click();
  expect(onReadMore).toHaveBeenCalledWith('dysbiosis-and-autoimmunity');
});

test('where no part of the answer concerns the term, the card links the question instead of quoting', () => {
  const root = document.createElement('div');
  const onReadMore = vi.fn();
  const none: EntryView = { ...view, section: { ...view.section!, excerpt: null } };
  render(<TermCard view={none} onRelated={() => {}} onReadMore={onReadMore} onClose={() => {}} />, root);
  expect(root.querySelector('.faq .answer')).toBeNull();
  const link = root.querySelector<HTMLButtonElement>('.faq button.question')!;
  expect(link.textContent).toBe(view.section!.question);
  link.click();
  expect(onReadMore).toHaveBeenCalledWith('dysbiosis-and-autoimmunity');
});

test('"Not on this site" is offered where the page gives it, and calls it', () => {
  const root = document.createElement('div');
  const off = vi.fn();
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} onNotOnThisSite={off} />, root);
  (root.querySelector('.not-here') as HTMLButtonElement).click();
  expect(off).toHaveBeenCalledOnce();
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.not-here')).toBeNull();
});

test('"I know this" asks how the term is still shown, then calls back with the entry and the choice', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const known = vi.fn();
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} onKnown={known} />, root);
  expect(root.querySelector('.known-first')).toBeNull();
  (root.querySelector('.know') as HTMLButtonElement).click();
  await new Promise((r) => setTimeout(r, 0));
  expect(root.querySelector('.known-choice [role="group"], .known-choice')?.getAttribute('role')).toBe('group');
  // Cancel goes back; the choice again, then "Stop highlighting it".
  (root.querySelector('.known-cancel') as HTMLButtonElement).click();
  await new Promise((r) => setTimeout(r, 0));
  expect(root.querySelector('.known-none')).toBeNull();
  (root.querySelector('.know') as HTMLButtonElement).click();
  await new Promise((r) => setTimeout(r, 0));
  (root.querySelector('.known-none') as HTMLButtonElement).click();
  expect(known).toHaveBeenCalledWith(view.entry.id, 'none');
  (root.querySelector('.known-first') as HTMLButtonElement).click();
  expect(known).toHaveBeenLastCalledWith(view.entry.id, 'first');
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.know')).toBeNull();
  root.remove();
});
