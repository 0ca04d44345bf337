import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryView, SearchHit, SectionView } from '../../glossary/glossary';
import type { PageState } from '../../messaging/protocol';
import type { Settings } from '../../settings/defaults';
import { isSiteListed, setSiteEnabled } from '../../settings/sites';
import { EntryDetails } from './EntryDetails';
import { OpenInReader } from './OpenInReader';
import { PageTerms } from './PageTerms';
import { QuestionList } from './QuestionList';
import { SearchResults } from './SearchResults';
import { SectionDetails } from './SectionDetails';
import { SiteSwitches } from './SiteSwitches';
import { Shortcuts, type Shortcut } from '../Shortcuts';

/** What the popup needs from the extension; injected so the component is testable. */
export interface PopupApi {
  search: (query: string) => Promise<SearchHit[]>;
  suggest: (query: string) => Promise<SearchHit[]>;
  entry: (id: string) => Promise<EntryView | null>;
  section: (id: string) => Promise<SectionView | null>;
  listEntries: () => Promise<SearchHit[]>;
  listSections: () => Promise<{ id: string; question: string }[]>;
  openFaq: (entryId: string) => void;
  /** The open tab's state, or null where no content script runs (browser pages, the store). */
  pageState: () => Promise<PageState | null>;
  jumpTo: (id: string) => Promise<void>;
  settings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  openOptions: () => void;
  /** The extension's keyboard shortcuts as currently set in the browser. */
  shortcuts: () => Promise<Shortcut[]>;
  /** The open tab's address when it shows a PDF, and opening that PDF in the reader page. */
  pdfAddress?: () => Promise<string | null>;
  openInReader?: (address: string) => void;
}

type View = { kind: 'home' } | { kind: 'entry'; view: EntryView; section: SectionView | null } | { kind: 'section'; view: SectionView };

/** The toolbar popup: search as you type, read an entry, see what the open page mentions. Keyboard first. */
export function Popup({ api, initialQuery = '' }: { api: PopupApi; initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [suggestions, setSuggestions] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [view, setView] = useState<View>({ kind: 'home' });
  const [error, setError] = useState('');
  const [page, setPage] = useState<PageState | null>(null);
  const [terms, setTerms] = useState<Map<string, string>>(new Map());
  const [sections, setSections] = useState<{ id: string; question: string }[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    api.listSections().then(setSections, () => setError('The glossary is not available right now. Try again.'));
    api.listEntries().then((list) => setTerms(new Map(list.map((e) => [e.id, e.term]))), () => {});
    api.pageState().then(setPage, () => setPage(null));
    api.settings().then(setSettings, () => {});
    api.shortcuts().then(setShortcuts, () => {});
  }, []);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) {
      setHits([]);
      setSuggestions([]);
      return;
    }
    api.search(query).then(
      async (h) => {
        if (ticket !== latest.current) return;
        setHits(h);
        setActive(0);
        setError('');
        const s = h.length ? [] : await api.suggest(query).catch(() => []);
        if (ticket === latest.current) setSuggestions(s);
      },
      () => ticket === latest.current && setError('The glossary is not available right now. Try again.'),
    );
  }, [query]);

  const openEntry = async (id: string) => {
    const v = await api.entry(id);
    if (!v) return;
    const section = v.entry.section ? await api.section(v.entry.section) : null;
    setView({ kind: 'entry', view: v, section });
  };
  const openSection = async (id: string) => {
    const v = await api.section(id);
    if (v) setView({ kind: 'section', view: v });
  };
  const home = () => {
    setView({ kind: 'home' });
    setTimeout(() => input.current?.focus());
  };
  // Escape in an entry or a question goes back to the search, as the back button does.
  useEffect(() => {
    if (view.kind === 'home') return;
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      home();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [view.kind]);
  const save = (next: Settings) => {
    setSettings(next);
    void api.saveSettings(next).then(() => api.pageState().then(setPage, () => {}));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) void openEntry(hits[active].id);
    else if (e.key === 'Escape' && query) setQuery('');
    else return;
    e.preventDefault();
  };

  if (view.kind === 'entry')
    return (
      <main class="popup">
        <EntryDetails
          view={view.view}
          section={view.section}
          onRelated={(id) => void openEntry(id)}
          onOpenFaq={() => api.openFaq(view.view.entry.id)}
          onBack={home}
        />
      </main>
    );
  if (view.kind === 'section')
    return (
      <main class="popup">
        <SectionDetails view={view.view} onEntry={(id) => void openEntry(id)} onBack={home} />
      </main>
    );

  const host = page?.host || null;
  return (
    <main class="popup">
      <h1 class="visually-hidden">Gut Glossary</h1>
      {/* The ARIA 1.2 combobox: focus stays in the field, arrows move through the listbox, Enter opens. */}
      <input
        ref={input}
        type="search"
        class="search"
        placeholder="Search: dysbiosis, Tregs, SCFAs…"
        aria-label="Search the glossary"
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls="gg-results"
        aria-activedescendant={hits[active] ? `gg-result-${hits[active].id}` : undefined}
        autoFocus
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {query.trim() && !error && hits.length === 0 && (
        <div class="empty" role="status">
          <p>No entry matches “{query.trim()}”.</p>
          {suggestions.length > 0 && (
            <p>
              Did you mean{' '}
              {suggestions.map((s, i) => (
                <>
                  {i > 0 && ', '}
                  <button type="button" class="link" data-term-id={s.id} onClick={() => void openEntry(s.id)}>
                    {s.term}
                  </button>
                </>
              ))}
              ?
            </p>
          )}
        </div>
      )}
      <p class="visually-hidden" role="status">
        {query.trim() && hits.length > 0 ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}` : ''}
      </p>
      <SearchResults hits={hits} active={active} onChoose={(id) => void openEntry(id)} />
      {!query.trim() && (
        <>
          {api.pdfAddress && api.openInReader && <OpenInReader pdfAddress={api.pdfAddress} open={api.openInReader} />}
          {page && <PageTerms state={page} terms={terms} onJump={(id) => void api.jumpTo(id)} />}
          <QuestionList sections={sections} onOpen={(id) => void openSection(id)} />
        </>
      )}
      {settings && (
        <SiteSwitches
          host={host}
          siteOn={!host || !isSiteListed(settings, host)}
          globalOn={settings.enabled}
          onSite={(on) => host && save(setSiteEnabled(settings, host, on))}
          onGlobal={(on) => save({ ...settings, enabled: on })}
          onOptions={api.openOptions}
        />
      )}
      <Shortcuts shortcuts={shortcuts} />
    </main>
  );
}
