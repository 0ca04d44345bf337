/**
 * A page's text layer: pdf.js places each run of text over the drawn page, transparent and
 * selectable. Line ends become newline characters in the text (pdf.js writes `<br>`, which
 * the highlighter reads as the end of a block): a term broken across lines, hyphenated or
 * not, is then one stretch of text the matcher can read whole (see glossary/pdf-text.ts).
 */
import { TextLayer, type PageViewport, type PDFPageProxy } from 'pdfjs-dist';

const TEXT_LAYER_CLASS = 'textLayer';

/** Builds the text layer of `page` in a new element, detached, so it reaches the document (and the highlighter) whole. */
export async function buildTextLayer(doc: Document, page: PDFPageProxy, viewport: PageViewport): Promise<{ layer: HTMLElement; cancel: () => void }> {
  const layer = doc.createElement('div');
  layer.className = TEXT_LAYER_CLASS;
  const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport });
  await textLayer.render();
  for (const br of [...layer.querySelectorAll('br')]) {
    const eol = doc.createElement('span');
    eol.className = 'eol';
    eol.textContent = '\n';
    br.replaceWith(eol);
  }
  return { layer, cancel: () => textLayer.cancel() };
}

/** A page's text as its text layer reads (runs, and a newline at each line end). */
export async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  return text;
}
