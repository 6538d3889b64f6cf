/**
 * The highlighting stage on one page, wired in one place: the story's
 * highlights (decided by the background), the watcher that keeps them in step
 * with a changing page, the card, and their one lifetime (an AbortSignal:
 * when the loader stops us, or the extension is updated or removed,
 * everything is taken down).
 */
import { browser } from 'wxt/browser';
import { ask } from './ask';
import { GET_ENTITY, parseGetEntityResponse } from '@/utils/messages';
import { topicOf } from '@/utils/topic-index';
import { getTopic } from '@/utils/topics';
import { PageHighlights, type Resolver } from './page-highlights';
import { Watcher } from './watcher';
import { CardHost } from './card/host';
import type { CardContent, CreateCardView } from './card/types';
import { installHighlightStyles } from './highlight-styles';
import { loadStage, type FoundReport, type Stage, type StageOptions } from './stage';

/**
 * Cards fetched on this page are kept: at most one per entity of the dataset
 * (requests for ids outside it are never sent), so the cache is bounded.
 */
function cardCache() {
  const cache = new Map<string, Promise<CardContent | undefined>>();
  return (entityId: string): Promise<CardContent | undefined> => {
    if (!topicOf(entityId)) return Promise.resolve(undefined);
    let content = cache.get(entityId);
    if (!content) {
      content = browser.runtime
        .sendMessage({ type: GET_ENTITY, id: entityId })
        .then((response) => {
          const entity = parseGetEntityResponse(response, entityId);
          if (!entity) return undefined;
          const topic = getTopic(entity.topic);
          return { entity, topicLabel: topic.label, topicColor: topic.color };
        })
        .catch(() => {
          cache.delete(entityId);
          return undefined;
        });
      cache.set(entityId, content);
    }
    return content;
  };
}

export function createSession(doc: Document, options: StageOptions, lifetime: AbortSignal): Stage {
  const body = doc.body;
  const stopped = new AbortController();
  const signal = AbortSignal.any([lifetime, stopped.signal]);
  const session = crypto.randomUUID();
  const resolver: Resolver = async (texts, { append, fresh }) => {
    const reply = await ask('resolve', { session, texts, append, fresh });
    return reply && 'mentions' in reply ? reply.mentions : undefined;
  };
  const removeStyles = installHighlightStyles(doc);
  const page: PageHighlights = new PageHighlights(
    resolver,
    { topicOf },
    {
      firstMentionOnly: options.firstMentionOnly,
      highlightStyle: options.highlightStyle,
      write: (write) => watcher.mutate(write),
      onLost: () => watcher.rescan(),
    },
  );
  const cards = new CardHost({
    doc,
    isOurs: (element) => page.isHighlight(element),
    firstHighlightOf: (entityId) => page.firstHighlightOf(entityId),
    loadView: async () => (await loadStage<CreateCardView>('cardUi'))(doc),
    contentFor: cardCache(),
    signal,
    showDelayMs: () => options.hoverDelayMs,
  });
  const watcher = new Watcher(body, page, () => cards.closeIfDetached());
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
    stopped.abort();
  }
  lifetime.addEventListener('abort', stop, { once: true });

  return {
    found(): FoundReport {
      return { found: [...page.found()].map(([id, count]) => ({ id, count })) };
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
