/** The keyboard command that switches highlighting on or off for the current site. */
import type { Settings } from '../settings/defaults';

/** Settings with `host` moved into or out of the list of sites where highlighting is off. */
export function toggleSite(settings: Settings, host: string): Settings {
  const off = settings.disabledSites.includes(host);
  return {
    ...settings,
    disabledSites: off ? settings.disabledSites.filter((h) => h !== host) : [...settings.disabledSites, host].sort(),
  };
}
