/**
 * Which sites highlighting is off on. Pure: no DOM, no `browser`.
 *
 * A site is a host name, normalised: lower-case, no scheme, port, path or trailing dot,
 * and without a leading `www.` (so "www.example.com" and "example.com" are one site).
 * Listing a host does not switch off its other subdomains: "example.com" and
 * "news.example.com" are separate sites, as the popup's switch shows them.
 */
import type { Settings } from './defaults';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The site a host name or address belongs to, or null if it is not a host name.
 * Accepts what readers type or paste: "Example.com", "https://www.example.com/page", "example.com:8080".
 * International names come back in their ASCII (punycode) form, as `location.hostname` gives them.
 */
export function normalizeHost(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > 2048) return null;
  let host: string;
  try {
    // URL does the hard parts: scheme, userinfo, port, path, IDN → punycode, IPv6 brackets.
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  if (host.length > 253) return null;
  return HOST.test(host) || IPV6.test(host) ? host : null;
}

/** The site `host` names, for comparing: normalised when it is a host name, else just lower-cased. */
const siteOf = (host: string): string => normalizeHost(host) ?? host.toLowerCase();

/** Whether `host` is in the list of sites where highlighting is off, however either is written. */
export function isSiteListed(settings: Pick<Settings, 'disabledSites'>, host: string): boolean {
  const site = siteOf(host);
  return settings.disabledSites.some((listed) => siteOf(listed) === site);
}

/** Whether terms are highlighted on `host`: the global switch is on and the site is not listed. */
export function isSiteEnabled(settings: Pick<Settings, 'enabled' | 'disabledSites'>, host: string): boolean {
  return settings.enabled && (!host || !isSiteListed(settings, host));
}

/** Settings with highlighting on `host` switched on or off (the global switch is left alone). */
export function setSiteEnabled(settings: Settings, host: string, on: boolean): Settings {
  const site = siteOf(host);
  const others = settings.disabledSites.filter((listed) => siteOf(listed) !== site);
  return { ...settings, disabledSites: on ? others : [...others, site].sort() };
}

/** Settings with `host` moved into or out of the list of sites where highlighting is off. */
export function toggleSite(settings: Settings, host: string): Settings {
  return setSiteEnabled(settings, host, isSiteListed(settings, host));
}
