// @vitest-environment happy-dom
/** The PDF reader's doors: which addresses are PDFs, the link menu item, the popup's button, downloading on request, and what the reader is told when it fails. */
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { PDF_MENU_ID, registerContextMenu } from '../../background/context-menu';
import { OpenInReader } from '../../components/popup/OpenInReader';
import { problemText } from '../../components/reader/ReaderBar';
import { isPdfAddress, readerAddress } from '../../reader/pdf-address';
import { MAX_PDF_BYTES, problemOf, withinTime, type PdfError, type PdfProblem } from '../../reader/pdf-problems';
import { download } from '../../reader/pdf-source';

describe('PDF addresses', () => {
  test('web addresses whose path ends in .pdf, and arXiv PDF links, are PDFs', () => {
    expect(isPdfAddress('https://journal.example/papers/gut.pdf')).toBe(true);
    expect(isPdfAddress('http://journal.example/GUT.PDF?download=1#page=2')).toBe(true);
    expect(isPdfAddress('https://arxiv.org/pdf/2401.01234v2')).toBe(true);
    expect(isPdfAddress('https://journal.example/gut.pdf.html')).toBe(false);
    expect(isPdfAddress('file:///home/me/gut.pdf')).toBe(false);
    expect(isPdfAddress('chrome-extension://id/reader.html')).toBe(false);
    expect(isPdfAddress(undefined)).toBe(false);
    expect(isPdfAddress('not a url')).toBe(false);
  });
  test('the reader address carries the PDF address whole', () => {
    const address = 'https://journal.example/a b.pdf?x=1&y=2#page=3';
    const reader = new URL(readerAddress('chrome-extension://id/reader.html', address));
    expect(reader.searchParams.get('url')).toBe(address);
  });
});

describe('the link menu', () => {
  function fakeMenus() {
    const created: { id: string; contexts: string[]; targetUrlPatterns?: string[] }[] = [];
    let onClicked: (info: { menuItemId: string; linkUrl?: string; selectionText?: string }, tab?: { id: number }) => void = () => {};
    const menus = {
      removeAll: async () => {},
      create: (item: (typeof created)[number]) => void created.push(item),
      onClicked: { addListener: (f: typeof onClicked) => void (onClicked = f) },
    };
    return { menus, created, click: (info: Parameters<typeof onClicked>[0]) => onClicked(info, { id: 3 }) };
  }

  test('an item on links to PDFs opens the link in the reader', async () => {
    const { menus, created, click } = fakeMenus();
    const openPdf = vi.fn(async () => {});
    registerContextMenu(menus as never, { explainInTab: async () => false, openSearch: async () => {}, openPdf });
    await vi.waitFor(() => expect(created.map((c) => c.id)).toContain(PDF_MENU_ID));
    const item = created.find((c) => c.id === PDF_MENU_ID)!;
    expect(item.contexts).toEqual(['link']);
    expect(item.targetUrlPatterns).toContain('*://*/*.pdf');
    click({ menuItemId: PDF_MENU_ID, linkUrl: 'https://journal.example/gut.pdf' });
    expect(openPdf).toHaveBeenCalledWith('https://journal.example/gut.pdf');
  });
});

describe('the popup button', () => {
  test('appears on a PDF tab and opens its address in the reader', async () => {
    const root = document.createElement('div');
    const open = vi.fn();
    render(<OpenInReader pdfAddress={async () => 'https://journal.example/gut.pdf'} open={open} />, root);
    await vi.waitFor(() => expect(root.querySelector('button')?.textContent).toBe('Open in Gut Glossary reader'));
    root.querySelector('button')!.click();
    expect(open).toHaveBeenCalledWith('https://journal.example/gut.pdf');
  });
  test('stays away on other tabs', async () => {
    const root = document.createElement('div');
    const asked = vi.fn(async () => null);
    render(<OpenInReader pdfAddress={asked} open={() => {}} />, root);
    await vi.waitFor(() => expect(asked).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('button')).toBeNull();
  });
});

describe('downloading a PDF the reader asked for', () => {
  const problem = (p: Promise<unknown>) => p.then(() => null, (e: PdfError) => e.problem);
  const paper = new Uint8Array([37, 80, 68, 70]);

  test('a file the server shares is downloaded whole', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(paper, { headers: { 'content-length': '4' } })));
    expect(await download('https://journal.example/gut.pdf', async () => false)).toEqual(paper);
    vi.unstubAllGlobals();
  });
  test('a server that does not share the file: the reader is asked for its origin, unless it was allowed already', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const asked: string[] = [];
    const denied = async (pattern: string) => (asked.push(pattern), false);
    expect(await problem(download('https://journal.example/a/gut.pdf', denied))).toEqual({ kind: 'permission', origin: 'https://journal.example' });
    expect(asked).toEqual(['https://journal.example/*']);
    expect(await problem(download('https://journal.example/gut.pdf', async () => true))).toMatchObject({ kind: 'download' });
    vi.unstubAllGlobals();
  });
  test('errors, oversized files and addresses that are not on the web get a message, not a hang', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' })));
    expect(await problem(download('https://journal.example/gut.pdf', async () => true))).toEqual({ kind: 'download', detail: 'journal.example answered 404 Not Found.' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(paper, { headers: { 'content-length': String(MAX_PDF_BYTES + 1) } })));
    expect(await problem(download('https://journal.example/gut.pdf', async () => true))).toEqual({ kind: 'too-big', bytes: MAX_PDF_BYTES + 1 });
    vi.unstubAllGlobals();
    expect(problemText((await problem(download('file:///home/me/gut.pdf')))!)).toMatch(/Open PDF/);
    expect(await problem(download('javascript:alert(1)'))).toMatchObject({ kind: 'download' });
    expect(await problem(download('nonsense'))).toMatchObject({ kind: 'download' });
  });
  test("pdf.js's exceptions become the reader's problems, each with its own message", () => {
    expect(problemOf({ name: 'PasswordException', code: 1 })).toEqual({ kind: 'password', wrong: false });
    expect(problemOf({ name: 'PasswordException', code: 2 })).toEqual({ kind: 'password', wrong: true });
    expect(problemOf({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toEqual({ kind: 'broken', detail: 'Invalid PDF structure.' });
    const texts = [
      { kind: 'password', wrong: false },
      { kind: 'password', wrong: true },
      { kind: 'broken', detail: 'x' },
      { kind: 'too-big', bytes: 300 * 1024 * 1024 },
      { kind: 'download', detail: 'x' },
      { kind: 'permission', origin: 'https://journal.example' },
      { kind: 'too-slow', seconds: 60 },
    ].map((p) => problemText(p as PdfProblem));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[3]).toContain('300 MB');
  });
});

describe('opening within a time limit', () => {
  test('work that finishes in time is its own result; work that does not is given up on with a message', async () => {
    vi.useFakeTimers();
    try {
      expect(await withinTime(Promise.resolve('doc'), 1000, () => {})).toBe('doc');
      const giveUp = vi.fn();
      const never = withinTime(new Promise(() => {}), 1000, giveUp).catch((e: PdfError) => e.problem);
      await vi.advanceTimersByTimeAsync(1000);
      expect(await never).toEqual({ kind: 'too-slow', seconds: 1 });
      expect(giveUp).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
