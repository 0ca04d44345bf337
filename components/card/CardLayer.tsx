import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard, type Rect } from '../../highlight/placement';
import type { EntryView } from '../../glossary/glossary';
import type { KnownShow } from '../../settings/defaults';
import { TermCard } from './TermCard';

export interface CardLayerProps {
  view: EntryView | null;
  /** The words the page used for the term, when the card shows the highlight's own entry. */
  writtenAs?: string;
  /** The long form the page gives the highlighted abbreviation, if it defines it. */
  definedAs?: string;
  /** The highlighted term's rectangle in viewport coordinates. */
  anchor: Rect | null;
  onRelated: (id: string) => void;
  onReadMore: (sectionId: string) => void;
  onClose: () => void;
  onNotOnThisSite?: () => void;
  onKnown?: (id: string, show: KnownShow) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** Positions the term card next to its term: measured, then placed, before paint. */
export function CardLayer(props: CardLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !props.anchor) return;
    el.style.maxHeight = '';
    const size = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView!;
    const p = placeCard(props.anchor, size, { width: view.innerWidth, height: view.innerHeight });
    el.style.left = `${p.left}px`;
    // Above the term the card hangs from its bottom edge, so unfolding "More" grows it upwards, off the term.
    el.style.top = p.side === 'below' ? `${p.top}px` : 'auto';
    el.style.bottom = p.side === 'above' ? `${view.innerHeight - p.top - Math.min(size.height, p.maxHeight)}px` : 'auto';
    el.style.maxHeight = `${p.maxHeight}px`;
    el.dataset.side = p.side;
    el.style.visibility = 'visible';
  });
  const view = props.view && props.anchor ? props.view : null;
  // Always present, so a screen reader hears each card that opens (polite: it waits for the reader's current sentence).
  const announcement = view ? `Glossary card: ${view.entry.term}. ${view.entry.definition}` : '';
  return (
    <>
      <div class="announce" role="status">
        {announcement}
      </div>
      {view && (
        <div ref={ref} class="layer" style={{ visibility: 'hidden' }} onPointerEnter={props.onPointerEnter} onPointerLeave={props.onPointerLeave}>
          <TermCard
            key={view.entry.id}
            view={view}
            writtenAs={props.writtenAs}
            definedAs={props.definedAs}
            onRelated={props.onRelated}
            onReadMore={props.onReadMore}
            onClose={props.onClose}
            onNotOnThisSite={props.onNotOnThisSite}
            onKnown={props.onKnown}
          />
        </div>
      )}
    </>
  );
}
