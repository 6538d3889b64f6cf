/**
 * Wires the content script together: settings → matcher → highlights,
 * the watcher for pages that change, the card, and the popup's question
 * "what was found on this page?". The parts live in their own files.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { topicOf } from '@/utils/topic-index';
import { createMatcher, type Matcher } from '@/utils/matcher';
import { enabledTopics, isSiteDisabled, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { getTopic } from '@/utils/topics';
import {
  GET_ENTITY,
  GET_MATCHER,
  isGetFoundRequest,
  isPreparedMatcher,
  parseGetEntityResponse,
  parseShowEntityRequest,
  type GetFoundResponse,
} from '@/utils/messages';
import cardCss from '@/components/card.css?inline';
import { CardHost, type CardContent } from './card-host';
import { PageHighlights } from './page-highlights';
import { createCardUi } from './shadow-host';
import { SHOW_DELAY_MS } from './delays';
import { Watcher } from './watcher';
import './highlight.css';

const cardCache = new Map<string, Promise<CardContent | undefined>>();

/** The card's facts come from the background on first hover (and are kept for the page's life). */
function cardContent(entityId: string): Promise<CardContent | undefined> {
  let content = cardCache.get(entityId);
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
        cardCache.delete(entityId);
        return undefined;
      });
    cardCache.set(entityId, content);
  }
  return content;
}

const topics = { topicOf };

/** The background prepares the matcher once for all pages; this page only compiles its patterns. */
async function loadMatcher(topicIds: readonly string[]): Promise<Matcher | undefined> {
  try {
    const prepared: unknown = await browser.runtime.sendMessage({ type: GET_MATCHER, topics: topicIds });
    return isPreparedMatcher(prepared) ? createMatcher(prepared) : undefined;
  } catch {
    return undefined;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const body = document.body;
    if (!body) return;
    let settings = await loadSettings();

    const cards = new CardHost(
      document,
      async () => createCardUi(document, cardCss),
      cardContent,
      ctx.signal,
      () => SHOW_DELAY_MS[settings.hoverDelay],
    );

    let session: { page: PageHighlights; watcher: Watcher } | undefined;
    let activeKey = '';

    function stop(): void {
      cards.close();
      if (!session) return;
      const { page, watcher } = session;
      watcher.mutate(() => page.clear());
      watcher.stop();
      session = undefined;
    }

    async function apply(next: Settings): Promise<void> {
      settings = next;
      const topicIds = enabledTopics(next);
      const on = next.enabled && topicIds.length > 0 && !isSiteDisabled(next, location.hostname);
      const key = on ? [topicIds.join(','), next.firstMentionOnly, next.highlightStyle].join('|') : '';
      if (key === activeKey || ctx.isInvalid) return;
      activeKey = key;
      if (!key) {
        stop();
        return;
      }
      // The old highlights stay until the new matcher is here, so a change does not flash the page bare.
      const matcher = await loadMatcher(topicIds);
      // Settings may have changed while the background answered: the newest call wins.
      if (key !== activeKey || ctx.isInvalid) return;
      stop();
      if (!matcher) {
        activeKey = ''; // let the next settings change try again
        return;
      }
      const page: PageHighlights = new PageHighlights(matcher, topics, {
        firstMentionOnly: next.firstMentionOnly,
        highlightStyle: next.highlightStyle,
        write: (write) => watcher.mutate(write),
      });
      const watcher = new Watcher(body, page, () => cards.closeIfDetached());
      watcher.start();
      void page.highlightWithin(body);
      session = { page, watcher };
    }

    function onMessage(message: unknown): Promise<unknown> | undefined {
      if (isGetFoundRequest(message)) {
        const counts = session?.page.found() ?? new Map<string, number>();
        const response: GetFoundResponse = {
          found: [...counts].map(([id, count]) => ({ id, count })),
          host: location.hostname,
        };
        return Promise.resolve(response);
      }
      const show = parseShowEntityRequest(message);
      if (show) return cards.show(show.id).then((shown) => ({ shown }));
      return undefined;
    }

    void apply(settings);
    // Single-page apps swap the article without a reload: the watcher sees the new nodes, and the
    // old article's context (names it made unambiguous, its words) must not decide for the new one.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session?.page.resetContext();
      session?.watcher.rescan();
    });
    const unwatch = watchSettings((next) => void apply(next));
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      stop();
    });
  },
});
