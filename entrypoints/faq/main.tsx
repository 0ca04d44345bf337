import { render } from 'preact';
import { FaqPage } from '../../components/FaqPage';
import { SECTION_IDS } from '../../glossary/schema';
import { request } from '../../messaging/client';
import type { SectionView } from '../../messaging/protocol';
import './style.css';

const sections = (await Promise.all(SECTION_IDS.map((id) => request('getSection', { id })))).filter(
  (s): s is SectionView => s !== null,
);
render(<FaqPage sections={sections} />, document.getElementById('app')!);
// Content arrived after load: go to the question or entry the address names.
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
