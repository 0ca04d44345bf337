import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createPopupApi } from './popup-api';
import './style.css';

// ?tab=<id> names the tab to describe (tests, and a popup opened in its own tab); ?q= prefills the search.
const params = new URLSearchParams(location.search);
render(
  <Popup initialQuery={params.get('q') ?? ''} api={createPopupApi(params.has('tab') ? Number(params.get('tab')) : null)} />,
  document.getElementById('app')!,
);
