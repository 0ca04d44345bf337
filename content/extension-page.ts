/**
 * A page session on one of the extension's own pages (the FAQ). Content scripts do not
 * run there, so what the manifest gives a web page is added by hand: the highlight styles,
 * and the card's shadow root with its styles. The page lives as long as its tab.
 */
import cardCss from '../components/card/card.css?inline';
import { CARD_HOST_TAG } from '../highlight/dom-rules';
import highlightCss from '../public/highlight.css?inline';
import { settingsItem } from '../settings/storage';
import { startPageSession, type BuildCard, type PageSession, type PageSessionOptions } from './page-session';

const style = (doc: Document, css: string) => Object.assign(doc.createElement('style'), { textContent: css });

/**
 * `reading`: how the page's text is read (the PDF reader's text layers), and whether the
 * reader's settings of which mentions show apply (the FAQ and first-run pages explain every
 * term they use; the PDF reader is for reading, like any page).
 */
export function startExtensionPageSession(
  doc: Document,
  openFaq: (sectionId: string) => void,
  reading: Pick<PageSessionOptions, 'readText' | 'learnFrom' | 'spell' | 'everyMention' | 'unordered'> = {},
): Promise<PageSession> {
  doc.head.append(style(doc, highlightCss));
  const mountCard = async (build: BuildCard) => {
    const host = doc.body.appendChild(doc.createElement(CARD_HOST_TAG));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(style(doc, cardCss));
    return build(shadow.appendChild(doc.createElement('div')), host);
  };
  return startPageSession({
    doc,
    host: doc.location?.hostname ?? '',
    lifetime: { isInvalid: false, onInvalidated: () => {} },
    mountCard,
    openFaq,
    // The FAQ explains its terms wherever they are used (unless `reading` says otherwise).
    everyMention: true,
    watchSettings: (onChange) => settingsItem.watch(onChange),
    ...reading,
  });
}
