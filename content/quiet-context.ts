/**
 * The content script's lifetime, in place of WXT's ContentScriptContext (wxt.config.ts
 * aliases `wxt/utils/content-script-context` to this module). WXT's context announces
 * each start to the page (a `postMessage` and a document event that name the extension
 * id) and stops for good when a page replays that event. Ours says nothing to the page and
 * listens to nothing from it: it ends only when the extension itself goes away (updated,
 * reloaded, switched off), which only the extension's own APIs can tell.
 */
import { browser } from 'wxt/browser';

/** How often an idle page checks that the extension is still there, in ms: an orphaned script stops within this. */
const CHECK_MS = 250;

export class ContentScriptContext {
  private readonly abortController = new AbortController();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    this.timer = setInterval(() => void this.isInvalid, CHECK_MS);
    this.onInvalidated(() => clearInterval(this.timer));
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  /** True once the extension is gone; read at every contact, and checked on a timer. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.abortController.abort('extension context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}
