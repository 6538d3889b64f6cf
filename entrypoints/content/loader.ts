/**
 * The script every http(s) page runs (entrypoints/loader.ts), kept small
 * because most pages mention no spaceflight at all. In the page's first idle
 * moment (page-life.ts) it asks the background
 * whether Backstory is on for this site, reads the page's text once and asks
 * whether any name is in it. Only then does it load the highlighting stage
 * (stage.ts); until then it waits for names to appear in content the page
 * adds later.
 */
import { browser } from 'wxt/browser';
import { kindOf, SETTINGS_CHANGED, TEXT_SEPARATOR, type GateReply } from '@/utils/protocol';
import { ask } from './ask';
import { warnOnce } from '@/utils/warn-once';
import { pageText } from './gate';
import { NameWatch } from './name-watch';
import { clearLeftovers } from './leftovers';
import { loadStage, type Stage, type StageOptions, type StartStage } from './stage';
import { isPrerendering, whenIdle, whenShown } from './page-life';
import { FIRST_LOOK_IDLE_TIMEOUT_MS } from './delays';
import { watchRoots } from './root-watch';
import { checkEvery, checkOnReturn } from './lifeline';
import { nativeListener } from './answer';
import { ScriptLifetime } from './lifetime';
import { watchLocation } from './location-watch';

/** What the highlighting stage is started with: the answer's options (a change of any restarts it), not its count. */
function stageOptions(gate: GateReply & { on: true }): StageOptions & { topics: string[] } {
  const { topics, firstMentionOnly, highlightStyle, hoverDelayMs } = gate;
  return { topics, firstMentionOnly, highlightStyle, hoverDelayMs };
}

export async function runLoader(): Promise<void> {
  // A page prerendered in the background waits until the reader sees it (most pages go on at once).
  if (isPrerendering(document)) await whenShown(document);
  // Nothing is touched before the page's first idle moment: not even its body (delays.ts says why).
  await whenIdle(window, FIRST_LOOK_IDLE_TIMEOUT_MS);
  let body = document.body;
  if (!body) return;
  const lifetime = new ScriptLifetime();
  if (lifetime.isInvalid) return;
  // Highlights an earlier copy of this script left behind: Firefox injects the new copy into open
  // tabs after an update. Chrome never does, so its pages, where nothing can be left, skip the look.
  if (import.meta.env.FIREFOX) clearLeftovers(document);

  let stage: Stage | undefined;
  let watch: NameWatch | undefined;
  let activeKey = '';
  let generation = 0;
  // Updated, disabled or removed under the page: the check reads runtime.id and, if it is gone,
  // runs the take-down below (lifeline.ts says when we look).
  const checkContext = () => void lifetime.isInvalid;
  const keepChecking = checkEvery(checkContext);

  function stop(): void {
    generation += 1;
    watch?.stop();
    watch = undefined;
    stage?.stop();
    stage = undefined;
    keepChecking(false);
  }

  /** Whether the background finds a name in this text (the whole page's, or what the page added). */
  async function hasName(text: string): Promise<boolean> {
    if (lifetime.isInvalid || !text) return false;
    const reply = await ask('scan', { text });
    return (reply?.hits ?? 0) > 0;
  }

  async function launch(options: StageOptions, run: number): Promise<void> {
    try {
      const start = await loadStage<StartStage>('highlights');
      if (run !== generation || lifetime.isInvalid) return;
      stage = start(options, lifetime.signal);
      keepChecking(true);
      checkOnReturnWhileListening();
    } catch (error) {
      warnOnce('the highlighter did not load', error);
    }
  }

  /**
   * Starts what the answer asks for: the highlighter when a name is on the
   * page, else `next` (made before the question) watching for one. Says
   * whether `next` was kept.
   */
  async function apply(gate: GateReply | undefined, root: HTMLElement, next: NameWatch): Promise<boolean> {
    const options = gate?.on ? stageOptions(gate) : undefined;
    const key = options ? JSON.stringify(options) : '';
    if (key === activeKey || lifetime.isInvalid || root !== body) return false;
    activeKey = key;
    stop();
    if (!gate?.on || !options) return false;
    watchNavigation();
    const run = generation;
    const hits = gate.hits ?? ((await hasName(pageText([root], TEXT_SEPARATOR))) ? 1 : 0);
    if (run !== generation) return false;
    if (hits > 0) {
      await launch(options, run);
      return false;
    }
    watch = next;
    next.listen(async (nodes) => {
      // What the page added, or the whole page again (a single-page-app navigation, a flood of changes).
      const text = pageText(nodes, TEXT_SEPARATOR);
      if (run !== generation || !(await hasName(text))) return false;
      if (run === generation) await launch(options, run);
      return true;
    });
    return true;
  }

  /**
   * Is Backstory on here, how, and is a name on the page? A fresh look (the
   * page loaded, or replaced its body) sends the page's text with the
   * question: one round trip on every page load. A look because the
   * settings changed asks first, and reads the page only if it must start again.
   */
  async function refresh({ fresh }: { fresh: boolean }): Promise<void> {
    const root = body;
    if (lifetime.isInvalid || !root) return;
    // Made before the question, so what the page adds while the background answers is not missed.
    const next = new NameWatch(root);
    const host = location.hostname;
    const gate = await ask('gate', fresh ? { host, text: pageText([root], TEXT_SEPARATOR) } : { host });
    if (!(await apply(gate, root, next))) next.stop();
  }

  function answer(message: unknown): Promise<unknown> | undefined {
    if ((message as { type?: unknown } | null)?.type === SETTINGS_CHANGED) {
      void refresh({ fresh: false });
      return undefined;
    }
    const kind = kindOf(message);
    if (kind === 'get-found') {
      const report = stage?.found();
      return Promise.resolve({
        found: report?.found ?? [],
        host: location.hostname,
        ...(report?.storyDate && { storyDate: report.storyDate }),
      });
    }
    if (kind === 'show-entity') {
      const id = (message as { id?: unknown }).id;
      if (typeof id !== 'string') return undefined;
      return (stage ? stage.show(id) : Promise.resolve(false)).then((shown) => ({ shown }));
    }
    return undefined;
  }

  /**
   * Our listeners on the window and the document. `document.open()` drops
   * every listener there, ours too: they are added again when it happens.
   */
  let pageListeners: AbortController | undefined;
  let pageSignal = lifetime.signal;
  function listenToPage(): void {
    // Only a second call has listeners to drop. Aborting makes a DOMException, and the first one
    // made in this script's fresh world costs about 1 ms: on every page load, for nothing.
    pageListeners?.abort();
    pageListeners = new AbortController();
    const signal = AbortSignal.any([lifetime.signal, pageListeners.signal]);
    pageSignal = signal;
    // Back from the back/forward cache: settings may have changed while the page slept.
    window.addEventListener(
      'pageshow',
      (event) => {
        if ((event as PageTransitionEvent).persisted) void refresh({ fresh: false });
      },
      { signal },
    );
  }

  /** Once highlights are up: look whether we were orphaned whenever the reader returns (lifeline.ts). */
  let returnChecks: AbortSignal | undefined;
  function checkOnReturnWhileListening(): void {
    if (returnChecks === pageSignal) return;
    returnChecks = pageSignal;
    checkOnReturn(document, checkContext, pageSignal);
  }

  /**
   * Once Backstory is on for the page: a single-page app that puts another
   * story in place without a reload has the stage start its context over, or
   * the name watch read the whole page again (the new story may have been
   * there all along, hidden, and only shown: no node is added then).
   */
  let navigationWatched: AbortSignal | undefined;
  function watchNavigation(): void {
    if (navigationWatched === pageSignal) return;
    navigationWatched = pageSignal;
    watchLocation(
      window,
      () => {
        stage?.navigated();
        watch?.rescan();
      },
      pageSignal,
    );
  }

  listenToPage();
  // A page that replaced its <body> or rewrote itself (document.open()) is read again from the start.
  watchRoots(
    document,
    () => {
      listenToPage();
      stop();
      activeKey = '';
      body = document.body;
      void refresh({ fresh: true });
    },
    lifetime.signal,
  );
  await refresh({ fresh: true });
  // The background tells us when the settings change (settings-broadcast.ts); the popup asks what was found.
  const onMessage = nativeListener(answer);
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.onInvalidated(() => {
    // Updated, disabled or removed: take everything down first, then let go of the APIs,
    // which may already throw in an orphaned script.
    stop();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone; nothing is listening any more.
    }
  });
}
