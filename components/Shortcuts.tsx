/** A browser command as the reader has it set: its description and current keys (empty when unset). */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * The extension's keyboard shortcuts as they are set now (the reader may have changed them
 * in the browser's settings), so what we show is what works.
 */
export function Shortcuts({ shortcuts, howToChange }: { shortcuts: readonly Shortcut[]; howToChange?: boolean }) {
  if (shortcuts.length === 0) return null;
  return (
    <div class="shortcuts">
      <dl>
        {shortcuts.map((s) => (
          <div key={s.name} data-command={s.name}>
            <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unset">not set</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      {howToChange && (
        <p class="muted">
          To change them, open your browser’s extension shortcuts: chrome://extensions/shortcuts in Chrome, or “Manage Extension
          Shortcuts” in Firefox’s add-ons page.
        </p>
      )}
    </div>
  );
}
