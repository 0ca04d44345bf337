import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderBar } from '../../components/reader/ReaderBar';
import { startExtensionPageSession } from '../../content/extension-page';
import type { PageSession } from '../../content/page-session';
import { foldPdfText, pdfTextMatcher } from '../../glossary/pdf-text';
import { answerTabMessages, documentTabHandlers } from '../../reader/document-terms';
import { ReaderController } from '../../reader/reader-controller';
import './style.css';

const bar = document.getElementById('bar')!;
let learnFrom = '';
let session: Promise<PageSession> | null = null;
const reader = new ReaderController({
  doc: document,
  container: document.getElementById('pages')!,
  render: (state) => render(<ReaderBar state={state} actions={reader} />, bar),
  // Each document is highlighted as it is drawn; what its opening pages define is learned first.
  onDocument: (text) => {
    learnFrom = text;
    if (session) return void session.then((s) => s.refresh());
    session = startExtensionPageSession(
      document,
      (section) => void browser.tabs.create({ url: browser.runtime.getURL('/faq.html') + `#${section}` }),
      {
        readText: pdfTextMatcher,
        learnFrom: () => learnFrom,
        spell: (text) => foldPdfText(text).text.replace(/\s+/g, ' '),
        // The reader's "I know this" applies to papers too; pages are drawn out of order.
        everyMention: false,
        unordered: true,
      },
    );
    // The popup's "On this page" and the term keys reach this tab as they reach a web page's.
    void session.then((s) => answerTabMessages(documentTabHandlers(s, () => reader.documentPages())));
  },
});
render(<ReaderBar state={reader.state} actions={reader} />, bar);

// The doors: an address from the popup or the link menu, a dropped file, the browser's find keys.
const address = new URLSearchParams(location.search).get('url');
if (address) void reader.openAddress(address);
addEventListener('dragover', (e) => e.preventDefault());
addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file) reader.openFile(file);
});
addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'f' && reader.state.status === 'ready') {
    e.preventDefault();
    document.querySelector<HTMLInputElement>('input.find')?.focus();
  }
});
