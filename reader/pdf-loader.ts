/**
 * Opens a PDF with pdf.js (what can go wrong, in the reader's words: pdf-problems.ts).
 * pdf.js parses in its worker, bundled with the extension (never fetched from elsewhere).
 * It runs without WebAssembly (`useWasm: false`), so the extension pages' CSP needs no
 * 'wasm-unsafe-eval': what the wasm decoders would add (JPEG 2000 and JBIG2 images, ICC
 * colours) is rare in papers, and pdf.js draws the rest of the page without them. pdf.js 6
 * has no `eval` code path left to switch off (its `isEvalSupported` option is gone).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
// Vite's `?url` import: the worker file is emitted with the extension and this is its address.
// oxlint-disable-next-line import/default
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { MAX_PDF_BYTES, OPEN_TIMEOUT_MS, PdfError, problemOf, withinTime } from './pdf-problems';

GlobalWorkerOptions.workerSrc = workerUrl;

export async function openPdf(data: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  if (data.byteLength > MAX_PDF_BYTES) throw new PdfError({ kind: 'too-big', bytes: data.byteLength });
  // pdf.js takes the buffer over; a copy stays here for another try with a password.
  const task = getDocument({ data: data.slice(), password, useWasm: false, enableXfa: false, stopAtErrors: false });
  try {
    // A file pdf.js cannot finish with is given up on: the reader is told, nothing hangs.
    return await withinTime(task.promise, OPEN_TIMEOUT_MS, () => void task.destroy());
  } catch (e) {
    void task.destroy();
    throw new PdfError(problemOf(e));
  }
}
