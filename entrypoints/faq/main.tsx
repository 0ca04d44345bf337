import { render } from 'preact';
import { FaqPage } from '../../components/faq/FaqPage';
import { CardController } from '../../content/card-controller';
import { markOptions } from '../../content/mark-options';
import { navigateTerms } from '../../content/keyboard-nav';
import { compileMatcher } from '../../glossary/matcher';
import { CARD_HOST_TAG } from '../../highlight/dom-rules';
import { PageHighlighter } from '../../highlight/page-highlighter';
import { request } from '../../messaging/client';
import type { SectionView } from '../../glossary/glossary';
import cardCss from '../../components/card/card.css?inline';
import highlightCss from '../../public/highlight.css?inline';
import './style.css';

const [sectionList, config] = await Promise.all([request('listSections', {}), request('getPageConfig', { host: location.hostname })]);
const sections = (await Promise.all(sectionList.map((s) => request('getSection', { id: s.id })))).filter(
  (s): s is SectionView => s !== null,
);
render(<FaqPage sections={sections} />, document.getElementById('app')!);
// Content arrived after load: go to the question or entry the address names.
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();

// The FAQ's own terms are highlighted and explained exactly as on any page (content
// scripts do not run on extension pages, so the same modules are wired here).
document.head.append(Object.assign(document.createElement('style'), { textContent: highlightCss }));
const page = new PageHighlighter(document, compileMatcher(config.entries), { firstMentionOnly: false, ...markOptions(config.style) });
page.start();
const host = document.body.appendChild(document.createElement(CARD_HOST_TAG));
const shadow = host.attachShadow({ mode: 'open' });
shadow.append(Object.assign(document.createElement('style'), { textContent: cardCss }));
const card = new CardController(document, {
  container: shadow.appendChild(document.createElement('div')),
  host,
  openDelayMs: config.cardDelayMs,
  loadEntry: (id) => request('getEntry', { id }),
  openFaq: (section) => document.getElementById(section)?.scrollIntoView({ behavior: 'smooth' }),
});
document.addEventListener('keydown', (e) => navigateTerms(e, () => page.marks(), card.openMark ?? document.activeElement));
