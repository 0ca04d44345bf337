import { useEffect, useRef, useState } from 'preact/hooks';
import { EvidenceBadge } from '../EvidenceBadge';
import { TermLinks } from '../TermLinks';
import type { EntryView } from '../../glossary/glossary';
import { aliasKey } from '../../glossary/normalize';
import type { KnownShow } from '../../settings/defaults';

export interface TermCardProps {
  view: EntryView;
  /** The words the page used for the term ("stool transplants"), when the card is for the highlight itself. */
  writtenAs?: string;
  /** The long form the page itself gives the highlighted abbreviation ("Crohn's disease" for "CD"). */
  definedAs?: string;
  /** Show another entry in the same card. */
  onRelated: (id: string) => void;
  /** Open the FAQ page at this entry's question. */
  onReadMore: (sectionId: string) => void;
  onClose: () => void;
  /** Stop highlighting on this site (absent where that makes no sense, as on our own pages). */
  onNotOnThisSite?: () => void;
  /** "I know this": the reader knows this entry; highlight its first mention only, or nowhere (absent on our own pages). */
  onKnown?: (id: string, show: KnownShow) => void;
}

/** Whether the page's words differ from the entry's name by more than case, spacing or a plural ending. */
export function writtenDifferently(written: string, term: string): boolean {
  const singular = (s: string) => aliasKey(s).replace(/(?<=\w)s$/, '');
  return singular(written) !== singular(term);
}

/**
 * The card shown for a highlighted term, compact like a page preview: the term as the page
 * wrote it, its name when that differs, the one-line definition; "More" unfolds why it
 * matters, the FAQ answer, the precise version and related terms. Text only, never HTML.
 * The folded part stays in the tree (hidden), so the card keeps one shape for tests and
 * assistive technology alike.
 */
export function TermCard({ view, writtenAs, definedAs, onRelated, onReadMore, onClose, onNotOnThisSite, onKnown }: TermCardProps) {
  const { entry, section, related } = view;
  const [expanded, setExpanded] = useState(false);
  const [choosingKnown, setChoosingKnown] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  // The choice replaces the button that asked for it: focus goes to its first option.
  useEffect(() => {
    if (choosingKnown) firstChoice.current?.focus();
  }, [choosingKnown]);
  const headingId = `gg-term-${entry.id}`;
  const moreId = `gg-more-${entry.id}`;
  const written = writtenAs?.trim();
  const showWritten = written && writtenDifferently(written, entry.term);
  const hasMore = Boolean(entry.whyItMatters || entry.detail || section || related.length > 0);
  return (
    <div class="card" role="dialog" tabIndex={-1} aria-labelledby={headingId} data-term-id={entry.id} data-expanded={String(expanded)}>
      <div class="head">
        <p id={headingId} class="term">
          {showWritten ? written : entry.term}
        </p>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {showWritten && <p class="also">also called {entry.term}</p>}
      {definedAs && <p class="defined-here">Defined on this page as “{definedAs}”.</p>}
      <p class="definition">
        {entry.definition}
        {entry.evidence === 'debated' && <> <EvidenceBadge level={entry.evidence} /></>}
      </p>
      <div class="more" id={moreId} hidden={!expanded}>
        {entry.whyItMatters && (
          <p class="why">
            {entry.whyItMatters} {entry.evidence && <EvidenceBadge level={entry.evidence} />}
          </p>
        )}
        {entry.detail && (
          <p class="detail">
            <span class="label">More precisely: </span>
            {entry.detail}
          </p>
        )}
        {section && (
          <section class="faq" aria-label="From the FAQ">
            {section.excerpt ? (
              <>
                <p class="from">
                  From the FAQ: <span class="question">{section.question}</span>
                </p>
                <p class="answer">
                  {section.excerpt.sentences.map((sentence, i, all) => (
                    <>
                      {i > 0 && ' '}
                      {sentence.text}
                      {/* A level is shown once for a run of sentences that share it. */}
                      {sentence.evidence && sentence.evidence !== all[i + 1]?.evidence && <> <EvidenceBadge level={sentence.evidence} /></>}
                    </>
                  ))}
                </p>
                <button type="button" class="link read-more" onClick={() => onReadMore(section.id)}>
                  Read the whole answer
                </button>
              </>
            ) : (
              <p class="from">
                In the FAQ:{' '}
                <button type="button" class="link read-more question" onClick={() => onReadMore(section.id)}>
                  {section.question}
                </button>
              </p>
            )}
          </section>
        )}
        {related.length > 0 && (
          <nav class="related" aria-label="Related terms">
            <span class="label">Related:</span>
            <TermLinks terms={related} onChoose={onRelated} />
          </nav>
        )}
      </div>
      {choosingKnown && onKnown ? (
        <div class="actions known-choice" role="group" aria-labelledby={`${headingId}-known`}>
          <span id={`${headingId}-known`} class="label">
            You know this term. On every page:
          </span>
          <button type="button" class="link known-first" ref={firstChoice} onClick={() => onKnown(entry.id, 'first')}>
            Highlight only its first mention
          </button>
          <button type="button" class="link known-none" onClick={() => onKnown(entry.id, 'none')}>
            Stop highlighting it
          </button>
          <button type="button" class="link quiet known-cancel" onClick={() => setChoosingKnown(false)}>
            Cancel
          </button>
        </div>
      ) : (
        (hasMore || onNotOnThisSite || onKnown) && (
          <div class="actions">
            {hasMore && (
              <button type="button" class="link toggle-more" aria-expanded={expanded} aria-controls={moreId} onClick={() => setExpanded(!expanded)}>
                {expanded ? 'Less' : 'More'}
              </button>
            )}
            {onKnown && (
              <button type="button" class="link quiet know" onClick={() => setChoosingKnown(true)}>
                I know this
              </button>
            )}
            {onNotOnThisSite && (
              <button type="button" class="link quiet not-here" onClick={onNotOnThisSite}>
                Not on this site
              </button>
            )}
          </div>
        )
      )}
    </div>
  );
}
