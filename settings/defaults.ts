/** The reader's settings and their defaults. Pure: no `browser`. */
import type { HighlightStyle } from '../messaging/protocol';

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
