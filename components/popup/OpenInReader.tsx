/**
 * "Open in Gut Glossary reader" when the open tab shows a PDF: the browser's own viewer
 * admits no extension, the reader page highlights the same document.
 */
import { useEffect, useState } from 'preact/hooks';

export function OpenInReader({ pdfAddress, open }: { pdfAddress: () => Promise<string | null>; open: (address: string) => void }) {
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    pdfAddress().then(setAddress, () => setAddress(null));
  }, []);
  if (!address) return null;
  return (
    <section class="open-in-reader" aria-label="This PDF">
      <p>This tab shows a PDF. The browser’s viewer cannot show highlights.</p>
      <button type="button" onClick={() => open(address)}>
        Open in Gut Glossary reader
      </button>
    </section>
  );
}
