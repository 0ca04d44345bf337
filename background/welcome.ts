/**
 * The first-run page: opened once, when the extension is installed; never on an update,
 * a browser update or a reload, when the reader already knows it.
 */
export interface WelcomeDeps {
  onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  /** Opens the first-run page (entrypoints/welcome/) in a new tab. */
  openWelcome: () => Promise<unknown>;
}

/** Whether an `onInstalled` reason means a first install. */
export const isFirstInstall = (reason: string) => reason === 'install';

export function registerWelcome({ onInstalled, openWelcome }: WelcomeDeps): void {
  onInstalled.addListener(({ reason }) => {
    if (isFirstInstall(reason)) void openWelcome().catch(() => {});
  });
}
