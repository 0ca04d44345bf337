/**
 * Which addresses are PDFs the reader can open, and the reader's own address for one:
 * shared by the link menu, the popup and the reader. Pure: no DOM, no `browser`.
 */

/** Links the "Open PDF in Gut Glossary" menu item appears on (match patterns: a path ending in .pdf, arXiv's PDF links). */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.pdf#*', '*://*/*.PDF', '*://*/*.PDF?*', '*://arxiv.org/pdf/*'];

/** Whether `address` looks like a PDF on the web (what the browser's own viewer shows at that address). */
export function isPdfAddress(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    return /\.pdf$/i.test(url.pathname) || (url.hostname === 'arxiv.org' && url.pathname.startsWith('/pdf/'));
  } catch {
    return false;
  }
}

/** The reader page (`readerPage`, the extension's reader.html) opening the PDF at `address`. */
export const readerAddress = (readerPage: string, address: string): string => `${readerPage}?url=${encodeURIComponent(address)}`;
