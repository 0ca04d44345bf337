import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { request } from '../../messaging/client';
import './style.css';

render(
  <Popup
    api={{
      search: (query) => request('search', { query, limit: 20 }),
      entry: (id) => request('getEntry', { id }),
      section: (id) => request('getSection', { id }),
      openFaq: (entry) => void request('openFaq', { entry }).then(() => window.close()),
    }}
  />,
  document.getElementById('app')!,
);
