/** Benchmark pages generated from the project's realistic article fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../tests/support/browser.ts';

/** Paragraph texts of the glossary fixture pages: real sentences full of real terms. */
export function articleParagraphs(): string[] {
  const out: string[] = [];
  for (const name of ['glossary-microbes.html', 'glossary-immunity.html', 'demo.html']) {
    let html: string;
    try {
      html = readFileSync(join(PAGES_DIR, name), 'utf8');
    } catch {
      continue;
    }
    for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      const text = m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      if (text.length > 60) out.push(text);
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** An article page of about `bytes` of text: headings and paragraphs, some inline markup. */
export function articlePage(bytes: number, paragraphs = articleParagraphs()): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    if (i % 12 === 0) parts.push(`<h2>Section ${i / 12 + 1}</h2>`);
    const words = escape(p).split(' ');
    if (i % 3 === 0 && words.length > 6) words[3] = `<b>${words[3]}</b>`;
    parts.push(`<p>${words.join(' ')}</p>`);
    size += p.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title><style>body{font:16px/1.5 serif;max-width:50rem;margin:auto}</style></head><body><article>${parts.join('\n')}</article></body></html>`;
}

/** A page of `count` elements: a table-like grid of short cells, some holding terms. */
export function manyElementsPage(count: number, paragraphs = articleParagraphs()): string {
  const cells: string[] = [];
  for (let i = 0; i < count / 2; i++) {
    const text = i % 10 === 0 ? paragraphs[i % paragraphs.length]!.slice(0, 80) : `cell ${i}`;
    cells.push(`<div><span>${escape(text)}</span></div>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Grid</title></head><body>${cells.join('')}</body></html>`;
}

/**
 * The same paragraphs with every glossary term cut out: ordinary prose of the same shape
 * and length, as on most pages a reader opens.
 */
export function termFreeParagraphs(paragraphs: string[], matcher: { find(text: string): { start: number; end: number }[] }): string[] {
  return paragraphs.map((p) => {
    let out = '';
    let at = 0;
    for (const m of matcher.find(p)) {
      out += p.slice(at, m.start) + 'x'.repeat(m.end - m.start);
      at = m.end;
    }
    return out + p.slice(at);
  });
}

/**
 * The article's text, `chars` long, as one text node of one paragraph (set by script: the
 * HTML parser cuts long text into nodes of 64 K). A page can be this, and it is one block.
 */
export function oneTextNodePage(chars: number, paragraphs = articleParagraphs()): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${paragraphs[i % paragraphs.length]} `;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title></head><body><p id="one"></p><script>document.getElementById('one').textContent = ${JSON.stringify(text).replace(/</g, '\\u003c')};</script></body></html>`;
}

/**
 * A short article that, half a second after load, appends a subtree `depth` elements deep
 * (a term every 50 levels): what an app or an ad can add. Chromium itself cannot lay out
 * much more than 1,500 nested blocks (its renderer crashes at 4,000 without the extension).
 */
export function deepSubtreePage(depth: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title></head><body><p>The gut microbiome and dysbiosis.</p><script>
setTimeout(() => {
  let node = document.createElement('div');
  const top = node;
  for (let i = 0; i < ${depth}; i++) {
    const d = document.createElement('div');
    d.append(i % 50 === 0 ? 'dysbiosis and butyrate ' : 'x ');
    node.append(d);
    node = d;
  }
  document.body.append(top);
  window.appended = true;
}, 500);
</script></body></html>`;
}
