/**
 * The PDF reader's toolbar and messages: open a file, zoom, fit to width, page number,
 * find in the document, dark mode; what went wrong when a file cannot be read. Props in,
 * callbacks out.
 */
import { useState } from 'preact/hooks';
import { MAX_PDF_BYTES, type PdfProblem } from '../../reader/pdf-problems';

export interface ReaderState {
  status: 'empty' | 'loading' | 'ready' | 'problem';
  problem?: PdfProblem;
  /** The document's name (file name or the last part of its address). */
  name?: string;
  page: number;
  pageCount: number;
  scale: number;
  dark: boolean;
  find: { query: string; hits: number; index: number; searching: boolean };
}

export interface ReaderActions {
  openFile(file: File): void;
  zoom(scale: number): void;
  fitWidth(): void;
  goToPage(page: number): void;
  find(query: string, step: 1 | -1): void;
  toggleDark(): void;
  password(password: string): void;
  allow(): void;
}

const MB = 1024 * 1024;

/** What went wrong, in the reader's words. */
export function problemText(p: PdfProblem): string {
  switch (p.kind) {
    case 'password':
      return p.wrong ? 'That password is not right. Try again.' : 'This PDF is protected by a password. Enter it to read the document.';
    case 'broken':
      return 'This file could not be read as a PDF: it is damaged, or it is not a PDF.';
    case 'too-big':
      return `This file is ${Math.round(p.bytes / MB)} MB: the reader opens PDFs of up to ${MAX_PDF_BYTES / MB} MB.`;
    case 'too-slow':
      return `This file took more than ${p.seconds} seconds to open and was given up on: it may be damaged, or too complex for the reader.`;
    case 'download':
      return `The PDF could not be downloaded: ${p.detail}`;
    case 'permission':
      return `To open this PDF, Gut Glossary needs your permission to download it from ${p.origin}. It reads this one file and sends nothing.`;
  }
}

export function ReaderBar({ state, actions }: { state: ReaderState; actions: ReaderActions }) {
  const [pageInput, setPageInput] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [query, setQuery] = useState('');
  const ready = state.status === 'ready';
  const { find } = state;
  return (
    <>
      <header class="bar" aria-label="PDF reader">
        <label class="open">
          Open PDF…
          <input
            type="file"
            accept="application/pdf,.pdf"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) actions.openFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <h1 class="name" title={state.name}>
          {state.name ?? 'Gut Glossary reader'}
        </h1>
        {ready && (
          <>
            <span class="group">
              <button type="button" aria-label="Zoom out" onClick={() => actions.zoom(state.scale / 1.2)}>−</button>
              <output aria-label="Zoom">{Math.round(state.scale * 100)}%</output>
              <button type="button" aria-label="Zoom in" onClick={() => actions.zoom(state.scale * 1.2)}>+</button>
              <button type="button" onClick={() => actions.fitWidth()}>Fit width</button>
            </span>
            <span class="group">
              <label>
                Page{' '}
                <input
                  class="page-number"
                  inputMode="numeric"
                  aria-label="Page number"
                  value={pageInput ?? String(state.page)}
                  onFocus={(e) => e.currentTarget.select()}
                  onInput={(e) => setPageInput(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter') return;
                    const n = Number.parseInt(e.currentTarget.value, 10);
                    if (Number.isFinite(n)) actions.goToPage(n);
                    setPageInput(null);
                  }}
                  onBlur={() => setPageInput(null)}
                />
              </label>
              <span> of {state.pageCount}</span>
            </span>
            <span class="group" role="search">
              <input
                type="search"
                class="find"
                placeholder="Find in document"
                aria-label="Find in document"
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') actions.find(query, e.shiftKey ? -1 : 1);
                }}
              />
              <output class="find-count" aria-live="polite">
                {find.searching ? 'Searching…' : find.query ? (find.hits ? `${find.index + 1} of ${find.hits}` : 'Not found') : ''}
              </output>
            </span>
          </>
        )}
        <button type="button" class="dark" aria-pressed={state.dark} onClick={() => actions.toggleDark()}>
          Dark
        </button>
      </header>
      <section class="messages" aria-label="Reader messages">
        {state.status === 'empty' && (
          <p class="message">Choose a PDF with “Open PDF…”, or drop one here. Its glossary terms are highlighted as on any page.</p>
        )}
        {state.status === 'loading' && <p class="message">Opening…</p>}
        {state.status === 'problem' && state.problem && (
          <div class="message problem" role="alert">
            <p>{problemText(state.problem)}</p>
            {state.problem.kind === 'password' && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  actions.password(password);
                }}
              >
                <input type="password" aria-label="Password" autoFocus value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
                <button type="submit">Open</button>
              </form>
            )}
            {state.problem.kind === 'permission' && (
              <button type="button" onClick={() => actions.allow()}>
                Allow and open
              </button>
            )}
          </div>
        )}
      </section>
    </>
  );
}
