/**
 * Answers the popup and the background about this page: what it mentions, and requests
 * to jump to a term or explain a selection. Messages are validated like the background's.
 */
import type { Matcher } from '../glossary/matcher';
import type { PageHighlighter } from '../highlight/page-highlighter';
import { parseTabMessage, type PageState, type TabResults } from '../messaging/protocol';
import type { CardController } from './card-controller';
import { focusTerm } from './keyboard-nav';

export interface PageContext {
  host: string;
  /** Fetches the config again and re-highlights. */
  refresh: () => void;
  page: () => PageHighlighter | null;
  matcher: () => Matcher | null;
  card: () => CardController | null;
}

export function pageState(ctx: PageContext): PageState {
  const page = ctx.page();
  const counts = page ? [...page.counts()].map(([id, count]) => ({ id, count })) : [];
  counts.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { host: ctx.host, enabled: page !== null, counts };
}

export function createTabHandler(ctx: PageContext) {
  const lastJump = new Map<string, number>();
  const handlers: { [N in keyof TabResults]: (params: never) => TabResults[N] } = {
    getPageState: () => pageState(ctx),
    refresh: () => {
      ctx.refresh();
      return null;
    },
    jumpTo: ({ id }: { id: string }) => {
      const marks = ctx.page()?.marksOf(id) ?? [];
      if (!marks.length) return false;
      const i = ((lastJump.get(id) ?? -1) + 1) % marks.length;
      lastJump.set(id, i);
      focusTerm(marks[i]!);
      return true;
    },
    explain: ({ text }: { text: string }) => {
      const page = ctx.page();
      const card = ctx.card();
      if (!page || !card) return false;
      const selection = document.getSelection();
      const marks = page.marks();
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
  /** Returns a promise for messages we answer, undefined for others (so other listeners may answer). */
  return (raw: unknown): Promise<unknown> | undefined => {
    const parsed = parseTabMessage(raw);
    if (!parsed.ok) {
      console.warn('[Gut Glossary] rejected tab message:', parsed.error);
      return undefined;
    }
    const handler = handlers[parsed.message.type] as (p: unknown) => unknown;
    return Promise.resolve(handler(parsed.message.params));
  };
}
