import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryView, SearchHit, SectionView } from '../messaging/protocol';
import { EntryDetails } from './EntryDetails';
import { SearchResults } from './SearchResults';

/** What the popup needs from the background; injected so the component is testable. */
export interface PopupApi {
  search: (query: string) => Promise<SearchHit[]>;
  entry: (id: string) => Promise<EntryView | null>;
  section: (id: string) => Promise<SectionView | null>;
  openFaq: (entryId: string) => void;
}

/** The toolbar popup: search as you type, then read an entry. Keyboard first. */
export function Popup({ api }: { api: PopupApi }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [view, setView] = useState<EntryView | null>(null);
  const [section, setSection] = useState<SectionView | null>(null);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) {
      setHits([]);
      return;
    }
    api.search(query).then(
      (h) => ticket === latest.current && (setHits(h), setActive(0), setError('')),
      () => ticket === latest.current && setError('The glossary is not available right now. Try again.'),
    );
  }, [query]);

  const choose = async (id: string) => {
    const v = await api.entry(id);
    setView(v);
    setSection(v?.entry.section ? await api.section(v.entry.section) : null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) void choose(hits[active].id);
    else if (e.key === 'Escape' && query) setQuery('');
    else return;
    e.preventDefault();
  };

  if (view)
    return (
      <main class="popup">
        <EntryDetails
          view={view}
          section={section}
          onRelated={(id) => void choose(id)}
          onOpenFaq={() => api.openFaq(view.entry.id)}
          onBack={() => {
            setView(null);
            setTimeout(() => input.current?.focus());
          }}
        />
      </main>
    );

  return (
    <main class="popup">
      <input
        ref={input}
        type="search"
        class="search"
        placeholder="Search the glossary: dysbiosis, Tregs, SCFAs…"
        aria-label="Search the glossary"
        aria-controls="gg-results"
        aria-activedescendant={hits[active] ? `gg-result-${hits[active].id}` : undefined}
        autoFocus
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {error && <p class="error" role="alert">{error}</p>}
      {query.trim() && !error && hits.length === 0 && <p class="empty">No entry matches “{query}”.</p>}
      <SearchResults hits={hits} active={active} onChoose={(id) => void choose(id)} />
    </main>
  );
}
