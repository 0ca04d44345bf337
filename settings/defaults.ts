/** The reader's settings, their defaults and how a stored value is checked. Pure: no `browser`. */

/** How highlights look on a page. */
export type HighlightStyle = 'underline' | 'background';

/** How a term the reader knows is still highlighted: its first mention on a page only, or not at all. */
export type KnownShow = 'first' | 'none';
export const KNOWN_SHOWS: readonly KnownShow[] = ['first', 'none'];

/** A term the reader marked "I know this" (by entry id), and how it is still shown. */
export interface KnownTerm {
  id: string;
  show: KnownShow;
}

export interface Settings {
  enabled: boolean;
  /** Hosts where highlighting is off, e.g. "example.com". */
  disabledSites: string[];
  style: HighlightStyle;
  firstMentionOnly: boolean;
  cardDelayMs: number;
  /** Terms the reader knows, oldest first. */
  knownTerms: KnownTerm[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  style: 'underline',
  firstMentionOnly: false,
  cardDelayMs: 300,
  knownTerms: [],
};

/** Bounds of the hover delay before the term card opens. */
export const CARD_DELAY = { min: 0, max: 2000 } as const;
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
/** More listed sites than anyone switches off by hand; keeps the stored value small. */
export const MAX_DISABLED_SITES = 1000;
/** More terms than a reader marks as known one by one; keeps the synced value small. */
export const MAX_KNOWN_TERMS = 300;
/** An entry id as the glossary writes them (kebab-case). */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isKnownTerm = (v: unknown): v is KnownTerm =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  typeof (v as KnownTerm).id === 'string' && (v as KnownTerm).id.length <= 64 && ENTRY_ID.test((v as KnownTerm).id) &&
  KNOWN_SHOWS.includes((v as KnownTerm).show);

/**
 * The known terms of a stored value: well-formed items only, each id once (the last
 * choice wins), the newest MAX_KNOWN_TERMS. What was dropped is named in `problems`.
 */
function sanitizeKnownTerms(raw: unknown, problems: string[]): KnownTerm[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`"knownTerms" has an invalid value (${typeof raw})`);
    return [];
  }
  const valid = raw.filter(isKnownTerm);
  if (valid.length < raw.length) problems.push(`"knownTerms": ${raw.length - valid.length} unreadable item(s) left out`);
  const byId = new Map<string, KnownShow>();
  for (const { id, show } of valid) {
    byId.delete(id); // re-marking moves a term to the end (newest)
    byId.set(id, show);
  }
  return [...byId].slice(-MAX_KNOWN_TERMS).map(([id, show]) => ({ id, show }));
}

/** Whether `ms` is an allowed card delay: a whole number of milliseconds from 0 to 2000. */
export function isCardDelay(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= CARD_DELAY.min && ms <= CARD_DELAY.max;
}

/**
 * The settings with `id` marked as known and shown as `show`, or no longer known when
 * `show` is null. Marking it again moves it to the newest; past MAX_KNOWN_TERMS the
 * oldest is forgotten (highlighted again), so the stored value stays small.
 */
export function setKnown(settings: Settings, id: string, show: KnownShow | null): Settings {
  const rest = settings.knownTerms.filter((k) => k.id !== id);
  const knownTerms = show ? [...rest, { id, show }].slice(-MAX_KNOWN_TERMS) : rest;
  return { ...settings, knownTerms };
}

/**
 * Settings from a stored value of unknown shape: every valid field is kept, every missing
 * or invalid one takes its default, and each invalid one is named in `problems`
 * (a missing field is not a problem: older versions did not store it).
 */
export function sanitizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS, disabledSites: [], knownTerms: [] }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings: { ...DEFAULT_SETTINGS, disabledSites: [], knownTerms: [] }, problems: [`settings are ${Array.isArray(raw) ? 'a list' : typeof raw}, not an object`] };
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
      knownTerms: sanitizeKnownTerms(r.knownTerms, problems),
    },
    problems,
  };
}
