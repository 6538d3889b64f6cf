/**
 * What the background answers the content script: whether Backstory is on
 * for a page, whether its text holds any name, and the decided mentions of
 * its story. The matcher is compiled here once per set of topics and kept
 * warm, so a page never compiles the alias patterns nor carries the aliases:
 * the work a page does for a name is reading its own text and wrapping it.
 */
import { aliasesFor } from '../alias-index';
import { compileMatcher, ResolveSession, type Matcher } from '../matcher';
import { TEXT_SEPARATOR, type GateReply, type ReplyOf, type RequestOf } from '../protocol';
import { SHOW_DELAY_MS, enabledTopics, isSiteDisabled, type Settings } from '../settings';
import { Lru } from './lru';

/**
 * Compiled matchers kept: one per topic set; a reader switches topics rarely,
 * and each costs tens of milliseconds to build and about a megabyte to keep.
 */
const MATCHERS_KEPT = 4;
/**
 * Pages whose story context is kept: more than the tabs a reader has open at
 * once. A page whose context was dropped is told so and sends its story again.
 */
const SESSIONS_KEPT = 64;

export interface BackgroundState {
  settings(): Promise<Settings>;
}

export function createHandlers(state: BackgroundState) {
  const matchers = new Lru<string, Matcher>(MATCHERS_KEPT);
  const sessions = new Lru<string, ResolveSession>(SESSIONS_KEPT);

  function matcherFor(settings: Settings): Matcher {
    const topics = enabledTopics(settings);
    const key = topics.join(',');
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = compileMatcher(aliasesFor(topics));
      matchers.set(key, matcher);
    }
    return matcher;
  }

  function namesIn(settings: Settings, text: string): number {
    return ResolveSession.names(matcherFor(settings), text, TEXT_SEPARATOR);
  }

  return {
    async gate({ host, text }: RequestOf<'gate'>): Promise<GateReply> {
      const settings = await state.settings();
      const topics = enabledTopics(settings);
      const on = settings.enabled && topics.length > 0 && !isSiteDisabled(settings, host);
      // Off here: the text, if sent, is not looked at.
      if (!on) return { on: false };
      return {
        on: true,
        topics,
        firstMentionOnly: settings.firstMentionOnly,
        highlightStyle: settings.highlightStyle,
        hoverDelayMs: SHOW_DELAY_MS[settings.hoverDelay],
        ...(text !== undefined && { hits: namesIn(settings, text) }),
      };
    },

    async scan({ text }: RequestOf<'scan'>): Promise<ReplyOf<'scan'>> {
      return { hits: namesIn(await state.settings(), text) };
    },

    async resolve({ session: id, texts, append, fresh }: RequestOf<'resolve'>): Promise<ReplyOf<'resolve'>> {
      const matcher = matcherFor(await state.settings());
      let session = sessions.get(id);
      // Dropped, or built for other topics (the reader changed them): the page sends its story again.
      if (!fresh && session?.matcher !== matcher) return { lost: true };
      if (!session || session.matcher !== matcher) session = new ResolveSession(matcher);
      else if (fresh) session.reset();
      sessions.set(id, session);
      return { mentions: session.resolve(texts, { append }) };
    },
  };
}

export type Handlers = ReturnType<typeof createHandlers>;
