/** The reader's settings, their defaults and how a stored value is checked. Pure: no `browser`. */

/** How highlights look on a page. */
export type HighlightStyle = 'underline' | 'background';

export interface Settings {
  enabled: boolean;
  /** Hosts where highlighting is off, e.g. "example.com". */
  disabledSites: string[];
  style: HighlightStyle;
  firstMentionOnly: boolean;
  cardDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  style: 'underline',
  firstMentionOnly: false,
  cardDelayMs: 300,
};

/** Bounds of the hover delay before the term card opens. */
export const CARD_DELAY = { min: 0, max: 2000 } as const;
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
/** More listed sites than anyone switches off by hand; keeps the stored value small. */
export const MAX_DISABLED_SITES = 1000;

/** Whether `ms` is an allowed card delay: a whole number of milliseconds from 0 to 2000. */
export function isCardDelay(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= CARD_DELAY.min && ms <= CARD_DELAY.max;
}

/**
 * Settings from a stored value of unknown shape: every valid field is kept, every missing
 * or invalid one takes its default, and each invalid one is named in `problems`
 * (a missing field is not a problem: older versions did not store it).
 */
export function sanitizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, problems: [`settings are ${Array.isArray(raw) ? 'a list' : typeof raw}, not an object`] };
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (!Object.hasOwn(r, key) || r[key] === undefined) return DEFAULT_SETTINGS[key];
    if (ok(r[key])) return r[key] as Settings[K];
    problems.push(`"${key}" has an invalid value (${JSON.stringify(r[key])?.slice(0, 60) ?? typeof r[key]})`);
    return DEFAULT_SETTINGS[key];
  };
  const sites = pick(
    'disabledSites',
    (v) => Array.isArray(v) && v.length <= MAX_DISABLED_SITES && v.every((h) => typeof h === 'string' && h.length > 0 && h.length <= 253),
  );
  return {
    settings: {
      enabled: pick('enabled', (v) => typeof v === 'boolean'),
      // Kept as stored (not re-normalised), so hosts saved by older code still match exactly.
      disabledSites: [...new Set(sites)],
      style: pick('style', (v) => HIGHLIGHT_STYLES.includes(v as HighlightStyle)),
      firstMentionOnly: pick('firstMentionOnly', (v) => typeof v === 'boolean'),
      cardDelayMs: pick('cardDelayMs', isCardDelay),
    },
    problems,
  };
}
