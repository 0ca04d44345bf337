// @vitest-environment happy-dom
import { render } from 'preact';
import { expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { buildGlossary, sectionView } from '../../glossary/glossary';
import { FaqPage } from '../../components/faq/FaqPage';

const glossary = buildGlossary(builtInEntries, builtInSections);
const sections = builtInSections.map((s) => sectionView(glossary, s.id)!);

test('the FAQ page says it is not medical advice and explains the three evidence levels once', () => {
  const root = document.createElement('div');
  render(<FaqPage sections={sections} />, root);
  expect(root.querySelector('.not-advice')?.textContent).toMatch(/not medical advice/);
  const levels = root.querySelectorAll('.evidence-levels .evidence');
  expect([...levels].map((b) => b.textContent)).toEqual(['Shown in people', 'Animals or lab', 'Debated']);
});

test('every paragraph that makes a claim carries its level, and only those', () => {
  const root = document.createElement('div');
  render(<FaqPage sections={sections} />, root);
  for (const s of builtInSections) {
    const paragraphs = root.querySelectorAll(`section#${s.id} > p`);
    expect(paragraphs, s.id).toHaveLength(s.fullAnswer.length);
    paragraphs.forEach((p, i) => {
      expect(p.querySelector('.evidence')?.getAttribute('data-evidence') ?? null, `${s.id} paragraph ${i}`).toBe(s.evidence.fullAnswer[i]);
    });
  }
});
