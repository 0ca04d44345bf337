import { render } from 'preact';
import { FaqPage } from '../../components/faq/FaqPage';
import { startExtensionPageSession } from '../../content/extension-page';
import type { SectionView } from '../../glossary/glossary';
import { request } from '../../messaging/client';
import './style.css';

const sectionList = await request('listSections', {});
const sections = (await Promise.all(sectionList.map((s) => request('getSection', { id: s.id })))).filter(
  (s): s is SectionView => s !== null,
);
render(<FaqPage sections={sections} />, document.getElementById('app')!);
// Content arrived after load: go to the question or entry the address names.
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();

// The FAQ's own terms are highlighted and explained exactly as on any page.
await startExtensionPageSession(document, (section) => document.getElementById(section)?.scrollIntoView({ behavior: 'smooth' }));
