export interface SiteSwitchesProps {
  host: string | null;
  siteOn: boolean;
  globalOn: boolean;
  onSite: (on: boolean) => void;
  onGlobal: (on: boolean) => void;
  onOptions: () => void;
}

/** Highlighting on this site, and everywhere. */
export function SiteSwitches({ host, siteOn, globalOn, onSite, onGlobal, onOptions }: SiteSwitchesProps) {
  return (
    <footer class="switches">
      {host && (
        <label>
          <input type="checkbox" class="site-switch" checked={siteOn} disabled={!globalOn} onChange={(e) => onSite(e.currentTarget.checked)} />
          Highlight terms on {host}
        </label>
      )}
      <label>
        <input type="checkbox" class="global-switch" checked={globalOn} onChange={(e) => onGlobal(e.currentTarget.checked)} />
        Highlight terms on all sites
      </label>
      <button type="button" class="link options" onClick={onOptions}>
        Settings and your own terms
      </button>
    </footer>
  );
}
