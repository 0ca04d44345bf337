/**
 * Opens a PDF with pdf.js, and says in the reader's words why one could not be opened.
 * pdf.js parses in its worker, bundled with the extension (never fetched from elsewhere).
 * It runs without WebAssembly (`useWasm: false`), so the extension pages' CSP needs no
 * 'wasm-unsafe-eval': what the wasm decoders would add (JPEG 2000 and JBIG2 images, ICC
 * colours) is rare in papers, and pdf.js draws the rest of the page without them. pdf.js 6
 * has no `eval` code path left to switch off (its `isEvalSupported` option is gone).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Larger files are refused before parsing: the whole file sits in memory twice (here and in the worker). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export type PdfProblem =
  | { kind: 'password'; wrong: boolean }
  | { kind: 'broken'; detail: string }
  | { kind: 'too-big'; bytes: number }
  | { kind: 'download'; detail: string }
  | { kind: 'permission'; origin: string };

/** A PDF that could not be opened, and why. */
export class PdfError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem.kind);
  }
}

/** What pdf.js says went wrong, as one of our problems. */
export function problemOf(error: unknown): PdfProblem {
  if (error instanceof PdfError) return error.problem;
  const e = error as { name?: string; code?: number; message?: string } | null;
  // PasswordException's codes: 1 a password is needed, 2 the one given is wrong.
  if (e?.name === 'PasswordException') return { kind: 'password', wrong: e.code === 2 };
  return { kind: 'broken', detail: e?.message ?? String(error) };
}

export async function openPdf(data: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  if (data.byteLength > MAX_PDF_BYTES) throw new PdfError({ kind: 'too-big', bytes: data.byteLength });
  // pdf.js takes the buffer over; a copy stays here for another try with a password.
  const task = getDocument({ data: data.slice(), password, useWasm: false, enableXfa: false, stopAtErrors: false });
  try {
    return await task.promise;
  } catch (e) {
    void task.destroy();
    throw new PdfError(problemOf(e));
  }
}
