/**
 * Copying text that holds our highlights puts on the clipboard what the page would give
 * without us: our marks unwrapped, so no class, attribute or entry id of ours reaches a
 * rich-text editor. The HTML is built from clones of the selected nodes, held in a document
 * that never renders or runs anything, and serialised; nothing is parsed from strings.
 */
export function cleanCopies(doc: Document, markSelector: string): () => void {
  const onCopy = (e: ClipboardEvent) => {
    // A page that writes its own clipboard content keeps it.
    if (e.defaultPrevented || !e.clipboardData) return;
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return;
    const inert = doc.implementation.createHTMLDocument('');
    const box = inert.body;
    for (let i = 0; i < selection.rangeCount; i++) box.append(inert.adoptNode(selection.getRangeAt(i).cloneContents()));
    const marks = box.querySelectorAll(markSelector);
    if (!marks.length) return;
    for (const m of marks) m.replaceWith(...m.childNodes);
    box.normalize();
    e.clipboardData.setData('text/html', box.getHTML());
    e.clipboardData.setData('text/plain', selection.toString());
    e.preventDefault();
  };
  const view = doc.defaultView ?? window;
  // On the window, bubbling: the page's own copy handlers run first.
  view.addEventListener('copy', onCopy);
  return () => view.removeEventListener('copy', onCopy);
}
