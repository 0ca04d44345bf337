/**
 * Where a PDF comes from: a file the reader chose or dropped, or an address (the popup's
 * and the link menu's doors). An address is downloaded only here, when the reader asked
 * for it. Without a host permission, a page from another origin is readable only if its
 * server allows it (CORS); otherwise the reader is asked, at that moment, to allow that
 * one origin (an optional host permission; none is asked at install).
 */
import { browser } from 'wxt/browser';
import { MAX_PDF_BYTES, PdfError } from './pdf-problems';

/** The permission pattern of the origin `url` is on. */
const originPattern = (url: URL): string => `${url.origin}/*`;

/** Whether the extension may read from the origin of this pattern (asked of the browser; injected in tests). */
const mayRead = (pattern: string) => browser.permissions.contains({ origins: [pattern] });

export async function download(address: string, hasOrigin: (pattern: string) => Promise<boolean> = mayRead): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PdfError({ kind: 'download', detail: 'the address is not valid.' });
  }
  if (url.protocol === 'file:') throw new PdfError({ kind: 'download', detail: 'files on this computer open with “Open PDF…” or by dropping them here.' });
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PdfError({ kind: 'download', detail: `addresses starting ${url.protocol} cannot be read.` });
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch (e) {
    // A network error, or the server does not share the file with other origins.
    const granted = await hasOrigin(originPattern(url)).catch(() => false);
    if (!granted) throw new PdfError({ kind: 'permission', origin: url.origin });
    throw new PdfError({ kind: 'download', detail: `${url.host} did not answer (${String(e)}).` });
  }
  if (!response.ok) throw new PdfError({ kind: 'download', detail: `${url.host} answered ${response.status} ${response.statusText}.` });
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_PDF_BYTES) throw new PdfError({ kind: 'too-big', bytes: length });
  return new Uint8Array(await response.arrayBuffer());
}

/** Asks the reader to allow downloading from `origin` (needs their click). */
export async function allowOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(new URL(origin))] }).catch(() => false);
}

/** A file name for the document at `address`. */
export function nameOf(address: string): string {
  try {
    const last = new URL(address).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : address;
  } catch {
    return address;
  }
}
