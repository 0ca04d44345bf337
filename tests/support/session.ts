/**
 * One browser per test file: `useSession()` launches it with the extension before the file's
 * tests and closes it after them. The session it returns can be used in tests and in hooks
 * registered after it.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type Session } from './browser.ts';
import { launchFirefoxWithExtension, type FirefoxSession } from './firefox.ts';

function shared<T extends { close(): Promise<void> }>(launch: () => Promise<T>): T {
  let session: T | undefined;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });
  // Stands for the session launched in beforeAll, so tests read `s.context` as before.
  return new Proxy({} as T, {
    get(_, key) {
      if (!session) throw new Error('the browser session is used before beforeAll launched it');
      return Reflect.get(session, key);
    },
  });
}

/** Chromium with the extension, for the whole test file. */
export const useSession = (options?: Parameters<typeof launchWithExtension>[0]): Session => shared(() => launchWithExtension(options));

/** Firefox ESR with the MV2 build, for the whole test file. */
export const useFirefoxSession = (): FirefoxSession => shared(launchFirefoxWithExtension);
