/**
 * Why a PDF could not be opened, as the reader is told: pdf.js's exceptions and our own
 * limits, each one kind of problem. Pure: no DOM, no `browser`, no pdf.js.
 */

/** Larger files are refused before parsing: the whole file sits in memory twice (here and in the worker). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export type PdfProblem =
  | { kind: 'password'; wrong: boolean }
  | { kind: 'broken'; detail: string }
  | { kind: 'too-big'; bytes: number }
  | { kind: 'download'; detail: string }
  | { kind: 'too-slow'; seconds: number }
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

/** How long pdf.js may take to open a file before the reader says so and gives up on it. */
export const OPEN_TIMEOUT_MS = 60_000;

/** `work`, or a 'too-slow' PdfError after `ms` (then `giveUp` stops the work). */
export function withinTime<T>(work: Promise<T>, ms: number, giveUp: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      giveUp();
      reject(new PdfError({ kind: 'too-slow', seconds: Math.round(ms / 1000) }));
    }, ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
