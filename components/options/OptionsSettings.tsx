import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { HighlightStyle } from '../../settings/defaults';
import { CARD_DELAY, isCardDelay, type Settings } from '../../settings/defaults';
import { isSiteListed, normalizeHost, setSiteEnabled } from '../../settings/sites';

export interface OptionsSettingsProps {
  settings: Settings;
  /** Called with the new settings once a change is valid; nothing invalid is ever passed on. */
  onChange: (next: Settings) => void;
}

/** How and where terms are highlighted. */
export function OptionsSettings({ settings, onChange }: OptionsSettingsProps) {
  const id = useId();
  const [delay, setDelay] = useState(String(settings.cardDelayMs));
  const [delayError, setDelayError] = useState('');
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  useEffect(() => setDelay(String(settings.cardDelayMs)), [settings.cardDelayMs]);

  const siteInput = useRef<HTMLInputElement>(null);

  // Handlers read the field itself: a change can arrive before the re-render that follows typing.
  const commitDelay = (e: { currentTarget: HTMLInputElement }) => {
    const text = e.currentTarget.value.trim();
    const ms = Number(text);
    if (!text || !isCardDelay(ms)) {
      setDelayError(`Enter a whole number of milliseconds from ${CARD_DELAY.min} to ${CARD_DELAY.max}.`);
      return;
    }
    setDelayError('');
    if (ms !== settings.cardDelayMs) onChange({ ...settings, cardDelayMs: ms });
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(siteInput.current?.value ?? site);
    if (!host) {
      setSiteError('Enter a site such as example.com (a web address works too).');
      return;
    }
    if (isSiteListed(settings, host)) {
      setSiteError(`${host} is already in the list.`);
      return;
    }
    setSiteError('');
    setSite('');
    onChange(setSiteEnabled(settings, host, false));
  };

  const style = (value: HighlightStyle, label: string) => (
    <label class="choice">
      <input type="radio" name={`${id}-style`} value={value} checked={settings.style === value} onChange={() => onChange({ ...settings, style: value })} />
      {label}
    </label>
  );

  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Settings</h2>
      <label class="choice">
        <input type="checkbox" class="global-switch" checked={settings.enabled} onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })} />
        Highlight terms on web pages
      </label>

      <fieldset>
        <legend>Highlight style</legend>
        {style('underline', 'Dotted underline')}
        {style('background', 'Background colour')}
      </fieldset>

      <label class="choice">
        <input
          type="checkbox"
          checked={settings.firstMentionOnly}
          onChange={(e) => onChange({ ...settings, firstMentionOnly: e.currentTarget.checked })}
        />
        Highlight only the first mention of each term on a page
      </label>

      <div class="field">
        <label for={`${id}-delay`}>Delay before the term card opens (milliseconds)</label>
        <input
          id={`${id}-delay`}
          type="number"
          inputMode="numeric"
          min={CARD_DELAY.min}
          max={CARD_DELAY.max}
          step={50}
          value={delay}
          aria-invalid={delayError ? true : undefined}
          aria-describedby={`${id}-delay-hint${delayError ? ` ${id}-delay-error` : ''}`}
          onInput={(e) => setDelay(e.currentTarget.value)}
          onChange={commitDelay}
          onBlur={commitDelay}
        />
        <p id={`${id}-delay-hint`} class="hint">
          From {CARD_DELAY.min} to {CARD_DELAY.max}. A short delay opens cards quickly; a longer one keeps them out of the way while the pointer passes over.
        </p>
        {delayError && (
          <p id={`${id}-delay-error`} class="field-error" role="alert">
            {delayError}
          </p>
        )}
      </div>

      <h3 id={`${id}-sites`}>Sites where highlighting is off</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">None: terms are highlighted on every site.</p>
      ) : (
        <ul class="sites" aria-labelledby={`${id}-sites`}>
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" class="small" aria-label={`Turn highlighting back on for ${host}`} onClick={() => onChange(setSiteEnabled(settings, host, true))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={addSite} noValidate>
        <div class="field">
          <label for={`${id}-site`}>Turn highlighting off for a site</label>
          <div class="row">
            <input
              ref={siteInput}
              id={`${id}-site`}
              type="text"
              placeholder="example.com"
              autoComplete="off"
              spellcheck={false}
              value={site}
              aria-invalid={siteError ? true : undefined}
              aria-describedby={siteError ? `${id}-site-error` : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
            <button type="submit">Add</button>
          </div>
          {siteError && (
            <p id={`${id}-site-error`} class="field-error" role="alert">
              {siteError}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
