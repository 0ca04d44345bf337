/**
 * Answers the popup and the background about this page: what it mentions, and requests
 * to jump to a term or explain a selection. Messages come through the same door as the
 * background's (messaging/dispatch.ts): sender, size and shape checked, failures caught.
 */
import type { Handlers } from '../messaging/dispatch';
import type { PageState, TabProtocol } from '../messaging/protocol';
import { focusTerm } from './keyboard-nav';
import type { PageSession } from './page-session';

/** What the tab's messages need of the page session. */
export type PageContext = Pick<PageSession, 'host' | 'refresh' | 'followSettings' | 'page' | 'marks' | 'counts' | 'matcher' | 'card' | 'ids' | 'stepTerm'>;

/**
 * What the popup shows of the page: `counts` by page id (the session's own by default; the
 * PDF reader's cover the whole document), named as entries, most frequent first.
 */
export function pageState(ctx: PageContext, byPageId: ReadonlyMap<string, number> = ctx.counts()): PageState {
  const page = ctx.page();
  const ids = ctx.ids();
  const counts = page ? [...byPageId].map(([id, count]) => ({ id: ids.toEntry(id), count })) : [];
  counts.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  // Own terms are named by token on the page; a token of an entry the reader since deleted stays a token.
  const tooCommon = page ? [...page.tooCommon].map((id) => ids.toEntry(id)) : [];
  return { host: ctx.host, enabled: page !== null, counts, tooCommon };
}

/** The handler of every tab message, by name. */
export function createTabHandlers(ctx: PageContext): Handlers<TabProtocol> {
  const lastJump = new Map<string, number>();
  return {
    getPageState: () => pageState(ctx),
    refresh: () => {
      ctx.refresh();
      return null;
    },
    settingsChanged: () => {
      ctx.followSettings();
      return null;
    },
    stepTerm: ({ direction }) => ctx.stepTerm(direction),
    jumpTo: ({ id }) => {
      const marks = ctx.page()?.marksOf(ctx.ids().toPage(id)) ?? [];
      if (!marks.length) return false;
      const i = ((lastJump.get(id) ?? -1) + 1) % marks.length;
      lastJump.set(id, i);
      const card = ctx.card();
      if (card) card.forReader(() => focusTerm(marks[i]!));
      else focusTerm(marks[i]!);
      return true;
    },
    explain: ({ text }) => {
      const page = ctx.page();
      const card = ctx.card();
      if (!page || !card) return false;
      const selection = document.getSelection();
      const marks = ctx.marks();
      // A highlighted term inside the selection, else the first highlight of the entry it names.
      const inSelection = selection && selection.rangeCount ? marks.find((m) => selection.containsNode(m, true)) : undefined;
      const id = ctx.matcher()?.find(text)[0]?.id;
      const mark = inSelection ?? (id ? page.marksOf(id)[0] : undefined);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'nearest' });
      void card.open(mark);
      return true;
    },
  };
}
