/**
 * The highlighting stage on one page, wired in one place: the story's
 * highlights (decided by the background), the watcher that keeps them in step
 * with a changing page, the card, and their one lifetime (an AbortSignal:
 * when the loader stops us, or the extension is updated or removed,
 * everything is taken down).
 */
import { ask, sendToBackground } from './ask';
import { FOUND_COUNT, GET_ENTITY } from '@/utils/protocol';
import { topicOf } from '@/utils/topic-index';
import { sourceKind } from '@/utils/story-date';
import { readStoryDate } from './story-date';
import { PageHighlights, type Resolver } from './page-highlights';
import { Watcher } from './watcher';
import { CardHost } from './card/host';
import type { CardContent, CardSetting, CardUi } from './card/types';
import { installHighlightStyles } from './highlight-styles';
import { highlightTagFor } from './dom-contract';
import { cleanCopies } from './clean-copy';
import { loadStage, type FoundReport, type Stage, type StageOptions } from './stage';

/** Where the memory test finds what the page's highlights keep alive. */
const RETAINED_KEY = Symbol.for('backstory.retained');

/**
 * Cards fetched on this page are kept: at most one per entity of the dataset
 * (requests for ids outside it are never sent), so the cache is bounded. The
 * facts are checked by the card's stage, loaded alongside (card/read.ts).
 */
function cardCache(ui: () => Promise<CardUi>) {
  const cache = new Map<string, Promise<CardContent | undefined>>();
  return (entityId: string): Promise<CardContent | undefined> => {
    if (!topicOf(entityId)) return Promise.resolve(undefined);
    let content = cache.get(entityId);
    if (!content) {
      content = Promise.all([sendToBackground({ type: GET_ENTITY, id: entityId }), ui()])
        .then(([reply, { readCard }]) => readCard(reply, entityId))
        .catch(() => {
          cache.delete(entityId);
          return undefined;
        });
      cache.set(entityId, content);
    }
    return content;
  };
}

/**
 * Passes come in bursts (a feed adding stories): the badge's count is sent
 * once a burst has settled, and only when it changed.
 */
const BADGE_SETTLE_MS = 300;

function badgeReporter() {
  let sent = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    report(count: number): void {
      clearTimeout(timer);
      const send = () => {
        if (count === sent) return;
        sent = count;
        sendToBackground({ type: FOUND_COUNT, count }).catch(() => undefined);
      };
      if (count === 0) send();
      else timer = setTimeout(send, BADGE_SETTLE_MS);
    },
  };
}

/** The block a highlight sits in: the paragraph its card ranks facts against. */
const BLOCK = 'p, li, blockquote, dd, td, figcaption, h1, h2, h3, h4, h5, h6';
/** The paragraph's words that count: enough for a long paragraph, no more. */
const MAX_CONTEXT_CHARS = 1500;

/** What the page says around a highlight, for its card. The story's date is read once, on the first card. */
function storyDateOf(doc: Document): () => CardSetting['story'] {
  let story: CardSetting['story'] | null = null;
  return () => {
    if (story === null) {
      const found = readStoryDate(doc, doc.location?.href ?? '');
      story = found && { date: found.date, source: sourceKind(found.source) };
    }
    return story;
  };
}

function cardSettings(storyDate: () => CardSetting['story']): (highlight: HTMLElement) => CardSetting {
  return (highlight) => {
    const block = highlight.closest(BLOCK) ?? highlight.parentElement;
    return {
      story: storyDate(),
      context: block?.textContent?.slice(0, MAX_CONTEXT_CHARS),
      pageName: highlight.textContent ?? undefined,
    };
  };
}

export function createSession(doc: Document, options: StageOptions, lifetime: AbortSignal): Stage {
  const body = doc.body;
  const stopped = new AbortController();
  const signal = AbortSignal.any([lifetime, stopped.signal]);
  const session = crypto.randomUUID();
  const cardUi = () => loadStage<CardUi>('cardUi');
  const resolver: Resolver = async (texts, { append, fresh }) => {
    const reply = await ask('resolve', { session, texts, append, fresh });
    return reply && 'mentions' in reply ? reply.mentions : undefined;
  };
  // The usual tag, unless the page registered it as its own element (dom-contract.ts).
  const tag = highlightTagFor(doc);
  const removeStyles = installHighlightStyles(doc, tag, options.highlightStyle);
  // Read once, on the first card or popup that needs it: most pages never do.
  const storyDate = storyDateOf(doc);
  const badge = badgeReporter();
  const page: PageHighlights = new PageHighlights(
    resolver,
    { topicOf },
    {
      firstMentionOnly: options.firstMentionOnly,
      tag,
      write: (write) => watcher.mutate(write),
      onLost: () => watcher.rescan(),
      onPass: () => badge.report(page.found().size),
    },
  );
  const cards = new CardHost({
    doc,
    isOurs: (element) => page.isHighlight(element),
    firstHighlightOf: (entityId) => page.firstHighlightOf(entityId),
    loadView: async () => (await cardUi()).createView(doc),
    contentFor: cardCache(cardUi),
    settingOf: cardSettings(storyDate),
    signal,
    showDelayMs: () => options.hoverDelayMs,
  });
  cleanCopies(doc, { tag, isOurs: (element) => page.isHighlight(element), signal });
  const watcher = new Watcher(body, page, () => cards.closeIfDetached());
  // What our bookkeeping keeps alive, for the memory test and benchmark (read through the DevTools
  // protocol in this isolated world; page scripts, in their own world, never see it).
  (globalThis as Record<symbol, unknown>)[RETAINED_KEY] = () => page.retained;
  watcher.start();
  void page.highlightWithin(body);

  let done = false;
  function stop(): void {
    if (done) return;
    done = true;
    cards.close();
    watcher.mutate(() => page.clear());
    watcher.stop();
    removeStyles();
    badge.report(0);
    stopped.abort();
  }
  lifetime.addEventListener('abort', stop, { once: true });

  return {
    found(): FoundReport {
      const story = storyDate();
      return { found: [...page.found()].map(([id, count]) => ({ id, count })), ...(story && { storyDate: story }) };
    },
    show: (entityId) => cards.show(entityId),
    navigated() {
      // Another story in place: the old one's context (names it settled, its words) must not decide for it.
      page.resetContext();
      watcher.rescan();
    },
    stop,
  };
}
