// @vitest-environment happy-dom
import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { TermCard } from '../../components/card/TermCard';
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
    shortAnswer: 'Yes: an upset microbial balance is tied to several autoimmune conditions.',
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

test('a claim shows its evidence level as a word with the explanation as its tooltip; the precise version folds away', () => {
  const root = document.createElement('div');
  const rich: EntryView = {
    ...view,
    entry: { ...view.entry, evidence: 'debated', detail: 'There is no agreed definition of dysbiosis, nor an agreed test for it.' },
    section: { ...view.section!, evidence: 'animals' },
  };
  render(<TermCard view={rich} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  const why = root.querySelector('.why .evidence');
  expect(why?.textContent).toBe('Debated');
  expect(why?.getAttribute('title')).toMatch(/^Studies disagree/);
  expect(root.querySelector('.answer .evidence')?.textContent).toBe('Animals or lab');
  expect(root.querySelector('details.detail summary')?.textContent).toBe('More precisely');
  expect(root.querySelector('details.detail')?.hasAttribute('open')).toBe(false);
  expect(root.querySelector('details.detail p')?.textContent).toBe(rich.entry.detail);
});

test('without a level or a detail, the card shows neither', () => {
  const root = document.createElement('div');
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.evidence')).toBeNull();
  expect(root.querySelector('details')).toBeNull();
});

test('a term the page defines itself says how the page defines it', () => {
  const root = document.createElement('div');
  render(<TermCard view={view} definedAs="dysbiotic state" onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.defined-here')?.textContent).toBe('Defined on this page as “dysbiotic state”.');
  render(<TermCard view={view} onRelated={() => {}} onReadMore={() => {}} onClose={() => {}} />, root);
  expect(root.querySelector('.defined-here')).toBeNull();
});
