import { Shortcuts, type Shortcut } from '../Shortcuts';

export interface WelcomePageProps {
  /** The extension's keyboard shortcuts as the browser has them now. */
  shortcuts: readonly Shortcut[];
}

/**
 * The first-run page: what the extension does, a paragraph to try it on (highlighted and
 * explained by the real page session), the shortcuts, and privacy in one paragraph.
 */
export function WelcomePage({ shortcuts }: WelcomePageProps) {
  return (
    <main class="welcome">
      <h1>Welcome to Gut Glossary</h1>
      <p class="lead">
        When you read about the gut and the immune system, Gut Glossary finds the technical words on the page and underlines them.
        Rest the pointer on one, or tap it, and a small card explains it in plain words, says how sure science is about it, and
        points to the matching answer in its questions and answers. The toolbar button searches the whole glossary.
      </p>

      <section class="try" aria-labelledby="try-title">
        <h2 id="try-title">Try it here</h2>
        <p class="hint">Hover an underlined word in the paragraph below, or press the “next term” shortcut.</p>
        <blockquote class="example" id="example">
          <p>
            The trillions of microbes in your gut microbiome turn the fibre you eat into short-chain fatty acids (SCFAs) such as
            butyrate. These feed the lining of the colon and help regulatory T cells keep the immune system calm. When the balance of
            microbes is upset, a state called dysbiosis, some researchers suspect a leaky gut lets irritants through, though that
            idea is still debated.
          </p>
        </blockquote>
        <p class="hint">
          On a card, <strong>More</strong> shows why the term matters and what the answers say about it; <strong>I know this</strong>{' '}
          stops highlighting a word you have learned (or keeps only its first mention); <strong>Not on this site</strong> switches a
          site off.
        </p>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">Keyboard shortcuts</h2>
        {shortcuts.length > 0 ? <Shortcuts shortcuts={shortcuts} howToChange /> : <p class="hint">Your browser shows no shortcuts for the extension.</p>}
        <p class="hint">On a page, Tab from a highlighted word reaches its card, and Escape closes it.</p>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">Your privacy</h2>
        <p>
          Everything happens in your browser: the extension reads the pages you open only to find terms, makes no network request,
          and collects or sends nothing. It stores your settings and your own terms in the browser’s extension storage, and a page
          cannot read your cards or learn which terms you have marked as known.
        </p>
      </section>

      <p class="links">
        <a href="options.html">Settings and your own terms</a> · <a href="faq.html">Questions and answers</a>
      </p>
      <p class="not-advice">Gut Glossary explains research; it is not medical advice.</p>
    </main>
  );
}
